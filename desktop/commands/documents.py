"""``khcds document plan|report|sign|verify|trust``: official documents as DOCX and PDF, signatures."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from desktop.commands.core import add_plan_options
from desktop.i18n import _
from desktop.vn import local_date


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
    rp.add_argument(
        "--period",
        type=_period_name,
        default="year",
        help=_("kỳ báo cáo: w1..w53 (tuần), m1..m12 (tháng), q1..q4 (quý), h1, h2 (6 tháng), year (năm; mặc định)"),
    )
    rp.add_argument("--format", choices=("docx", "pdf"), required=True)
    rp.add_argument("--out", type=Path, required=True, metavar="FILE")
    rp.set_defaults(handler=report)

    sp = dsub.add_parser(
        "sign",
        help=_(
            "ký số tệp PDF bằng chứng thư số PKCS#12 (.p12, .pfx): lãnh đạo ký trước, văn thư ký số của cơ quan sau"
        ),
    )
    sp.add_argument("--in", dest="infile", type=Path, required=True, metavar="PDF")
    sp.add_argument("--out", type=Path, required=True, metavar="PDF")
    sp.add_argument("--p12", type=Path, required=True, metavar="FILE")
    sp.add_argument("--password-env", metavar="VAR", help=_("tên biến môi trường chứa mật khẩu của chứng thư số"))
    sp.add_argument(
        "--field", metavar="NAME", help=_("tên ô chữ ký (mặc định: ô trống kế tiếp: ChuKyLanhDao rồi ChuKyCoQuan)")
    )
    sp.add_argument("--organisation", metavar="TEXT", help=_("tên cơ quan in trên chữ ký"))
    sp.add_argument("--image", type=Path, metavar="PNG", help=_("ảnh chữ ký của người ký (PNG nền trong suốt)"))
    sp.add_argument("--seal", type=Path, metavar="PNG", help=_("ảnh con dấu của cơ quan (PNG nền trong suốt)"))
    sp.add_argument(
        "--page",
        type=_page_number,
        metavar="N",
        help=_("trang đặt chữ ký khi tệp không có ô chữ ký trống (trang đầu là 1)"),
    )
    sp.add_argument(
        "--box",
        type=_box,
        metavar="x1,y1,x2,y2",
        help=_("vị trí chữ ký trên trang, theo điểm (1/72 inch) tính từ góc dưới bên trái"),
    )
    sp.add_argument("--tsa", type=_url, metavar="URL", help=_("máy chủ cấp dấu thời gian (cần mạng; không bắt buộc)"))
    sp.set_defaults(handler=sign)

    vp = dsub.add_parser("verify", help=_("kiểm tra chữ ký số của tệp PDF"))
    vp.add_argument("pdf", type=Path, metavar="PDF")
    vp.add_argument(
        "--trust",
        type=Path,
        action="append",
        metavar="CERT",
        help=_(
            "chứng thư gốc tin cậy (PEM hoặc DER), có thể lặp lại; thêm vào các chứng thư "
            "của thư mục dữ liệu (khcds document trust)"
        ),
    )
    vp.add_argument("--json", action="store_true")
    vp.set_defaults(handler=verify)

    tp = dsub.add_parser("trust", help=_("chứng thư gốc tin cậy để kiểm tra chữ ký số (lưu trong thư mục dữ liệu)"))
    tsub = tp.add_subparsers(dest="trust_command", metavar="ACTION", required=True, parser_class=type(p))
    ta = tsub.add_parser("add", help=_("thêm chứng thư gốc tin cậy (PEM hoặc DER), ví dụ của Ban Cơ yếu Chính phủ"))
    ta.add_argument("cert", type=Path, metavar="CERT")
    ta.set_defaults(handler=trust_add)
    tl = tsub.add_parser("list", help=_("liệt kê các chứng thư gốc tin cậy"))
    tl.add_argument("--json", action="store_true")
    tl.set_defaults(handler=trust_list)
    tr = tsub.add_parser("remove", help=_("bỏ một chứng thư gốc tin cậy theo dấu vân tay SHA-256"))
    tr.add_argument("fingerprint", metavar="FINGERPRINT")
    tr.set_defaults(handler=trust_remove)


def _page_number(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(_("số trang phải là số nguyên từ 1: {v}").format(v=text))
    return n


def _box(text: str) -> tuple[float, float, float, float]:
    parts = text.replace(";", ",").split(",")
    try:
        x1, y1, x2, y2 = (float(v) for v in parts)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("cần bốn số x1,y1,x2,y2 (điểm, từ góc dưới bên trái): {v}").format(v=text)
        ) from None
    if not (0 <= x1 < x2 <= 20000 and 0 <= y1 < y2 <= 20000):
        raise argparse.ArgumentTypeError(_("cần 0 ≤ x1 < x2 và 0 ≤ y1 < y2: {v}").format(v=text))
    return x1, y1, x2, y2


def _url(text: str) -> str:
    from urllib.parse import urlparse

    u = urlparse(text)
    if u.scheme not in ("http", "https") or not u.netloc:
        raise argparse.ArgumentTypeError(
            _("địa chỉ máy chủ dấu thời gian phải bắt đầu bằng http:// hoặc https://: {v}").format(v=text)
        )
    return text


def _period_name(text: str) -> str:
    from desktop.models.period import report_period

    try:
        report_period(2024, text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("kỳ báo cáo không hợp lệ: {p} (w1..w53, m1..m12, q1..q4, h1, h2, year)").format(p=text)
        ) from None
    return text.strip().lower()


def _generate(args: argparse.Namespace, make: Any) -> tuple[Any, int]:
    """``make(store, year, plan_id)`` on the data folder's store and the plan the options name
    (services.documents.in_data_folder), and the plan's year."""
    from desktop.services.documents import in_data_folder

    return in_data_folder(
        args.data_dir, getattr(args, "db_url", None), getattr(args, "plan_id", None), getattr(args, "year", None), make
    )


def plan(args: argparse.Namespace) -> int:
    from desktop.services.documents import generate_plan

    g, year = _generate(args, lambda store, year, pid: generate_plan(store, year, args.format, args.out, plan_id=pid))
    print(_("Đã ghi kế hoạch năm {y}: {f} ({n} byte).").format(y=year, f=g.path, n=g.size))
    return 0


def report(args: argparse.Namespace) -> int:
    from desktop.models.period import report_period
    from desktop.services.documents import generate_report
    from desktop.vn import short_date

    g, year = _generate(
        args,
        lambda store, year, pid: generate_report(store, year, args.period, args.format, args.out, plan_id=pid),
    )
    label = report_period(year, args.period).label()  # ``Quý I/2026``, ``Năm 2026``: not the option's code
    print(_("Đã ghi báo cáo {p}: {f} ({n} byte).").format(p=label, f=g.path, n=g.size))
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
    from desktop.errors import UserError
    from desktop.fsutil import atomic_write_bytes
    from desktop.services.documents import check_png, sign_pdf

    password = None
    if args.password_env:
        if args.password_env not in os.environ:
            raise UserError(_("Biến môi trường {v} chưa được đặt.").format(v=args.password_env))
        password = os.environ[args.password_env]
    if (args.page is None) != (args.box is None):
        raise UserError(_("Cần cả --page và --box để đặt chữ ký vào một chỗ mới."))
    data = _read(args.infile)
    p12 = _read(args.p12)
    image = _read(args.image) if args.image else None
    seal = _read(args.seal) if args.seal else None
    for img, path, opt in ((image, args.image, "--image"), (seal, args.seal, "--seal")):
        if img is not None:
            check_png(img, f"{opt} {path}")
    signed = sign_pdf(
        data,
        p12,
        password,
        field_name=args.field,
        organisation=args.organisation,
        page=args.page,
        box=args.box,
        image=image,
        seal=seal,
        tsa_url=args.tsa,
        label=str(args.infile),
    )
    atomic_write_bytes(args.out, signed)
    print(_("Đã ký số: {f}").format(f=args.out))
    return 0


def _trust_root(args: argparse.Namespace) -> Path:
    from desktop.paths import DataDir

    return DataDir.resolve(args.data_dir).root


def verify(args: argparse.Namespace) -> int:
    from desktop.services.documents import (
        check_certificate_file,
        format_vn_time,
        signature_fields,
        trusted_roots,
        verify_pdf,
    )

    data = _read(args.pdf)
    given = [(_read(p), p) for p in args.trust or []]
    for b, p in given:
        check_certificate_file(b, str(p))
    roots = trusted_roots(_trust_root(args)) + [b for b, _p in given]
    reports = verify_pdf(data, roots, label=str(args.pdf))
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "field": r.field,
                        "signer": r.signer,
                        "organisation": r.organisation,
                        "signing_time": r.signing_time.isoformat() if r.signing_time else None,
                        "timestamp_time": r.timestamp_time.isoformat() if r.timestamp_time else None,
                        "intact": r.intact,
                        "valid": r.valid,
                        "trusted": r.trusted,
                        "covers_whole_file": r.covers_whole_file,
                        "modification": r.modification,
                        "modifications_permitted": r.modifications_permitted,
                        "changed_pages": r.changed_pages,
                        "bottom_line": r.bottom_line,
                        "ok": r.ok,
                        "fingerprint": r.fingerprint,
                        "problems": r.problems,
                    }
                    for r in reports
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        if not reports:
            print(_("Tệp không có chữ ký số."))
        for i, r in enumerate(reports, 1):
            verdict = _("HỢP LỆ") if r.ok else _("KHÔNG HỢP LỆ")
            who = r.signer + (f", {r.organisation}" if r.organisation and r.organisation != r.signer else "")
            print(_("Chữ ký {i} ({f}): {v} — {who}").format(i=i, f=r.field, v=verdict, who=who or "?"))
            if r.signing_time:
                print("  " + _("Thời gian ký: {t} (giờ Việt Nam)").format(t=format_vn_time(r.signing_time)))
            if r.timestamp_time:
                print("  " + _("Dấu thời gian: {t} (giờ Việt Nam)").format(t=format_vn_time(r.timestamp_time)))
            if r.modification == "none":
                print("  " + _("Không có thay đổi nào sau chữ ký."))
            elif r.modification == "signing" and r.modifications_permitted:
                print("  " + _("Sau chữ ký chỉ có các chữ ký tiếp theo (thay đổi được phép)."))
            for p in r.problems:
                print(f"  - {p}")
        empty = [f.name for f in signature_fields(data, str(args.pdf)) if not f.filled]
        if empty:
            print(_("Ô chữ ký còn trống: {names}.").format(names=", ".join(empty)))
    if not reports:
        return 1
    return 0 if all(r.ok for r in reports) else 1


def trust_add(args: argparse.Namespace) -> int:
    from desktop.services.documents import trust_add as add

    for t in add(_trust_root(args), _read(args.cert), str(args.cert)):
        kind = _("chứng thư gốc (CA)") if t.is_ca else _("chứng thư của người ký")
        print(
            _("Đã tin cậy {k}: {s}{o}; dấu vân tay SHA-256 {fp}; hết hạn {d}.").format(
                k=kind,
                s=t.subject,
                o=f", {t.organisation}" if t.organisation else "",
                fp=t.fingerprint,
                d=local_date(t.not_after),
            )
        )
    return 0


def trust_list(args: argparse.Namespace) -> int:
    from desktop.services.documents import trust_list as listing

    items = listing(_trust_root(args))
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "fingerprint": t.fingerprint,
                        "subject": t.subject,
                        "organisation": t.organisation,
                        "not_after": t.not_after.isoformat(),
                        "ca": t.is_ca,
                    }
                    for t in items
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not items:
        print(_("Chưa có chứng thư gốc tin cậy nào. Thêm bằng: khcds document trust add TỆP"))
    for t in items:
        print(
            f"{t.fingerprint}  {t.subject}"
            + (f", {t.organisation}" if t.organisation else "")
            + "  "
            + _("hết hạn {d}").format(d=local_date(t.not_after))
        )
    return 0


def trust_remove(args: argparse.Namespace) -> int:
    from desktop.services.documents import trust_remove as remove

    t = remove(_trust_root(args), args.fingerprint)
    print(_("Đã bỏ tin cậy: {s} ({fp}).").format(s=t.subject, fp=t.fingerprint))
    return 0
