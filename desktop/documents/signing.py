"""Sign a document PDF with a PKCS#12 certificate (pyHanko), verify signed PDFs, and
keep the data folder's trusted root certificates.

Signing (``sign_pdf``) fills the next empty signature field the PDF writer left
(``ChuKyLanhDao`` for the leader, then ``ChuKyCoQuan`` for the organisation, see
``sigfield``), or the one named, or a new field at a page and place the user gives;
a PDF without an empty field is refused otherwise. The visible appearance shows the
signer's signature image and the seal image when given, with the signer, the
organisation and the signing time in Vietnam time::

    Người ký: Trần Minh Đức
    Cơ quan: Ủy ban nhân dân xã An Lão
    Thời gian ký: 27/06/2024 09:15:00 +07:00

Verifying (``verify_pdf``) reports every signature in the order it was made, judged
by pyHanko's own validation: the signed bytes intact, the signature valid, the
certificate chained to a trusted root (given, or in the trust folder of the data
folder), and nothing after the signature but what is permitted (signing the other
fields, filling forms: pyHanko's difference analysis, ``modification_level`` and
``docmdp_ok``); when something else changed, the pages that differ from the signed
revision are named. Nothing of pyHanko's logging or exceptions reaches the user:
every failure is a Vietnamese sentence.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import io
import logging
from dataclasses import dataclass
from dataclasses import field as dc_field
from pathlib import Path
from typing import Any

from desktop.documents.sigfield import LEADER_FIELD, ORGANISATION_FIELD
from desktop.errors import UserError
from desktop.i18n import _
from desktop.vn import VIETNAM_TZ, format_local_seconds, local_time

log = logging.getLogger("desktop.signing")

TRUST_DIR = "trust"  # in the data folder: the trusted root certificates, one PEM file each
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


VN_TZ = VIETNAM_TZ


def vn_time(t: dt.datetime) -> dt.datetime:
    """``t`` in Vietnam time (a naive time is taken as UTC, as signatures store it)."""
    return local_time(t)


def format_vn_time(t: dt.datetime) -> str:
    """``27/6/2024 09:15:00 +07:00`` (``desktop.vn``'s one form of a time to the second)."""
    return format_local_seconds(t)


class _ToDesktopLog(logging.Handler):
    """pyHanko's log records go to the program's log file, never to stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        target = logging.getLogger("desktop.signing.lib")
        level = logging.INFO if record.levelno >= logging.WARNING else logging.DEBUG
        if target.isEnabledFor(level):
            try:
                target.log(level, "%s: %s", record.name, record.getMessage())
            except Exception:  # a record that cannot be formatted is dropped
                pass


def _quiet_libraries() -> None:
    for name in ("pyhanko", "pyhanko_certvalidator", "aiohttp", "asyncio"):
        lg = logging.getLogger(name)
        if not any(isinstance(h, _ToDesktopLog) for h in lg.handlers):
            lg.addHandler(_ToDesktopLog())
        lg.propagate = False


_quiet_libraries()


def _no_library_warnings(fn: Any) -> Any:
    """Python warnings raised inside pyHanko (deprecations, odd files) stay off the terminal."""
    import functools
    import warnings

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return fn(*args, **kwargs)

    return wrapper


# -- reading -------------------------------------------------------------------


def _not_pdf(label: str) -> UserError:
    return UserError(_("Tệp {f} không phải tệp PDF hoặc đã bị hỏng.").format(f=label))


def _reader(data: bytes, label: str) -> Any:
    from pyhanko.pdf_utils.reader import PdfFileReader

    if b"%PDF-" not in data[:1024]:
        raise _not_pdf(label)
    try:
        r = PdfFileReader(io.BytesIO(data), strict=False)
        r.root["/Pages"]  # a file without a page tree is not a document
    except Exception as e:
        raise _not_pdf(label) from e
    if r.encrypted:
        raise UserError(_("Tệp {f} được đặt mật khẩu mở tệp; hãy gỡ mật khẩu rồi thử lại.").format(f=label))
    return r


def _pages(reader: Any) -> list[Any]:
    """The page dictionaries in order (the page tree walked depth first; a looping or
    absurdly deep tree is a damaged file)."""
    out: list[Any] = []
    seen: set[int] = set()

    def walk(node: Any, depth: int) -> None:
        if depth > 64 or len(out) > 100_000:
            raise ValueError("page tree too deep or too large")
        if node.get("/Type") == "/Pages" or "/Kids" in node:
            for kid in node.get("/Kids", []):
                key = kid.idnum if hasattr(kid, "idnum") else id(kid)
                if key in seen:
                    raise ValueError("page tree loops")
                seen.add(key)
                walk(kid.get_object(), depth + 1)
        else:
            out.append(node)

    walk(reader.root["/Pages"], 0)
    return out


def _inherited(page: Any, key: str, raw: bool = False) -> Any:
    """A page attribute, looked up the page tree when the page does not carry it (``raw``:
    an indirect reference is returned as it is)."""
    node, hops = page, 0
    while node is not None and hops < 64:
        if key in node:
            return node.raw_get(key) if raw else node[key]
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
        hops += 1
    raise KeyError(key)


@dataclass
class FieldInfo:
    name: str
    filled: bool
    page: int | None  # 0-based, None when the widget is on no page
    box: tuple[float, float, float, float] | None


@_no_library_warnings
def signature_fields(data: bytes, label: str = "PDF") -> list[FieldInfo]:
    """The signature fields of the PDF in the order of its form (the leader's first)."""
    from pyhanko.sign.fields import enumerate_sig_fields

    r = _reader(data, label)
    try:
        pages = _pages(r)
        where: dict[tuple[int, int], int] = {}
        for i, pg in enumerate(pages):
            for a in pg.get("/Annots", []) or []:
                if hasattr(a, "reference"):
                    where[(a.reference.idnum, a.reference.generation)] = i
        out = []
        for name, value, ref in enumerate_sig_fields(r, filled_status=None):
            obj = ref.get_object()
            widget, wref = obj, ref
            if "/Rect" not in obj and obj.get("/Kids"):
                wref = obj["/Kids"][0]
                widget = wref.get_object()
            box = None
            if "/Rect" in widget:
                x0, y0, x1, y1 = (float(v) for v in widget["/Rect"])
                box = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
            page = where.get((wref.reference.idnum, wref.reference.generation)) if hasattr(wref, "reference") else None
            out.append(FieldInfo(str(name), value is not None, page, box))
        return out
    except UserError:
        raise
    except Exception as e:
        raise _not_pdf(label) from e


def empty_signature_fields(data: bytes) -> list[str]:
    return [f.name for f in signature_fields(data) if not f.filled]


# -- signing -------------------------------------------------------------------


def _cert_name(cert: Any, attr: str) -> str:
    try:
        v = cert.subject.native.get(attr, "")
    except Exception:
        return ""
    return v if isinstance(v, str) else ", ".join(v) if v else ""


def check_png(data: bytes, label: str) -> None:
    """A PNG image that can be drawn, or one Vietnamese line naming the file."""
    if not data.startswith(PNG_MAGIC):
        raise UserError(_("Tệp ảnh {f} không phải ảnh PNG.").format(f=label))
    try:
        from reportlab.lib.utils import ImageReader

        img = ImageReader(io.BytesIO(data))
        w, h = img.getSize()
        if w < 4 or h < 4 or w * h > 40_000_000:
            raise ValueError("size")
        img.getRGBData()  # decodes the whole image: a truncated file fails here, not while signing
    except Exception as e:
        raise UserError(_("Tệp ảnh {f} bị hỏng hoặc có kích thước không dùng được.").format(f=label)) from e


def _load_signer(p12: bytes, password: str | None) -> Any:
    from pyhanko.sign import signers

    pw = password.encode() if password else None
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(p12, other_certs=[], passphrase=pw)
    except Exception as e:  # wrong password, damaged file
        raise UserError(_("Không mở được chứng thư số PKCS#12 (sai mật khẩu hoặc tệp hỏng).")) from e
    if signer is None:
        raise UserError(_("Không mở được chứng thư số PKCS#12 (sai mật khẩu hoặc tệp hỏng)."))
    return signer


def _next_field_name(existing: set[str]) -> str:
    n = 1
    while f"ChuKy{n}" in existing:
        n += 1
    return f"ChuKy{n}"


@_no_library_warnings
def sign_pdf(
    data: bytes,
    p12: Path | bytes,
    password: str | None,
    *,
    field_name: str | None = None,
    page: int | None = None,
    box: tuple[float, float, float, float] | None = None,
    image: bytes | None = None,
    seal: bytes | None = None,
    organisation: str | None = None,
    reason: str | None = None,
    location: str | None = None,
    tsa_url: str | None = None,
    when: dt.datetime | None = None,
    label: str = "PDF",
) -> bytes:
    """The PDF with one more signature (an incremental update: earlier signatures stay valid).

    The field signed is ``field_name`` if given, else the first empty one; with ``page``
    (1-based) and ``box`` (x1, y1, x2, y2 in points from the bottom left) a new field is
    made there. ``image`` is the signer's signature (PNG), ``seal`` the seal (PNG);
    ``tsa_url`` adds a timestamp from that server (PAdES B-T)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    raw = p12 if isinstance(p12, bytes) else Path(p12).read_bytes()
    if (page is None) != (box is None):
        raise UserError(_("Cần cả --page và --box để đặt chữ ký vào một chỗ mới."))
    for img, lbl in ((image, "--image"), (seal, "--seal")):
        if img is not None:
            check_png(img, lbl)
    info = signature_fields(data, label)
    by_name = {f.name: f for f in info}
    new_field = None
    if page is not None and box is not None:
        r = _reader(data, label)
        try:
            all_pages = _pages(r)
        except Exception as e:
            raise _not_pdf(label) from e
        if not 1 <= page <= len(all_pages):
            raise UserError(_("Tệp {f} có {n} trang; không có trang {p}.").format(f=label, n=len(all_pages), p=page))
        x1, y1, x2, y2 = box
        if x2 - x1 < 10 or y2 - y1 < 10:
            raise UserError(_("Vị trí chữ ký --box quá nhỏ (cần x1 < x2, y1 < y2, mỗi chiều ít nhất 10 điểm)."))
        try:
            mx1, my1, mx2, my2 = (float(v) for v in _inherited(all_pages[page - 1], "/MediaBox"))
        except Exception:
            mx1, my1, mx2, my2 = 0.0, 0.0, 595.0, 842.0
        if x1 < min(mx1, mx2) or y1 < min(my1, my2) or x2 > max(mx1, mx2) or y2 > max(my1, my2):
            raise UserError(
                _("Vị trí --box {b} nằm ngoài trang {p} (khổ {w:.0f} x {h:.0f} điểm).").format(
                    b=",".join(f"{v:g}" for v in box), p=page, w=abs(mx2 - mx1), h=abs(my2 - my1)
                )
            )
        target = field_name or _next_field_name(set(by_name))
        if target in by_name:
            raise UserError(
                _("Tệp {f} đã có ô chữ ký tên {n}; hãy chọn tên khác bằng --field.").format(f=label, n=target)
            )
        rect = (x1, y1, x2, y2)
        new_field = fields.SigFieldSpec(sig_field_name=target, on_page=page - 1, box=tuple(int(round(v)) for v in rect))  # type: ignore[arg-type]
    elif field_name:
        f = by_name.get(field_name)
        if f is None:
            names = ", ".join(by_name) or _("(không có)")
            raise UserError(
                _("Tệp {f} không có ô chữ ký tên {n} (các ô có: {names}).").format(f=label, n=field_name, names=names)
            )
        if f.filled:
            raise UserError(_("Ô chữ ký {n} của tệp {f} đã được ký.").format(n=field_name, f=label))
        leader = by_name.get(LEADER_FIELD)
        if f.name == ORGANISATION_FIELD and leader is not None and not leader.filled:
            raise UserError(
                _(
                    "Lãnh đạo ký trước (ô {a}), văn thư ký số của cơ quan sau (ô {b}): tệp {f} chưa có chữ "
                    "ký của lãnh đạo."
                ).format(a=LEADER_FIELD, b=ORGANISATION_FIELD, f=label)
            )
        target, rect = f.name, f.box or (0, 0, 0, 0)
    else:
        empty = [f for f in info if not f.filled]
        if not empty:
            if info:
                raise UserError(
                    _(
                        "Mọi ô chữ ký của tệp {f} đã được ký ({names}); muốn ký thêm ở chỗ khác, "
                        "chỉ ra trang và vị trí: --page N --box x1,y1,x2,y2."
                    ).format(f=label, names=", ".join(by_name))
                )
            raise UserError(
                _(
                    "Tệp {f} không có ô chữ ký trống (ví dụ tệp đã xuất lại từ Word); chỉ ra trang và "
                    "vị trí chữ ký: --page N --box x1,y1,x2,y2."
                ).format(f=label)
            )
        target, rect = empty[0].name, empty[0].box or (0, 0, 0, 0)

    signer = _load_signer(raw, password)
    cert = signer.signing_cert
    name = _cert_name(cert, "common_name") or _("(không rõ)")
    org = organisation or _cert_name(cert, "organization_name")
    when = vn_time(when) if when else dt.datetime.now(VN_TZ)
    lines = stamp_lines(name, org, when, organisation_field=target == ORGANISATION_FIELD)
    timestamper = None
    if tsa_url:
        from pyhanko.sign.timestamps import HTTPTimeStamper

        timestamper = HTTPTimeStamper(tsa_url, timeout=15)
    style = None
    visible = rect[2] - rect[0] > 1 and rect[3] - rect[1] > 1
    if visible:
        style = _appearance(
            lines, rect[2] - rect[0], rect[3] - rect[1], image=image, seal=seal, seal_field=target == ORGANISATION_FIELD
        )
    meta = signers.PdfSignatureMetadata(
        field_name=target, reason=reason, location=location, name=name, subfilter=fields.SigSeedSubFilter.PADES
    )
    pdf_signer = signers.PdfSigner(
        meta, signer=signer, stamp_style=style, new_field_spec=new_field, timestamper=timestamper
    )
    out = io.BytesIO()
    try:
        w = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        pdf_signer.sign_pdf(w, output=out)
    except Exception as e:
        log.warning("signing failed: %s: %s", type(e).__name__, e)
        if tsa_url and _is_timestamp_error(e):
            raise UserError(
                _(
                    "Không lấy được dấu thời gian từ máy chủ {u} (không có mạng hoặc máy chủ không trả "
                    "lời); chưa ký gì. Ký lại khi có mạng, hoặc bỏ --tsa để ký không kèm dấu thời gian."
                ).format(u=tsa_url)
            ) from e
        raise UserError(_("Không ký được tệp {f}: tệp PDF có cấu trúc không ký được.").format(f=label)) from e
    return out.getvalue()


def stamp_lines(name: str, organisation: str, when: dt.datetime, *, organisation_field: bool) -> list[str]:
    """The text of a visible signature: who, for which body, when (Vietnam time)."""
    if organisation_field:
        lines = [_("Cơ quan: {o}").format(o=organisation or name)]
    else:
        lines = [_("Người ký: {n}").format(n=name)]
        if organisation and organisation != name:
            lines.append(_("Cơ quan: {o}").format(o=organisation))
    lines.append(_("Thời gian ký: {t}").format(t=format_vn_time(when)))
    return lines


def _is_timestamp_error(e: BaseException) -> bool:
    from pyhanko.sign.timestamps import TimestampRequestError

    seen: set[int] = set()
    cur: BaseException | None = e
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        if isinstance(cur, (TimestampRequestError, OSError, TimeoutError)):
            return True
        if type(cur).__module__.startswith("aiohttp"):
            return True
        cur = cur.__cause__ or cur.__context__
    return False


def _wrap(text: str, face: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    out: list[str] = []
    line = ""
    for word in text.split():
        cand = f"{line} {word}" if line else word
        if line and stringWidth(cand, face, size) > width:
            out.append(line)
            line = word
        else:
            line = cand
    if line:
        out.append(line)
    return out


def _appearance(
    lines: list[str],
    width: float,
    height: float,
    *,
    image: bytes | None = None,
    seal: bytes | None = None,
    seal_field: bool = False,
) -> Any:
    """The visible signature drawn with the document's own serif face (reportlab), used
    by pyHanko as a static stamp (Decree 30, Phụ lục I, II.7.d and II.8.a).

    The organisation's field (``seal_field``): the seal image in the square at the top,
    at the field's width (the seal's real size), the text lines in the band beneath.
    The leader's field: the signature image above, the text lines in a band beneath (a
    seal given too covers the left third of the signature); without an image, the text
    lines alone in a red frame. Nothing is filled: what lies under the field shows."""
    from pyhanko.pdf_utils import layout
    from pyhanko.stamp import StaticStampStyle
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from desktop.documents import fonts

    fonts.register()
    width, height = max(width, 30.0), max(height, 20.0)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(width, height), invariant=1)
    pad = 2.0
    framed = not seal_field and image is None and seal is None

    def fit(share: float, start: float, italic: bool, inner: float) -> tuple[list[str], float, str]:
        """The lines at the largest size that fits, unwrapped down to 6 pt, wrapped below."""
        face = fonts.face(italic=italic)
        sizes = [start - 0.5 * i for i in range(int((start - 4.5) / 0.5) + 1)]
        for wrap_ok in (False, True):
            for size in sizes:
                if not wrap_ok and size < 6:
                    break
                wrapped = [w for t in lines for w in _wrap(t, face, size, inner)]
                if (wrap_ok or len(wrapped) == len(lines)) and len(wrapped) * size * 1.2 <= share:
                    return wrapped, size, face
        return [w for t in lines for w in _wrap(t, face, 4.5, inner)], 4.5, face

    def draw(png: bytes, x: float, y: float, w: float, h: float) -> None:
        c.drawImage(ImageReader(io.BytesIO(png)), x, y, w, h, mask="auto", preserveAspectRatio=True, anchor="c")

    if framed:
        wrapped, size, _face = fit(height - 2 * pad, 10.0, False, width - 12)
        lead = size * 1.2
        c.setStrokeColorRGB(0.75, 0.05, 0.05)
        c.setFillColorRGB(0.75, 0.05, 0.05)
        c.setLineWidth(1)
        c.rect(1, 1, width - 2, height - 2)
        y = height / 2 + lead * (len(wrapped) - 1) / 2 - size / 3
        for i, t in enumerate(wrapped):
            c.setFont(fonts.face(bold=i == 0), size)
            c.drawString(6, y - i * lead, t)
    else:
        if seal_field:
            side = max(min(width, height - 12.0), 8.0)
            band = height - side
        else:
            band = min(height * 0.34, len(lines) * 7.5 * 1.2 + pad)
        wrapped, size, face = fit(band - pad, 7.5, True, width - 2 * pad)
        lead = size * 1.2
        area = (pad, band, width - 2 * pad, max(height - band - pad, 8.0))  # x, y, w, h for the images
        if seal_field:
            png = seal or image
            if png is not None:
                draw(png, (width - side) / 2, band, side, side)
        else:
            if image is not None:
                draw(image, *area)
            if seal is not None:
                d = area[3]
                draw(
                    seal,
                    area[0] + area[2] / 2 - area[2] / 3 - d / 2 if image is not None else area[0] + (area[2] - d) / 2,
                    area[1],
                    d,
                    d,
                )
        c.setFillColorRGB(0, 0, 0)
        y = band - pad - size * 0.9
        for t in wrapped:
            c.setFont(face, size)
            c.drawCentredString(width / 2, y, t)
            y -= lead
    c.showPage()
    c.save()
    return StaticStampStyle(
        background=_StampPage(buf.getvalue()),
        border_width=0,
        background_opacity=1,
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID,
            y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins.uniform(0),  # type: ignore[no-untyped-call]  # untyped in pyHanko
        ),
    )


def _stamp_page_class() -> Any:
    from pyhanko.pdf_utils.content import ImportedPdfPage
    from pyhanko.pdf_utils.reader import PdfFileReader

    class StampPage(ImportedPdfPage):
        """pyHanko's imported page, read from bytes in memory rather than a file."""

        def __init__(self, data: bytes) -> None:
            super().__init__("<stamp>", 0)  # type: ignore[no-untyped-call]  # untyped in pyHanko
            self.data = data

        def render(self) -> bytes:
            from pyhanko.pdf_utils import layout

            w = self._ensure_writer
            xobj = w.import_page_as_xobject(PdfFileReader(io.BytesIO(self.data)), page_ix=0)
            name = "/Stamp" + hashlib.sha256(self.data).hexdigest()[:16]
            self.resources.xobject[name] = xobj
            x1, y1, x2, y2 = xobj.get_object()["/BBox"]
            self.box = layout.BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
            return name.encode("ascii") + b" Do"

    return StampPage


def _StampPage(data: bytes) -> Any:
    return _stamp_page_class()(data)


# -- verifying -----------------------------------------------------------------


@dataclass
class SignatureReport:
    field: str
    signer: str
    organisation: str
    signing_time: dt.datetime | None  # Vietnam time; as the signer's computer reported it
    timestamp_time: dt.datetime | None  # Vietnam time; from a timestamp server, when there is one
    intact: bool
    valid: bool
    trusted: bool
    covers_whole_file: bool
    modification: str  # "none", "signing" (further signatures, form filling) or "other"
    modifications_permitted: bool
    changed_pages: list[int]  # 1-based: pages that differ from the signed revision (when not permitted)
    bottom_line: bool  # pyHanko's own overall judgement
    fingerprint: str  # SHA-256 of the signer's certificate
    problems: list[str] = dc_field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (
            self.intact
            and self.valid
            and self.trusted
            and self.bottom_line
            and self.modifications_permitted
            and not self.problems
        )


_TRUST_REASONS = {
    "NO_CERTIFICATE_CHAIN_FOUND": "không tìm thấy chứng thư gốc tin cậy",
    "EXPIRED": "chứng thư đã hết hạn",
    "NOT_YET_VALID": "chứng thư chưa đến ngày có hiệu lực",
    "REVOKED": "chứng thư đã bị thu hồi",
    "CHAIN_CONSTRAINTS_FAILURE": "chuỗi chứng thư không đúng quy tắc",
    "SIG_CONSTRAINTS_FAILURE": "chứng thư không được phép dùng để ký văn bản",
    "CRYPTO_CONSTRAINTS_FAILURE": "thuật toán của chứng thư không còn an toàn",
    "CRYPTO_CONSTRAINTS_FAILURE_NO_POE": "thuật toán của chứng thư không còn an toàn",
    "OUT_OF_BOUNDS_NO_POE": "chứng thư đã hết hạn hoặc bị thu hồi",
    "REVOKED_NO_POE": "chứng thư đã bị thu hồi",
    "REVOKED_CA_NO_POE": "chứng thư của tổ chức cấp đã bị thu hồi",
    "TRY_LATER": "chưa kiểm tra được tình trạng thu hồi",
}


def _load_certs(data: bytes, label: str) -> list[Any]:
    """The certificates in a PEM (one or several) or DER file, as asn1crypto objects."""
    from asn1crypto import pem, x509

    try:
        if pem.detect(data):
            out = [
                x509.Certificate.load(der)
                for kind, _h, der in pem.unarmor(data, multiple=True)
                if kind == "CERTIFICATE"
            ]
        else:
            out = [x509.Certificate.load(data)]
        for c in out:
            c.native  # noqa: B018 (parse fully now, not later inside the validator)
    except Exception as e:
        raise UserError(_("Tệp {f} không phải chứng thư số (PEM hoặc DER) đọc được.").format(f=label)) from e
    if not out:
        raise UserError(_("Tệp {f} không chứa chứng thư số nào.").format(f=label))
    return out


def _page_digest(reader: Any, page: Any) -> bytes:
    """What a reader sees of a page: its content, resources, boxes and the annotations
    other than signature fields (those change legitimately when a field is signed)."""
    h = hashlib.sha256()
    budget = [20_000]

    def put(obj: Any, depth: int, seen: frozenset[tuple[int, int]]) -> None:
        from pyhanko.pdf_utils import generic

        budget[0] -= 1
        if budget[0] < 0 or depth > 40:
            h.update(b"...")
            return
        if isinstance(obj, generic.IndirectObject):
            key = (obj.idnum, obj.generation)
            if key in seen:
                h.update(b"R%d" % obj.idnum)
                return
            seen = seen | {key}
            obj = obj.get_object()  # type: ignore[no-untyped-call]  # untyped in pyHanko
        if isinstance(obj, generic.StreamObject):
            h.update(b"S" + hashlib.sha256(obj.encoded_data).digest())
        if isinstance(obj, dict):
            h.update(b"<<")
            for k in sorted(obj):
                if k in ("/Parent", "/P"):
                    continue
                h.update(str(k).encode("utf-8", "replace"))
                put(obj.raw_get(k) if hasattr(obj, "raw_get") else obj[k], depth + 1, seen)
            h.update(b">>")
        elif isinstance(obj, list):
            h.update(b"[")
            for v in obj:
                put(v, depth + 1, seen)
            h.update(b"]")
        else:
            h.update(repr(obj).encode("utf-8", "replace"))

    for key in ("/Contents", "/Resources", "/MediaBox", "/CropBox", "/Rotate"):
        h.update(key.encode())
        try:
            value = _inherited(page, key, raw=True) if key != "/Contents" else page.raw_get(key)
        except KeyError:
            value = None
        put(value, 0, frozenset())
    for a in page.get("/Annots", []) or []:
        annot = a.get_object()
        parent = annot.get("/Parent")
        ft = annot.get("/FT") or (parent.get_object().get("/FT") if parent is not None else None)
        if ft == "/Sig":
            continue
        put(a, 0, frozenset())
    return h.digest()


def _changed_pages(signed: bytes, full: bytes) -> list[int]:
    """1-based numbers of the pages that differ between the signed revision and the file."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        before = PdfFileReader(io.BytesIO(signed), strict=False)
        after = PdfFileReader(io.BytesIO(full), strict=False)
        a, b = _pages(before), _pages(after)
        out = [i + 1 for i in range(min(len(a), len(b))) if _page_digest(before, a[i]) != _page_digest(after, b[i])]
        return out + list(range(min(len(a), len(b)) + 1, max(len(a), len(b)) + 1))
    except Exception as e:  # the analysis is a courtesy: pyHanko's verdict stands without it
        log.info("page comparison failed: %s: %s", type(e).__name__, e)
        return []


def _pages_text(pages: list[int]) -> str:
    if len(pages) > 12:
        return ", ".join(map(str, pages[:12])) + ", …"
    return ", ".join(map(str, pages))


def check_certificate_file(data: bytes, label: str) -> None:
    """One Vietnamese line naming the file unless it holds a readable certificate."""
    _load_certs(data, label)


@_no_library_warnings
def verify_pdf(
    data: bytes, trust_roots: list[bytes] | None = None, *, label: str = "PDF", now: dt.datetime | None = None
) -> list[SignatureReport]:
    """Every signature of the PDF in the order it was made, each judged by pyHanko's validation
    against the roots ``trust_roots`` (PEM or DER) only."""
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    reader = _reader(data, label)
    roots = [c for i, b in enumerate(trust_roots or []) for c in _load_certs(b, f"#{i + 1}")]
    try:
        sigs = sorted(reader.embedded_regular_signatures, key=lambda s: s.signed_revision)
    except Exception as e:
        raise _not_pdf(label) from e
    out: list[SignatureReport] = []
    for sig in sigs:
        vc = ValidationContext(trust_roots=roots, allow_fetching=False, moment=now)
        problems: list[str] = []
        name = "?"
        try:
            name = str(sig.field_name)
        except Exception:
            log.info("signature without a field name")
        try:
            st = validate_pdf_signature(sig, vc)
        except Exception as e:  # a damaged signature is reported, not raised
            log.warning("signature %s not validated: %s: %s", name, type(e).__name__, e)
            cert = None
            try:
                cert = sig.signer_cert
            except Exception:
                log.info("no signer certificate readable")
            out.append(
                SignatureReport(
                    field=name,
                    signer=_cert_name(cert, "common_name"),
                    organisation=_cert_name(cert, "organization_name"),
                    signing_time=None,
                    timestamp_time=None,
                    intact=False,
                    valid=False,
                    trusted=False,
                    covers_whole_file=False,
                    modification="other",
                    modifications_permitted=False,
                    changed_pages=[],
                    bottom_line=False,
                    fingerprint=cert.sha256.hex() if cert is not None else "",
                    problems=[_("chữ ký bị hỏng, không kiểm tra được")],
                )
            )
            continue
        cert = st.signing_cert
        level = st.modification_level
        if st.coverage == SignatureCoverageLevel.ENTIRE_FILE or level == ModificationLevel.NONE:
            modification = "none"
        elif level is not None and level <= ModificationLevel.FORM_FILLING:
            modification = "signing"
        else:
            modification = "other"
        permitted = bool(st.docmdp_ok) and modification != "other"
        intact, valid, trusted = bool(st.intact), bool(st.valid), bool(st.trusted)
        pages: list[int] = []
        if not intact:
            problems.append(_("chữ ký không toàn vẹn: nội dung đã ký bị thay đổi"))
        elif not valid:
            problems.append(_("chữ ký không hợp lệ"))
        if intact and valid and not permitted:
            try:
                end = sig.byte_range[2] + sig.byte_range[3]
                pages = _changed_pages(data[:end], data)
            except Exception:
                pages = []
            if pages:
                problems.append(_("tài liệu đã bị sửa sau khi ký: trang {p}").format(p=_pages_text(pages)))
            else:
                problems.append(_("tài liệu đã bị sửa sau khi ký (thay đổi không phải ký tiếp hoặc điền biểu mẫu)"))
        if intact and valid and not trusted:
            problem = st.trust_problem_indic  # pyHanko's indications are enums; the base class says not
            indic = problem.name if isinstance(problem, enum.Enum) else ""
            why = _TRUST_REASONS.get(indic, "")
            if st.revoked:
                why = _TRUST_REASONS["REVOKED"]
            elif getattr(cert, "self_signed", "no") != "no" and not any(cert.sha256 == c.sha256 for c in roots):
                why = "chứng thư tự ký, không do tổ chức chứng thực nào cấp"
            problems.append(_("toàn vẹn nhưng chứng thư chưa được tin cậy") + (f" ({_(why)})" if why else ""))
        ts = st.timestamp_validity
        ts_time = None
        if ts is not None:
            ts_time = vn_time(ts.timestamp) if getattr(ts, "timestamp", None) else None
            if not (ts.intact and ts.valid):
                problems.append(_("dấu thời gian không hợp lệ"))
            elif not ts.trusted:
                problems.append(_("dấu thời gian của máy chủ chưa được tin cậy"))
        if intact and valid and trusted and permitted and not st.bottom_line and not problems:
            problems.append(_("chữ ký không đạt yêu cầu kiểm tra"))
        out.append(
            SignatureReport(
                field=name,
                signer=_cert_name(cert, "common_name"),
                organisation=_cert_name(cert, "organization_name"),
                signing_time=vn_time(st.signer_reported_dt) if st.signer_reported_dt else None,
                timestamp_time=ts_time,
                intact=intact,
                valid=valid,
                trusted=trusted,
                covers_whole_file=st.coverage == SignatureCoverageLevel.ENTIRE_FILE,
                modification=modification,
                modifications_permitted=permitted,
                changed_pages=pages,
                bottom_line=bool(st.bottom_line),
                fingerprint=cert.sha256.hex(),
                problems=problems,
            )
        )
    return out


# -- the trust folder ----------------------------------------------------------


@dataclass
class TrustedCert:
    fingerprint: str  # SHA-256, lower-case hex
    subject: str
    organisation: str
    not_after: dt.datetime
    is_ca: bool
    path: Path


def trust_dir(data_root: Path) -> Path:
    return Path(data_root) / TRUST_DIR


def _describe(cert: Any, path: Path) -> TrustedCert:
    bc = cert.basic_constraints_value
    return TrustedCert(
        fingerprint=cert.sha256.hex(),
        subject=_cert_name(cert, "common_name") or cert.subject.human_friendly,
        organisation=_cert_name(cert, "organization_name"),
        not_after=cert["tbs_certificate"]["validity"]["not_after"].native,
        is_ca=bool(bc and bc["ca"].native),
        path=path,
    )


def trusted_roots(data_root: Path) -> list[bytes]:
    """The PEM bytes of every certificate in the trust folder (unreadable files skipped)."""
    d = trust_dir(data_root)
    if not d.is_dir():
        return []
    out = []
    for p in sorted(d.glob("*.pem")):
        try:
            b = p.read_bytes()
            _load_certs(b, str(p))
            out.append(b)
        except (OSError, UserError) as e:
            log.warning("trust file %s unreadable: %s", p, e)
    return out


def trust_list(data_root: Path) -> list[TrustedCert]:
    out = []
    for p in sorted(trust_dir(data_root).glob("*.pem")) if trust_dir(data_root).is_dir() else []:
        try:
            certs = _load_certs(p.read_bytes(), str(p))
        except (UserError, OSError) as e:
            log.warning("trust file %s unreadable: %s", p, e)
            continue
        out.append(_describe(certs[0], p))
    return out


def trust_add(data_root: Path, cert_data: bytes, label: str) -> list[TrustedCert]:
    """Keep the certificate(s) of the file in the trust folder; already there: unchanged."""
    from asn1crypto import pem

    from desktop.fsutil import atomic_write_bytes

    certs = _load_certs(cert_data, label)
    d = trust_dir(data_root)
    out = []
    for c in certs:
        path = d / f"{c.sha256.hex()}.pem"
        if not path.exists():
            atomic_write_bytes(path, pem.armor("CERTIFICATE", c.dump()))
        out.append(_describe(c, path))
    return out


def _norm_fp(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch in "0123456789abcdef")


def trust_remove(data_root: Path, fingerprint: str) -> TrustedCert:
    want = _norm_fp(fingerprint)
    if len(want) < 8 or len(want) != len(fingerprint.replace(":", "").replace(" ", "")):
        raise UserError(
            _("Dấu vân tay {f} không đúng: cần ít nhất 8 chữ số thập lục phân (0-9, a-f).").format(f=fingerprint)
        )
    hits = [t for t in trust_list(data_root) if t.fingerprint.startswith(want)]
    if not hits:
        raise UserError(_("Không có chứng thư tin cậy nào có dấu vân tay {f}.").format(f=fingerprint))
    if len(hits) > 1:
        raise UserError(_("Dấu vân tay {f} khớp với {n} chứng thư; hãy gõ dài hơn.").format(f=fingerprint, n=len(hits)))
    hits[0].path.unlink()
    return hits[0]
