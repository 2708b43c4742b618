"""The city's consolidated report (Báo cáo tổng hợp) on the document model of ``desktop.documents``.

``build_city_report`` turns the status and aggregates of ``desktop.sync.city`` into a
``Document`` (Decree 30 layout: header, title, sections, signature, and a landscape
appendix listing every unit); ``write_report`` hands it to the DOCX or PDF writer.
The header lines, document code and signer come from the city folder's settings
(``city_parent_body``, ``city_issuer``, ``city_issuer_name``, ``city_doc_code``, ``city_signer_title``,
``city_signer_name``) with the Sở Khoa học và Công nghệ as default.
"""

from __future__ import annotations

import datetime as dt
import importlib
from pathlib import Path
from typing import Any

from desktop.documents.build_report import STATUS_ORDER
from desktop.documents.model import (
    LANDSCAPE,
    Cell,
    Column,
    Document,
    HeaderBlock,
    IssuerLine,
    Row,
    Section,
    SignatureBlock,
    Table,
    TitleBlock,
    appendix_heading,
    body,
    end_content,
    heading,
)
from desktop.errors import UserError
from desktop.i18n import _
from desktop.models import directory
from desktop.models.enums import TaskStatus
from desktop.services import city
from desktop.services import units as usvc
from desktop.vn import clean_text, doc_number, format_number, long_date, nfc, short_date, to_vietnam_time

# The city's settings that a consolidated report reads (``khcds city document --signer NAME
# --signer-title TITLE`` sets the last two and they are remembered).
SIGNER_NAME, SIGNER_TITLE = "city_signer_name", "city_signer_title"


def _num(v: Any, places: int | None = None) -> str:
    if v is None:
        return "-"
    from decimal import Decimal

    return format_number(Decimal(str(round(v, 1) if isinstance(v, float) else v)), places)


def _settings(store: Any) -> dict[str, str]:
    with store.session() as s:
        keys = [
            "city_parent_body",
            "city_issuer",
            "city_issuer_name",
            "city_doc_code",
            "city_signer_title",
            "city_signer_name",
            "city_recipients",
        ]
        return {k: v for k in keys if (v := usvc.get_setting(s, k)) is not None}


def set_signer(store: Any, name: str | None, title: str | None) -> None:
    """Remember who signs the consolidated report: ``Nguyễn Văn A`` and ``GIÁM ĐỐC`` or
    ``KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC`` (lines separated by ``|`` or `` / ``)."""
    values = {}
    if name is not None:
        n = " ".join(clean_text(name).split())
        if len(n) > 100:
            raise UserError(_("Tên người ký quá dài (tối đa 100 ký tự)."))
        values[SIGNER_NAME] = n
    if title is not None:
        lines = [" ".join(x.split()).upper() for x in clean_text(title).replace(" / ", "|").split("|")]
        lines = [x for x in lines if x]
        if not lines or len(lines) > 3 or any(len(x) > 80 for x in lines):
            raise UserError(
                _(
                    'Chức vụ người ký không hợp lệ; ví dụ: --signer-title "GIÁM ĐỐC" hoặc '
                    '--signer-title "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC".'
                )
            )
        values[SIGNER_TITLE] = "|".join(lines)
    if values:
        with store.transaction() as s:
            for k, v in values.items():
                usvc.set_setting(s, k, v)


def signer_name(store: Any) -> str:
    return _settings(store).get(SIGNER_NAME, "").strip()


def _pct(value: Any, unit: str) -> str:
    """``100%``, ``12 hệ thống``: a value with its unit, no space before ``%``."""
    v = _num(value)
    if v == "-":
        return v
    u = (unit or "").strip()
    return f"{v}{u}" if u == "%" else f"{v} {u}".strip()


def _head_row(texts: list[str]) -> Row:
    return Row([Cell(t, bold=True, align="center") for t in texts])


def build_city_report(
    store: Any, year: int, today: dt.date | None = None, report_date: dt.date | None = None
) -> Document:
    rep = city.status(store, year, today)
    targets = city.target_aggregates(store, year)
    pillars = city.task_aggregates(store, year, rep.as_of)
    prov = directory.province(rep.province_code)
    cfg = _settings(store)
    if prov.is_national:  # the ministry's consolidated view
        parent = cfg.get("city_parent_body", "BỘ KHOA HỌC VÀ CÔNG NGHỆ")
        issuer = cfg.get("city_issuer", "CỤC CHUYỂN ĐỔI SỐ QUỐC GIA")
        code = cfg.get("city_doc_code", "CĐSQG")
    else:
        parent = cfg.get("city_parent_body", f"UBND {prov.body_name}")
        issuer = cfg.get("city_issuer", "SỞ KHOA HỌC VÀ CÔNG NGHỆ")
        code = cfg.get("city_doc_code", "SKHCN")
    issuer_words = cfg.get(
        "city_issuer_name", "Cục Chuyển đổi số quốc gia" if prov.is_national else "Sở Khoa học và Công nghệ"
    )
    report_year = report_date.year if report_date else rep.as_of.year
    place = (
        long_date(report_date, prov.short_name)
        if report_date
        else f"{prov.short_name}, ngày      tháng      năm {report_year}"
    )
    header = HeaderBlock(
        issuer=[IssuerLine(nfc(parent.upper()), bold=False), IssuerLine(nfc(issuer.upper()), bold=True)],
        number=doc_number(None, f"BC-{code}"),
        place_date=place,
        left_width=72.0,  # "SỞ KHOA HỌC VÀ CÔNG NGHỆ" is 65 mm at 12 pt: room for it and its margins
        issuer_size=12.0,
        qh_size=12.0,  # Decree 30's pairing: Quốc hiệu 12 with Tiêu ngữ 13
        tn_size=13.0,
    )
    title = TitleBlock(
        "BÁO CÁO",
        [
            f"Tổng hợp kết quả thực hiện Kế hoạch chuyển đổi số năm {year}",
            f"của các xã, phường, đặc khu trên địa bàn {'tỉnh' if prov.kind == 'tỉnh' else 'thành phố'} "
            f"{prov.short_name}",
        ],
    )
    c = rep.counts()
    total = len(rep.units)
    sent = c[city.SubmissionStatus.ON_TIME] + c[city.SubmissionStatus.LATE]
    blocks: list[Any] = [header, title]
    blocks.append(
        body(
            f"Thực hiện nhiệm vụ theo dõi, tổng hợp kết quả thực hiện kế hoạch chuyển đổi số năm {year} của "
            f"các đơn vị cấp xã, {issuer_words} báo cáo kết quả tổng hợp từ dữ liệu các đơn vị "
            f"gửi về đến {long_date(rep.as_of)} như sau:"
        )
    )
    blocks.append(heading("I. TÌNH HÌNH GỬI DỮ LIỆU CỦA CÁC ĐƠN VỊ"))
    blocks.append(
        body(
            f"Hạn gửi báo cáo năm {year}: {long_date(rep.deadline)}. Tổng số đơn vị phải gửi: {total}; "
            f"đã gửi: {sent} (đúng hạn: {c[city.SubmissionStatus.ON_TIME]}; muộn: {c[city.SubmissionStatus.LATE]}); "
            f"chưa gửi: {c[city.SubmissionStatus.MISSING]}. Chi tiết tại Phụ lục kèm theo."
        )
    )
    missing = [clean_text(u.name) for u in rep.units if u.status is city.SubmissionStatus.MISSING]
    if missing and len(missing) <= 40:
        blocks.append(body("Các đơn vị chưa gửi: " + ", ".join(missing) + "."))
    blocks.append(heading("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"))
    if targets:
        rows = []
        for i, a in enumerate(targets, start=1):
            unit = a.unit
            rows.append(
                Row(
                    [
                        Cell(str(i), align="center"),
                        Cell(clean_text(a.text)),
                        Cell(_pct(a.city_value, unit), align="center"),
                        Cell(str(a.measured), align="center"),
                        Cell(str(a.met), align="center"),
                        Cell(_num(a.average), align="center"),
                        Cell(_num(a.lowest), align="center"),
                        Cell(_num(a.highest), align="center"),
                    ]
                )
            )
        blocks.append(
            Table(
                columns=[
                    Column(0.6, "center"),
                    Column(5.0),
                    Column(1.3, "center"),
                    Column(1.2, "center"),
                    Column(1.0, "center"),
                    Column(1.1, "center"),
                    Column(1.1, "center"),
                    Column(1.1, "center"),
                ],
                header=[
                    _head_row(
                        [
                            "TT",
                            "Chỉ tiêu",
                            "Mức giao",
                            "Số đơn vị có số liệu",
                            "Số đơn vị đạt",
                            "Bình quân",
                            "Thấp nhất",
                            "Cao nhất",
                        ]
                    )
                ],
                rows=rows,
                size=11.0,
            )
        )
    else:
        blocks.append(body("Chưa có số liệu chỉ tiêu của đơn vị nào."))
    blocks.append(heading("III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THEO TRỤ CỘT"))
    if pillars:
        order = STATUS_ORDER  # the one order of the commune's report and the XLSX
        rows = []
        for i, p in enumerate(pillars, start=1):
            rows.append(
                Row(
                    [Cell(str(i), align="center"), Cell(clean_text(p.pillar)), Cell(str(p.tasks), align="center")]
                    + [Cell(str(p.by_status[s]), align="center") for s in order]
                    + [Cell(_num(p.mean_percent), align="center")]
                )
            )
        tot = {s: sum(p.by_status[s] for p in pillars) for s in order}
        rows.append(
            Row(
                [
                    Cell(""),
                    Cell("Tổng cộng", bold=True),
                    Cell(str(sum(p.tasks for p in pillars)), bold=True, align="center"),
                ]
                + [Cell(str(tot[s]), bold=True, align="center") for s in order]
                + [Cell("")],
                kind="total",
            )
        )
        blocks.append(
            Table(
                columns=[Column(0.6, "center"), Column(3.0)] + [Column(1.1, "center")] * 7,
                header=[
                    _head_row(["TT", "Trụ cột", "Số nhiệm vụ"] + [s.label for s in order] + ["Tỷ lệ bình quân (%)"])
                ],
                rows=rows,
                size=11.0,
            )
        )
        done = tot[TaskStatus.DONE]
        all_tasks = sum(p.tasks for p in pillars)
        blocks.append(
            body(
                f"Tổng số nhiệm vụ các đơn vị đã gửi: {all_tasks}; hoàn thành {done} "
                f"({_num(100 * done / all_tasks if all_tasks else 0)}%); chậm tiến độ {tot[TaskStatus.LATE]}."
            )
        )
    else:
        blocks.append(body("Chưa có dữ liệu nhiệm vụ của đơn vị nào."))
    behind = sorted((u for u in rep.units if u.late_tasks), key=lambda u: -u.late_tasks)[:15]
    blocks.append(heading("IV. ĐƠN VỊ CÓ NHIỆM VỤ CHẬM TIẾN ĐỘ"))
    if behind:
        blocks.append(body("; ".join(f"{clean_text(u.name)}: {u.late_tasks} nhiệm vụ" for u in behind) + "."))
    else:
        blocks.append(body("Không có đơn vị có nhiệm vụ chậm tiến độ."))
    blocks.append(heading("V. ĐỀ XUẤT, KIẾN NGHỊ"))
    blocks.append(
        body(
            "Đề nghị các đơn vị chưa gửi dữ liệu khẩn trương hoàn thành, gửi về trước thời hạn; các đơn vị có "
            "nhiệm vụ chậm tiến độ rà soát nguyên nhân, đề xuất giải pháp và báo cáo kết quả khắc phục."
        )
    )
    end_content(blocks)
    body_name = (
        "Bộ Khoa học và Công nghệ"
        if prov.is_national
        else f"UBND {'tỉnh' if prov.kind == 'tỉnh' else 'thành phố'} {prov.short_name}"
    )
    recipients = (cfg.get("city_recipients") or f"{body_name};Lãnh đạo Sở;Lưu: VT").split(";")
    from desktop.documents.common import recipients_list

    blocks.append(
        SignatureBlock(
            recipients=recipients_list(recipients, None),
            authority=[nfc(x) for x in cfg.get(SIGNER_TITLE, "GIÁM ĐỐC").split("|")],
            name=nfc(cfg.get(SIGNER_NAME, "")),
        )
    )
    main = Section(blocks=blocks)
    # appendix: every unit, landscape
    from desktop.documents.common import RULE_FRACTION
    from desktop.documents.fonts import text_width

    if report_date is not None:
        ref = f"(Kèm theo Báo cáo số …/BC-{code} {long_date(report_date)} của {issuer_words})"
    else:
        ref = f"(Kèm theo Báo cáo số …/BC-{code} ngày … tháng … năm {report_year} của {issuer_words})"
    app: list[Any] = appendix_heading(
        "Phụ lục", f"Tình hình gửi dữ liệu năm {year} của các đơn vị", ref, RULE_FRACTION * text_width(ref, 13, False)
    )
    rows = []
    for i, u in enumerate(rep.units, start=1):
        rows.append(
            Row(
                [
                    Cell(str(i), align="center"),
                    Cell(u.code, align="center"),
                    Cell(clean_text(u.name)),
                    Cell(u.status.label, align="center"),
                    Cell(str(u.revision or ""), align="center"),
                    Cell(short_date(to_vietnam_time(u.sent_at)) if u.sent_at else "", align="center"),
                    Cell(str(u.tasks) if u.revision else "", align="center"),
                    Cell(str(u.done) if u.revision else "", align="center"),
                    Cell(str(u.late_tasks) if u.revision else "", align="center"),
                    Cell(_num(u.mean_percent) if u.mean_percent is not None else "", align="center"),
                ]
            )
        )
    app.append(
        Table(
            columns=[
                Column(0.6, "center"),
                Column(0.9, "center"),
                Column(3.2),
                Column(1.2, "center"),
                Column(0.8, "center"),
                Column(1.2, "center"),
                Column(1.0, "center"),
                Column(1.0, "center"),
                Column(1.0, "center"),
                Column(1.1, "center"),
            ],
            header=[
                _head_row(
                    [
                        "TT",
                        "Mã",
                        "Đơn vị",
                        "Tình trạng",
                        "Lần gửi",
                        "Ngày gửi",
                        "Số nhiệm vụ",
                        "Hoàn thành",
                        "Chậm tiến độ",
                        "Tỷ lệ bình quân (%)",
                    ]
                )
            ],
            rows=rows,
            size=11.0,
        )
    )
    return Document(
        sections=[main, Section(blocks=app, page=LANDSCAPE, restart_numbering=True)],
        title=f"Báo cáo tổng hợp chuyển đổi số năm {year}",
        author=issuer,
        subject=prov.name,
        date=report_date,
    )


def write_report(store: Any, year: int, out: Path, fmt: str, today: dt.date | None = None) -> Path:
    """The consolidated report as DOCX or PDF, through the documents writers."""
    doc = build_city_report(store, year, today)
    name = {
        "docx": ("desktop.documents.docx_writer", "write_docx"),
        "pdf": ("desktop.documents.pdf_writer", "write_pdf"),
    }[fmt]
    try:
        module = importlib.import_module(name[0])
    except ModuleNotFoundError as e:
        if e.name == name[0]:
            raise UserError(
                _("Chương trình chưa có bộ ghi {fmt}; hãy dùng --format xlsx.").format(fmt=fmt.upper())
            ) from e
        raise
    data = getattr(module, name[1])(doc)
    from desktop.fsutil import atomic_write_bytes

    try:
        atomic_write_bytes(Path(out), data)
    except OSError as e:
        raise UserError(_("Không ghi được tệp {file}: {err}").format(file=out, err=e.strerror)) from e
    return Path(out)
