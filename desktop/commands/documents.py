"""``khcds document plan|report|sign|verify``: official documents as DOCX and PDF."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from desktop.commands.core import add_plan_options, open_from_args
from desktop.i18n import _


def register(sub: Any) -> None:
    p = sub.add_parser("document", help=_("văn bản: kế hoạch, báo cáo (DOCX, PDF); ký số, kiểm tra chữ ký"))
    dsub = p.add_subparsers(dest="document_command", metavar="ACTION", required=True, parser_class=type(p))

    pp = dsub.add_parser("plan", help=_("in kế hoạch của đơn vị theo Nghị định 30/2020"))
    add_plan_options(pp)
    pp.add_argument("--format", choices=("docx", "pdf"), required=True)
    pp.add_argument("--out", type=Path, required=True, metavar="FILE")
    pp.set_defaults(handler=plan)

    rp = dsub.add_parser("report", help=_("in báo cáo kết quả thực hiện kế hoạch cho một kỳ"))
    add_plan_options(rp)
    rp.add_argument("--period", type=_period_name, default="year",
                    help=_("kỳ báo cáo: w1..w53 (tuần), m1..m12 (tháng), q1..q4 (quý), h1, h2 (6 tháng), "
                           "year (năm; mặc định)"))
    rp.add_argument("--format", choices=("docx", "pdf"), required=True)
    rp.add_argument("--out", type=Path, required=True, metavar="FILE")
    rp.set_defaults(handler=report)

    sp = dsub.add_parser("sign", help=_("ký số tệp PDF bằng chứng thư số PKCS#12 (.p12, .pfx)"))
    sp.add_argument("--in", dest="infile", type=Path, required=True, metavar="PDF")
    sp.add_argument("--out", type=Path, required=True, metavar="PDF")
    sp.add_argument("--p12", type=Path, required=True, metavar="FILE")
    sp.add_argument("--password-env", metavar="VAR",
                    help=_("tên biến môi trường chứa mật khẩu của chứng thư số"))
    sp.add_argument("--field", metavar="NAME", help=_("tên ô chữ ký (mặc định: ô trống đầu tiên)"))
    sp.add_argument("--organisation", metavar="TEXT", help=_("tên cơ quan in trên chữ ký"))
    sp.set_defaults(handler=sign)

    vp = dsub.add_parser("verify", help=_("kiểm tra chữ ký số của tệp PDF"))
    vp.add_argument("pdf", type=Path, metavar="PDF")
    vp.add_argument("--trust", type=Path, action="append", metavar="CERT",
                    help=_("chứng thư gốc tin cậy (PEM hoặc DER), có thể lặp lại"))
    vp.add_argument("--json", action="store_true")
    vp.set_defaults(handler=verify)


def _period_name(text: str) -> str:
    from desktop.models.period import report_period

    try:
        report_period(2024, text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("kỳ báo cáo không hợp lệ: {p} (w1..w53, m1..m12, q1..q4, h1, h2, year)").format(p=text)) from None
    return text.strip().lower()


def plan(args: argparse.Namespace) -> int:
    from desktop.commands.core import chosen_plan
    from desktop.documents.service import generate_plan

    store = open_from_args(args)
    try:
        plan_id, year = chosen_plan(store, args)
        g = generate_plan(store, year, args.format, args.out, plan_id=plan_id)
    finally:
        store.close()
    print(_("Đã ghi kế hoạch năm {y}: {f} ({n} byte).").format(y=year, f=g.path, n=g.size))
    return 0


def report(args: argparse.Namespace) -> int:
    from desktop.commands.core import chosen_plan
    from desktop.documents.service import generate_report
    from desktop.vn import short_date

    store = open_from_args(args)
    try:
        plan_id, year = chosen_plan(store, args)
        g = generate_report(store, year, args.period, args.format, args.out, plan_id=plan_id)
    finally:
        store.close()
    print(_("Đã ghi báo cáo {p} năm {y}: {f} ({n} byte).").format(p=args.period, y=year, f=g.path,
                                                                   n=g.size))
    if g.deadline:
        print(_("Hạn gửi báo cáo: trước ngày {d}.").format(d=short_date(g.deadline)))
    return 0


def _read(path: Path) -> bytes:
    from desktop.errors import UserError

    try:
        return path.read_bytes()
    except FileNotFoundError as e:
        raise UserError(_("Không tìm thấy tệp: {f}").format(f=path)) from e
    except OSError as e:
        raise UserError(_("Không đọc được tệp {f}: {err}").format(f=path, err=e.strerror)) from e


def sign(args: argparse.Namespace) -> int:
    from desktop.documents.signing import sign_pdf
    from desktop.errors import UserError
    from desktop.fsutil import atomic_write_bytes

    password = None
    if args.password_env:
        if args.password_env not in os.environ:
            raise UserError(_("Biến môi trường {v} chưa được đặt.").format(v=args.password_env))
        password = os.environ[args.password_env]
    data = _read(args.infile)
    p12 = _read(args.p12)
    if not args.out.parent.exists():
        raise UserError(_("Thư mục lưu tệp không tồn tại: {d}").format(d=args.out.parent))
    signed = sign_pdf(data, p12, password, field_name=args.field, organisation=args.organisation)
    atomic_write_bytes(args.out, signed)
    print(_("Đã ký số: {f}").format(f=args.out))
    return 0


def verify(args: argparse.Namespace) -> int:
    from desktop.documents.signing import verify_pdf

    data = _read(args.pdf)
    roots = [_read(p) for p in args.trust or []]
    reports = verify_pdf(data, roots)
    if args.json:
        print(json.dumps([{
            "field": r.field, "signer": r.signer, "organisation": r.organisation,
            "signing_time": r.signing_time.isoformat() if r.signing_time else None,
            "intact": r.intact, "valid": r.valid, "trusted": r.trusted,
            "covers_whole_file": r.covers_whole_file, "problems": r.problems,
        } for r in reports], ensure_ascii=False, indent=2))
    else:
        if not reports:
            print(_("Tệp không có chữ ký số."))
        for r in reports:
            when = r.signing_time.strftime("%d/%m/%Y %H:%M:%S") if r.signing_time else "?"
            verdict = _("HỢP LỆ") if r.ok else _("KHÔNG HỢP LỆ")
            print(f"{r.field}: {verdict} — {r.signer}" + (f", {r.organisation}" if r.organisation else "")
                  + f", {when}")
            for p in r.problems:
                print(f"  - {p}")
    if not reports:
        return 1
    return 0 if all(r.ok for r in reports) else 1
