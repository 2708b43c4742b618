"""Signing in the program (PKCS#12 via pyHanko) and verification; LibreOffice opens the DOCX."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader


def _p12(tmp_path: Path, password: bytes = b"mat-khau") -> Path:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, "Trần Minh Đức"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Ủy ban nhân dân xã An Lão"),
        x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
    ])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=365))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), True)
            .sign(key, hashes.SHA256()))
    data = pkcs12.serialize_key_and_certificates(
        b"signer", key, cert, None, serialization.BestAvailableEncryption(password))
    p = tmp_path / "signer.p12"
    p.write_bytes(data)
    (tmp_path / "signer.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return p


def test_sign_fills_the_empty_field_and_verifies(docs, tmp_path: Path) -> None:
    from desktop.documents.signing import empty_signature_fields, sign_pdf, verify_pdf

    data = docs.plan_pdf.read_bytes()
    assert empty_signature_fields(data) == ["Signature1"]
    p12 = _p12(tmp_path)
    signed = sign_pdf(data, p12, "mat-khau")
    assert empty_signature_fields(signed) == []
    reports = verify_pdf(signed, [(tmp_path / "signer.pem").read_bytes()])
    assert len(reports) == 1
    r = reports[0]
    assert r.field == "Signature1" and r.intact and r.valid and r.trusted and r.covers_whole_file
    assert r.signer == "Trần Minh Đức" and r.organisation == "Ủy ban nhân dân xã An Lão"
    # untrusted without the root, but intact and valid
    r2 = verify_pdf(signed)[0]
    assert r2.intact and r2.valid and not r2.trusted
    # the visible appearance sits where the empty field was
    page = next(p for p in PdfReader(__import__("io").BytesIO(signed)).pages
                if any(a.get_object().get("/FT") == "/Sig" for a in p.get("/Annots", []) or []))
    ap = next(a.get_object() for a in page["/Annots"] if a.get_object().get("/FT") == "/Sig")
    assert "/AP" in ap and float(ap["/Rect"][2]) - float(ap["/Rect"][0]) > 100
    # tampering is detected
    i = signed.index(b"/Producer")
    tampered = bytearray(signed)
    j = signed.index(b"BT", 2000)
    tampered[j + 3: j + 4] = b"9" if tampered[j + 3:j + 4] != b"9" else b"8"
    bad = verify_pdf(bytes(tampered))
    assert not bad or not (bad[0].intact and bad[0].valid)
    _ = i


def test_wrong_password_is_a_user_error(docs, tmp_path: Path) -> None:
    from desktop.documents.signing import sign_pdf
    from desktop.errors import UserError

    with pytest.raises(UserError):
        sign_pdf(docs.plan_pdf.read_bytes(), _p12(tmp_path), "sai")


def test_cli_sign_and_verify(cli, docs, tmp_path: Path, monkeypatch) -> None:
    p12 = _p12(tmp_path)
    monkeypatch.setenv("KHCDS_P12_PASSWORD", "mat-khau")
    out = tmp_path / "signed.pdf"
    r = cli("document", "sign", "--in", docs.report_pdf, "--out", out, "--p12", p12,
            "--password-env", "KHCDS_P12_PASSWORD")
    assert r.code == 0, r.err
    r = cli("document", "verify", out, "--trust", tmp_path / "signer.pem")
    assert r.code == 0 and "HỢP LỆ" in r.out and "Trần Minh Đức" in r.out
    r = cli("document", "verify", docs.report_pdf)
    assert r.code == 1 and "không có chữ ký" in r.out
    r = cli("document", "sign", "--in", docs.report_pdf, "--out", out, "--p12", p12,
            "--password-env", "KHCDS_NO_SUCH_VAR")
    assert r.code == 1 and "KHCDS_NO_SUCH_VAR" in r.err


@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("name", ["plan_docx", "report_docx", "year_docx"])
def test_libreoffice_opens_the_docx(docs, name: str, tmp_path: Path) -> None:
    src = getattr(docs, name)
    profile = tmp_path / "lo-profile"
    p = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(src)],
        capture_output=True, text=True, timeout=180,
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
