"""The city's consolidated report (Báo cáo tổng hợp) as a document model.

``build_city_report(figures, letterhead, report_date)`` lays out what
``desktop.services.city_documents`` gathered (the units' submission status, the target and
pillar aggregates) in the Decree 30 layout: header, title, sections, signature, and a landscape
appendix listing every unit. Text that came from a unit's package is printed cleaned of control
characters.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from desktop.documents.common import RULE_FRACTION, recipients_list
from desktop.documents.fonts import text_width
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
from desktop.models.enums import TaskStatus
from desktop.services.report_content import STATUS_ORDER
from desktop.vn import clean_text, doc_number, format_number, long_date, nfc, short_date, to_vietnam_time

if TYPE_CHECKING:
    from desktop.services.city_documents import CityFigures, CityLetterhead


def _num(v: Any, places: int | None = None) -> str:
    if v is None:
        return "-"
    return format_number(Decimal(str(round(v, 1) if isinstance(v, float) else v)), places)


def _pct(value: Any, unit: str) -> str:
    """``100%``, ``12 hệ thống``: a value with its unit, no space before ``%``."""
    v = _num(value)
    if v == "-":
        return v
    u = (unit or "").strip()
    return f"{v}{u}" if u == "%" else f"{v} {u}".strip()


def _head_row(texts: list[str]) -> Row:
    return Row([Cell(t, bold=True, align="center") for t in texts])


def _front(f: CityFigures, head: CityLetterhead, report_date: dt.date | None) -> list[Any]:
    """Header, title and the opening sentence."""
    year, prov = f.year, f.province
    parent, issuer, code, issuer_words = head.parent, head.issuer, head.code, head.issuer_words
    report_year = report_date.year if report_date else f.as_of.year
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
            f"của các xã, phường, đặc khu trên địa bàn {f.province_word} {prov.short_name}",
        ],
    )
    blocks: list[Any] = [header, title]
    blocks.append(
        body(
            f"Thực hiện nhiệm vụ theo dõi, tổng hợp kết quả thực hiện kế hoạch chuyển đổi số năm {year} của "
            f"các đơn vị cấp xã, {issuer_words} báo cáo kết quả tổng hợp từ dữ liệu các đơn vị "
            f"gửi về đến {long_date(f.as_of)} như sau:"
        )
    )
    return blocks


def _submissions(f: CityFigures) -> list[Any]:
    """I. Who sent their data, on time or late, and who did not."""
    year = f.year
    blocks: list[Any] = []
    blocks.append(heading("I. TÌNH HÌNH GỬI DỮ LIỆU CỦA CÁC ĐƠN VỊ"))
    blocks.append(
        body(
            f"Hạn gửi báo cáo năm {year}: {long_date(f.deadline)}. Tổng số đơn vị phải gửi: {len(f.units)}; "
            f"đã gửi: {f.sent} (đúng hạn: {f.on_time}; muộn: {f.late}); "
            f"chưa gửi: {f.missing}. Chi tiết tại Phụ lục kèm theo."
        )
    )
    if f.missing_names and len(f.missing_names) <= 40:
        blocks.append(body("Các đơn vị chưa gửi: " + ", ".join(f.missing_names) + "."))
    return blocks


def _targets(f: CityFigures) -> list[Any]:
    """II. Each target: the level set, how many units measured and met it, the spread."""
    targets = f.targets
    blocks: list[Any] = []
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
    return blocks


def _pillars(f: CityFigures) -> list[Any]:
    """III. The tasks sent, by pillar and status, with the totals."""
    pillars = f.pillars
    blocks: list[Any] = []
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
        tot = f.pillar_totals
        rows.append(
            Row(
                [
                    Cell(""),
                    Cell("Tổng cộng", bold=True),
                    Cell(str(f.all_tasks), bold=True, align="center"),
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
        blocks.append(
            body(
                f"Tổng số nhiệm vụ các đơn vị đã gửi: {f.all_tasks}; hoàn thành {tot[TaskStatus.DONE]} "
                f"({_num(f.done_percent)}%); chậm tiến độ {tot[TaskStatus.LATE]}."
            )
        )
    else:
        blocks.append(body("Chưa có dữ liệu nhiệm vụ của đơn vị nào."))
    return blocks


def _closing(f: CityFigures, head: CityLetterhead) -> list[Any]:
    """IV. The units with late tasks, V. proposals, ``./.`` and the signature."""
    blocks: list[Any] = []
    behind = f.behind
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
    blocks.append(
        SignatureBlock(
            recipients=recipients_list(list(head.recipients), None),
            authority=[nfc(x) for x in head.signer_title],
            name=nfc(head.signer_name),
        )
    )
    return blocks


def _appendix(f: CityFigures, head: CityLetterhead, report_date: dt.date | None) -> list[Any]:
    """Every unit of the province: status, revision, date sent, tasks, done, late, mean progress."""
    year, code, issuer_words = f.year, head.code, head.issuer_words
    report_year = report_date.year if report_date else f.as_of.year
    # appendix: every unit, landscape
    if report_date is not None:
        ref = f"(Kèm theo Báo cáo số …/BC-{code} {long_date(report_date)} của {issuer_words})"
    else:
        ref = f"(Kèm theo Báo cáo số …/BC-{code} ngày … tháng … năm {report_year} của {issuer_words})"
    app: list[Any] = appendix_heading(
        "Phụ lục", f"Tình hình gửi dữ liệu năm {year} của các đơn vị", ref, RULE_FRACTION * text_width(ref, 13, False)
    )
    rows = []
    for i, u in enumerate(f.units, start=1):
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
    return app


def build_city_report(f: CityFigures, head: CityLetterhead, report_date: dt.date | None = None) -> Document:
    """The consolidated report of ``f.year``, issued and signed as ``head`` says, dated
    ``report_date`` (else left for the clerk to date)."""
    main = _front(f, head, report_date) + _submissions(f) + _targets(f) + _pillars(f)
    main += _closing(f, head)
    return Document(
        sections=[
            Section(blocks=main),
            Section(blocks=_appendix(f, head, report_date), page=LANDSCAPE, restart_numbering=True),
        ],
        title=f"Báo cáo tổng hợp chuyển đổi số năm {f.year}",
        author=head.issuer,
        subject=f.province.name,
        date=report_date,
    )
