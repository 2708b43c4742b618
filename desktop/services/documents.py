"""Documents for the window and the CLI: generate the plan and report files, sign and verify PDFs,
and manage the trusted signing certificates. Laying out lives in desktop.documents; this module is
the door the views and commands use."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.documents import service as _service
from desktop.documents.service import Generated

if TYPE_CHECKING:
    import datetime as dt

    from desktop.documents.signing import FieldInfo, SignatureReport, TrustedCert
    from desktop.store.database import Store

#: signing and its certificate classes load on first use: writing a plan's PDF needs none of them
_SIGNING_NAMES = ("FieldInfo", "SignatureReport", "TrustedCert")


def __getattr__(name: str) -> Any:
    if name in _SIGNING_NAMES:
        from desktop.documents import signing

        return getattr(signing, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "FieldInfo",
    "Generated",
    "SignatureReport",
    "TrustedCert",
    "check_certificate_file",
    "check_png",
    "format_vn_time",
    "generate_plan",
    "generate_report",
    "sign_pdf",
    "signature_fields",
    "trust_add",
    "trust_list",
    "trust_remove",
    "trusted_roots",
    "verify_pdf",
]


def generate_plan(store: Store, year: int | None, fmt: str, out_path: Path, *, plan_id: int | None = None) -> Generated:
    """Write the plan document (docx or pdf) to out_path."""
    return _service.generate_plan(store, year, fmt, out_path, plan_id=plan_id)


def generate_report(
    store: Store, year: int | None, period: str, fmt: str, out_path: Path, *, plan_id: int | None = None
) -> Generated:
    """Write the report of one period (docx or pdf) to out_path; Generated.deadline is its due date."""
    return _service.generate_report(store, year, period, fmt, out_path, plan_id=plan_id)


def check_png(data: bytes, label: str) -> None:
    """Raise UserError naming label unless data is a PNG image."""
    from desktop.documents import signing as _signing

    _signing.check_png(data, label)


def check_certificate_file(data: bytes, label: str) -> None:
    """Raise UserError naming label unless data holds a certificate."""
    from desktop.documents import signing as _signing

    _signing.check_certificate_file(data, label)


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
    """The PDF with one more signature (earlier signatures stay valid)."""
    from desktop.documents import signing as _signing

    signed: bytes = _signing.sign_pdf(
        data,
        p12,
        password,
        field_name=field_name,
        page=page,
        box=box,
        image=image,
        seal=seal,
        organisation=organisation,
        reason=reason,
        location=location,
        tsa_url=tsa_url,
        when=when,
        label=label,
    )
    return signed


def verify_pdf(
    data: bytes, trust_roots: list[bytes] | None = None, *, label: str = "PDF", now: dt.datetime | None = None
) -> list[SignatureReport]:
    """Every signature of the PDF, in signing order, each judged."""
    from desktop.documents import signing as _signing

    reports: list[SignatureReport] = _signing.verify_pdf(data, trust_roots, label=label, now=now)
    return reports


def signature_fields(data: bytes, label: str = "PDF") -> list[FieldInfo]:
    """The signature fields of the PDF, filled or empty."""
    from desktop.documents import signing as _signing

    fields: list[FieldInfo] = _signing.signature_fields(data, label)
    return fields


def format_vn_time(t: dt.datetime) -> str:
    """A signing time in Vietnam's time zone, in the Vietnamese form."""
    from desktop.documents import signing as _signing

    return _signing.format_vn_time(t)


def trusted_roots(data_root: Path) -> list[bytes]:
    """The certificates this computer trusts, as DER/PEM bytes."""
    from desktop.documents import signing as _signing

    return _signing.trusted_roots(data_root)


def trust_list(data_root: Path) -> list[TrustedCert]:
    from desktop.documents import signing as _signing

    return _signing.trust_list(data_root)


def trust_add(data_root: Path, cert_data: bytes, label: str) -> list[TrustedCert]:
    from desktop.documents import signing as _signing

    return _signing.trust_add(data_root, cert_data, label)


def trust_remove(data_root: Path, fingerprint: str) -> TrustedCert:
    from desktop.documents import signing as _signing

    return _signing.trust_remove(data_root, fingerprint)
