"""Foundation commands: templates, demo, unit and plan information."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop.i18n import _


def open_from_args(args: argparse.Namespace) -> Any:
    """Open the store of the data folder named on the command line."""
    from desktop.store import open_store

    return open_store(args.data_dir, url=getattr(args, "db_url", None))


def register(sub: Any) -> None:
    p = sub.add_parser("templates", help=_("mẫu kế hoạch của thành phố"))
    tsub = p.add_subparsers(dest="templates_command", metavar="ACTION", required=True,
                            parser_class=type(p))
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
        print(f"{r['id']:<16} v{r['version']:<3} {r['number']:<14} {r['period']:<10} "
              f"{r['tasks']:>3} nhiệm vụ {r['targets']:>3} chỉ tiêu {r['budget_lines']:>3} dòng kinh phí  "
              f"{r['issuer']}")
    return 0


def templates_import(args: argparse.Namespace) -> int:
    from desktop.services import templates as tsvc
    from desktop.store.backup import backup_before_import

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
        summary["groups"] = [{"id": g.id, "number": g.number, "title": g.title, "tasks": len(g.tasks)}
                             for g in t.task_groups]
        summary["superior_plan"] = t.superior_plan
        summary["task_list"] = [
            {"id": x.id, "group": g.number, "number": x.number, "content": x.content, "lead": x.lead,
             "superior_ref": x.superior_ref, "deadline": x.deadline.label() if x.deadline else x.period_text,
             "levels": [lv.value for lv in x.levels], "units": list(x.units)}
            for g in t.task_groups for x in g.tasks]
        summary["total_differences"] = [
            {"section": d.section, "group": d.group, "column": d.column.value,
             "printed": str(d.printed), "computed": str(d.computed)} for d in t.total_differences()
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
            print(_("  Cảnh báo: tổng in {p} khác tổng các dòng {c} (phần {s}, {g}, {col})").format(
                p=d["printed"], c=d["computed"], s=d["section"], g=d["group"] or "TỔNG", col=d["column"]))
    return 0


def demo(args: argparse.Namespace) -> int:
    from desktop.services.demo import run_demo

    store = open_from_args(args)
    plan = run_demo(store, template_key=args.template, unit_code=args.unit_code, year=args.year)
    with store.session() as s:
        from desktop.models.orm import Plan

        p = s.get(Plan, plan.id)
        assert p is not None
        print(_("Dữ liệu mẫu: {unit}, kế hoạch năm {year} theo {tpl}: {n} nhiệm vụ, {m} chỉ tiêu. "
                "Thư mục dữ liệu: {dir}").format(
            unit=p.unit.name, year=p.year, tpl=p.template.number,
            n=sum(1 for t in p.tasks if t.adopted), m=len(p.targets), dir=store.data.root))
    return 0


def info(args: argparse.Namespace) -> int:
    from desktop.services import units as usvc

    store = open_from_args(args)
    with store.session() as s:
        unit = usvc.current_unit(s)
        out: dict[str, Any] = {"data_dir": str(store.data.root), "role": usvc.get_setting(s, "role", "unit")}
        if unit:
            out["unit"] = {"code": unit.code, "name": unit.name, "level": unit.level.value}
            out["plans"] = [{"year": p.year, "state": p.state.value, "template": p.template.key,
                             "tasks": sum(1 for t in p.tasks if t.adopted)} for p in unit.plans]
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
        print(json.dumps([{"code": u.code, "name": u.name, "kind": u.kind, "province_code": u.province_code}
                          for u in found], ensure_ascii=False))
    else:
        for u in found:
            print(f"{u.code}  {u.name}  ({directory.province(u.province_code).name if u.province_code else ''})")
    sys.stdout.flush()
    return 0
