"""Scorecards: criteria sets (bộ tiêu chí) and the unit's self-assessment, period by period."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.i18n import _

_CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_terminal(text: str) -> str:
    """Text from a file shown on a terminal: escape sequences and control characters removed."""
    return _CONTROL.sub("", text)


def _open(args: argparse.Namespace) -> Any:
    from desktop.commands.core import open_from_args

    return open_from_args(args)


def register(sub: Any) -> None:
    c = sub.add_parser("criteria", help=_("bộ tiêu chí chấm điểm chuyển đổi số"))
    csub = c.add_subparsers(dest="criteria_command", metavar="ACTION", required=True, parser_class=type(c))
    lp = csub.add_parser("list", help=_("các bộ tiêu chí có sẵn và đã nhập"))
    lp.add_argument("--json", action="store_true")
    lp.set_defaults(handler=criteria_list)
    sp = csub.add_parser("show", help=_("các tiêu chí của một bộ"))
    sp.add_argument("id")
    sp.set_defaults(handler=criteria_show)
    cp = csub.add_parser("check", help=_("kiểm tra một tệp bộ tiêu chí (JSON), không thay đổi gì"))
    cp.add_argument("file", type=Path)
    cp.set_defaults(handler=criteria_check)
    ip = csub.add_parser("import", help=_("nhập một bộ tiêu chí của tỉnh, thành phố (JSON)"))
    ip.add_argument("file", type=Path)
    ip.set_defaults(handler=criteria_import)

    a = sub.add_parser("assess", help=_("tự chấm điểm theo bộ tiêu chí, từng kỳ"))
    asub = a.add_subparsers(dest="assess_command", metavar="ACTION", required=True, parser_class=type(a))

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--set", required=True, metavar="ID", dest="set_id", help=_("mã bộ tiêu chí"))
        p.add_argument(
            "--period",
            required=True,
            metavar="KỲ",
            help=_("kỳ đánh giá: 2026-10 (tháng), 2026-Q4 (quý) hoặc 2026 (năm)"),
        )

    shp = asub.add_parser("show", help=_("điểm tự chấm, tiêu chí còn thiếu"))
    common(shp)
    shp.add_argument("--json", action="store_true")
    shp.set_defaults(handler=assess_show)
    stp = asub.add_parser("set", help=_("nhập giá trị của một tiêu chí"))
    common(stp)
    stp.add_argument("criterion", metavar="TIÊU_CHÍ")
    stp.add_argument(
        "value", nargs="?", metavar="GIÁ_TRỊ", help=_("có/không; một số; tử/mẫu (12/15); tên=giá trị;... ; tỷ lệ|nguồn")
    )
    stp.add_argument("--na", action="store_true", help=_("tiêu chí không áp dụng cho đơn vị"))
    stp.add_argument("--note", help=_("giải trình"))
    stp.set_defaults(handler=assess_set)
    ep = asub.add_parser("evidence", help=_("thêm minh chứng cho một tiêu chí"))
    common(ep)
    ep.add_argument("criterion", metavar="TIÊU_CHÍ")
    g = ep.add_mutually_exclusive_group(required=True)
    g.add_argument("--file", type=Path, help=_("tệp minh chứng (được chép vào thư mục dữ liệu)"))
    g.add_argument("--doc", metavar="SỐ", help=_("số, ký hiệu văn bản, ví dụ 12/QĐ-UBND"))
    ep.add_argument("--date", metavar="YYYY-MM-DD", help=_("ngày văn bản"))
    ep.add_argument("--summary", default="", help=_("trích yếu văn bản"))
    ep.set_defaults(handler=assess_evidence)
    pp = asub.add_parser("prefill", help=_("điền các số liệu lấy từ theo dõi kế hoạch"))
    common(pp)
    pp.add_argument("--overwrite", action="store_true", help=_("ghi đè cả giá trị đã nhập"))
    pp.set_defaults(handler=assess_prefill)


def _num(d: Decimal | None) -> str:
    if d is None:
        return "—"
    return clean_terminal(f"{d:f}".replace(".", ","))


def criteria_list(args: argparse.Namespace) -> int:
    from desktop.services import scorecards

    store = _open(args)
    with store.transaction() as s:
        rows = scorecards.list_sets(s)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": r.key,
                        "version": r.version,
                        "title": r.title,
                        "rhythm": r.rhythm,
                        "criteria": r.criteria,
                        "total_max": str(r.total_max),
                        "unknown_maxima": r.unknown_maxima,
                        "source": r.source,
                    }
                    for r in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for r in rows:
        extra = _(" ({n} tiêu chí chưa có điểm tối đa)").format(n=r.unknown_maxima) if r.unknown_maxima else ""
        print(
            clean_terminal(
                f"{r.key} v{r.version}  {r.rhythm}, {r.criteria} tiêu chí, "
                f"tối đa {_num(r.total_max)} điểm{extra}: {r.title}"
            )
        )
    return 0


def criteria_show(args: argparse.Namespace) -> int:
    from desktop.services import scorecards

    store = _open(args)
    with store.transaction() as s:
        scorecards.sync_builtin_sets(s)
        cs = scorecards.parsed(scorecards.latest_set(s, args.id))
    print(clean_terminal(f"{cs.title} ({cs.issuer}{', ' + cs.document if cs.document else ''})"))
    for g in cs.groups:
        print(clean_terminal(f"{g.id}. {g.name}: {_num(g.max)}"))
        for c in cs.criteria_of(g.id):
            print(clean_terminal(f"   {c.id} [{c.method.label}, {_num(c.max)}] {c.text}"))
    for n in cs.notes:
        print(clean_terminal(f"* {n}"))
    return 0


def criteria_check(args: argparse.Namespace) -> int:
    from desktop.services import criteria

    cs = criteria.load_file(args.file)
    print(
        _("{name}: hợp lệ: {n} tiêu chí trong {g} nhóm, tối đa {t} điểm").format(
            name=args.file.name, n=len(cs.criteria), g=len(cs.groups), t=_num(cs.total_max)
        )
    )
    return 0


def criteria_import(args: argparse.Namespace) -> int:
    from desktop.services import scorecards

    store = _open(args)
    with store.transaction() as s:
        rec = scorecards.import_set_file(s, args.file)
        key, version = rec.key, rec.version
    print(_("Đã nhập bộ tiêu chí {id} phiên bản {v}").format(id=key, v=version))
    return 0


def _assessment(s: Any, args: argparse.Namespace) -> int:
    from desktop.services import scorecards

    return int(scorecards.open_assessment(s, args.set_id, args.period).id)


def assess_show(args: argparse.Namespace) -> int:
    from desktop.services import scorecards

    store = _open(args)
    with store.transaction() as s:
        v = scorecards.view(s, _assessment(s, args))
    if args.json:
        print(
            json.dumps(
                {
                    "set": v.set_key,
                    "period": v.period,
                    "total": str(v.total),
                    "total_max": str(v.total_max),
                    "grade": v.grade,
                    "missing": v.missing,
                    "bonus": str(v.bonus),
                    "deduction": str(v.deduction),
                    "criteria": [
                        {
                            "id": x.id,
                            "points": None if x.points is None else str(x.points),
                            "max": None if x.max is None else str(x.max),
                            "missing": x.missing,
                            "evidence": x.evidence,
                        }
                        for x in v.lines
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    print(clean_terminal(f"{v.set_title}: {v.period_label}"))
    for x in v.lines:
        state = _num(x.points) if x.missing is None else f"⚠ {x.missing}"
        ev = _(" (thiếu minh chứng)") if x.evidence_asked and not x.evidence and not x.not_applicable else ""
        print(clean_terminal(f"{x.id:>6} {state:>8} / {_num(x.max)}  {x.text}{ev}"))
    print(
        clean_terminal(
            _("Tổng: {t}/{m} điểm; thưởng {b}, trừ {d}; xếp loại: {g}; còn thiếu {n} tiêu chí").format(
                t=_num(v.total),
                m=_num(v.total_max),
                b=_num(v.bonus),
                d=_num(v.deduction),
                g=v.grade or "—",
                n=v.missing,
            )
        )
    )
    return 0


def assess_set(args: argparse.Namespace) -> int:
    from desktop.errors import UserError
    from desktop.services import scorecards

    store = _open(args)
    with store.transaction() as s:
        aid = _assessment(s, args)
        a = scorecards.get_assessment(s, aid)
        cs = scorecards.parsed(a.criteria_set)
        c = next((x for x in cs.criteria if x.id == args.criterion), None)
        if c is None:
            raise UserError(_("Bộ tiêu chí {set} không có tiêu chí {id}").format(set=cs.id, id=args.criterion))
        if args.value is None and not args.na:
            raise UserError(_("Tiêu chí {id}: cần một giá trị, hoặc --na nếu không áp dụng").format(id=c.id))
        value = None if args.value is None else scorecards.parse_value(c, args.value)
        scorecards.set_answer(s, aid, c.id, value, not_applicable=args.na, note=args.note)
        v = scorecards.view(s, aid)
    line = next(x for x in v.lines if x.id == args.criterion)
    print(
        _("Tiêu chí {id}: {p} điểm; tổng {t}/{m}").format(
            id=line.id,
            p=_num(line.points) if line.missing is None else line.missing,
            t=_num(v.total),
            m=_num(v.total_max),
        )
    )
    return 0


def assess_evidence(args: argparse.Namespace) -> int:
    from desktop.errors import UserError
    from desktop.services import scorecards

    store = _open(args)
    with store.transaction() as s:
        aid = _assessment(s, args)
        if args.file is not None:
            ev = scorecards.add_file_evidence(s, store.data, aid, args.criterion, args.file)
            what = ev.file_name
        else:
            date = None
            if args.date:
                try:
                    date = dt.date.fromisoformat(args.date)
                except ValueError:
                    raise UserError(
                        _("Ngày văn bản '{d}' không đúng, ghi ví dụ 2026-03-05").format(d=args.date)
                    ) from None
            scorecards.add_document_evidence(s, aid, args.criterion, args.doc, date, args.summary)
            what = args.doc
    print(_("Đã thêm minh chứng cho tiêu chí {id}: {what}").format(id=args.criterion, what=what))
    return 0


def assess_prefill(args: argparse.Namespace) -> int:
    from desktop.services import scorecards

    store = _open(args)
    with store.transaction() as s:
        done = scorecards.apply_proposals(s, _assessment(s, args), overwrite=args.overwrite)
    for p in done:
        print(clean_terminal(f"{p.criterion}: {p.explanation}"))
    if not done:
        print(_("Không có số liệu nào để điền từ theo dõi kế hoạch"))
    return 0
