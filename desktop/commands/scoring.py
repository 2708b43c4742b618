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
    ip = csub.add_parser("import", help=_("nhập bộ tiêu chí của tỉnh, thành phố: gói có chữ ký (.khcdsc) hoặc JSON"))
    ip.add_argument("file", type=Path)
    ip.add_argument(
        "--accept-new-key",
        action="store_true",
        help=_("tin cậy khóa ký lần đầu (sau khi đã đối chiếu dấu vân tay qua điện thoại)"),
    )
    ip.add_argument("--fingerprint", help=_("dấu vân tay khóa ký đã đối chiếu"))
    ip.set_defaults(handler=criteria_import)
    pb = csub.add_parser("publish", help=_("chế độ thành phố: phát hành bộ tiêu chí thành gói có chữ ký (.khcdsc)"))
    pb.add_argument("file", type=Path)
    pb.add_argument("--out", required=True, type=Path)
    pb.set_defaults(handler=criteria_publish)

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
    g.add_argument(
        "--task-evidence",
        type=int,
        metavar="SỐ_HIỆU",
        help=_("dùng một minh chứng đã gắn với nhiệm vụ của kế hoạch (số hiệu trong khcds audit)"),
    )
    ep.add_argument("--date", metavar="YYYY-MM-DD", help=_("ngày văn bản"))
    ep.add_argument("--summary", default="", help=_("trích yếu văn bản"))
    ep.set_defaults(handler=assess_evidence)
    pp = asub.add_parser("prefill", help=_("điền các số liệu lấy từ theo dõi kế hoạch"))
    common(pp)
    pp.add_argument("--overwrite", action="store_true", help=_("ghi đè cả giá trị đã nhập"))
    pp.set_defaults(handler=assess_prefill)
    dp = asub.add_parser("document", help=_("báo cáo tự chấm điểm (Nghị định 30) kèm bảng điểm và danh mục minh chứng"))
    common(dp)
    dp.add_argument("--format", required=True, choices=["docx", "pdf"])
    dp.add_argument("--out", required=True, type=Path)
    dp.add_argument("--number", help=_("số văn bản"))
    dp.set_defaults(handler=assess_document)

    sc = sub.add_parser("scores", help=_("chế độ thành phố: điểm tự chấm của các đơn vị, thẩm định, xếp hạng"))
    ssub = sc.add_subparsers(dest="scores_command", metavar="ACTION", required=True, parser_class=type(sc))
    rp = ssub.add_parser("rank", help=_("xếp hạng các đơn vị trong một kỳ"))
    common(rp)
    rp.add_argument("--json", action="store_true")
    rp.set_defaults(handler=scores_rank)
    ap = ssub.add_parser("adjust", help=_("thẩm định: điều chỉnh điểm một tiêu chí của một đơn vị, ghi lý do"))
    ap.add_argument("code", metavar="MÃ_ĐƠN_VỊ")
    common(ap)
    ap.add_argument("--criterion", required=True, metavar="TIÊU_CHÍ")
    ap.add_argument("--points", required=True, metavar="ĐIỂM")
    ap.add_argument("--reason", required=True, help=_("lý do điều chỉnh"))
    ap.add_argument("--assessor", default="", help=_("người thẩm định"))
    ap.set_defaults(handler=scores_adjust)
    tp = ssub.add_parser("trend", help=_("điểm của một đơn vị qua các kỳ"))
    tp.add_argument("code", metavar="MÃ_ĐƠN_VỊ")
    tp.add_argument("--set", required=True, metavar="ID", dest="set_id")
    tp.set_defaults(handler=scores_trend)
    sp2 = ssub.add_parser("document", help=_("báo cáo tổng hợp chấm điểm (docx, pdf) hoặc bảng điểm (xlsx)"))
    common(sp2)
    sp2.add_argument("--format", required=True, choices=["docx", "pdf", "xlsx"])
    sp2.add_argument("--out", required=True, type=Path)
    sp2.set_defaults(handler=scores_document)


def _num(d: Decimal | None) -> str:
    from desktop.vn import format_points

    return format_points(d)


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
    store = _open(args)
    if args.file.suffix.lower() == ".khcdsc":
        from desktop.services import criteria_packages as criteria_package

        res = criteria_package.import_package(
            store, args.file, accept_new_key=args.accept_new_key, fingerprint=args.fingerprint
        )
        if res.pending:
            print(
                _(
                    "Khóa ký của tỉnh, thành phố chưa được tin cậy; dấu vân tay: {fp}. Gọi điện đối chiếu với "
                    'tỉnh, thành phố rồi chạy lại với --accept-new-key hoặc --fingerprint "...". '
                    "Chưa nhập gì."
                ).format(fp=res.fingerprint)
            )
            return 1
        print(_("Đã nhập bộ tiêu chí {id} phiên bản {v}").format(id=res.set_id, v=res.version))
        return 0
    from desktop.services import scorecards

    with store.transaction() as s:
        rec = scorecards.import_set_file(s, args.file)
        key, version = rec.key, rec.version
    print(_("Đã nhập bộ tiêu chí {id} phiên bản {v}").format(id=key, v=version))
    return 0


def criteria_publish(args: argparse.Namespace) -> int:
    from desktop.services import criteria_packages as criteria_package

    store = _open(args)
    res = criteria_package.publish(store, args.file, args.out)
    print(
        _("Đã phát hành bộ tiêu chí {id} phiên bản {v}: {out}; dấu vân tay khóa ký: {fp}").format(
            id=res.set_id, v=res.version, out=res.path, fp=res.fingerprint
        )
    )
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
        elif args.task_evidence is not None:
            ev = scorecards.add_task_evidence(s, aid, args.criterion, args.task_evidence)
            what = ev.title
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


def _write(out: Path, data: bytes) -> None:
    from desktop.errors import UserError
    from desktop.fsutil import atomic_write_bytes

    try:
        atomic_write_bytes(out, data)
    except OSError as e:
        raise UserError(_("Không ghi được tệp {file}: {err}").format(file=out, err=e.strerror or "")) from e


def assess_document(args: argparse.Namespace) -> int:
    from desktop.services import scorecards

    store = _open(args)
    _write(args.out, scorecards.render_report(store, args.set_id, args.period, args.format, number=args.number))
    print(_("Đã lập báo cáo tự chấm điểm: {out}").format(out=args.out))
    return 0


def scores_rank(args: argparse.Namespace) -> int:
    from desktop.services import city_scoring

    store = _open(args)
    with store.transaction() as s:
        ranks = city_scoring.ranking(s, args.set_id, args.period)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "rank": u.rank,
                        "code": u.unit_code,
                        "name": u.unit_name,
                        "self_total": str(u.self_total),
                        "total": str(u.total),
                        "normalised": str(u.normalised),
                        "grade": u.grade,
                        "missing": u.missing,
                        "adjusted": {
                            k: {"own": None if v[0] is None else str(v[0]), "points": str(v[1]), "reason": v[2]}
                            for k, v in u.adjusted.items()
                        },
                    }
                    for u in ranks
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for u in ranks:
        adj = _(" (đã thẩm định)") if u.adjusted else ""
        print(clean_terminal(f"{u.rank:>4}. {u.unit_code} {u.unit_name}: {_num(u.total)}{adj} — {u.grade or '—'}"))
    if not ranks:
        print(_("Chưa có bản tự chấm nào trong kỳ này"))
    return 0


def scores_adjust(args: argparse.Namespace) -> int:
    from desktop.errors import UserError
    from desktop.services import city_scoring
    from desktop.vn import parse_number

    try:
        points = parse_number(args.points)
    except (ValueError, ArithmeticError):
        raise UserError(_("Điểm '{p}' không phải là số, ví dụ 12,5").format(p=args.points)) from None
    store = _open(args)
    with store.transaction() as s:
        adj = city_scoring.adjust(
            s, args.code, args.set_id, args.period, args.criterion, points, args.reason, args.assessor
        )
        own = adj.self_points
    print(
        _("Đã điều chỉnh tiêu chí {id} của đơn vị {code}: {own} → {new} điểm").format(
            id=args.criterion, code=args.code, own=_num(own), new=_num(adj.points)
        )
    )
    return 0


def scores_trend(args: argparse.Namespace) -> int:
    from desktop.services import city_scoring, scorecards

    store = _open(args)
    with store.transaction() as s:
        rows = city_scoring.trend(s, args.set_id, args.code)
    for period, total in rows:
        print(f"{scorecards.period_label(period)}: {_num(total)}")
    return 0


def scores_document(args: argparse.Namespace) -> int:
    from desktop.services import city_scoring

    store = _open(args)
    _write(args.out, city_scoring.render(store, args.set_id, args.period, args.format))
    print(
        _("Đã lập {what}: {out}").format(
            what=_("bảng điểm") if args.format == "xlsx" else _("báo cáo tổng hợp chấm điểm"), out=args.out
        )
    )
    return 0
