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
    from desktop.services.safety import describe_backups, make_backup

    if args.list:  # reads the backups folder only: works beside a damaged or missing store
        rows = describe_backups(args.data_dir)
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
    from desktop.services.safety import restore_backup

    source = Path(args.file).expanduser().resolve()  # a path relative to where the command runs
    saved = restore_backup(args.data_dir, source)  # migrates an older backup to this program's schema
    print(_("Đã khôi phục dữ liệu từ {file}.").format(file=source))
    if saved:
        print(_("Dữ liệu trước khi khôi phục được giữ tại: {file}").format(file=saved))
    return 0


def check(args: argparse.Namespace) -> int:
    from desktop.services.safety import integrity_problems

    store = open_from_args(args)
    try:
        problems = integrity_problems(store)
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
    from desktop.services.safety import audit_rows

    store = open_from_args(args)
    out = audit_rows(store, task_id=args.task, limit=args.limit)
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        for r in out:
            who = r["actor"] or r["os_user"] or ""
            what = f"{r['entity_label']} #{r['entity_id']}" if r["entity_id"] is not None else r["entity_label"]
            print(f"{r['local_time']}  {who:<20} {what} — {r['action_label']}: {r['detail'][:160]}")
    return 0
