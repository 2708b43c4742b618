"""Foundation commands: templates, demo, unit and plan information."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.i18n import _
from desktop.vn import short_date


def open_from_args(args: argparse.Namespace) -> Any:
    """Open the store of the data folder named on the command line."""
    from desktop.services.safety import open_store

    return open_store(args.data_dir, url=getattr(args, "db_url", None))


def add_plan_options(p: Any, *, year_help: str | None = None) -> None:
    """``--plan ID`` and ``--year YEAR``: a plan by its id, or the year's plan when it has one."""
    p.add_argument("--plan", type=int, metavar="ID", dest="plan_id", help=_("số hiệu kế hoạch (xem: khcds plan list)"))
    p.add_argument(
        "--year", type=int, metavar="YEAR", help=year_help or _("năm kế hoạch (khi năm đó chỉ có một kế hoạch)")
    )


def chosen_plan(store: Any, args: argparse.Namespace) -> tuple[int, int]:
    """(plan id, year) of the plan named by ``--plan`` or ``--year``; a UserError otherwise."""
    from desktop.services import plans as psvc
    from desktop.services import units as usvc

    with store.session() as s:
        return psvc.resolve_plan_id(
            s, usvc.require_unit(s), plan_id=getattr(args, "plan_id", None), year=getattr(args, "year", None)
        )


def plan_actions(sub: Any) -> Any:
    """The actions of ``khcds plan`` (list, new here; state, unlock with the safety commands),
    made once whichever module registers first."""
    existing = sub.choices.get("plan")
    if existing is not None:
        return existing._khcds_actions
    pl = sub.add_parser("plan", help=_("các kế hoạch của đơn vị: liệt kê, tạo mới, phê duyệt"))
    pl._khcds_actions = pl.add_subparsers(dest="plan_command", metavar="ACTION", required=True, parser_class=type(pl))
    return pl._khcds_actions


def _date(text: str) -> Any:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("ngày phải có dạng YYYY-MM-DD")) from None


def register(sub: Any) -> None:
    from desktop.models.enums import Issuer, PlanKind

    psub = plan_actions(sub)
    lp = psub.add_parser("list", help=_("liệt kê các kế hoạch, theo năm"))
    lp.add_argument("--year", type=int, metavar="YEAR", help=_("chỉ các kế hoạch của năm này"))
    lp.add_argument("--json", action="store_true", help=_("in dạng JSON"))
    lp.set_defaults(handler=plan_list)
    np = psub.add_parser("new", help=_("tạo một kế hoạch mới (theo mẫu hoặc kế hoạch riêng của đơn vị)"))
    np.add_argument(
        "--kind",
        choices=[k.value for k in PlanKind],
        default=PlanKind.ANNUAL.value,
        help=_("hang_nam (kế hoạch năm), trien_khai (triển khai một văn bản), chien_dich (cao điểm, chiến dịch)"),
    )
    np.add_argument(
        "--issuer",
        choices=[i.value for i in Issuer],
        default=Issuer.UBND.value,
        help=_("cơ quan ban hành: ubnd, dang_uy, ban_chi_dao, ban_thuong_vu"),
    )
    src = np.add_mutually_exclusive_group(required=True)
    src.add_argument("--from-template", dest="template", metavar="ID", help=_("theo mẫu kế hoạch ID"))
    src.add_argument("--blank", action="store_true", help=_("kế hoạch riêng của đơn vị, không theo mẫu"))
    np.add_argument("--year", type=int, metavar="YEAR", help=_("cả năm (thay cho --start/--end)"))
    np.add_argument("--start", type=_date, metavar="YYYY-MM-DD", help=_("ngày bắt đầu"))
    np.add_argument("--end", type=_date, metavar="YYYY-MM-DD", help=_("ngày kết thúc"))
    np.add_argument("--title", metavar="TEXT", help=_("tên (trích yếu) của kế hoạch"))
    np.add_argument("--number", metavar="TEXT", help=_("số, ký hiệu văn bản"))
    np.add_argument("--implements", metavar="TEXT", help=_("văn bản mà kế hoạch triển khai thực hiện"))
    np.add_argument(
        "--report",
        action="append",
        metavar="RULE",
        help=_(
            'chế độ báo cáo, có thể lặp lại: "month day:20" (trước ngày 20 hằng tháng), '
            '"quarter next:10", "week after:2", "year date:12-15"'
        ),
    )
    np.add_argument(
        "--previous-year",
        action="store_true",
        help=_('mở đầu bằng phần "Đánh giá kết quả thực hiện năm trước" (dự thảo từ kế hoạch năm trước)'),
    )
    np.add_argument("--json", action="store_true")
    np.set_defaults(handler=plan_new)

    p = sub.add_parser("templates", help=_("mẫu kế hoạch của thành phố"))
    tsub = p.add_subparsers(dest="templates_command", metavar="ACTION", required=True, parser_class=type(p))
    lp = tsub.add_parser("list", help=_("liệt kê các mẫu có sẵn và đã nhập"))
    lp.add_argument("--json", action="store_true", help=_("in dạng JSON"))
    lp.set_defaults(handler=templates_list)
    ip = tsub.add_parser("import", help=_("nhập một mẫu kế hoạch từ tệp JSON"))
    ip.add_argument("file", type=Path)
    ip.set_defaults(handler=templates_import)
    sp = tsub.add_parser("show", help=_("xem tóm tắt một mẫu"))
    sp.add_argument("id")
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(handler=templates_show)

    d = sub.add_parser("demo", help=_("tạo dữ liệu mẫu: một xã với kế hoạch đang thực hiện"))
    d.add_argument("--template", metavar="ID", help=_("mẫu kế hoạch (mặc định hp-325-2024)"))
    d.add_argument("--unit-code", metavar="CODE", help=_("mã đơn vị hành chính (mặc định 11629, xã An Lão)"))
    d.add_argument("--year", type=int, metavar="YEAR", help=_("năm kế hoạch"))
    d.set_defaults(handler=demo)

    i = sub.add_parser("info", help=_("đơn vị, kế hoạch và thư mục dữ liệu"))
    i.add_argument("--json", action="store_true")
    i.set_defaults(handler=info)

    u = sub.add_parser("units", help=_("tra cứu danh mục đơn vị hành chính"))
    u.add_argument("query", nargs="?", default="")
    u.add_argument("--province", metavar="CODE")
    u.add_argument("--json", action="store_true")
    u.set_defaults(handler=units_search)


def plan_list(args: argparse.Namespace) -> int:
    from desktop.services import plans as psvc

    store = open_from_args(args)
    with store.session() as s:
        rows = [p for p in psvc.list_plans(s) if args.year is None or p.year == args.year]
    if args.json:
        print(json.dumps([p.as_dict() for p in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(_("Chưa có kế hoạch nào."))
    year = None
    for p in rows:
        if p.year != year:
            year = p.year
            print(_("Năm {y}:").format(y=year))
        span = (
            ""
            if (p.start.month, p.start.day, p.end.month, p.end.day) == (1, 1, 12, 31)
            else f" {short_date(p.start)}-{short_date(p.end)}"
        )
        print(f"  {p.id:>4}  {p.label}{span}  [{p.state.label}; {p.tasks} nhiệm vụ]")
    return 0


def plan_new(args: argparse.Namespace) -> int:
    from desktop.errors import UserError
    from desktop.models.enums import Issuer, PlanKind
    from desktop.services import plans as psvc
    from desktop.services import templates as tsvc
    from desktop.services import units as usvc

    store = open_from_args(args)
    with store.transaction() as s:
        unit = usvc.require_unit(s)
        rec = None
        if args.template:
            tsvc.sync_builtins(s)
            rec = tsvc.find(s, args.template)
            if rec is None:
                raise UserError(_("Không có mẫu kế hoạch {id}. Xem: khcds templates list").format(id=args.template))
        plan = psvc.create_plan(
            s,
            unit,
            rec,
            args.year,
            kind=PlanKind(args.kind),
            issuer=Issuer(args.issuer),
            start=args.start,
            end=args.end,
            number=args.number,
            subject=args.title,
            implements=args.implements,
            report_rules=args.report,
        )
        if args.previous_year:
            psvc.set_previous_year(s, plan.id, "")
        info = psvc.summary(plan)
    if args.json:
        print(json.dumps(info.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(
            _("Đã tạo kế hoạch số hiệu {id}: {label} ({a} - {b}), {n} nhiệm vụ.").format(
                id=info.id, label=info.label, a=short_date(info.start), b=short_date(info.end), n=info.tasks
            )
        )
    return 0


def templates_list(args: argparse.Namespace) -> int:
    from desktop.services import templates as tsvc

    store = open_from_args(args)
    with store.transaction() as s:
        tsvc.sync_builtins(s)
        rows = [tsvc.summary(r) for r in tsvc.records(s)]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        print(
            f"{r['id']:<16} v{r['version']:<3} {r['number']:<14} {r['period']:<10} "
            f"{r['tasks']:>3} nhiệm vụ {r['targets']:>3} chỉ tiêu {r['budget_lines']:>3} dòng kinh phí  "
            f"{r['issuer']}"
        )
    return 0


def templates_import(args: argparse.Namespace) -> int:
    from desktop.services import templates as tsvc
    from desktop.services.safety import backup_before_import

    store = open_from_args(args)
    tsvc.load_file(args.file)  # refuse a bad file before anything is written, backups included
    backup_before_import(store)
    with store.transaction() as s:
        tsvc.sync_builtins(s)
        rec = tsvc.import_file(s, args.file)
        print(_("Đã nhập mẫu {id} phiên bản {v} ({n}).").format(id=rec.key, v=rec.version, n=rec.number))
    return 0


def templates_show(args: argparse.Namespace) -> int:
    from desktop.errors import UserError
    from desktop.services import templates as tsvc

    store = open_from_args(args)
    with store.transaction() as s:
        tsvc.sync_builtins(s)
        rec = tsvc.find(s, args.id)
        if rec is None:
            raise UserError(_("Không có mẫu kế hoạch {id}.").format(id=args.id))
        summary = tsvc.summary(rec)
        t = tsvc.parse(rec)
        summary["groups"] = [
            {"id": g.id, "number": g.number, "title": g.title, "tasks": len(g.tasks)} for g in t.task_groups
        ]
        summary["superior_plan"] = t.superior_plan
        summary["task_list"] = [
            {
                "id": x.id,
                "group": g.number,
                "number": x.number,
                "content": x.content,
                "lead": x.lead,
                "superior_ref": x.superior_ref,
                "deadline": x.deadline.label() if x.deadline else x.period_text,
                "levels": [lv.value for lv in x.levels],
                "units": list(x.units),
            }
            for g in t.task_groups
            for x in g.tasks
        ]
        summary["total_differences"] = [
            {
                "section": d.section,
                "group": d.group,
                "column": d.column.value,
                "printed": str(d.printed),
                "computed": str(d.computed),
            }
            for d in t.total_differences()
        ]
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(f"{summary['number']} — {summary['title']} ({summary['period']})")
        ref_label = _("NV theo {plan}").format(plan=t.superior_plan) if t.superior_plan else _("NV cấp trên")
        for g in summary["groups"]:
            print(f"  {g['number'] or '-':>5}  {g['title']}  ({g['tasks']})")
            for x in summary["task_list"]:
                if x["group"] != g["number"]:
                    continue
                extra = [x["lead"] or "", x["deadline"] or ""]
                if x["superior_ref"]:
                    extra.insert(0, f"{ref_label}: {x['superior_ref']}")
                print(f"        {x['number'] or '-':>4}. {x['content']}  [{'; '.join(e for e in extra if e)}]")
        for d in summary["total_differences"]:
            print(
                _("  Cảnh báo: tổng in {p} khác tổng các dòng {c} (phần {s}, {g}, {col})").format(
                    p=d["printed"], c=d["computed"], s=d["section"], g=d["group"] or "TỔNG", col=d["column"]
                )
            )
    return 0


def demo(args: argparse.Namespace) -> int:
    from desktop.services.demo import describe_plan, run_demo

    store = open_from_args(args)
    import datetime as dt

    # without --year: a plan for this year, its progress as it would be today
    plan = run_demo(store, template_key=args.template, unit_code=args.unit_code, year=args.year, today=dt.date.today())
    print(describe_plan(store, plan.id))
    return 0


def info(args: argparse.Namespace) -> int:
    from desktop.services.info import folder_info

    out = folder_info(args.data_dir, getattr(args, "db_url", None))
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        for k, v in out.items():
            print(f"{k}: {v}")
    return 0


def units_search(args: argparse.Namespace) -> int:
    from desktop.errors import UserError
    from desktop.models import directory

    pcode = None
    if args.province:
        p = directory.find_province(args.province)
        if p is None:
            raise UserError(_("Không có tỉnh, thành phố {p}.").format(p=args.province))
        pcode = p.code
    found = directory.search(args.query, pcode) if args.query else directory.units(pcode)
    if args.json:
        print(
            json.dumps(
                [{"code": u.code, "name": u.name, "kind": u.kind, "province_code": u.province_code} for u in found],
                ensure_ascii=False,
            )
        )
    else:
        for u in found:
            print(f"{u.code}  {u.name}  ({directory.province(u.province_code).name if u.province_code else ''})")
    sys.stdout.flush()
    return 0
