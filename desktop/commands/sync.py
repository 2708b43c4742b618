"""Sync with the city by file: export packages, the folder's key, city mode, template packages."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from desktop.commands.core import add_plan_options, open_from_args
from desktop.i18n import N_, _
from desktop.models.enums import PlanState, TaskStatus
from desktop.terminal import clean
from desktop.vn import format_local, local_date, short_date


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("ngày phải có dạng YYYY-MM-DD")) from None


def register(sub: Any) -> None:
    e = sub.add_parser("export", help=_("xuất gói dữ liệu kế hoạch (đã ký số) để gửi thành phố"))
    add_plan_options(e)
    e.add_argument("--out", type=Path, metavar="FILE", help=_("tệp .khcds (mặc định: thư mục exports)"))
    e.add_argument("--with-evidence", action="store_true", help=_("kèm các tệp minh chứng"))
    e.set_defaults(handler=export)

    h = sub.add_parser("exports", help=_("lịch sử các lần xuất gói dữ liệu"))
    add_plan_options(h, year_help=_("chỉ các kế hoạch của năm này"))
    h.add_argument("--json", action="store_true")
    h.set_defaults(handler=exports)

    k = sub.add_parser("key", help=_("dấu vân tay khóa ký của thư mục dữ liệu (để đọc qua điện thoại)"))
    k.add_argument("--json", action="store_true")
    k.set_defaults(handler=key)

    c = sub.add_parser("city", help=_("chế độ thành phố: nhận và tổng hợp dữ liệu của các đơn vị"))
    parser_class = type(c)
    cs = c.add_subparsers(dest="city_command", metavar="ACTION", required=True, parser_class=parser_class)
    p = cs.add_parser("init", help=_("đặt thư mục dữ liệu ở chế độ thành phố cho một tỉnh, thành phố"))
    p.add_argument("--province", required=True, metavar="CODE")
    p.set_defaults(handler=city_init)
    p = cs.add_parser("import", help=_("nhập các tệp .khcds (tệp hoặc thư mục)"))
    p.add_argument("--dry-run", action="store_true", help=_("chỉ xem trước, không thay đổi gì"))
    p.add_argument(
        "--accept-new-keys",
        action="store_true",
        help=_(
            "nhận cả gói ký bằng khóa đơn vị chưa báo (đã đối chiếu dấu vân tay qua điện thoại); "
            "mặc định các gói này được giữ chờ xác nhận"
        ),
    )
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.set_defaults(handler=city_import)
    p = cs.add_parser("reject", help=_("loại một lần gửi của đơn vị (ghi lý do vào nhật ký)"))
    p.add_argument("code")
    p.add_argument("--revision", type=int, required=True, metavar="N")
    p.add_argument("--reason", required=True)
    p.add_argument("--year", type=int, metavar="YEAR", help=_("năm kế hoạch (khi lần gửi N có ở nhiều năm)"))
    p.set_defaults(handler=city_reject)
    p = cs.add_parser("pending", help=_("các gói đang chờ xác nhận khóa của đơn vị"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=city_pending)
    p = cs.add_parser("status", help=_("tình hình gửi dữ liệu của các đơn vị so với hạn"))
    p.add_argument("--year", type=int, required=True, metavar="YEAR")
    p.add_argument(
        "--kind",
        choices=["hang_nam", "trien_khai", "chien_dich"],
        help=_("loại kế hoạch: hang_nam, trien_khai, chien_dich (mặc định: kế hoạch năm của UBND)"),
    )
    p.add_argument("--today", type=_date, metavar="DATE", help=_("tính đến ngày (mặc định hôm nay)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=city_status)
    p = cs.add_parser("document", help=_("báo cáo tổng hợp (docx, pdf) hoặc bảng số liệu (xlsx)"))
    p.add_argument("--year", type=int, required=True, metavar="YEAR")
    p.add_argument("--format", choices=["docx", "pdf", "xlsx"], required=True)
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.add_argument("--today", type=_date, metavar="DATE")
    p.add_argument("--signer", metavar="NAME", help=_("họ tên người ký báo cáo (được ghi nhớ cho lần sau)"))
    p.add_argument(
        "--signer-title",
        metavar="TITLE",
        help=_('chức vụ người ký, ví dụ "GIÁM ĐỐC" hoặc "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC" (được ghi nhớ)'),
    )
    p.set_defaults(handler=city_document)
    p = cs.add_parser("trust", help=_("ghi nhận hoặc đặt lại khóa tin cậy của một đơn vị"))
    p.add_argument("code")
    p.add_argument("--fingerprint", metavar="FP")
    p.add_argument("--reset", action="store_true", help=_("quên khóa cũ (đơn vị đã cài lại máy)"))
    p.set_defaults(handler=city_trust)
    p = cs.add_parser("units", help=_("danh sách đơn vị thành phố chờ nhận dữ liệu"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=city_units)
    p = cs.add_parser("add-unit", help=_("thêm một đơn vị ngoài danh mục (sở, ngành ...)"))
    p.add_argument("code")
    p.add_argument("name")
    p.set_defaults(handler=city_add_unit)
    p = cs.add_parser("deadline", help=_("đặt hạn gửi báo cáo năm"))
    p.add_argument("--year", type=int, required=True, metavar="YEAR")
    p.add_argument("--date", type=_date, required=True, metavar="DATE")
    p.set_defaults(handler=city_deadline)
    p = cs.add_parser("show", help=_("xem kế hoạch và lịch sử gửi của một đơn vị"))
    p.add_argument("code")
    p.add_argument("--year", type=int, required=True, metavar="YEAR")
    p.add_argument("--revision", type=int, metavar="N", help=_("xem một lần gửi trước (mặc định: lần đang dùng)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=city_show)

    t = sub.add_parser("template", help=_("gói mẫu kế hoạch (thành phố phát hành, đơn vị nhập)"))
    ts = t.add_subparsers(dest="template_command", metavar="ACTION", required=True, parser_class=parser_class)
    p = ts.add_parser(
        "draft", help=_("soạn mẫu: chép một mẫu có sẵn, một mẫu trống, hoặc từ bảng nhiệm vụ (XLSX, DOCX) của tỉnh")
    )
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--from", dest="source", metavar="ID", help=_("chép mẫu có sẵn này"))
    src.add_argument("--blank", action="store_true", help=_("mẫu trống của một tỉnh"))
    src.add_argument(
        "--from-table", dest="table", type=Path, metavar="FILE", help=_("bảng nhiệm vụ của tỉnh (.xlsx hoặc .docx)")
    )
    p.add_argument("--id", dest="new_id", metavar="ID", help=_("mã mẫu (mặc định giữ mã cũ khi chép)"))
    p.add_argument("--province", metavar="CODE", help=_("mã hoặc tên tỉnh, thành phố (với --blank, --from-table)"))
    p.add_argument("--number", metavar="NUM", help=_("số, ký hiệu văn bản, ví dụ 12/KH-UBND"))
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help=_("ngày ban hành"))
    p.add_argument("--title", metavar="TEXT", help=_("trích yếu"))
    p.add_argument("--period", metavar="PERIOD", help=_("thời kỳ: 2026, 2026-2030 hoặc 2026-01-01..2026-12-31"))
    p.add_argument("--version", dest="tpl_version", type=int, default=1, metavar="N", help=_("phiên bản (mặc định 1)"))
    p.add_argument("--out", type=Path, required=True, metavar="FILE")
    p.set_defaults(handler=template_draft)
    p = ts.add_parser("publish", help=_("phát hành mẫu (tệp JSON) thành gói đã ký số"))
    p.add_argument("file", type=Path)
    p.add_argument("--out", type=Path, metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help=_("chỉ kiểm tra và cho xem, không ghi gì"))
    p.set_defaults(handler=template_publish)
    p = ts.add_parser("import", help=_("nhập gói mẫu kế hoạch của thành phố"))
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help=_("chỉ xem những gì thay đổi"))
    p.add_argument("--year", type=int, metavar="YEAR", help=_("chuyển kế hoạch năm này sang phiên bản mới"))
    p.add_argument(
        "--accept-new-key",
        action="store_true",
        help=_("tin cậy khóa của tỉnh, thành phố lần đầu (sau khi đã đối chiếu qua điện thoại)"),
    )
    p.add_argument("--fingerprint", metavar="FP", help=_("dấu vân tay khóa của tỉnh, thành phố đã đối chiếu"))
    p.set_defaults(handler=template_import)
    p = ts.add_parser("trust", help=_("khóa tin cậy của tỉnh, thành phố phát hành mẫu"))
    p.add_argument(
        "--reset", action="store_true", help=_("quên khóa đã tin cậy (tỉnh đã đổi khóa, đã gọi điện xác nhận)")
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=template_trust)


# -- unit side -------------------------------------------------------------------
def export(args: argparse.Namespace) -> int:
    from desktop.commands.core import chosen_plan
    from desktop.services import exports as xsvc

    store = open_from_args(args)
    plan_id, year = chosen_plan(store, args)
    r = xsvc.export_plan(store, year, args.out, with_evidence=args.with_evidence, plan_id=plan_id)
    print(
        _("Đã xuất {file} (lần gửi {rev}, SHA-256 {sha}). Dấu vân tay khóa ký: {fp}").format(
            file=r.path, rev=r.revision, sha=r.sha256[:16], fp=r.fingerprint
        )
    )
    return 0


def exports(args: argparse.Namespace) -> int:
    from desktop.services import exports as xsvc

    rows = xsvc.export_history(open_from_args(args), args.year, plan_id=args.plan_id)
    if args.json:
        print(
            json.dumps(
                [dict(r, created_at=r["created_at"].isoformat() + "Z") for r in rows], ensure_ascii=False, indent=2
            )
        )
        return 0
    if not rows:
        print(_("Chưa xuất lần nào."))
    for r in rows:
        print(
            f"{r['year']}  #{r['plan_id']:<4} {_('lần')} {r['revision']:>3}  {format_local(r['created_at'])}  "
            f"{r['file_name']}"
        )
    return 0


def key(args: argparse.Namespace) -> int:
    from desktop.services import exports as xsvc

    store = open_from_args(args)
    fp, public = xsvc.signing_key(store.data)
    if args.json:
        print(json.dumps({"fingerprint": fp, "public_key": public}))
    else:
        print(_("Dấu vân tay khóa ký: {fp}").format(fp=fp))
    return 0


# -- city ------------------------------------------------------------------------
def city_init(args: argparse.Namespace) -> int:
    from desktop.services import city

    store = open_from_args(args)
    p, n = city.init_city(store, args.province)
    if args.db_url and not store.is_sqlite:
        from desktop.services.safety import remember_url

        remember_url(store.data, args.db_url)  # the city office's staff open the shared store without flags
    print(_("Chế độ thành phố: {name}; {n} đơn vị chờ nhận dữ liệu.").format(name=p.name, n=n))
    return 0


def city_import(args: argparse.Namespace) -> int:
    from desktop.services import city

    store = open_from_args(args)
    items = city.preview(store, args.paths)
    if not items:
        print(_("Không có tệp .khcds nào để nhập."))
        return 1
    if not args.accept_new_keys:
        city.mark_pending(items)  # the same in a dry run and a real one
    if not args.dry_run:
        city.apply(store, items)
        city.hold_pending(store, items)
    for it in items:
        print(it.line())
    # a real run counts what was written (another import may have written a file first)
    applied = sum(1 for i in items if (i.outcome.applies if args.dry_run else i.applied))
    bad = sum(1 for i in items if i.outcome.is_error)
    held = sum(1 for i in items if i.outcome is city.Outcome.PENDING)
    verb = _("Sẽ nhận") if args.dry_run else _("Đã nhận")
    print(_("{verb} {a}/{n} tệp; {b} tệp bị từ chối hoặc xung đột.").format(verb=verb, a=applied, n=len(items), b=bad))
    if held:
        print(_("{n} tệp chờ xác nhận khóa của đơn vị (khcds city pending).").format(n=held))
    return 1 if bad else 0


def city_reject(args: argparse.Namespace) -> int:
    from desktop.services import city

    r, now = city.reject(open_from_args(args), args.code, args.revision, args.reason, args.year)
    print(_("Đã loại lần gửi {rev} năm {y} của đơn vị {code}.").format(rev=r.revision, y=r.year, code=r.unit_code))
    if now is None:
        print(_("Đơn vị không còn lần gửi nào được dùng cho năm {y}.").format(y=r.year))
    else:
        print(_("Lần gửi đang dùng: {rev}.").format(rev=now))
    return 0


def city_pending(args: argparse.Namespace) -> int:
    from desktop.services import city

    rows = city.pending(open_from_args(args))
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "code": p.unit_code,
                        "year": p.year,
                        "revision": p.revision,
                        "fingerprint": p.fingerprint,
                        "file_name": p.file_name,
                        "received_at": p.received_at.isoformat() + "Z",
                    }
                    for p in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not rows:
        print(_("Không có gói nào chờ xác nhận khóa."))
    for p in rows:
        print(clean(f"{p.unit_code:<8} {p.year} {_('lần')} {p.revision:<4} {p.fingerprint}  {p.file_name}"))
    return 0


def city_status(args: argparse.Namespace) -> int:
    from desktop.services import city

    rep = city.status(open_from_args(args), args.year, args.today, kind=args.kind)
    if args.json:
        print(json.dumps(rep.as_dict(), ensure_ascii=False, indent=2))
        return 0
    c = rep.counts()
    print(
        _("{prov}, năm {y}, hạn {d}: đúng hạn {a}, muộn {b}, chưa gửi {m} (tổng {n}).").format(
            prov=rep.province_name,
            y=rep.year,
            d=short_date(rep.deadline),
            a=c[city.SubmissionStatus.ON_TIME],
            b=c[city.SubmissionStatus.LATE],
            m=c[city.SubmissionStatus.MISSING],
            n=len(rep.units),
        )
    )
    for u in rep.units:
        extra = ""
        if u.revision is not None:
            extra = _("lần {r}, gửi {t}, {n} nhiệm vụ, {late} chậm").format(
                r=u.revision, t=local_date(u.sent_at), n=u.tasks, late=u.late_tasks
            )
            if args.kind and u.plan_title:
                extra += f" — {u.plan_title}"
            if args.kind and u.last_due:
                extra += _("; báo cáo {p} hạn {d}{x}").format(
                    p=u.last_due_label, d=short_date(u.last_due), x=_(" (chưa có số liệu kỳ này)") if u.behind else ""
                )
        print(clean(f"{u.code:<8} {u.name:<32} {u.status.label:<10} {extra}".rstrip()))
    return 0


def city_document(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    signer, title = getattr(args, "signer", None), getattr(args, "signer_title", None)
    if signer is not None or title is not None:
        from desktop.services.city_documents import set_signer

        set_signer(store, signer, title)
    if args.format == "xlsx":
        from desktop.services.city_documents import write_xlsx

        out = write_xlsx(store, args.year, args.out, args.today)
    else:
        from desktop.services.city_documents import signer_name, write_report

        out = write_report(store, args.year, args.out, args.format, args.today)
        if not signer_name(store):
            print(
                _(
                    'Lưu ý: báo cáo chưa có họ tên người ký; thêm --signer "HỌ TÊN" '
                    '(và --signer-title "GIÁM ĐỐC") để ghi và ghi nhớ.'
                )
            )
    print(_("Đã ghi {file}.").format(file=out))
    return 0


def city_trust(args: argparse.Namespace) -> int:
    from desktop.errors import UserError
    from desktop.services import city

    if not args.fingerprint and not args.reset:
        raise UserError(_("Hãy cho --fingerprint hoặc --reset."))
    store = open_from_args(args)
    u = city.trust(store, args.code, args.fingerprint, args.reset)
    print(
        clean(
            _("{code} {name}: khóa tin cậy {fp}.").format(
                code=u.code, name=u.name, fp=u.key_fingerprint or _("(chờ gói đầu tiên)")
            )
        )
    )
    bad = 0
    if u.key_fingerprint:
        for it in city.release_pending(store, u.code):  # the packages held for this key go in now
            print(it.line())
            bad += it.outcome.is_error
    return 1 if bad else 0


def city_units(args: argparse.Namespace) -> int:
    from desktop.services import city

    rows = city.units(open_from_args(args))
    if args.json:
        print(
            json.dumps(
                [
                    {"code": u.code, "name": u.name, "source": u.source, "key_fingerprint": u.key_fingerprint}
                    for u in rows
                ],
                ensure_ascii=False,
            )
        )
        return 0
    for u in rows:
        print(clean(f"{u.code:<8} {u.name:<32} {u.key_fingerprint or ''}"))
    return 0


def city_add_unit(args: argparse.Namespace) -> int:
    from desktop.services import city

    u = city.add_unit(open_from_args(args), args.code, args.name)
    print(_("Đã thêm đơn vị {code} {name}.").format(code=u.code, name=u.name))
    return 0


def city_deadline(args: argparse.Namespace) -> int:
    from desktop.services import city

    city.set_deadline(open_from_args(args), args.year, args.date)
    print(_("Hạn gửi báo cáo năm {y}: {d}.").format(y=args.year, d=short_date(args.date)))
    return 0


def _enum_words(kind: type[PlanState] | type[TaskStatus], code: object) -> str:
    """A state or status code from a unit's file in Vietnamese words (``done`` -> ``Hoàn
    thành``); a code this version does not know is shown as it came."""
    try:
        return kind(code).display
    except ValueError:
        return str(code)


# how a revision came into the city store, as ``city show`` lists them
_OUTCOME_WORDS = {"new": N_("nhận lần đầu"), "newer": N_("bản mới hơn"), "rejected": N_("đã loại")}


def _outcome_words(code: str) -> str:
    return _(_OUTCOME_WORDS[code]) if code in _OUTCOME_WORDS else code


def city_show(args: argparse.Namespace) -> int:
    from desktop.services import city

    store = open_from_args(args)
    d = city.unit_detail(store, args.code, args.year)
    if args.revision is not None:  # an earlier revision, as the unit sent it
        d.data = city.revision_data(store, args.code, args.year, args.revision)
        d.submission = dict(
            d.submission or {},
            revision=args.revision,
            plan_state=d.data["plan"]["state"],
            template=f"{d.data['plan']['template_id']} v{d.data['plan']['template_version']}",
        )
    if args.json:
        print(
            json.dumps(
                {
                    "code": d.code,
                    "name": d.name,
                    "key_fingerprint": d.key_fingerprint,
                    "submission": d.submission,
                    "history": d.history,
                    "data": d.data,
                },
                ensure_ascii=False,
                indent=2,
                default=str,
            )
        )
        return 0
    print(clean(f"{d.code} {d.name}  {d.key_fingerprint or ''}"))
    if d.submission is None or d.data is None:
        print(_("Chưa gửi dữ liệu năm {y}.").format(y=args.year))
    else:
        print(
            clean(
                _("Lần gửi {r}, mẫu {t}, trạng thái {s}").format(
                    r=d.submission["revision"],
                    t=d.submission["template"],
                    s=_enum_words(PlanState, d.submission["plan_state"]).lower(),
                )
            )
        )
        live = [t for t in d.data["tasks"] if t["adopted"]]
        width = max((len(_enum_words(TaskStatus, t["status"])) for t in live), default=0)
        for t in live:
            status = _enum_words(TaskStatus, t["status"])
            print(clean(f"  [{status:<{width}} {t['percent']:>3}%] {t['pillar']}: {t['content'][:90]}"))
    for h in d.history:
        mark = _(" (đang dùng)") if h.get("current") else ""
        why = _(" — bị loại: {why}").format(why=h["reject_reason"]) if h.get("reject_reason") else ""
        print(
            clean(
                f"  {h['year']} {_('lần')} {h['revision']} {_outcome_words(h['outcome'])}{mark} "
                f"{format_local(h['received_at'])} {h['file_name']}{why}"
            )
        )
    return 0


# -- template packages ---------------------------------------------------------------
def template_draft(args: argparse.Namespace) -> int:
    from desktop.errors import UserError
    from desktop.services import templates as tsvc

    if args.source:
        out = tsvc.draft_file(open_from_args(args), args.source, args.out, args.new_id)
        print(_("Đã chép mẫu ra {file}: sửa tệp này rồi phát hành bằng khcds template publish.").format(file=out))
        return 0
    missing = [o for o, v in (("--province", args.province), ("--id", args.new_id)) if not v]
    if args.table:
        missing += [
            o
            for o, v in (
                ("--number", args.number),
                ("--date", args.date),
                ("--title", args.title),
                ("--period", args.period),
            )
            if not v
        ]
    if missing:
        raise UserError(_("Thiếu {opts}.").format(opts=", ".join(missing)))
    res = tsvc.draft_new(
        args.out,
        province=args.province,
        template_id=args.new_id,
        table=args.table,
        number=args.number,
        date=args.date,
        title=args.title,
        period=args.period,
        version=args.tpl_version,
    )
    if args.table:
        print(_("Đã đọc {file}: {g} nhóm, {n} nhiệm vụ.").format(file=args.table.name, g=res.groups, n=res.tasks))
        for line in res.problems:
            print(_("  Chưa đọc được: {x}").format(x=line))
    print(_("Đã ghi bản thảo {file}.").format(file=res.path))
    return 0


def template_publish(args: argparse.Namespace) -> int:
    from desktop.errors import UserError
    from desktop.services import templates as tsvc

    if args.dry_run:
        for line in tsvc.publish_preview(open_from_args(args), args.file).lines():
            print(line)
        return 0
    if args.out is None:
        raise UserError(_("Hãy cho --out TỆP (hoặc --dry-run để chỉ kiểm tra)."))
    r = tsvc.publish_file(open_from_args(args), args.file, args.out)
    print(
        _("Đã phát hành {id} phiên bản {v}: {file}. Dấu vân tay khóa: {fp}").format(
            id=r.template_id, v=r.version, file=r.path, fp=r.fingerprint
        )
    )
    return 0


def template_import(args: argparse.Namespace) -> int:
    from desktop.services import templates as tsvc

    res = tsvc.import_package(
        open_from_args(args),
        args.file,
        year=args.year,
        dry_run=args.dry_run,
        accept_new_key=args.accept_new_key,
        fingerprint=args.fingerprint,
    )
    for line in res.lines():
        print(line)
    return 0 if args.dry_run or not res.pending else 1


def template_trust(args: argparse.Namespace) -> int:
    from desktop.services import templates as tsvc

    store = open_from_args(args)
    if args.reset:
        old = tsvc.reset_trust(store)
        if old:
            print(_("Đã quên khóa của tỉnh, thành phố ({fp}); gói mẫu tới sẽ hỏi xác nhận khóa mới.").format(fp=old))
        else:
            print(_("Chưa tin cậy khóa nào."))
        return 0
    info = tsvc.trusted_key(store)
    if args.json:
        print(json.dumps(info, ensure_ascii=False))
    elif info["fingerprint"]:
        print(_("Khóa tin cậy của {prov}: {fp}").format(prov=info["province"] or "-", fp=info["fingerprint"]))
    else:
        print(_("Chưa tin cậy khóa nào."))
    return 0
