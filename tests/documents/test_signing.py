"""Signatures: the empty fields the PDF writer leaves, signing them in order (leader, then
organisation), and verification judged against pyHanko's own validation as the reference;
LibreOffice opens the DOCX."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "mat-khau"

#: English that must never reach a user's terminal (library logging, tracebacks, exception text)
ENGLISH = re.compile(
    r"Traceback|\b(the|error|warning|exception|signature|certificate|failed|invalid|"
    r"not|found|file|object)\b",
    re.IGNORECASE,
)


def _no_english(err: str) -> None:
    assert not ENGLISH.search(err), err


@dataclass
class Ident:
    cert: object
    key: object
    p12: Path
    pem: Path


@dataclass
class Pki:
    root: Ident  # a test CA standing in for the national root
    chairman: Ident  # the leader, issued by the root
    organisation: Ident  # the commune's own certificate, issued by the root
    self_signed: Ident  # named after the chairman, signed by itself
    signature_png: Path
    seal_png: Path


def _ident(folder: Path, tag: str, cn: str, org: str, issuer: Ident | None = None, ca: bool = False) -> Ident:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    b = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.cert.subject if issuer else subject)  # type: ignore[attr-defined]
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if ca:
        b = b.add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), True)
    else:
        b = b.add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), True)
    cert = b.sign(issuer.key if issuer else key, hashes.SHA256())  # type: ignore[arg-type]
    chain = [issuer.cert] if issuer else None
    p12 = folder / f"{tag}.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            tag.encode(), key, cert, chain, serialization.BestAvailableEncryption(PASSWORD.encode())
        )
    )
    pem = folder / f"{tag}.pem"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return Ident(cert, key, p12, pem)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    from PIL import Image, ImageDraw

    d = tmp_path_factory.mktemp("pki")
    root = _ident(d, "root", "Tổ chức chứng thực thử nghiệm", "Ban Cơ yếu Chính phủ", ca=True)
    chairman = _ident(d, "chairman", "Trần Minh Đức", "Ủy ban nhân dân xã An Lão", issuer=root)
    org = _ident(d, "org", "Ủy ban nhân dân xã An Lão", "Ủy ban nhân dân xã An Lão", issuer=root)
    selfs = _ident(d, "self", "Trần Minh Đức", "Ủy ban nhân dân xã An Lão")
    sig = Image.new("RGBA", (600, 240), (0, 0, 0, 0))
    ImageDraw.Draw(sig).line(
        [(40 + i * 9, 120 + 40 * ((-1) ** (i // 3)) * (i % 3)) for i in range(60)], fill=(20, 40, 200, 255), width=9
    )
    sig.save(d / "chu-ky.png")
    seal = Image.new("RGBA", (400, 400), (0, 0, 0, 0))
    dr = ImageDraw.Draw(seal)
    dr.ellipse((10, 10, 390, 390), outline=(220, 20, 20, 230), width=14)
    dr.regular_polygon((200, 200, 70), 5, fill=(220, 20, 20, 230))
    seal.save(d / "con-dau.png")
    return Pki(root, chairman, org, selfs, d / "chu-ky.png", d / "con-dau.png")


@pytest.fixture
def signer_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KHCDS_P12_PASSWORD", PASSWORD)


def _sign(cli, src: Path, out: Path, ident: Ident, *extra: object):  # type: ignore[no-untyped-def]
    return cli(
        "document",
        "sign",
        "--in",
        src,
        "--out",
        out,
        "--p12",
        ident.p12,
        "--password-env",
        "KHCDS_P12_PASSWORD",
        *extra,
    )


def _reference(data: bytes, roots: list[object]) -> list[object]:
    """pyHanko's own verdict on every signature, in the order they were made."""
    from asn1crypto import x509 as ax509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    der = [c.public_bytes(serialization.Encoding.DER) for c in roots]  # type: ignore[attr-defined]
    anchors = [ax509.Certificate.load(b) for b in der]
    r = PdfFileReader(io.BytesIO(data), strict=False)
    sigs = sorted(r.embedded_regular_signatures, key=lambda s: s.signed_revision)
    return [validate_pdf_signature(s, ValidationContext(trust_roots=anchors, allow_fetching=False)) for s in sigs]


# -- the empty fields ----------------------------------------------------------


def test_the_plan_pdf_has_the_leaders_field_then_the_organisations_over_its_left_third(docs) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    from desktop.documents.signing import signature_fields

    for pdf in (docs.plan_pdf, docs.report_pdf, docs.year_pdf):
        data = pdf.read_bytes()
        fields = signature_fields(data)
        assert [f.name for f in fields] == ["ChuKyLanhDao", "ChuKyCoQuan"]
        assert not any(f.filled for f in fields)
        # pyHanko, reading the file strictly, finds the same two empty fields
        strict = PdfFileReader(io.BytesIO(data), strict=True)
        assert [n for n, v, _r in enumerate_sig_fields(strict, filled_status=False)] == ["ChuKyLanhDao", "ChuKyCoQuan"]
        leader, org = fields
        assert leader.page == org.page and leader.page is not None
        lx1, ly1, lx2, ly2 = leader.box  # type: ignore[misc]
        ox1, oy1, ox2, oy2 = org.box  # type: ignore[misc]
        assert lx2 - lx1 > 150 and ly2 - ly1 > 60  # room for a signature image
        assert ox2 - ox1 == pytest.approx(35 * 72 / 25.4, abs=1)  # the seal at its real size, 35 mm
        assert ox2 == pytest.approx(lx1 + (lx2 - lx1) / 3, abs=1)  # covers the left third of the signature
        assert ox1 < lx1 and oy1 < ly1 and oy2 > ly2
        # the signature's page ends with the leader's name under the field
        import pdfplumber

        with pdfplumber.open(io.BytesIO(data)) as p:
            page = p.pages[leader.page]
            words = page.extract_words()
            name = [w for w in words if w["text"] == "Đức"]
            assert name and page.height - name[-1]["top"] < ly1  # the name lies below the field


def test_an_unsigned_pdf_never_imports_pyhanko(demo_dir: Path, tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "import desktop.documents.pdf_writer\n"
        "from desktop.services.documents import generate_plan, generate_report\n"
        "from desktop.store import open_store\n"
        f"s = open_store({str(demo_dir)!r})\n"
        f"generate_plan(s, 2024, 'pdf', __import__('pathlib').Path({str(tmp_path / 'p.pdf')!r}))\n"
        f"generate_report(s, 2024, 'q2', 'pdf', __import__('pathlib').Path({str(tmp_path / 'r.pdf')!r}))\n"
        "s.close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pyhanko', 'pyhanko_certvalidator')))\n"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "[]"
    assert (tmp_path / "p.pdf").stat().st_size > 10_000
    from desktop.documents.signing import empty_signature_fields

    assert empty_signature_fields((tmp_path / "p.pdf").read_bytes()) == ["ChuKyLanhDao", "ChuKyCoQuan"]


# -- signing in order ----------------------------------------------------------


def test_leader_then_organisation_both_valid_the_first_extended_only_by_the_second(
    cli, docs, pki: Pki, tmp_path: Path, signer_env: None
) -> None:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    from desktop.documents.signing import signature_fields

    one, two = tmp_path / "lanh-dao.pdf", tmp_path / "co-quan.pdf"
    # the organisation does not sign before the leader (Decree 30: the seal goes over the signature)
    r = _sign(cli, docs.plan_pdf, two, pki.organisation, "--field", "ChuKyCoQuan", "--seal", pki.seal_png)
    assert r.code == 1 and "Lãnh đạo ký trước" in r.err and not two.exists()
    r = _sign(cli, docs.plan_pdf, one, pki.chairman, "--image", pki.signature_png)
    assert r.code == 0 and r.err == "", r.err
    assert [(f.name, f.filled) for f in signature_fields(one.read_bytes())] == [
        ("ChuKyLanhDao", True),
        ("ChuKyCoQuan", False),
    ]
    r = cli("document", "verify", one, "--trust", pki.root.pem)  # the leader's alone is valid; the seal's to come
    assert r.code == 0 and "Ô chữ ký còn trống: ChuKyCoQuan." in r.out
    r = _sign(cli, one, two, pki.organisation, "--seal", pki.seal_png)  # the next empty field: the seal's
    assert r.code == 0 and r.err == "", r.err
    data = two.read_bytes()
    assert [(f.name, f.filled) for f in signature_fields(data)] == [("ChuKyLanhDao", True), ("ChuKyCoQuan", True)]

    ref = _reference(data, [pki.root.cert])
    assert len(ref) == 2 and all(s.bottom_line for s in ref)  # type: ignore[attr-defined]
    first, second = ref
    assert first.coverage == SignatureCoverageLevel.ENTIRE_REVISION  # type: ignore[attr-defined]
    assert first.modification_level == ModificationLevel.FORM_FILLING and first.docmdp_ok  # type: ignore[attr-defined]
    assert second.coverage == SignatureCoverageLevel.ENTIRE_FILE  # type: ignore[attr-defined]

    r = cli("document", "verify", two, "--trust", pki.root.pem)
    assert r.code == 0, r.out + r.err
    assert r.err == ""
    lines = r.out.splitlines()
    assert lines[0].startswith("Chữ ký 1 (ChuKyLanhDao): HỢP LỆ — Trần Minh Đức")
    second_at = next(i for i, ln in enumerate(lines) if ln.startswith("Chữ ký 2"))
    assert lines[second_at].startswith("Chữ ký 2 (ChuKyCoQuan): HỢP LỆ — Ủy ban nhân dân xã An Lão")
    assert "Sau chữ ký chỉ có các chữ ký tiếp theo" in r.out
    assert r.out.count("(giờ Việt Nam)") == 2 and "+07:00" in r.out and "còn trống" not in r.out
    for st in ref:  # the times pyHanko reads (UTC), shifted by seven hours
        utc = st.signer_reported_dt  # type: ignore[attr-defined]
        assert utc.utcoffset() == dt.timedelta(0)
        vn = (utc + dt.timedelta(hours=7)).strftime("%d/%m/%Y %H:%M:%S")
        assert f"Thời gian ký: {vn} +07:00 (giờ Việt Nam)" in r.out

    # the seal's appearance is drawn in its field, the leader's in its own
    from pypdf import PdfReader

    rd = PdfReader(io.BytesIO(data))
    annots = [a.get_object() for pg in rd.pages for a in (pg.get("/Annots") or [])]
    sig = {str(a["/T"]): a for a in annots if a.get("/FT") == "/Sig"}
    assert set(sig) == {"ChuKyLanhDao", "ChuKyCoQuan"} and all("/AP" in a for a in sig.values())

    # a third signature has no empty field left: refused, nothing written
    third = tmp_path / "ba.pdf"
    r = _sign(cli, two, third, pki.chairman)
    assert r.code == 1 and "đã được ký" in r.err and "--page" in r.err and not third.exists()
    _no_english(r.err)
    r = _sign(cli, two, third, pki.chairman, "--field", "ChuKyLanhDao")
    assert r.code == 1 and "ChuKyLanhDao" in r.err and "đã được ký" in r.err


def test_signing_time_is_shown_in_vietnam_time(docs, pki: Pki) -> None:
    from desktop.documents.signing import sign_pdf, verify_pdf

    when = dt.datetime(2024, 6, 27, 2, 15, tzinfo=dt.UTC)  # 09:15 in Hà Nội
    signed = sign_pdf(docs.report_pdf.read_bytes(), pki.chairman.p12, PASSWORD, when=when)
    rep = verify_pdf(signed, [pki.root.pem.read_bytes()])
    assert len(rep) == 1 and rep[0].ok
    t = rep[0].signing_time
    assert t is not None and t.utcoffset() == dt.timedelta(hours=7)
    assert abs((t - dt.datetime.now(dt.UTC)).total_seconds()) < 600  # the CMS time is the real one
    # the visible stamp says 09:15 +07:00, whatever the zone the time is given in
    from desktop.documents.signing import format_vn_time, stamp_lines

    assert stamp_lines("Trần Minh Đức", "Ủy ban nhân dân xã An Lão", when, organisation_field=False) == [
        "Người ký: Trần Minh Đức",
        "Cơ quan: Ủy ban nhân dân xã An Lão",
        "Thời gian ký: 27/6/2024 09:15:00 +07:00",
    ]
    assert stamp_lines("Ủy ban nhân dân xã An Lão", "Ủy ban nhân dân xã An Lão", when, organisation_field=True) == [
        "Cơ quan: Ủy ban nhân dân xã An Lão",
        "Thời gian ký: 27/6/2024 09:15:00 +07:00",
    ]
    assert format_vn_time(dt.datetime(2024, 12, 31, 20, 0)) == "01/01/2025 03:00:00 +07:00"  # naive: UTC


# -- what verify refuses -------------------------------------------------------


def _paint_over_page(data: bytes, page_ix: int) -> bytes:
    """An update after signing that paints a white block and new words over a page."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    stream = generic.StreamObject(stream_data=b"q 1 1 1 rg 60 300 480 300 re f Q")
    w.add_stream_to_page(page_ix, w.add_object(stream))
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def test_a_page_painted_over_after_signing_is_refused_naming_the_page(
    cli, docs, pki: Pki, tmp_path: Path, signer_env: None
) -> None:
    signed = tmp_path / "ky.pdf"
    assert _sign(cli, docs.plan_pdf, signed, pki.chairman).code == 0
    tampered = tmp_path / "sua.pdf"
    tampered.write_bytes(_paint_over_page(signed.read_bytes(), 0))

    ref = _reference(tampered.read_bytes(), [pki.root.cert])
    assert len(ref) == 1
    assert ref[0].intact and ref[0].valid and ref[0].trusted  # type: ignore[attr-defined]
    assert not ref[0].bottom_line and not ref[0].docmdp_ok  # type: ignore[attr-defined]

    r = cli("document", "verify", tampered, "--trust", pki.root.pem)
    assert r.code == 1 and r.err == ""
    assert "KHÔNG HỢP LỆ" in r.out and "tài liệu đã bị sửa sau khi ký: trang 1" in r.out
    r = cli("document", "verify", tampered, "--trust", pki.root.pem, "--json")
    import json

    rep = json.loads(r.out)
    assert r.code == 1 and rep[0]["changed_pages"] == [1] and rep[0]["modification"] == "other"
    assert rep[0]["intact"] and not rep[0]["ok"]
    # the same painting on page 3 names page 3
    t3 = tmp_path / "sua3.pdf"
    t3.write_bytes(_paint_over_page(signed.read_bytes(), 2))
    r = cli("document", "verify", t3, "--trust", pki.root.pem)
    assert r.code == 1 and "trang 3" in r.out and "trang 1" not in r.out
    # a changed byte inside the signed range: not intact
    raw = bytearray(signed.read_bytes())
    j = raw.index(b"/Producer")
    raw[j + 12] = ord("X") if raw[j + 12] != ord("X") else ord("Y")
    broken = tmp_path / "hong.pdf"
    broken.write_bytes(bytes(raw))
    r = cli("document", "verify", broken, "--trust", pki.root.pem)
    assert r.code == 1 and r.err == "" and "KHÔNG HỢP LỆ" in r.out
    _no_english(r.out.split("—")[0])


def test_a_note_laid_over_a_page_after_signing_is_refused_naming_the_page(docs, pki: Pki) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.generic import pdf_name
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    from desktop.documents.signing import sign_pdf, verify_pdf

    signed = sign_pdf(docs.plan_pdf.read_bytes(), pki.chairman.p12, PASSWORD)
    w = IncrementalPdfFileWriter(io.BytesIO(signed))
    note = w.add_object(
        generic.DictionaryObject(
            {
                pdf_name("/Type"): pdf_name("/Annot"),
                pdf_name("/Subtype"): pdf_name("/FreeText"),
                pdf_name("/Rect"): generic.ArrayObject([generic.FloatObject(v) for v in (50, 50, 500, 700)]),
                pdf_name("/Contents"): generic.TextStringObject("Nội dung khác"),
                pdf_name("/DA"): generic.TextStringObject("/Helv 12 Tf 0 g"),
            }
        )
    )
    page = w.root["/Pages"]["/Kids"][1].get_object()
    page["/Annots"] = generic.ArrayObject([note])
    w.update_container(page)
    out = io.BytesIO()
    w.write(out)
    ref = _reference(out.getvalue(), [pki.root.cert])
    assert not ref[0].bottom_line  # type: ignore[attr-defined]
    rep = verify_pdf(out.getvalue(), [pki.root.pem.read_bytes()])
    assert len(rep) == 1 and not rep[0].ok and rep[0].intact and rep[0].trusted
    assert rep[0].problems == ["tài liệu đã bị sửa sau khi ký: trang 2"]


def test_a_self_signed_certificate_is_refused_until_trusted(
    cli, cli_process, docs, pki: Pki, tmp_path: Path, signer_env: None, data_dir: Path
) -> None:
    signed = tmp_path / "tu-ky.pdf"
    assert _sign(cli, docs.plan_pdf, signed, pki.self_signed).code == 0
    ref = _reference(signed.read_bytes(), [])
    st = ref[0]
    assert st.intact and st.valid and not st.trusted and not st.bottom_line  # type: ignore[attr-defined]

    r = cli("--data-dir", data_dir, "document", "verify", signed)
    assert r.code == 1 and r.err == ""
    assert "KHÔNG HỢP LỆ" in r.out and "toàn vẹn nhưng chứng thư chưa được tin cậy" in r.out and "tự ký" in r.out
    # the whole program, as a batch job runs it: the verdict and nothing on stderr
    r = cli_process("--data-dir", data_dir, "document", "verify", signed, env={"PYTHONWARNINGS": "default"})
    assert r.code == 1 and r.err == "" and "toàn vẹn nhưng chứng thư chưa được tin cậy" in r.out
    # the root of the national CA does not vouch for it either
    r = cli("--data-dir", data_dir, "document", "verify", signed, "--trust", pki.root.pem)
    assert r.code == 1 and "chưa được tin cậy" in r.out
    # trusted on the command line: accepted
    r = cli("--data-dir", data_dir, "document", "verify", signed, "--trust", pki.self_signed.pem)
    assert r.code == 0 and "HỢP LỆ" in r.out and r.err == ""

    # kept in the data folder's trust folder: accepted without --trust, until removed
    r = cli("--data-dir", data_dir, "document", "trust", "list")
    assert r.code == 0 and "Chưa có" in r.out
    r = cli("--data-dir", data_dir, "document", "trust", "add", pki.self_signed.pem)
    assert r.code == 0 and "Trần Minh Đức" in r.out, r.err
    from cryptography.hazmat.primitives import hashes

    fp = pki.self_signed.cert.fingerprint(hashes.SHA256()).hex()  # type: ignore[attr-defined]
    assert fp in r.out
    assert cli("--data-dir", data_dir, "document", "trust", "add", pki.self_signed.pem).code == 0  # again: same
    r = cli("--data-dir", data_dir, "document", "trust", "list", "--json")
    import json

    assert [t["fingerprint"] for t in json.loads(r.out)] == [fp]
    assert cli("--data-dir", data_dir, "document", "verify", signed).code == 0
    r = cli("--data-dir", data_dir, "document", "trust", "remove", fp[:4])
    assert r.code == 1 and "8" in r.err  # too short to be sure
    r = cli("--data-dir", data_dir, "document", "trust", "remove", ":".join(fp[i : i + 2] for i in range(0, 16, 2)))
    assert r.code == 0, r.err
    assert cli("--data-dir", data_dir, "document", "verify", signed).code == 1
    r = cli("--data-dir", data_dir, "document", "trust", "remove", fp)
    assert r.code == 1 and fp in r.err
    # a file that is no certificate: one line naming it
    r = cli("--data-dir", data_dir, "document", "trust", "add", docs.plan_pdf)
    assert r.code == 1 and str(docs.plan_pdf) in r.err and len(r.err.strip().splitlines()) == 1
    r = cli("--data-dir", data_dir, "document", "verify", signed, "--trust", docs.plan_docx)
    assert r.code == 1 and str(docs.plan_docx) in r.err and len(r.err.strip().splitlines()) == 1


def test_a_pdf_without_an_empty_field_needs_a_page_and_a_place(
    cli, docs, pki: Pki, tmp_path: Path, signer_env: None
) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from desktop.documents.signing import signature_fields

    src = tmp_path / "xuat-lai-tu-word.pdf"  # as Word or LibreOffice export it: no field
    c = Canvas(str(src), pagesize=(595, 842))
    for i in range(3):
        c.drawString(72, 700, f"Trang {i + 1}")
        c.showPage()
    c.save()
    out = tmp_path / "ky.pdf"
    r = _sign(cli, src, out, pki.chairman)
    assert r.code == 1 and "không có ô chữ ký trống" in r.err and "--page" in r.err and not out.exists()
    _no_english(r.err)
    r = _sign(cli, src, out, pki.chairman, "--page", "2")
    assert r.code == 1 and "--box" in r.err and not out.exists()
    r = _sign(cli, src, out, pki.chairman, "--page", "9", "--box", "330,60,560,150")
    assert r.code == 1 and "3 trang" in r.err and not out.exists()
    r = _sign(cli, src, out, pki.chairman, "--page", "2", "--box", "330,60,900,150")
    assert r.code == 1 and "ngoài trang 2" in r.err and "595 x 842" in r.err and not out.exists()
    r = _sign(cli, src, out, pki.chairman, "--page", "2", "--box", "330,60")
    assert r.code == 2 and "--box" in r.err
    r = _sign(cli, src, out, pki.chairman, "--page", "2", "--box", "330,60,560,150", "--image", pki.signature_png)
    assert r.code == 0, r.err
    fields = signature_fields(out.read_bytes())
    assert [(f.name, f.filled, f.page) for f in fields] == [("ChuKy1", True, 1)]
    assert fields[0].box == pytest.approx((330, 60, 560, 150), abs=1)
    assert cli("document", "verify", out, "--trust", pki.root.pem).code == 0
    ref = _reference(out.read_bytes(), [pki.root.cert])
    assert ref[0].bottom_line  # type: ignore[attr-defined]


@pytest.mark.parametrize("kind", ["docx", "text", "truncated", "empty"])
def test_non_pdf_input_is_one_vietnamese_line(cli, docs, pki: Pki, tmp_path: Path, signer_env: None, kind: str) -> None:
    if kind == "docx":
        bad = docs.plan_docx
    else:
        bad = tmp_path / f"{kind}.pdf"
        bad.write_bytes(
            {"text": "Kế hoạch số 05/KH-UBND\n".encode(), "truncated": docs.plan_pdf.read_bytes()[:3000], "empty": b""}[
                kind
            ]
        )
    for args in (
        ("document", "verify", bad),
        (
            "document",
            "sign",
            "--in",
            bad,
            "--out",
            tmp_path / "o.pdf",
            "--p12",
            pki.chairman.p12,
            "--password-env",
            "KHCDS_P12_PASSWORD",
        ),
    ):
        r = cli(*args)
        assert r.code == 1, (args, r.out, r.err)
        assert len(r.err.strip().splitlines()) == 1 and str(bad) in r.err, r.err
        assert "PDF" in r.err and "không mong đợi" not in r.err
        _no_english(r.err.replace(str(bad), ""))
    assert not (tmp_path / "o.pdf").exists()


def test_images_must_be_png(cli, docs, pki: Pki, tmp_path: Path, signer_env: None) -> None:
    out = tmp_path / "o.pdf"
    r = _sign(cli, docs.plan_pdf, out, pki.chairman, "--image", docs.plan_docx)
    assert r.code == 1 and "--image" in r.err and str(docs.plan_docx) in r.err and "PNG" in r.err
    assert not out.exists()
    broken = tmp_path / "hong.png"
    broken.write_bytes(pki.seal_png.read_bytes()[:60])
    r = _sign(cli, docs.plan_pdf, out, pki.organisation, "--seal", broken)
    assert r.code == 1 and "--seal" in r.err and str(broken) in r.err and not out.exists()


def test_timestamp_option_parsing_and_offline(cli, docs, pki: Pki, tmp_path: Path, signer_env: None) -> None:
    out = tmp_path / "o.pdf"
    r = _sign(cli, docs.plan_pdf, out, pki.chairman, "--tsa", "ftp://tsa.example.vn")
    assert r.code == 2 and "--tsa" in r.err and "http" in r.err
    # offline (nothing listens on the discard port): refused with the way out, nothing written
    r = _sign(cli, docs.plan_pdf, out, pki.chairman, "--tsa", "http://127.0.0.1:9/tsa")
    assert r.code == 1 and "dấu thời gian" in r.err and "--tsa" in r.err and not out.exists()
    assert len(r.err.strip().splitlines()) == 1
    _no_english(r.err.replace("http://127.0.0.1:9/tsa", ""))
    # without --tsa the same signing works offline
    assert _sign(cli, docs.plan_pdf, out, pki.chairman).code == 0


def test_wrong_password_is_a_user_error(docs, pki: Pki) -> None:
    from desktop.documents.signing import sign_pdf
    from desktop.errors import UserError

    with pytest.raises(UserError):
        sign_pdf(docs.plan_pdf.read_bytes(), pki.chairman.p12, "sai")


def test_verify_a_pdf_without_signatures(cli, docs) -> None:
    r = cli("document", "verify", docs.report_pdf)
    assert r.code == 1 and "không có chữ ký" in r.out and r.err == ""


@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("name", ["plan_docx", "report_docx", "year_docx"])
def test_libreoffice_opens_the_docx(docs, name: str, tmp_path: Path) -> None:
    src = getattr(docs, name)
    profile = tmp_path / "lo-profile"
    p = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(src),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert p.returncode == 0, p.stderr
    out = tmp_path / (src.stem + ".pdf")
    assert out.is_file()
    import pdfplumber

    pdf = pdfplumber.open(out)
    assert len(pdf.pages) >= 3
    text = pdf.pages[0].extract_text()
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert any(p.width > p.height for p in pdf.pages)  # the appendix is landscape
    assert (pdf.pages[1].extract_text() or "").strip().splitlines()[0].strip() == "2"
