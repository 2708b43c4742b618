"""Safety commands: backup, restore, check, and the plan's approval state."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop.commands.core import add_plan_options, open_from_args, plan_actions
from desktop.i18n import _


def register(sub: Any) -> None:
    b = sub.add_parser("backup", help=_("sao lưu dữ liệu (kiểm tra bản sao sau khi ghi)"))
    b.add_argument("--out", type=Path, metavar="FILE", help=_("tệp sao lưu (mặc định: thư mục backups)"))
    b.add_argument("--list", action="store_true", help=_("liệt kê các bản sao lưu"))
    b.set_defaults(handler=backup)

    r = sub.add_parser("restore", help=_("khôi phục dữ liệu từ bản sao lưu (sao lưu dữ liệu hiện tại trước)"))
    r.add_argument("file", type=Path)
    r.set_defaults(handler=restore)

    c = sub.add_parser("check", help=_("kiểm tra toàn vẹn dữ liệu và nhật ký thay đổi"))
    c.set_defaults(handler=check)

    psub = plan_actions(sub)
    st = psub.add_parser("state", help=_("chuyển trạng thái: submitted, approved, issued, draft"))
    add_plan_options(st)
    st.add_argument("--to", required=True, choices=["draft", "submitted", "approved", "issued"])
    st.set_defaults(handler=plan_state)
    un = psub.add_parser("unlock", help=_("mở khóa kế hoạch đã phê duyệt để sửa (ghi lý do)"))
    add_plan_options(un)
    un.add_argument("--reason", required=True)
    un.set_defaults(handler=plan_unlock)

    a = sub.add_parser("audit", help=_("nhật ký thay đổi"))
    a.add_argument("--task", type=int, metavar="ID", help=_("chỉ một nhiệm vụ"))
    a.add_argument("--limit", type=int, default=50)
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=audit)


def backup(args: argparse.Namespace) -> int:
    from desktop.store.backup import make_backup

    if args.list:  # reads the backups folder only: works beside a damaged or missing store
        from desktop.paths import DataDir
        from desktop.store.backup import describe_backups

        rows = describe_backups(DataDir.resolve(args.data_dir))
        if not rows:
            print(_("Chưa có bản sao lưu nào."))
        for p, good in rows:
            print(str(p) if good else _("{file}  (hỏng, không dùng được)").format(file=p))
        return 0
    store = open_from_args(args)
    try:
        out = make_backup(store, reason="manual", dest=args.out.resolve() if args.out else None)
        print(_("Đã sao lưu và kiểm tra: {file}").format(file=out))
    finally:
        store.close()
    return 0


def restore(args: argparse.Namespace) -> int:
    from desktop.paths import DataDir
    from desktop.store import open_store
    from desktop.store.backup import check_restorable
    from desktop.store.backup import restore as do_restore

    data = DataDir.resolve(args.data_dir)
    source = Path(args.file).expanduser().resolve()  # a path relative to where the command runs
    check_restorable(source)
    saved = do_restore(data, source)
    open_store(data, daily_backups=False).close()  # migrates an older backup to this program's schema
    print(_("Đã khôi phục dữ liệu từ {file}.").format(file=source))
    if saved:
        print(_("Dữ liệu trước khi khôi phục được giữ tại: {file}").format(file=saved))
    return 0


def check(args: argparse.Namespace) -> int:
    from desktop.store.audit import verify_chain, verify_evidence, verify_head, verify_seals, verify_state

    store = open_from_args(args)
    try:
        problems = store.integrity_problems()
        with store.session() as s:
            problems += verify_chain(s)
            problems += verify_head(s)
            problems += verify_seals(s, store.data)
            problems += verify_state(s)
            problems += verify_evidence(s, store.data)
            from desktop.sync.city import verify_city

            problems += verify_city(s)
    finally:
        store.close()
    if problems:
        import sys

        for p in problems:
            print(p, file=sys.stderr)
        return 1
    print(_("Dữ liệu toàn vẹn; nhật ký thay đổi liền mạch."))
    return 0


def _plan(s: Any, args: argparse.Namespace) -> Any:
    from desktop.services import plans as psvc
    from desktop.services import units as usvc

    return psvc.resolve_plan(s, usvc.require_unit(s), plan_id=args.plan_id, year=args.year)


def plan_state(args: argparse.Namespace) -> int:
    from desktop.models.enums import PlanState
    from desktop.services import plans as psvc

    store = open_from_args(args)
    with store.transaction() as s:
        plan = _plan(s, args)
        psvc.change_state(s, plan, PlanState(args.to))
        label, year = plan.state.label, plan.year
    print(_("Kế hoạch năm {year}: {state}.").format(year=year, state=label))
    return 0


def plan_unlock(args: argparse.Namespace) -> int:
    from desktop.services import plans as psvc

    store = open_from_args(args)
    with store.transaction() as s:
        plan = _plan(s, args)
        psvc.unlock(s, plan, args.reason)
        year = plan.year
    print(_("Đã mở khóa kế hoạch năm {year}.").format(year=year))
    return 0


def audit(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from desktop.models.orm import AuditEntry, PlanTask
    from desktop.store.audit import task_history

    store = open_from_args(args)
    with store.session() as s:
        if args.task:
            task = s.get(PlanTask, args.task)
            if task is None:
                from desktop.errors import UserError

                raise UserError(_("Không có nhiệm vụ số {id}.").format(id=args.task))
            rows = task_history(s, task)[-args.limit:]
        else:
            rows = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(args.limit)))[::-1]
        out: list[dict[str, Any]] = [{"id": r.id, "at": r.at.isoformat(), "actor": r.actor, "os_user": r.os_user,
                "entity": r.entity, "entity_id": r.entity_id, "action": r.action, "field": r.field,
                "old": r.old, "new": r.new, "reason": r.reason} for r in rows]
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        for r in out:
            what = f"{r['field']}: {r['old']} → {r['new']}" if r["field"] else (r["new"] or r["old"] or "")
            print(f"{r['at'][:19]} {r['actor'] or r['os_user']:<20} {r['entity']}#{r['entity_id']} "
                  f"{r['action']} {what[:100]}")
    return 0
