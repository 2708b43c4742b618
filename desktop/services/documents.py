"""Documents for the window and the CLI: generate the plan and report files, sign and verify PDFs,
and manage the trusted signing certificates. Laying out lives in desktop.documents; this module is
the door the views and commands use, and the one that opens sessions and resolves plans.

- ``plan_document(store, year)`` and ``report_document(store, year, period)`` build the document
  model (every function takes ``plan_id=`` to choose one of several plans of a year; ``year`` may
  then be None);
- ``render_plan(store, year, fmt) -> bytes`` and ``render_report(store, year, period, fmt) -> bytes``
  write it in memory (``fmt`` is ``"docx"`` or ``"pdf"``);
- ``generate_plan(store, year, fmt, out_path)`` and ``generate_report(store, year, period, fmt,
  out_path)`` write it atomically (``desktop.fsutil.atomic_writer``) and return a
  :class:`Generated` (path, size, the year report's deadline).

User errors (no plan for the year, output folder missing, an unknown format or period) raise
``desktop.errors.UserError`` with a Vietnamese message.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.documents.render import check_format, render
from desktop.errors import UserError
from desktop.i18n import _

if TYPE_CHECKING:
    from desktop.documents.model import Document
    from desktop.documents.signing import FieldInfo, SignatureReport, TrustedCert
    from desktop.models.orm import Plan
    from desktop.store.database import Store
    from desktop.store.rows import PlainStore

T = TypeVar("T")

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
    "is_plain",
    "open_plain",
    "plan_document",
    "render",
    "render_plan",
    "render_report",
    "report_document",
    "sign_pdf",
    "signature_fields",
    "trust_add",
    "trust_list",
    "trust_remove",
    "trusted_roots",
    "verify_pdf",
]


@dataclass(frozen=True)
class Generated:
    path: Path
    size: int
    fmt: str
    deadline: dt.date | None = None


def open_plain(data_dir: str | None, url: str | None = None) -> PlainStore | None:
    """The data folder's store for reading documents with ``sqlite3`` alone, or None when it
    needs the full way (``open_store``): see desktop.store.rows.open_plain."""
    from desktop.store.rows import open_plain as _open_plain

    return _open_plain(data_dir, url)


def in_data_folder(
    data_dir: str | None,
    url: str | None,
    plan_id: int | None,
    year: int | None,
    make: Callable[[Store | PlainStore, int, int], T],
) -> tuple[T, int]:
    """``make(store, year, plan_id)`` on the data folder's store and the plan ``plan_id`` or
    ``year`` names, and the plan's year: the door of the document commands.

    A store already at this program's schema that needs nothing else is read with ``sqlite3``
    alone (:func:`open_plain`: no ORM to import). Anything else (a schema behind, a store to
    repair, a server, a plan the options do not plainly name) goes the full way, which opens,
    upgrades and refuses in its own words; so does a plain read that fails (the store locked or
    changed meanwhile)."""
    import sqlite3

    plain = open_plain(data_dir, url)
    if plain is not None:
        try:
            chosen = plain.resolve(plan_id, year)
            if chosen is not None:
                return make(plain, chosen[1], chosen[0]), chosen[1]
        except sqlite3.Error:
            pass  # read again the full way, below
        finally:
            plain.close()
    from desktop.services import plans as psvc
    from desktop.services import units as usvc
    from desktop.services.safety import open_store

    store = open_store(data_dir, url=url)
    try:
        with store.session() as s:
            pid, chosen_year = psvc.resolve_plan_id(s, usvc.require_unit(s), plan_id=plan_id, year=year)
        return make(store, chosen_year, pid), chosen_year
    finally:
        store.close()


def is_plain(store: object) -> bool:
    """Whether ``store`` is one :func:`open_plain` opened."""
    from desktop.store.rows import PlainStore

    return isinstance(store, PlainStore)


def _plan_id(store: Store | PlainStore, year: int | None, plan_id: int | None) -> int:
    """The id of the plan chosen by ``plan_id`` or ``year``, with the refusals of
    ``services.plans.resolve_plan`` (a plain store is handed an id its command resolved)."""
    from desktop.store.rows import PlainStore

    if isinstance(store, PlainStore):
        if plan_id is None:
            raise ValueError("a plain store reads a plan chosen by id")
        return plan_id
    from desktop.services import plans as psvc
    from desktop.services import units as usvc

    with store.session() as s:
        unit = usvc.current_unit(s)
        if unit is None:
            raise UserError(_("Thư mục dữ liệu chưa có đơn vị nào. Hãy tạo đơn vị hoặc chạy: khcds demo"))
        pid, _year = psvc.resolve_plan_id(s, unit, plan_id=plan_id, year=year)
        return pid


@contextlib.contextmanager
def _connection(store: Store | PlainStore) -> Iterator[Any]:
    """A DB-API connection to read the store with desktop.store.rows: the plain store's own, or
    one of the open store's (SQLite or a server), returned to its pool after; on SQLite every
    read of the block sees one state of the store (desktop.store.rows.one_snapshot)."""
    from desktop.store.rows import PlainStore, one_snapshot

    if isinstance(store, PlainStore):
        with one_snapshot(store.con) as con:
            yield con
        return
    pooled = store.engine.raw_connection()
    try:
        with one_snapshot(pooled) as con:
            yield con
    finally:
        pooled.close()


def _read(con: Any, plan_id: int) -> Plan:
    from desktop.store.rows import read_plan

    plan = read_plan(con, plan_id)
    if plan is None:  # removed since it was chosen
        raise UserError(
            _("Không tìm thấy kế hoạch số hiệu {id} (có thể đã bị xóa). Xem danh sách: khcds plan list").format(
                id=plan_id
            )
        )
    return plan


def plan_document(store: Store | PlainStore, year: int | None, *, plan_id: int | None = None) -> Document:
    """The plan's document model, laid out by desktop.documents.build_plan from the plan as
    desktop.store.rows reads it."""
    from desktop.documents.build_plan import build_plan
    from desktop.services.plan_content import plan_content
    from desktop.store.rows import previous_plan

    pid = _plan_id(store, year, plan_id)
    with _connection(store) as con:
        plan = _read(con, pid)
        previous = previous_plan(con, plan) if plan.previous_year is not None else None
    return build_plan(plan, content=plan_content(plan, previous))


def report_document(
    store: Store | PlainStore, year: int | None, period: str = "year", *, plan_id: int | None = None
) -> tuple[Document, dt.date | None]:
    """The report's document model of one period, and its due date."""
    from desktop.documents.build_report import build_report
    from desktop.services import plan_rules
    from desktop.services.report_content import report_content
    from desktop.store.rows import report_texts

    pid = _plan_id(store, year, plan_id)
    with _connection(store) as con:
        plan = _read(con, pid)
        p = plan_rules.report_period_of(plan, period)
        texts = report_texts(con, pid, p)
    content = report_content(plan, p, overrides=texts)
    deadline = plan_rules.report_due(plan, p) or content.deadline
    return build_report(plan, p, content=content), deadline


def render_plan(store: Store | PlainStore, year: int | None, fmt: str, *, plan_id: int | None = None) -> bytes:
    """The plan document as DOCX or PDF bytes."""
    fmt = check_format(fmt)
    return render(plan_document(store, year, plan_id=plan_id), fmt)


def render_report(
    store: Store | PlainStore, year: int | None, period: str, fmt: str, *, plan_id: int | None = None
) -> bytes:
    """The report of one period as DOCX or PDF bytes."""
    fmt = check_format(fmt)
    doc, _deadline = report_document(store, year, period, plan_id=plan_id)
    return render(doc, fmt)


def _write(out_path: Path, data: bytes, fmt: str, deadline: dt.date | None = None) -> Generated:
    from desktop.fsutil import atomic_writer

    out = Path(out_path)
    if out.is_dir():
        raise UserError(_("Đường dẫn lưu tệp là một thư mục: {d}").format(d=out))
    try:
        with atomic_writer(out) as fh:
            fh.write(data)
    except PermissionError as e:
        raise UserError(
            _("Không ghi được tệp {f} (tệp đang mở trong chương trình khác hoặc không có quyền).").format(f=out)
        ) from e
    except OSError as e:
        raise UserError(_("Không ghi được tệp {f}: {err}").format(f=out, err=e.strerror)) from e
    return Generated(out, len(data), fmt, deadline)


def generate_plan(
    store: Store | PlainStore, year: int | None, fmt: str, out_path: Path, *, plan_id: int | None = None
) -> Generated:
    """Write the plan document (docx or pdf) to out_path."""
    fmt = check_format(fmt)
    return _write(Path(out_path), render(plan_document(store, year, plan_id=plan_id), fmt), fmt)


def generate_report(
    store: Store | PlainStore, year: int | None, period: str, fmt: str, out_path: Path, *, plan_id: int | None = None
) -> Generated:
    """Write the report of one period (docx or pdf) to out_path; Generated.deadline is its due date."""
    fmt = check_format(fmt)
    doc, deadline = report_document(store, year, period, plan_id=plan_id)
    return _write(Path(out_path), render(doc, fmt), fmt, deadline)


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
