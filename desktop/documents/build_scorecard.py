"""Scorecard documents on the document model: the unit's self-assessment report and the city's
consolidated scoring report (Decree 30 layout, DOCX and PDF through the usual writers).

The builders are given what the services computed (``scorecards.AssessmentView``,
``city_scoring.UnitScore`` and ``ProvinceSummary``); they only lay it out.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from desktop.documents import common
from desktop.documents.fonts import text_width
from desktop.documents.model import (
    LANDSCAPE,
    Block,
    Cell,
    Column,
    Document,
    HeaderBlock,
    IssuerLine,
    Paragraph,
    Row,
    Run,
    Section,
    SignatureBlock,
    Table,
    TitleBlock,
    appendix_heading,
    body,
    end_content,
    khoan,
)
from desktop.models.orm import UnitProfile
from desktop.vn import doc_number, format_number, format_points, long_date, nfc

if TYPE_CHECKING:
    from desktop.services.scorecards import AssessmentView


def _pts(d: Decimal | None) -> str:
    return format_points(d, dash="-")


def _head(texts: list[str]) -> Row:
    return Row([Cell(t, bold=True, align="center") for t in texts])


def _value_text(line: Any) -> str:
    if line.not_applicable:
        return "Không áp dụng"
    return line.detail or ""


def build_self_assessment(
    view: AssessmentView,
    unit: UnitProfile,
    *,
    set_document: str | None,
    set_issuer: str,
    province_name: str | None,
    number: str | None = None,
    issue_date: dt.date | None = None,
    party: bool = False,
) -> Document:
    """The unit's report of its self-assessment, with the detailed score and the evidence list;
    in the Party's format (Hướng dẫn 36-HD/VPTW, issued by the Đảng ủy) when the criteria set asks."""
    from desktop.documents import formats

    year = int(view.period[:4])
    subject = f"Kết quả tự đánh giá, chấm điểm chuyển đổi số {view.period_label}"
    issuer = "dang_uy" if party else "ubnd"
    rules = formats.rules_for(issuer, issue_date)
    if party:
        head: Block = formats.party_header(rules, issuer, unit, "BC", number, issue_date, year)
        ttl: Block = formats.title(rules, "BÁO CÁO", subject)
    else:
        head = common.header(unit, "BC", number, issue_date, year)
        ttl = common.title("BÁO CÁO", subject)
    blocks: list[Block] = [head, ttl]
    if province_name and not party:
        blocks.append(
            Paragraph(
                [Run(f"Kính gửi: Sở Khoa học và Công nghệ {province_name}.")],
                align="center",
                first_indent=0,
                space_before=6,
                space_after=6,
            )
        )
    basis = f"{view.set_title[:1].lower()}{view.set_title[1:]}"
    if set_document:
        basis = f"{basis} ({set_document} của {set_issuer})"
    who = formats.issuer_name(issuer, unit) if party else common.issuer_name(unit)
    blocks.append(body(f"Thực hiện {basis}; {who} tự đánh giá, chấm điểm {view.period_label} như sau:"))
    blocks.append(khoan("1. Kết quả chung"))
    grade = f"; xếp loại: {view.grade}" if view.grade else ""
    text = (
        f"Tổng điểm tự chấm: {_pts(view.total)}/{_pts(view.total_max)} điểm (các nhóm chỉ số chính "
        f"{_pts(view.main_points)}/{_pts(view.main_max)} điểm; điểm thưởng {_pts(view.bonus)}; "
        f"điểm trừ {_pts(view.deduction)}){grade}."
    )
    if view.scaled:
        text += " Các tiêu chí không áp dụng đối với đơn vị không tính vào điểm tối đa; tổng điểm đã quy đổi theo thang điểm của bộ chỉ số."
    blocks.append(body(text))
    if view.missing:
        blocks.append(body(f"Còn {view.missing} tiêu chí chưa chấm được (chưa có số liệu hoặc chưa có điểm tối đa)."))
    blocks.append(khoan("2. Kết quả theo nhóm chỉ số"))
    rows = []
    for i, g in enumerate(view.groups, start=1):
        kind = {"bonus": " (điểm thưởng)", "deduction": " (điểm trừ)"}.get(g.kind, "")
        rows.append(
            Row(
                [
                    Cell(str(i), align="center"),
                    Cell(f"{g.name}{kind}"),
                    Cell(_pts(g.max), align="center"),
                    Cell(_pts(g.points), align="center"),
                ]
            )
        )
    blocks.append(
        Table(
            columns=[Column(0.6, "center"), Column(5.0), Column(1.4, "center"), Column(1.4, "center")],
            header=[_head(["TT", "Nhóm chỉ số", "Điểm tối đa", "Điểm tự chấm"])],
            rows=rows,
        )
    )
    short = [
        x
        for x in view.lines
        if x.points is not None
        and x.max is not None
        and x.points < x.max
        and not x.not_applicable
        and x.group[:1].isdigit()
    ]
    blocks.append(khoan("3. Tồn tại, hạn chế"))
    if short:
        blocks.append(
            body(
                "Các tiêu chí chưa đạt điểm tối đa: "
                + "; ".join(f"{x.id} ({_pts(x.points)}/{_pts(x.max)} điểm)" for x in short)
                + "."
            )
        )
    else:
        blocks.append(body("Các tiêu chí đã chấm đều đạt điểm tối đa."))
    blocks.append(
        body("Chi tiết điểm từng tiêu chí tại Phụ lục I; danh mục tài liệu minh chứng tại Phụ lục II kèm theo.")
    )
    end_content(blocks)
    signer = unit.signers[0] if unit.signers else None
    recipients = [f"Sở Khoa học và Công nghệ {province_name}" if province_name else "Như trên"]
    if party:
        blocks.append(formats.party_signature(rules, issuer, None, recipients))
        ref = formats.party_reference_line(rules, "Báo cáo", "BC", issuer, unit, number, issue_date)
    else:
        blocks.append(common.signature(signer, recipients, unit.drafter_code))
        ref = common.reference_line("Báo cáo", "BC", unit, number, issue_date)
    sections = [Section(blocks=blocks)]

    app1: list[Block] = appendix_heading(
        "Phụ lục I",
        f"Bảng tự chấm điểm chuyển đổi số {view.period_label}",
        ref,
        common.RULE_FRACTION * text_width(ref, 13, False),
    )
    rows = []
    by_group: dict[str, list[Any]] = {}
    for line in view.lines:
        by_group.setdefault(line.group, []).append(line)
    for g in view.groups:
        rows.append(
            Row(
                [
                    Cell(g.id, bold=True, align="center"),
                    Cell(g.name, bold=True),
                    Cell(_pts(g.max), bold=True, align="center"),
                    Cell(""),
                    Cell(_pts(g.points), bold=True, align="center"),
                    Cell(""),
                ],
                kind="group",
            )
        )
        for x in by_group.get(g.id, []):
            note = x.note or (x.missing or "")
            rows.append(
                Row(
                    [
                        Cell(x.id, align="center"),
                        Cell(x.text),
                        Cell(_pts(x.max), align="center"),
                        Cell(_value_text(x)),
                        Cell(_pts(x.points) if x.missing is None else "-", align="center"),
                        Cell(note),
                    ]
                )
            )
    rows.append(
        Row(
            [
                Cell(""),
                Cell("Tổng điểm", bold=True),
                Cell(_pts(view.total_max), bold=True, align="center"),
                Cell(""),
                Cell(_pts(view.total), bold=True, align="center"),
                Cell(view.grade or "", bold=True),
            ],
            kind="total",
        )
    )
    app1.append(
        Table(
            columns=[
                Column(0.7, "center"),
                Column(5.0),
                Column(1.0, "center"),
                Column(2.6),
                Column(1.0, "center"),
                Column(2.6),
            ],
            header=[_head(["Mã", "Chỉ số/Chỉ số thành phần", "Điểm tối đa", "Kết quả", "Điểm tự chấm", "Giải trình"])],
            rows=rows,
            size=11.0,
        )
    )
    sections.append(Section(blocks=app1, page=LANDSCAPE, restart_numbering=True))

    app2: list[Block] = appendix_heading(
        "Phụ lục II", "Danh mục tài liệu minh chứng", ref, common.RULE_FRACTION * text_width(ref, 13, False)
    )
    rows = []
    n = 0
    for x in view.lines:
        for ev, sha in zip(x.evidence, x.evidence_hashes, strict=True):
            n += 1
            rows.append(Row([Cell(str(n), align="center"), Cell(x.id, align="center"), Cell(ev), Cell(sha or "")]))
    if rows:
        app2.append(
            Table(
                columns=[Column(0.6, "center"), Column(0.8, "center"), Column(5.0), Column(4.4)],
                header=[_head(["TT", "Tiêu chí", "Tài liệu minh chứng", "Mã kiểm tra (SHA-256) của tệp"])],
                rows=rows,
                size=10.0,
            )
        )
    else:
        app2.append(body("Không có tài liệu minh chứng kèm theo."))
    sections.append(Section(blocks=app2, page=LANDSCAPE, restart_numbering=True))
    if party:
        formats.apply_page(rules, sections)
    return Document(
        sections=sections,
        title=subject,
        author=who,
        subject=view.set_title,
        date=issue_date,
        meta={"kind": "self_assessment", "format": rules.key},
    )


def build_city_scoring_report(
    ranks: list[Any],
    summ: Any,
    *,
    set_title: str,
    period_label: str,
    province_name: str,
    province_short: str,
    province_word: str,
    settings: dict[str, str],
    report_date: dt.date | None = None,
) -> Document:
    """The city's consolidated scoring report: the summary, then every unit ranked (landscape appendix)."""
    parent = settings.get("city_parent_body", f"UBND {province_word} {province_short}")
    issuer = settings.get("city_issuer", "SỞ KHOA HỌC VÀ CÔNG NGHỆ")
    code = settings.get("city_doc_code", "SKHCN")
    year = report_date.year if report_date else None
    header = HeaderBlock(
        issuer=[IssuerLine(nfc(parent.upper()), bold=False), IssuerLine(nfc(issuer.upper()), bold=True)],
        number=doc_number(None, f"BC-{code}"),
        place_date=long_date(report_date, province_short)
        if report_date
        else f"{province_short}, ngày      tháng      năm {period_label[-4:]}",
        left_width=66.0,
        issuer_size=12.0,
    )
    subject = [
        f"Kết quả chấm điểm chuyển đổi số {period_label}",
        f"của các xã, phường, đặc khu trên địa bàn {province_word} {province_short}",
    ]
    blocks: list[Block] = [header, TitleBlock("BÁO CÁO", subject)]
    name = settings.get("city_issuer_name", "Sở Khoa học và Công nghệ")
    blocks.append(
        body(
            f"Căn cứ {set_title[:1].lower()}{set_title[1:]}; trên cơ sở bản tự chấm điểm và tài liệu minh chứng "
            f"các đơn vị gửi về, {name} báo cáo kết quả chấm điểm {period_label} như sau:"
        )
    )
    blocks.append(khoan("1. Kết quả chung"))
    grades = "; ".join(f"{g}: {n}" for g, n in sorted(summ.grades.items()))
    blocks.append(
        body(
            f"Số đơn vị có bản tự chấm: {summ.units}; điểm bình quân {_pts(summ.average)} "
            f"(chỉ số {format_number(summ.average_normalised, 4)}); cao nhất {_pts(summ.highest)}, "
            f"thấp nhất {_pts(summ.lowest)}. Xếp loại: {grades}."
        )
    )
    adjusted = [u for u in ranks if u.adjusted]
    blocks.append(khoan("2. Điều chỉnh điểm khi thẩm định"))
    if adjusted:
        for u in adjusted:
            bits = "; ".join(
                f"tiêu chí {cid} từ {_pts(own)} xuống {_pts(new)} điểm ({reason})"
                if own is not None and new < own
                else f"tiêu chí {cid} từ {_pts(own)} thành {_pts(new)} điểm ({reason})"
                for cid, (own, new, reason) in sorted(u.adjusted.items())
            )
            blocks.append(body(f"{u.unit_name}: {bits}."))
    else:
        blocks.append(body("Không có điều chỉnh điểm."))
    blocks.append(body("Kết quả xếp hạng từng đơn vị tại Phụ lục kèm theo."))
    end_content(blocks)
    recipients = (settings.get("city_recipients") or f"UBND {province_name};Lãnh đạo Sở;Lưu: VT").split(";")
    blocks.append(
        SignatureBlock(
            recipients=common.recipients_list(recipients, None),
            authority=[nfc(x) for x in settings.get("city_signer_title", "GIÁM ĐỐC").split("|")],
            name=nfc(settings.get("city_signer_name", "")),
        )
    )
    ref = f"(Kèm theo Báo cáo số …/BC-{code} ngày … tháng … năm {year or period_label[-4:]} của {name})"
    app: list[Block] = appendix_heading(
        "Phụ lục",
        f"Kết quả chấm điểm chuyển đổi số {period_label}",
        ref,
        common.RULE_FRACTION * text_width(ref, 13, False),
    )
    rows = [
        Row(
            [
                Cell(str(u.rank), align="center"),
                Cell(u.unit_code, align="center"),
                Cell(u.unit_name),
                Cell(_pts(u.self_total), align="center"),
                Cell(_pts(u.total), align="center"),
                Cell(format_number(u.normalised, 4), align="center"),
                Cell(u.grade or "", align="center"),
                Cell(str(u.missing) if u.missing else "", align="center"),
            ]
        )
        for u in ranks
    ]
    app.append(
        Table(
            columns=[
                Column(0.7, "center"),
                Column(0.9, "center"),
                Column(3.5),
                Column(1.2, "center"),
                Column(1.2, "center"),
                Column(1.1, "center"),
                Column(1.3, "center"),
                Column(1.2, "center"),
            ],
            header=[
                _head(
                    [
                        "Hạng",
                        "Mã",
                        "Đơn vị",
                        "Điểm tự chấm",
                        "Điểm thẩm định",
                        "Chỉ số (0-1)",
                        "Xếp loại",
                        "Tiêu chí chưa chấm",
                    ]
                )
            ],
            rows=rows,
            size=11.0,
        )
    )
    return Document(
        sections=[Section(blocks=blocks), Section(blocks=app, page=LANDSCAPE, restart_numbering=True)],
        title=" ".join(subject),
        author=issuer,
        subject=province_name,
        date=report_date,
    )
