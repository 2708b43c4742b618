"""Sign a document PDF with a PKCS#12 certificate (pyHanko) and verify signed PDFs.

``sign_pdf(data, p12, password, ...) -> bytes`` fills the empty signature field the
PDF writer left over the signer's space (or the named one), with a visible
appearance as Vietnamese signed documents show it::

    Người ký: Trần Minh Đức
    Cơ quan: Ủy ban nhân dân xã An Lão
    Thời gian ký: 27.06.2024 09:15:00 +07:00

``verify_pdf(data) -> list[SignatureReport]``: for each embedded signature, whether
the signed bytes are intact, the signature cryptographically valid, the
certificate chain trusted (by the system's roots or the ones given), who signed
and when, and whether the signature covers the whole file.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

from desktop.errors import UserError
from desktop.i18n import _

VN_TZ = dt.timezone(dt.timedelta(hours=7))


@dataclass
class SignatureReport:
    field: str
    signer: str
    organisation: str
    signing_time: dt.datetime | None
    intact: bool
    valid: bool
    trusted: bool
    covers_whole_file: bool
    summary: str
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.intact and self.valid


def empty_signature_fields(data: bytes) -> list[str]:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    r = PdfFileReader(io.BytesIO(data), strict=False)
    return [name for name, value, _ref in enumerate_sig_fields(r, filled_status=False)]


def _cert_name(cert: object, attr: str) -> str:
    try:
        native = cert.subject.native  # type: ignore[attr-defined]
    except Exception:  # pragma: no cover
        return ""
    v = native.get(attr, "")
    return v if isinstance(v, str) else ", ".join(v) if v else ""


def sign_pdf(data: bytes, p12: Path | bytes, password: str | None, *, field_name: str | None = None,
             organisation: str | None = None, reason: str | None = None, location: str | None = None,
             when: dt.datetime | None = None) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    raw = p12 if isinstance(p12, bytes) else Path(p12).read_bytes()
    pw = password.encode() if password else None
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(raw, other_certs=[], passphrase=pw)
    except Exception as e:  # wrong password, damaged file
        raise UserError(_("Không mở được chứng thư số PKCS#12 (sai mật khẩu hoặc tệp hỏng).")) from e
    if signer is None:
        raise UserError(_("Không mở được chứng thư số PKCS#12 (sai mật khẩu hoặc tệp hỏng)."))
    cert = signer.signing_cert
    name = _cert_name(cert, "common_name") or _("(không rõ)")
    org = organisation or _cert_name(cert, "organization_name")
    empty = empty_signature_fields(data)
    target = field_name or (empty[0] if empty else "Signature1")
    new_field = None
    if target not in empty:
        if field_name:
            raise UserError(_("Tệp PDF không có ô chữ ký trống tên {f}.").format(f=field_name))
        new_field = fields.SigFieldSpec(sig_field_name=target, on_page=-1, box=(330, 60, 560, 150))
    when = when or dt.datetime.now(VN_TZ)
    if when.tzinfo is None:
        when = when.replace(tzinfo=VN_TZ)
    stamp_when = when.strftime("%d.%m.%Y %H:%M:%S %z")
    stamp_when = stamp_when[:-2] + ":" + stamp_when[-2:]
    lines = [f"Người ký: {name}"] + ([f"Cơ quan: {org}"] if org else []) + [f"Thời gian ký: {stamp_when}"]
    rect = _field_rect(data, target) or (new_field.box if new_field else (0, 0, 230, 90))
    style, stamp_file = _appearance(lines, rect[2] - rect[0], rect[3] - rect[1])
    meta = signers.PdfSignatureMetadata(field_name=target, reason=reason, location=location,
                                        name=name)
    pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=style, new_field_spec=new_field)
    w = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    out = io.BytesIO()
    try:
        pdf_signer.sign_pdf(
            w, output=out,
        )
    except Exception as e:
        raise UserError(_("Không ký được tệp PDF: {err}").format(err=e)) from e
    finally:
        Path(stamp_file).unlink(missing_ok=True)
    return out.getvalue()


def _field_rect(data: bytes, name: str) -> tuple[float, float, float, float] | None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    r = PdfFileReader(io.BytesIO(data), strict=False)
    for fname, _value, ref in enumerate_sig_fields(r):
        if fname == name:
            obj = ref.get_object()
            if "/Rect" in obj:
                x0, y0, x1, y1 = (float(v) for v in obj["/Rect"])
                return x0, y0, x1, y1
            for kid in obj.get("/Kids", []):
                k = kid.get_object()
                if "/Rect" in k:
                    x0, y0, x1, y1 = (float(v) for v in k["/Rect"])
                    return x0, y0, x1, y1
    return None


def _appearance(lines: list[str], width: float, height: float) -> tuple[object, str]:
    """The visible signature as Vietnamese signed documents show it, drawn with the
    document's own serif face (reportlab) and used by pyHanko as a static stamp."""
    import tempfile

    from pyhanko.stamp import StaticStampStyle
    from reportlab.pdfgen.canvas import Canvas

    from desktop.documents import fonts

    fonts.register()
    width, height = max(width, 60.0), max(height, 30.0)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(width, height), invariant=1)
    c.setStrokeColorRGB(0.75, 0.05, 0.05)
    c.setFillColorRGB(0.75, 0.05, 0.05)
    c.setLineWidth(1)
    c.rect(1, 1, width - 2, height - 2)
    size = 10.0
    while size > 5 and max(fonts.text_width(t, size) for t in lines) > width - 12:
        size -= 0.5
    lead = size * 1.3
    y = height / 2 + lead * (len(lines) - 1) / 2 - size / 3
    for i, t in enumerate(lines):
        c.setFont(fonts.face(bold=i == 0), size)
        c.drawString(6, y - i * lead, t)
    c.showPage()
    c.save()
    with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as fh:
        fh.write(buf.getvalue())
        path = fh.name
    return StaticStampStyle.from_pdf_file(path, border_width=0, background_opacity=1), path


def verify_pdf(data: bytes, trust_roots: list[bytes] | None = None) -> list[SignatureReport]:
    from asn1crypto import pem, x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    try:
        r = PdfFileReader(io.BytesIO(data), strict=False)
    except Exception as e:
        raise UserError(_("Tệp không phải PDF hợp lệ: {err}").format(err=e)) from e
    roots = []
    for b in trust_roots or []:
        if pem.detect(b):
            _t, _h, b = pem.unarmor(b)
        roots.append(x509.Certificate.load(b))
    out = []
    for sig in r.embedded_signatures:
        vc = ValidationContext(trust_roots=roots or None, allow_fetching=False)
        problems: list[str] = []
        try:
            st = validate_pdf_signature(sig, vc)
            intact, valid, trusted = bool(st.intact), bool(st.valid), bool(st.trusted)
            cert = st.signing_cert
            when = st.signer_reported_dt
            whole = str(st.coverage).endswith("ENTIRE_FILE")
            summary = st.summary()
        except Exception as e:  # a damaged signature is reported, not raised
            intact = valid = trusted = whole = False
            cert, when, summary = sig.signer_cert, None, f"ERROR: {e}"
            problems.append(str(e))
        if not intact:
            problems.append(_("Nội dung đã bị thay đổi sau khi ký."))
        elif not valid:
            problems.append(_("Chữ ký không hợp lệ."))
        if not trusted:
            problems.append(_("Chứng thư số không thuộc tổ chức chứng thực tin cậy đã biết."))
        if not whole:
            problems.append(_("Chữ ký không bao trùm toàn bộ tệp (có nội dung thêm sau khi ký)."))
        out.append(SignatureReport(
            field=sig.field_name, signer=_cert_name(cert, "common_name"),
            organisation=_cert_name(cert, "organization_name"), signing_time=when,
            intact=intact, valid=valid, trusted=trusted, covers_whole_file=whole,
            summary=summary, problems=problems,
        ))
    return out
