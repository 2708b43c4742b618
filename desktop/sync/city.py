"""City mode: the expected units, importing their packages, status and aggregates.

A city data folder (``khcds city init --province CODE``) expects a file from every
commune of its province in the official directory, plus units it adds. Import is
two steps: ``preview`` reads and verifies every file completely and says what
would happen to each (new, newer, same, stale, conflict, refused) without
writing anything; ``apply`` then writes each accepted file whole or not at all
(a savepoint per file, one transaction per batch of files). A refused file is
never written, so the store stays as it was.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
import logging
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import case, delete, func, insert, select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from desktop.errors import PackageError, StoreError, UserError
from desktop.i18n import N_, _
from desktop.models import directory
from desktop.models.city import CityPending, CityReceipt, CitySubmission, CityTarget, CityTask, CityUnit
from desktop.models.enums import Role, TaskStatus
from desktop.models.orm import UnitProfile, utcnow
from desktop.models.period import Period
from desktop.services import units as usvc
from desktop.sync import keys as keymod
from desktop.sync.package import EXTENSION, Package, read_package
from desktop.terminal import clean as clean_text

PENDING_DIR = "pending"
log = logging.getLogger(__name__)


def unexpected_message(e: BaseException) -> str:
    """A Vietnamese sentence for an error nobody foresaw in one file (details go to the log)."""
    if isinstance(e, OSError):
        from desktop.store.backup import describe_os_error

        return _("Không đọc hoặc ghi được tệp: {err}.").format(err=describe_os_error(e))
    if isinstance(e, (RecursionError, MemoryError)):
        return _("Tệp có cấu trúc lồng nhau quá sâu hoặc quá lớn; bị từ chối.")
    return _("Tệp có nội dung bất thường, không xử lý được; bị từ chối (chi tiết trong nhật ký chương trình).")


# -- role and units --------------------------------------------------------------
def province_of(session: Session) -> int | None:
    if not usvc.is_city(session):
        return None
    code = usvc.get_setting(session, "province_code")
    return int(code) if code else None


def require_city(session: Session) -> int:
    code = province_of(session)
    if code is None:
        raise UserError(_("Thư mục dữ liệu này chưa ở chế độ thành phố. Hãy chạy: khcds city init --province MÃ"))
    return code


def init_city(store: Any, province: str) -> tuple[directory.Province, int]:
    """Make the data folder a city folder for ``province``; returns it and the number of units."""
    p = directory.find_province(province)
    if p is None:
        raise UserError(_("Không có tỉnh, thành phố {p}.").format(p=province))
    with store.transaction() as s:
        if s.scalar(select(UnitProfile.id).limit(1)) is not None or usvc.role(s) is Role.UNIT:
            raise UserError(
                _(
                    "Thư mục dữ liệu này đã có dữ liệu của một đơn vị; "
                    "hãy dùng một thư mục riêng cho chế độ thành phố (--data-dir)."
                )
            )
        current = province_of(s)
        if current is not None and current != p.code:
            raise UserError(_("Thư mục dữ liệu này đã là của {name}.").format(name=directory.province(current).name))
        usvc.set_role(s, Role.CITY)
        usvc.set_setting(s, "province_code", str(p.code))
        have = set(s.scalars(select(CityUnit.code)))
        rows = [
            {"code": u.code, "name": u.name, "kind": u.kind, "source": "directory"}
            for u in directory.units(p.code)
            if u.code not in have
        ]
        if rows:
            s.execute(insert(CityUnit), rows)
            from desktop.store.audit import append_entries_bulk

            new_ids = list(s.scalars(select(CityUnit.id).where(CityUnit.code.in_([r["code"] for r in rows]))))
            append_entries_bulk(s, CityUnit, sorted(new_ids))
        n = s.scalar(select(func.count()).select_from(CityUnit)) or 0
    return p, n


def add_unit(store: Any, code: str, name: str, kind: str = "khác") -> CityUnit:
    code = code.strip()
    if not code or len(code) > 32 or not all(c.isalnum() or c in "._-" for c in code):
        raise UserError(_("Mã đơn vị không hợp lệ: {code}.").format(code=code))
    if not name.strip():
        raise UserError(_("Tên đơn vị không được để trống."))
    with store.transaction() as s:
        require_city(s)
        if s.scalar(select(CityUnit).where(CityUnit.code == code)):
            raise UserError(_("Đơn vị mã {code} đã có trong danh sách.").format(code=code))
        u = CityUnit(code=code, name=name.strip(), kind=kind, source="added")
        s.add(u)
        from desktop.store.audit import append_entry

        append_entry(s, u, "create", new=u.name)
    return u


def units(store: Any) -> list[CityUnit]:
    with store.session() as s:
        require_city(s)
        return list(s.scalars(select(CityUnit).order_by(CityUnit.name)))


def trust(store: Any, code: str, fingerprint: str | None = None, reset: bool = False) -> CityUnit:
    """Register the key a unit read over the phone, or forget its key (a reinstalled machine)."""
    with store.transaction() as s:
        require_city(s)
        u: CityUnit | None = s.scalar(select(CityUnit).where(CityUnit.code == code))
        if u is None:
            raise UserError(_("Không có đơn vị mã {code} trong danh sách của thành phố.").format(code=code))
        from desktop.store.audit import append_entry

        before = u.key_fingerprint
        if reset:
            u.public_key = None
            u.key_fingerprint = None
            u.trusted_at = None
            # packages under the new trust supersede every earlier one, whatever its revision
            u.key_epoch = (u.key_epoch or 0) + 1
        if fingerprint:
            fp = keymod.normalise_fingerprint(fingerprint)
            if len(fp.replace(" ", "")) != 32:
                raise UserError(_("Dấu vân tay khóa phải có 32 chữ số hệ 16 (8 nhóm 4 ký tự)."))
            if u.key_fingerprint and u.key_fingerprint != fp and not reset:
                raise UserError(_("Đơn vị {code} đã có khóa tin cậy khác; thêm --reset để thay.").format(code=code))
            if u.key_fingerprint != fp:
                u.key_fingerprint = fp
                u.public_key = None  # the key itself arrives with the first package
                u.trusted_at = utcnow()
        append_entry(s, u, "reset" if reset else "trust", field="key_fingerprint", old=before, new=u.key_fingerprint)
    return u


# -- import preview ------------------------------------------------------------------
class Outcome(str, enum.Enum):
    NEW = "new"
    NEWER = "newer"
    SAME = "same"
    STALE = "stale"
    CONFLICT = "conflict"
    REFUSED = "refused"
    PENDING = "pending"  # a unit's first key, held until the city confirms its fingerprint

    @property
    def label(self) -> str:
        return {
            "new": "Mới",
            "newer": "Bản mới hơn",
            "same": "Trùng, không đổi",
            "stale": "Bản cũ hơn, bỏ qua",
            "conflict": "Xung đột",
            "refused": "Từ chối",
            "pending": "Chờ xác nhận khóa",
        }[self.value]

    @property
    def applies(self) -> bool:
        return self in (Outcome.NEW, Outcome.NEWER)

    @property
    def is_error(self) -> bool:
        return self in (Outcome.REFUSED, Outcome.CONFLICT)


@dataclass
class PreviewItem:
    path: Path
    outcome: Outcome
    message: str = ""
    warnings: list[str] = field(default_factory=list)
    package: Package | None = None
    new_key: bool = False  # first package of the unit: its key is trusted on first use
    key_epoch: int = 0  # the unit's trust it arrives under (raised by each ``city trust --reset``)
    applied: bool = False
    notes: list[str] = field(default_factory=list)  # warnings about the content, shown when it applies

    @property
    def unit_code(self) -> str:
        return self.package.unit_code if self.package else ""

    @property
    def unit_name(self) -> str:
        return self.package.unit_name if self.package else ""

    @property
    def year(self) -> int | None:
        return self.package.year if self.package else None

    @property
    def revision(self) -> int | None:
        return self.package.revision if self.package else None

    @property
    def fingerprint(self) -> str:
        return self.package.fingerprint if self.package else ""

    def line(self) -> str:
        """One line for the command line (text from the file cleaned of control characters)."""
        head = f"{self.path.name}: {self.outcome.label}"
        if self.package:
            head += f" — {self.unit_code} {self.unit_name}, năm {self.year}, lần gửi {self.revision}"
            if self.package.plan_key:
                head += f", {self.package.plan.get('title') or self.package.plan['kind']}"
        parts = [head]
        if self.message:
            parts.append(self.message)
        parts += self.warnings
        return clean_text("; ".join(parts))


#: ``progress(done, total, path)``: the window's progress bar and its cancel button
Progress = Callable[[int, int, Path], None]


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files as given, and the ``.khcds`` files of given folders (sorted)."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(x for x in p.iterdir() if x.is_file() and x.suffix.lower() == EXTENSION))
        else:
            out.append(p)
    return out


def preview(store: Any, paths: list[Path], progress: Progress | None = None) -> list[PreviewItem]:
    """What importing ``paths`` would do, file by file; reads only.

    ``progress(done, total, path)`` is called before each file is read (the window's
    progress bar; raising there stops the preview, nothing having changed).
    """
    files = expand_paths(paths)
    items: list[PreviewItem] = []
    for n, path in enumerate(files):
        if progress is not None:
            progress(n, len(files), path)
        try:
            read_pkg = read_package(path)
            notes = _warnings(read_pkg)
            if read_pkg.data.get("assessments"):
                with store.session() as s:
                    receive_assessments(s, read_pkg, check_only=True)
        except PackageError as e:
            items.append(PreviewItem(path, Outcome.REFUSED, str(e)))
            continue
        except Exception as e:  # noqa: BLE001 - one hostile file never stops the batch
            log.exception("reading %s", path)
            items.append(PreviewItem(path, Outcome.REFUSED, unexpected_message(e)))
            continue
        # keep memory flat over thousands of files: apply reads each accepted file again
        read_pkg.data = {}
        read_pkg.data_bytes = b""
        items.append(PreviewItem(path, Outcome.NEW, package=read_pkg, notes=notes))
    with store.session() as s:
        province = require_city(s)
        expected = {u.code: u for u in s.scalars(select(CityUnit))}
        codes = {it.package.unit_code for it in items if it.package}
        current: dict[tuple[str, int, str], tuple[int, int, str]] = {}
        rejected: dict[tuple[str, int, str, int, int], str] = {}
        if codes:
            for code, year, pkey, epoch, rev, sha in s.execute(
                select(
                    CitySubmission.unit_code,
                    CitySubmission.year,
                    CitySubmission.plan_key,
                    CitySubmission.key_epoch,
                    CitySubmission.revision,
                    CitySubmission.data_sha256,
                ).where(CitySubmission.unit_code.in_(codes))
            ):
                current[(code, year, pkey)] = (epoch or 0, rev, sha)
            for code, year, pkey, epoch, rev, why in s.execute(
                select(
                    CityReceipt.unit_code,
                    CityReceipt.year,
                    CityReceipt.plan_key,
                    CityReceipt.key_epoch,
                    CityReceipt.revision,
                    CityReceipt.reject_reason,
                ).where(CityReceipt.unit_code.in_(codes), CityReceipt.rejected_at.is_not(None))
            ):
                rejected[(code, year, pkey, epoch or 0, rev)] = why or ""
    # per unit: trusted key, fingerprint, whether the key is new in this batch, trust epoch
    keys: dict[str, tuple[str | None, str | None, bool, int]] = {
        c: (u.public_key, u.key_fingerprint, False, u.key_epoch or 0) for c, u in expected.items()
    }
    # in order of revision, so that r1 and r2 of one unit in one batch give new then newer
    order = sorted(
        (it for it in items if it.package),
        key=lambda it: (it.unit_code, it.year, it.package.plan_key if it.package else "", it.revision, it.path.name),
    )
    for it in order:
        pkg = it.package
        assert pkg is not None
        code = pkg.unit_code
        unit = expected.get(code)
        if unit is None:
            it.outcome = Outcome.REFUSED
            it.message = _(
                "Đơn vị mã {code} ({name}) không thuộc {prov} và chưa được thành phố thêm vào danh sách."
            ).format(code=code, name=pkg.unit_name, prov=directory.province(province).name)
            continue
        pc = pkg.manifest["unit"].get("province_code")
        if unit.source == "directory" and pc is not None and pc != province and province != directory.NATIONAL_CODE:
            it.outcome = Outcome.REFUSED
            it.message = _("Tệp ghi đơn vị thuộc tỉnh, thành phố mã {pc}, không phải {prov}.").format(
                pc=pc, prov=directory.province(province).name
            )
            continue
        trusted_key, trusted_fp, new_in_batch, epoch = keys[code]
        it.key_epoch = epoch
        if trusted_key is not None and trusted_key != pkg.public_key:
            it.outcome = Outcome.REFUSED
            it.message = _(
                "Khóa ký khác khóa đã tin cậy của đơn vị (đã tin: {a}; tệp: {b}). Nếu đơn vị đã cài lại "
                "máy, hãy đối chiếu qua điện thoại rồi chạy: khcds city trust {code} --reset"
            ).format(a=trusted_fp, b=pkg.fingerprint, code=code)
            continue
        if trusted_key is None and trusted_fp is not None and trusted_fp != pkg.fingerprint:
            it.outcome = Outcome.REFUSED
            it.message = _("Dấu vân tay khóa ({b}) khác dấu vân tay đơn vị đã báo ({a}).").format(
                a=trusted_fp, b=pkg.fingerprint
            )
            continue
        if trusted_key is None:
            it.new_key = trusted_fp is None
        elif new_in_batch:
            it.new_key = True  # the same untrusted key as an earlier file of this batch
        rkey = (code, pkg.year, pkg.plan_key, epoch, pkg.revision)
        if rkey in rejected:
            it.outcome = Outcome.REFUSED
            it.message = _("lần gửi {r} đã bị thành phố loại ra ({why}); hãy xin đơn vị xuất lại (lần gửi mới)").format(
                r=pkg.revision, why=rejected[rkey][:200]
            )
            continue
        before = current.get((code, pkg.year, pkg.plan_key))
        if before is None:
            it.outcome = Outcome.NEW
        elif epoch > before[0]:
            it.outcome = Outcome.NEWER  # the first package under a reset trust replaces the old key's
            it.message = _("thay lần gửi {r} (ký bằng khóa cũ)").format(r=before[1])
        elif pkg.revision > before[1]:
            it.outcome = Outcome.NEWER
            it.message = _("thay lần gửi {r}").format(r=before[1])
        elif pkg.revision < before[1]:
            it.outcome = Outcome.STALE
            it.message = _("đã có lần gửi {r} mới hơn").format(r=before[1])
        elif pkg.data_sha256 == before[2]:
            it.outcome = Outcome.SAME
        else:
            it.outcome = Outcome.CONFLICT
            it.message = _(
                "cùng lần gửi {r} nhưng nội dung khác bản đã nhận; hãy xin đơn vị xuất lại (lần gửi mới)"
            ).format(r=pkg.revision)
        if it.outcome.applies:
            current[(code, pkg.year, pkg.plan_key)] = (epoch, pkg.revision, pkg.data_sha256)
            keys[code] = (pkg.public_key, pkg.fingerprint, it.new_key, epoch)
            if it.new_key:
                it.warnings.append(
                    _("khóa mới của đơn vị, dấu vân tay {fp}: hãy đối chiếu với đơn vị qua điện thoại").format(
                        fp=pkg.fingerprint
                    )
                )
            it.warnings += it.notes
    return items


def _warnings(pkg: Package) -> list[str]:
    out: list[str] = []
    state = pkg.data["plan"]["state"]
    if state == "draft":
        out.append(_("kế hoạch còn là dự thảo"))
    below = 0
    for g in pkg.data["targets"]:
        if g["value"] is not None and g["city_value"] is not None:
            v, c = Decimal(g["value"]), Decimal(g["city_value"])
            if (g["direction"] == "at_most" and v > c) or (g["direction"] != "at_most" and v < c):
                below += 1
    if below:
        out.append(_("{n} chỉ tiêu đặt thấp hơn mức thành phố giao").format(n=below))
    return out


# -- applying ------------------------------------------------------------------------
#: Files written per transaction: each file in its own savepoint (a bad file is rolled back
#: alone), the batch committed together, so one ``fsync`` serves many files. A crash or a
#: kill loses at most the open batch, which the next import of the same files writes again.
BATCH_FILES = 64
#: ... and never more than this long or this much data in one open transaction, so that a
#: slow machine (or a colleague waiting on the shared store) is held for at most about a second.
BATCH_SECONDS = 1.0
BATCH_BYTES = 32 << 20
#: SQLite's write-ahead log may grow to this many pages (4 KB) while a batch is written
WAL_PAGES_PER_BATCH = 8192


def apply(
    store: Any,
    items: list[PreviewItem],
    *,
    confirm_new_keys: bool = True,
    skip: set[Path] | None = None,
    progress: Progress | None = None,
) -> list[PreviewItem]:
    """Write every accepted item, each whole or not at all; returns the applied ones.

    Files are written in batches (``BATCH_FILES``): one transaction per batch, a
    savepoint per file, so that a file refused while it is written is rolled back
    alone and the others of its batch are kept.
    ``confirm_new_keys`` False leaves out the first package of a unit whose key is
    new (the window asks the user to confirm each fingerprint first).
    ``progress(done, total, path)`` is called before each file; raising there stops
    the import between two files (those written stay written, marked ``applied``).
    """
    if any(it.outcome.applies for it in items):
        from desktop.store.backup import backup_before_import

        backup_before_import(store)
    done: list[PreviewItem] = []
    todo = sorted(
        (i for i in items if i.outcome.applies and i.package), key=lambda i: (i.unit_code, i.year, i.revision)
    )
    batch = _Batch(store)
    try:
        for n, it in enumerate(todo):
            if progress is not None:
                progress(n, len(todo), it.path)
            if skip and it.path in skip:
                continue
            if it.new_key and not confirm_new_keys:
                continue
            try:
                pkg = read_package(it.path, previewed=it.package)  # checked in the preview: verified, not re-validated
                if (
                    it.package is None
                    or pkg.data_sha256 != it.package.data_sha256
                    or pkg.public_key != it.package.public_key
                    or pkg.revision != it.package.revision
                ):
                    raise PackageError(_("Tệp đã thay đổi sau khi xem trước; hãy nhập lại."))
            except PackageError as e:
                it.outcome = Outcome.REFUSED
                it.message = str(e)
                continue
            except Exception as e:  # noqa: BLE001 - one file's failure never stops the others
                log.exception("reading %s", it.path)
                it.outcome = Outcome.REFUSED
                it.message = unexpected_message(e)
                continue
            batch.write(it, pkg)
            if batch.full:
                done += batch.commit()
    finally:
        # also when the progress callback stopped the import: the files written so far are kept
        done += batch.commit()
    return done


class _Batch:
    """Files written in one open transaction, each in its own savepoint, not yet committed."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.session: Session | None = None
        self.written: list[tuple[PreviewItem, Package, bool]] = []
        self.committed: list[PreviewItem] = []  # written file by file after a failed batch
        self.started = 0.0
        self.bytes = 0

    @property
    def full(self) -> bool:
        return (
            len(self.written) >= BATCH_FILES
            or self.bytes >= BATCH_BYTES
            or time.monotonic() - self.started >= BATCH_SECONDS
        )

    def _open(self) -> Session:
        s: Session = self.store.session()
        if self.store.is_sqlite:
            # Python's sqlite3 begins a transaction only before its first INSERT/UPDATE/DELETE, so a
            # SAVEPOINT before it would open (and its RELEASE commit) a transaction of its own: begin
            # one here, taking the write lock now (waiting up to busy_timeout for another writer).
            try:
                con = s.connection()
                # Each file's data is stored twice (receipt and submission, ~0.4 MB for a 50-task
                # plan): at the default of 1,000 pages a checkpoint (an fsync of the database)
                # would come every ten files. Checkpoint after the batch instead; commits keep
                # their fsync (synchronous=FULL), so what is committed stays durable.
                con.exec_driver_sql(f"PRAGMA wal_autocheckpoint={WAL_PAGES_PER_BATCH}")
                con.exec_driver_sql("BEGIN IMMEDIATE")
            except BaseException:
                self._close(s)
                raise
        self.started = time.monotonic()
        return s

    def write(self, it: PreviewItem, pkg: Package) -> None:
        """Write one file in a savepoint; a file refused here is rolled back alone."""
        try:
            if self.session is None:
                self.session = self._open()
            s = self.session
            with s.begin_nested():
                written = _write_one(s, it, pkg)
        except PackageError as e:
            it.outcome = Outcome.REFUSED
            it.message = str(e)
            return
        except (OperationalError, DBAPIError, StoreError) as e:
            # the database itself (locked, full, a concurrent writer): the batch cannot go on;
            # what it holds is written again file by file, each in its own transaction
            log.warning("batch write failed at %s: %s", it.path, e)
            self._redo_alone([*((w[0], w[1]) for w in self.written), (it, pkg)])
            return
        except Exception as e:  # noqa: BLE001 - one file's failure never stops the others
            log.exception("applying %s", it.path)
            it.outcome = Outcome.REFUSED
            it.message = unexpected_message(e)
            return
        self.bytes += len(pkg.data_bytes)
        pkg.data = {}  # written to the open transaction: keep memory flat over thousands of files
        pkg.data_bytes = b""
        self.written.append((it, pkg, written))

    def commit(self) -> list[PreviewItem]:
        """Commit the open batch; returns its applied items."""
        s, written = self.session, self.written
        self.session, self.written, self.bytes = None, [], 0
        if s is not None:
            try:
                s.commit()
            except (OperationalError, DBAPIError) as e:
                log.warning("batch commit failed: %s", e)
                s.rollback()
                self._close(s)
                self._redo_alone([(it, pkg) for it, pkg, _w in written])
                written = []
            except BaseException:
                s.rollback()
                raise
            finally:
                self._close(s)
        done, self.committed = self.committed, []
        for it, pkg, ok in written:
            it.package = pkg
            if not ok:  # another import (a colleague, at the same moment) wrote it or a newer one first
                it.outcome = Outcome.SAME
                it.message = _("đã được một lần nhập khác ghi trước")
                continue
            it.applied = True
            done.append(it)
        return done

    def _close(self, s: Session) -> None:
        """Give the connection back as it was lent (SQLite's default checkpoint interval)."""
        try:
            if self.store.is_sqlite and s.is_active:
                s.connection().exec_driver_sql("PRAGMA wal_autocheckpoint=1000")
                s.commit()
        except (OperationalError, DBAPIError):
            log.warning("resetting the checkpoint interval failed", exc_info=True)
        finally:
            s.close()

    def _redo_alone(self, items: list[tuple[PreviewItem, Package]]) -> None:
        """The old way, one transaction per file (the batch was rolled back): read again, write."""
        if self.session is not None:
            self.session.rollback()
            self._close(self.session)
            self.session = None
        self.written, self.bytes = [], 0
        for it, _pkg in items:
            try:
                pkg = read_package(it.path, previewed=it.package)
                if it.package is None or pkg.data_sha256 != it.package.data_sha256:
                    raise PackageError(_("Tệp đã thay đổi sau khi xem trước; hãy nhập lại."))
                written = _apply_with_retry(self.store, it, pkg)
            except (PackageError, StoreError) as e:
                it.outcome = Outcome.REFUSED
                it.message = str(e)
                continue
            except Exception as e:  # noqa: BLE001 - one file's failure never stops the others
                log.exception("applying %s", it.path)
                it.outcome = Outcome.REFUSED
                it.message = unexpected_message(e)
                continue
            pkg.data = {}
            pkg.data_bytes = b""
            it.package = pkg
            if written:
                it.applied = True
                self.committed.append(it)
            else:
                it.outcome = Outcome.SAME
                it.message = _("đã được một lần nhập khác ghi trước")


def _apply_with_retry(store: Any, it: PreviewItem, pkg: Package, attempts: int = 8) -> bool:
    """Apply one file in its own transaction; when another import (a colleague on the shared
    store) wrote the same unit at the same moment, try again: it then finds that write and does
    no harm. False when the file was not written (it, or a newer one, already was)."""
    for attempt in range(attempts):
        try:
            return _apply_one(store, it, pkg)
        except StoreError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    return False


def _apply_one(store: Any, it: PreviewItem, pkg: Package) -> bool:
    with store.transaction() as s:
        return _write_one(s, it, pkg)


def _write_one(s: Session, it: PreviewItem, pkg: Package) -> bool:
    """Write one verified file in the open transaction ``s``; False when it (or a newer
    one) is already there."""
    now = utcnow()
    # the unit's row is locked for the transaction: concurrent imports of one unit take turns
    unit = s.scalar(select(CityUnit).where(CityUnit.code == pkg.unit_code).with_for_update())
    assert unit is not None
    from desktop.store.audit import append_entry

    epoch = unit.key_epoch or 0
    if epoch != it.key_epoch:  # the trust was reset since the preview
        raise PackageError(_("Khóa tin cậy của đơn vị đã thay đổi sau khi xem trước; hãy nhập lại."))
    if unit.public_key is None:
        unit.public_key = pkg.public_key
        unit.key_fingerprint = pkg.fingerprint
        unit.trusted_at = now
        append_entry(s, unit, "trust", field="public_key", new=pkg.fingerprint, reason=_("khóa của gói đầu tiên"))
    elif unit.public_key != pkg.public_key:  # changed since the preview
        raise PackageError(_("Khóa ký khác khóa đã tin cậy của đơn vị."))
    old = s.scalar(
        select(CitySubmission).where(
            CitySubmission.unit_code == pkg.unit_code,
            CitySubmission.year == pkg.year,
            CitySubmission.plan_key == pkg.plan_key,
        )
    )
    first_created = pkg.created_at
    if old is not None:
        if ((old.key_epoch or 0), old.revision) >= (epoch, pkg.revision):  # changed since the preview
            return False
        first_created = min(old.first_created_at, pkg.created_at) if (old.key_epoch or 0) == epoch else pkg.created_at
        s.execute(delete(CityTask).where(CityTask.submission_id == old.id))
        s.execute(delete(CityTarget).where(CityTarget.submission_id == old.id))
        s.delete(old)
        s.flush()
    d = pkg.data
    sub = CitySubmission(
        unit_code=pkg.unit_code,
        year=pkg.year,
        revision=pkg.revision,
        unit_name=pkg.unit_name,
        plan_key=pkg.plan_key,
        kind=str(pkg.plan["kind"]),
        issuer=str(pkg.plan["issuer"]),
        plan_title=str(pkg.plan.get("title") or d["plan"]["subject"])[:1000],
        plan_start=dt.date.fromisoformat(pkg.plan["start"]) if pkg.plan.get("start") else None,
        plan_end=dt.date.fromisoformat(pkg.plan["end"]) if pkg.plan.get("end") else None,
        report_rules=list(d["plan"].get("report_rules") or []),
        level=d["unit"]["level"],
        template_key=d["plan"]["template_id"],
        template_version=d["plan"]["template_version"],
        plan_state=d["plan"]["state"],
        program_version=str(pkg.manifest["program_version"]),
        created_at=pkg.created_at,
        first_created_at=first_created,
        received_at=now,
        file_name=pkg.path.name,
        file_sha256=pkg.file_sha256,
        data_sha256=pkg.data_sha256,
        key_fingerprint=pkg.fingerprint,
        data=pkg.data_bytes.decode("utf-8"),
        key_epoch=epoch,
    )
    receipt = CityReceipt(
        unit_code=pkg.unit_code,
        year=pkg.year,
        plan_key=pkg.plan_key,
        revision=pkg.revision,
        outcome=it.outcome.value,
        created_at=pkg.created_at,
        received_at=now,
        file_name=pkg.path.name,
        data_sha256=pkg.data_sha256,
        key_epoch=epoch,
        file_sha256=pkg.file_sha256,
        key_fingerprint=pkg.fingerprint,
        data=sub.data,
    )
    s.add(receipt)
    s.flush()
    # the city's own clock decides "on time": the first accepted package under this trust
    sub.first_received_at = (
        s.scalar(
            select(func.min(CityReceipt.received_at)).where(
                CityReceipt.unit_code == pkg.unit_code,
                CityReceipt.year == pkg.year,
                CityReceipt.plan_key == pkg.plan_key,
                CityReceipt.key_epoch == epoch,
                CityReceipt.rejected_at.is_(None),
            )
        )
        or now
    )
    s.add(sub)
    s.flush()
    task_rows, target_rows = normalised_rows(pkg, sub.id)
    if task_rows:
        s.execute(insert(CityTask), task_rows)
    if target_rows:
        s.execute(insert(CityTarget), target_rows)
    receive_assessments(s, pkg)
    append_entry(s, receipt, "accept", new=pkg.data_sha256)
    return True


def evidence_hashes(pkg: Package) -> dict[str, str]:
    """The evidence files a package carries: the hash in each file's name -> the hash of its bytes
    (the signed manifest's, which the reader checked against the bytes)."""
    parts = pkg.manifest.get("parts") or {}
    out: dict[str, str] = {}
    for name in pkg.evidence_parts:
        info = parts.get(name) or {}
        out[name[len("evidence/") :][:64]] = str(info.get("sha256", ""))
    return out


def receive_assessments(s: Session, pkg: Package, *, check_only: bool = False) -> None:
    """The unit's self-assessments in a package: recomputed, evidence checked, then kept (or only
    checked, for the preview); a score or an evidence file that does not hold refuses the package."""
    from desktop.errors import UserError
    from desktop.services import city_scoring

    files = evidence_hashes(pkg)
    for payload in pkg.data.get("assessments") or []:
        try:
            if check_only:
                city_scoring.check(s, payload, files)
            else:
                city_scoring.receive(s, pkg.unit_code, pkg.unit_name, pkg.revision, payload, files)
        except UserError as e:
            raise PackageError(
                _("Bản tự chấm điểm {period}: {why}").format(period=str(payload.get("period", ""))[:16], why=e.message)
            ) from None


def normalised_rows(pkg: Package, submission_id: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    d = pkg.data
    code, year, level = pkg.unit_code, pkg.year, d["unit"]["level"]
    tasks = []
    for t in d["tasks"]:
        if not t["adopted"]:
            continue
        finish = Period.parse(t["finish"]).end if t["finish"] else None
        tasks.append(
            {
                "submission_id": submission_id,
                "unit_code": code,
                "year": year,
                "template_ref": t["template_ref"],
                "pillar": t["pillar"],
                "content": t["content"],
                "status": t["status"],
                "percent": t["percent"],
                "finish_end": finish,
                "flagged": t["flag"] is not None,
            }
        )
    targets = []
    for g in d["targets"]:
        latest = None
        for m in g["measurements"]:
            p = Period.parse(m["period"])
            if latest is None or (p.end, p.start) > (latest[0].end, latest[0].start):
                latest = (p, Decimal(m["value"]))
        lv = latest[1] if latest else None
        goal = g["city_value"] if g["city_value"] is not None else g["value"]
        met = None
        if lv is not None and goal is not None:
            goal_d = Decimal(goal)
            if g["direction"] == "range":
                hi = g.get("city_value_max") if g["city_value"] is not None else g.get("value_max")
                met = goal_d <= lv <= (Decimal(hi) if hi is not None else goal_d)
            else:
                met = (
                    lv <= goal_d
                    if g["direction"] == "at_most"
                    else (lv == goal_d if g["direction"] == "exact" else lv >= goal_d)
                )
        targets.append(
            {
                "submission_id": submission_id,
                "unit_code": code,
                "year": year,
                "level": level,
                "target_key": g["template_ref"] or ("own:" + g["text"])[:300],
                "text": g["text"],
                "unit": g["unit"],
                "direction": g["direction"],
                "city_value": Decimal(g["city_value"]) if g["city_value"] is not None else None,
                "value": Decimal(g["value"]) if g["value"] is not None else None,
                "latest_value": lv,
                "latest_num": float(lv) if lv is not None else None,
                "latest_period": latest[0].code if latest else None,
                "met": met,
            }
        )
    return tasks, targets


def import_paths(store: Any, paths: list[Path], *, dry_run: bool = False) -> list[PreviewItem]:
    items = preview(store, paths)
    if not dry_run:
        apply(store, items)
    return items


# -- deadline and status ---------------------------------------------------------------
def deadline(store: Any, year: int) -> dt.date:
    """The year report's deadline: set by the city, else its province's template, else 31/12."""
    with store.session() as s:
        province = require_city(s)
        own = usvc.get_setting(s, f"deadline:{year}")
    if own:
        return dt.date.fromisoformat(own)
    from desktop.services import templates as tsvc

    return tsvc.province_report_deadline(province, year) or dt.date(year, 12, 31)


def set_deadline(store: Any, year: int, day: dt.date) -> None:
    with store.transaction() as s:
        require_city(s)
        usvc.set_setting(s, f"deadline:{year}", day.isoformat())


class SubmissionStatus(str, enum.Enum):
    ON_TIME = "on_time"
    LATE = "late"
    MISSING = "missing"

    @property
    def label(self) -> str:
        return {"on_time": N_("Đúng hạn"), "late": N_("Muộn"), "missing": N_("Chưa gửi")}[self.value]

    @property
    def display(self) -> str:
        """The label in the user's language (documents keep the Vietnamese ``label``)."""
        return _(self.label)


PLAN_KINDS = ("hang_nam", "trien_khai", "chien_dich")


def _kind_filter(kind: str | None) -> Any:
    """The submissions a consolidation covers: of one plan kind, or (None) the year's annual
    UBND plans, as before units had several plans a year."""
    if kind is None:
        return CitySubmission.plan_key == ""
    if kind not in PLAN_KINDS:
        raise UserError(_("Loại kế hoạch không hợp lệ: {k} (chọn {all}).").format(k=kind, all=", ".join(PLAN_KINDS)))
    return CitySubmission.kind == kind


@dataclass(frozen=True)
class UnitStatus:
    code: str
    name: str
    status: SubmissionStatus
    overdue: bool  # missing and the deadline has passed
    revision: int | None
    sent_at: dt.datetime | None  # when the city first received an accepted package (its own clock)
    last_at: dt.datetime | None  # the latest package's time
    received_at: dt.datetime | None
    plan_state: str | None
    tasks: int
    done: int
    late_tasks: int
    mean_percent: float | None
    key_fingerprint: str | None
    kind: str | None = None  # the plan's kind (None: nothing sent)
    plan_title: str | None = None
    last_due: dt.date | None = None  # the plan's latest report due by ``as_of`` (its own rhythm)
    last_due_label: str | None = None
    next_due: dt.date | None = None  # its next report due
    next_due_label: str | None = None
    behind: bool = False  # the latest package was made before the period of the report now due ended

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "status": self.status.value,
            "kind": self.kind,
            "plan_title": self.plan_title,
            "behind": self.behind,
            "last_due": self.last_due.isoformat() if self.last_due else None,
            "last_due_label": self.last_due_label,
            "next_due": self.next_due.isoformat() if self.next_due else None,
            "next_due_label": self.next_due_label,
            "status_label": self.status.label,
            "overdue": self.overdue,
            "revision": self.revision,
            "sent_at": _iso(self.sent_at),
            "last_at": _iso(self.last_at),
            "received_at": _iso(self.received_at),
            "plan_state": self.plan_state,
            "tasks": self.tasks,
            "done": self.done,
            "late_tasks": self.late_tasks,
            "mean_percent": None if self.mean_percent is None else round(self.mean_percent, 1),
            "key_fingerprint": self.key_fingerprint,
        }


def _iso(t: dt.datetime | None) -> str | None:
    return t.isoformat() + "Z" if t else None


@dataclass(frozen=True)
class StatusReport:
    year: int
    province_code: int
    province_name: str
    deadline: dt.date
    as_of: dt.date
    units: list[UnitStatus]
    kind: str | None = None

    def counts(self) -> dict[SubmissionStatus, int]:
        c = {s: 0 for s in SubmissionStatus}
        for u in self.units:
            c[u.status] += 1
        return c

    def as_dict(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "province_code": self.province_code,
            "province": self.province_name,
            "kind": self.kind,
            "deadline": self.deadline.isoformat(),
            "as_of": self.as_of.isoformat(),
            "counts": {k.value: v for k, v in self.counts().items()},
            "units": [u.as_dict() for u in self.units],
        }


def _late_expr(today: dt.date) -> Any:
    return case(
        (CityTask.status == TaskStatus.LATE.value, 1),
        (
            (CityTask.status.notin_([TaskStatus.DONE.value, TaskStatus.CANCELLED.value]))
            & (CityTask.finish_end.is_not(None))
            & (CityTask.finish_end < today),
            1,
        ),
        else_=0,
    )


def _rhythm(
    rules: list[str], start: dt.date, end: dt.date, year_due: dt.date, today: dt.date, last_package: dt.datetime | None
) -> dict[str, Any]:
    """The plan's reports by its own rhythm as of ``today``: the latest due and the next one, and
    whether the latest package came before the period of the latest due report had ended."""
    from desktop.models.period import ReportRule

    parsed = []
    for r in rules:
        try:
            parsed.append(ReportRule.parse(r))
        except ValueError:
            continue
    if not parsed:  # the standing rhythm of an annual plan: quarterly, and the year's report
        parsed = [ReportRule.parse("quarter next:10"), ReportRule.parse(f"year date:{year_due:%m-%d}")]
    schedule = sorted(
        ((rule.due(p), p) for rule in parsed for p in rule.periods(start, end)), key=lambda x: (x[0], x[1].start)
    )
    past = [x for x in schedule if x[0] <= today]
    coming = [x for x in schedule if x[0] > today]
    out: dict[str, Any] = {}
    if past:
        d, p = past[-1]
        out.update(last_due=d, last_due_label=p.label(), behind=last_package is None or last_package.date() < p.end)
    if coming:
        d, p = coming[0]
        out.update(next_due=d, next_due_label=p.label())
    return out


def status(store: Any, year: int, today: dt.date | None = None, kind: str | None = None) -> StatusReport:
    """Every expected unit's submission for ``year`` against the deadline: of its annual UBND
    plan, or (``kind``) of each of its plans of that kind (a unit without one is missing)."""
    today = today or dt.date.today()
    due = deadline(store, year)
    which = _kind_filter(kind)
    with store.session() as s:
        province = require_city(s)
        per_sub = {
            sid: (n, done, late, mean)
            for sid, n, done, late, mean in s.execute(
                select(
                    CityTask.submission_id,
                    func.count(),
                    func.sum(case((CityTask.status == TaskStatus.DONE.value, 1), else_=0)),
                    func.sum(_late_expr(today)),
                    func.avg(case((CityTask.status != TaskStatus.CANCELLED.value, CityTask.percent))),
                )
                .join(CitySubmission, CitySubmission.id == CityTask.submission_id)
                .where(CityTask.year == year, which)
                .group_by(CityTask.submission_id)
            )
        }
        rows = s.execute(
            select(
                CityUnit.code,
                CityUnit.name,
                CityUnit.key_fingerprint,
                CitySubmission.revision,
                func.coalesce(CitySubmission.first_received_at, CitySubmission.received_at),
                CitySubmission.created_at,
                CitySubmission.received_at,
                CitySubmission.plan_state,
                CitySubmission.id,
                CitySubmission.kind,
                CitySubmission.plan_title,
                CitySubmission.plan_start,
                CitySubmission.plan_end,
                CitySubmission.report_rules,
            ).outerjoin(
                CitySubmission, (CitySubmission.unit_code == CityUnit.code) & (CitySubmission.year == year) & which
            )
        ).all()
    out = []
    for code, name, fp, rev, first, last, received, state, sid, skind, title, pstart, pend, rules in rows:
        if rev is None:
            st = SubmissionStatus.MISSING
        elif first.date() <= due:
            st = SubmissionStatus.ON_TIME
        else:
            st = SubmissionStatus.LATE
        n, done, late, mean = per_sub.get(sid, (0, 0, 0, None))
        rhythm: dict[str, Any] = {}
        if rev is not None:
            rhythm = _rhythm(
                rules or [], pstart or dt.date(year, 1, 1), pend or dt.date(year, 12, 31), due, today, last
            )
        out.append(
            UnitStatus(
                code,
                name,
                st,
                st is SubmissionStatus.MISSING and today > due,
                rev,
                first,
                last,
                received,
                state,
                n or 0,
                int(done or 0),
                int(late or 0),
                float(mean) if mean is not None else None,
                fp,
                skind,
                title,
                **rhythm,
            )
        )
    from desktop.vn import sort_key

    out.sort(key=lambda u: ({"missing": 0, "late": 1, "on_time": 2}[u.status.value], sort_key(u.name)))
    return StatusReport(year, province, directory.province(province).name, due, today, out, kind)


# -- aggregates ---------------------------------------------------------------------------
@dataclass(frozen=True)
class TargetAggregate:
    key: str
    text: str
    level: str
    unit: str
    direction: str
    city_value: Decimal | None
    units: int  # units holding the target
    measured: int  # units that measured it
    met: int
    average: float | None
    lowest: Decimal | None
    highest: Decimal | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "text": self.text,
            "level": self.level,
            "unit": self.unit,
            "direction": self.direction,
            "city_value": None if self.city_value is None else str(self.city_value),
            "units": self.units,
            "measured": self.measured,
            "met": self.met,
            "average": None if self.average is None else round(self.average, 2),
            "lowest": None if self.lowest is None else str(self.lowest),
            "highest": None if self.highest is None else str(self.highest),
        }


def target_aggregates(store: Any, year: int, kind: str | None = None) -> list[TargetAggregate]:
    """Per target and level: how many units meet it, average, lowest and highest measured value
    (over the year's annual UBND plans, or the plans of ``kind``)."""
    which = _kind_filter(kind)
    with store.session() as s:
        require_city(s)
        rows = s.execute(
            select(
                CityTarget.target_key,
                CityTarget.level,
                func.min(CityTarget.text),
                func.min(CityTarget.unit),
                func.min(CityTarget.direction),
                func.count(),
                func.count(CityTarget.latest_num),
                func.sum(case((CityTarget.met.is_(True), 1), else_=0)),
                func.avg(CityTarget.latest_num),
                func.min(CityTarget.latest_num),
                func.max(CityTarget.latest_num),
                func.min(CityTarget.id),
            )
            .join(CitySubmission, CitySubmission.id == CityTarget.submission_id)
            .where(CityTarget.year == year, which)
            .group_by(CityTarget.target_key, CityTarget.level)
            .order_by(func.min(CityTarget.id))
        ).all()
        # exact Decimal lowest/highest and the city value, from the rows themselves
        exact: dict[tuple[str, str], list[Any]] = defaultdict(list)
        for key, level, lv, cv in s.execute(
            select(CityTarget.target_key, CityTarget.level, CityTarget.latest_value, CityTarget.city_value)
            .join(CitySubmission, CitySubmission.id == CityTarget.submission_id)
            .where(CityTarget.year == year, which)
        ):
            exact[(key, level)].append((lv, cv))
    out = []
    for key, level, text, unit, direction, n, measured, met, avg, _lo, _hi, _first in rows:
        vals = [v for v, _c in exact[(key, level)] if v is not None]
        cvs = [c for _v, c in exact[(key, level)] if c is not None]
        city_value = max(set(cvs), key=cvs.count) if cvs else None
        out.append(
            TargetAggregate(
                key,
                text,
                level,
                unit,
                direction,
                city_value,
                n,
                measured,
                int(met or 0),
                float(avg) if avg is not None else None,
                min(vals) if vals else None,
                max(vals) if vals else None,
            )
        )
    return out


@dataclass(frozen=True)
class PillarAggregate:
    pillar: str
    tasks: int
    by_status: dict[TaskStatus, int]
    mean_percent: float | None
    units: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "pillar": self.pillar,
            "tasks": self.tasks,
            "units": self.units,
            "by_status": {k.value: v for k, v in self.by_status.items()},
            "mean_percent": None if self.mean_percent is None else round(self.mean_percent, 1),
        }


def task_aggregates(
    store: Any, year: int, today: dt.date | None = None, kind: str | None = None
) -> list[PillarAggregate]:
    """Per pillar: tasks by status (late counted as of ``today``), mean percent, units (over the
    year's annual UBND plans, or the plans of ``kind``)."""
    today = today or dt.date.today()
    which = _kind_filter(kind)
    eff = case(
        (_late_expr(today) == 1, TaskStatus.LATE.value),
        else_=CityTask.status,
    )
    with store.session() as s:
        require_city(s)
        rows = s.execute(
            select(CityTask.pillar, eff, func.count())
            .join(CitySubmission, CitySubmission.id == CityTask.submission_id)
            .where(CityTask.year == year, which)
            .group_by(CityTask.pillar, eff)
        ).all()
        extra = {
            p: (mean, n)
            for p, mean, n in s.execute(
                select(
                    CityTask.pillar,
                    func.avg(case((CityTask.status != TaskStatus.CANCELLED.value, CityTask.percent))),
                    func.count(func.distinct(CityTask.unit_code)),
                )
                .join(CitySubmission, CitySubmission.id == CityTask.submission_id)
                .where(CityTask.year == year, which)
                .group_by(CityTask.pillar)
            )
        }
    by: dict[str, dict[TaskStatus, int]] = defaultdict(lambda: {st: 0 for st in TaskStatus})
    for pillar, st, n in rows:
        by[pillar][TaskStatus(st)] += n
    from desktop.vn import sort_key

    out = []
    for pillar in sorted(by, key=sort_key):
        mean, nunits = extra.get(pillar, (None, 0))
        out.append(
            PillarAggregate(
                pillar, sum(by[pillar].values()), by[pillar], float(mean) if mean is not None else None, nunits
            )
        )
    return out


# -- drill-down -----------------------------------------------------------------------------
@dataclass
class UnitDetail:
    code: str
    name: str
    key_fingerprint: str | None
    submission: dict[str, Any] | None  # revision, times, file, template
    data: dict[str, Any] | None  # the plan as the unit sent it
    history: list[dict[str, Any]]


def unit_detail(store: Any, code: str, year: int) -> UnitDetail:
    with store.session() as s:
        require_city(s)
        u = s.scalar(select(CityUnit).where(CityUnit.code == code))
        if u is None:
            raise UserError(_("Không có đơn vị mã {code} trong danh sách của thành phố.").format(code=code))
        sub = s.scalar(
            select(CitySubmission).where(
                CitySubmission.unit_code == code, CitySubmission.year == year, CitySubmission.plan_key == ""
            )
        )
        hist = [
            {
                "year": r.year,
                "revision": r.revision,
                "plan_key": r.plan_key,
                "outcome": "rejected" if r.rejected_at else r.outcome,
                "created_at": r.created_at,
                "received_at": r.received_at,
                "file_name": r.file_name,
                "key_epoch": r.key_epoch,
                "key_fingerprint": r.key_fingerprint,
                "data_sha256": r.data_sha256,
                "current": sub is not None
                and r.year == year
                and r.rejected_at is None
                and r.plan_key == sub.plan_key
                and r.revision == sub.revision
                and (r.key_epoch or 0) == (sub.key_epoch or 0),
                "rejected_at": r.rejected_at,
                "reject_reason": r.reject_reason,
            }
            for r in s.scalars(
                select(CityReceipt)
                .where(CityReceipt.unit_code == code)
                .order_by(CityReceipt.year, CityReceipt.key_epoch, CityReceipt.revision, CityReceipt.id)
            )
        ]
        info = None
        data = None
        if sub is not None:
            info = {
                "revision": sub.revision,
                "created_at": sub.created_at,
                "received_at": sub.received_at,
                "first_created_at": sub.first_created_at,
                "file_name": sub.file_name,
                "template": f"{sub.template_key} v{sub.template_version}",
                "plan_state": sub.plan_state,
                "data_sha256": sub.data_sha256,
            }
            data = json.loads(sub.data)
        return UnitDetail(u.code, u.name, u.key_fingerprint, info, data, hist)


def submitted_years(store: Any) -> list[int]:
    with store.session() as s:
        require_city(s)
        return sorted(set(s.scalars(select(CitySubmission.year).distinct())))


# -- history: revisions kept, one set aside ---------------------------------------------------
def revision_data(store: Any, code: str, year: int, revision: int) -> dict[str, Any]:
    """The plan exactly as a unit sent it in one accepted revision (current or earlier)."""
    with store.session() as s:
        require_city(s)
        r = _find_receipt(s, code, year, revision)
        if r.data is None:
            raise UserError(
                _(
                    "Lần gửi {r} của đơn vị {code} được nhận trước khi thành phố lưu từng lần gửi; không còn nội dung."
                ).format(r=revision, code=code)
            )
        data: dict[str, Any] = json.loads(r.data)
        return data


def _find_receipt(s: Session, code: str, year: int | None, revision: int) -> CityReceipt:
    q = select(CityReceipt).where(CityReceipt.unit_code == code, CityReceipt.revision == revision)
    if year is not None:
        q = q.where(CityReceipt.year == year)
    rows = list(s.scalars(q.order_by(CityReceipt.key_epoch.desc(), CityReceipt.id.desc())))
    if not rows:
        raise UserError(_("Thành phố chưa nhận lần gửi {r} của đơn vị {code}.").format(r=revision, code=code))
    if len({r.year for r in rows}) > 1:
        raise UserError(
            _("Đơn vị {code} có lần gửi {r} ở nhiều năm ({years}); hãy thêm --year.").format(
                code=code, r=revision, years=", ".join(str(y) for y in sorted({r.year for r in rows}))
            )
        )
    return rows[0]


def reject(
    store: Any, code: str, revision: int, reason: str, year: int | None = None
) -> tuple[CityReceipt, int | None]:
    """Set one accepted revision aside (recorded in the audit trail with the reason).

    When it was the current one, the newest revision still standing takes its
    place (or the unit shows as not sent). Returns the receipt and the revision
    now current.
    """
    from desktop.store.audit import append_entry

    reason = clean_text(reason or "").strip()
    if not reason:
        raise UserError(_("Hãy ghi lý do loại lần gửi (--reason)."))
    with store.transaction() as s:
        require_city(s)
        r = _find_receipt(s, code, year, revision)
        if r.rejected_at is not None:
            raise UserError(_("Lần gửi {r} của đơn vị {code} đã được loại ra trước đó.").format(r=revision, code=code))
        r.rejected_at = utcnow()
        r.reject_reason = reason[:1000]
        s.flush()
        append_entry(s, r, "reject", field="revision", old=r.revision, reason=r.reject_reason)
        now = _make_current(s, r.unit_code, r.year, r.plan_key)
    return r, now


def _make_current(s: Session, code: str, year: int, plan_key: str = "") -> int | None:
    """Rebuild the unit's current submission of a plan for ``year`` from its newest revision still standing."""
    old = s.scalar(
        select(CitySubmission).where(
            CitySubmission.unit_code == code, CitySubmission.year == year, CitySubmission.plan_key == plan_key
        )
    )
    best = s.scalar(
        select(CityReceipt)
        .where(
            CityReceipt.unit_code == code,
            CityReceipt.year == year,
            CityReceipt.plan_key == plan_key,
            CityReceipt.rejected_at.is_(None),
            CityReceipt.data.is_not(None),
        )
        .order_by(CityReceipt.key_epoch.desc(), CityReceipt.revision.desc(), CityReceipt.id.desc())
        .limit(1)
    )
    identity: dict[str, Any] = {}
    if old is not None:
        if best is not None and (old.key_epoch or 0, old.revision, old.data_sha256) == (
            best.key_epoch or 0,
            best.revision,
            best.data_sha256,
        ):
            return old.revision
        identity = {
            "kind": old.kind,
            "issuer": old.issuer,
            "plan_title": old.plan_title,
            "plan_start": old.plan_start,
            "plan_end": old.plan_end,
        }
        s.execute(delete(CityTask).where(CityTask.submission_id == old.id))
        s.execute(delete(CityTarget).where(CityTarget.submission_id == old.id))
        s.delete(old)
        s.flush()
    if best is None or best.data is None:
        return None
    d = json.loads(best.data)
    same = (
        CityReceipt.unit_code == code,
        CityReceipt.year == year,
        CityReceipt.plan_key == plan_key,
        CityReceipt.key_epoch == best.key_epoch,
        CityReceipt.rejected_at.is_(None),
    )
    first = s.scalar(select(func.min(CityReceipt.received_at)).where(*same))
    first_created = s.scalar(select(func.min(CityReceipt.created_at)).where(*same))
    sub = CitySubmission(
        unit_code=code,
        year=year,
        revision=best.revision,
        unit_name=d["unit"]["name"],
        level=d["unit"]["level"],
        template_key=d["plan"]["template_id"],
        template_version=d["plan"]["template_version"],
        plan_state=d["plan"]["state"],
        program_version="",
        created_at=best.created_at,
        first_created_at=first_created or best.created_at,
        received_at=best.received_at,
        file_name=best.file_name,
        file_sha256=best.file_sha256 or "",
        data_sha256=best.data_sha256,
        key_fingerprint=best.key_fingerprint or "",
        data=best.data,
        key_epoch=best.key_epoch or 0,
        first_received_at=first or best.received_at,
        plan_key=plan_key,
        report_rules=list(d["plan"].get("report_rules") or []),
        **identity,
    )
    s.add(sub)
    s.flush()
    task_rows, target_rows = normalised_rows(_Stored(code, year, d), sub.id)  # type: ignore[arg-type]
    if task_rows:
        s.execute(insert(CityTask), task_rows)
    if target_rows:
        s.execute(insert(CityTarget), target_rows)
    return best.revision


@dataclass
class _Stored:
    """A stored revision, shaped as ``normalised_rows`` reads a package."""

    unit_code: str
    year: int
    data: dict[str, Any]


# -- pending: a unit's first key waits for the phone check ---------------------------------
def mark_pending(items: list[PreviewItem]) -> None:
    """The command line's rule: a package under a key nobody confirmed is held, not applied."""
    for it in items:
        if it.new_key and it.outcome.applies and it.package is not None:
            it.outcome = Outcome.PENDING
            it.message = _(
                "khóa mới của đơn vị, dấu vân tay {fp}: đối chiếu với đơn vị qua điện thoại rồi chạy "
                'khcds city trust {code} --fingerprint "{fp}" (hoặc nhập lại với '
                "--accept-new-keys)"
            ).format(fp=it.fingerprint, code=it.unit_code)
            it.warnings = []


def hold_pending(store: Any, items: list[PreviewItem]) -> int:
    """Keep each pending package (a copy in ``pending/``) until its key is confirmed; returns how many."""
    import shutil

    from desktop.fsutil import atomic_writer

    folder = store.data.root / PENDING_DIR
    n = 0
    for it in items:
        if it.outcome is not Outcome.PENDING or it.package is None:
            continue
        pkg = it.package
        dest = folder / f"{pkg.file_sha256}{EXTENSION}"
        try:
            if not dest.exists():
                with atomic_writer(dest) as out, open(it.path, "rb") as src:
                    shutil.copyfileobj(src, out)
            with store.transaction() as s:
                if s.scalar(select(CityPending.id).where(CityPending.file_sha256 == pkg.file_sha256)) is None:
                    s.add(
                        CityPending(
                            unit_code=pkg.unit_code,
                            year=pkg.year,
                            revision=pkg.revision,
                            fingerprint=pkg.fingerprint,
                            file_name=it.path.name[:255],
                            file_sha256=pkg.file_sha256,
                        )
                    )
            n += 1
        except (OSError, StoreError) as e:
            it.outcome = Outcome.REFUSED
            it.message = str(e) if isinstance(e, StoreError) else unexpected_message(e)
    return n


def pending(store: Any, code: str | None = None) -> list[CityPending]:
    with store.session() as s:
        require_city(s)
        q = select(CityPending).order_by(CityPending.unit_code, CityPending.year, CityPending.revision)
        if code:
            q = q.where(CityPending.unit_code == code)
        return list(s.scalars(q))


def release_pending(store: Any, code: str) -> list[PreviewItem]:
    """Import the packages held for ``code`` now that its key is confirmed (those signed with
    the confirmed key); the others stay held. Returns what happened to each."""
    with store.session() as s:
        u = s.scalar(select(CityUnit).where(CityUnit.code == code))
        fp = u.key_fingerprint if u is not None else None
    rows = [p for p in pending(store, code) if fp and p.fingerprint == fp]
    if not rows:
        return []
    folder = store.data.root / PENDING_DIR
    paths = [folder / f"{p.file_sha256}{EXTENSION}" for p in rows]
    items = preview(store, [p for p in paths if p.exists()])
    apply(store, items)
    done = {it.path.name for it in items if it.applied or it.outcome in (Outcome.SAME, Outcome.STALE)}
    with store.transaction() as s:
        for p in rows:
            name = f"{p.file_sha256}{EXTENSION}"
            if name in done or not (folder / name).exists():
                s.execute(delete(CityPending).where(CityPending.id == p.id))
    for p in rows:
        name = f"{p.file_sha256}{EXTENSION}"
        if name in done:
            (folder / name).unlink(missing_ok=True)
    for it in items:  # name the files as the unit sent them
        orig = next((p.file_name for p in rows if f"{p.file_sha256}{EXTENSION}" == it.path.name), None)
        if orig:
            it.path = it.path.with_name(orig)
    return items


# -- integrity of the city's store -----------------------------------------------------------
def _task_tuple(r: Any) -> tuple[Any, ...]:
    return (
        r["template_ref"],
        r["pillar"],
        r["content"],
        r["status"],
        int(r["percent"]),
        r["finish_end"].isoformat() if r["finish_end"] else None,
        bool(r["flagged"]),
    )


def _num(v: Any) -> str | None:
    return None if v is None else format(Decimal(v).normalize(), "f")


def _target_tuple(r: Any) -> tuple[Any, ...]:
    return (
        r["target_key"],
        r["text"],
        r["unit"],
        r["direction"],
        _num(r["city_value"]),
        _num(r["value"]),
        _num(r["latest_value"]),
        r["latest_period"],
        None if r["met"] is None else bool(r["met"]),
    )


def verify_city(s: Session) -> list[str]:
    """A city store's revisions hash as received; the current rows are exactly those of the
    current revision (an edit of a status, a percent or a value in the database is found)."""
    if province_of(s) is None:
        return []
    problems: list[str] = []
    standing: set[tuple[str, int, str, int, int, str]] = set()
    for r in s.scalars(select(CityReceipt).order_by(CityReceipt.id)):
        if r.data is not None and hashlib.sha256(r.data.encode("utf-8")).hexdigest() != r.data_sha256:
            problems.append(
                _("Lần gửi {rev} năm {y} của đơn vị {code} đã bị sửa trong tệp dữ liệu của thành phố.").format(
                    rev=r.revision, y=r.year, code=r.unit_code
                )
            )
        if r.rejected_at is None:
            standing.add((r.unit_code, r.year, r.plan_key, r.key_epoch or 0, r.revision, r.data_sha256))
    tasks: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in s.execute(select(CityTask.__table__)).mappings():
        tasks[row["submission_id"]].append(_task_tuple(row))
    targets: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in s.execute(select(CityTarget.__table__)).mappings():
        targets[row["submission_id"]].append(_target_tuple(row))
    for sub in s.scalars(select(CitySubmission).order_by(CitySubmission.id)):
        where = _("đơn vị {code} năm {y}").format(code=sub.unit_code, y=sub.year)
        if hashlib.sha256(sub.data.encode("utf-8")).hexdigest() != sub.data_sha256:
            problems.append(_("Dữ liệu đang dùng của {where} đã bị sửa trong tệp dữ liệu.").format(where=where))
            continue
        if (sub.unit_code, sub.year, sub.plan_key, sub.key_epoch or 0, sub.revision, sub.data_sha256) not in standing:
            problems.append(
                _("Dữ liệu đang dùng của {where} không khớp lần gửi nào thành phố đã nhận.").format(where=where)
            )
            continue
        want_t, want_g = normalised_rows(_Stored(sub.unit_code, sub.year, json.loads(sub.data)), sub.id)  # type: ignore[arg-type]
        if sorted(map(_task_tuple, want_t), key=repr) != sorted(tasks.get(sub.id, []), key=repr) or sorted(
            map(_target_tuple, want_g), key=repr
        ) != sorted(targets.get(sub.id, []), key=repr):
            problems.append(
                _("Số liệu tổng hợp của {where} khác với lần gửi đã nhận (bị sửa trực tiếp).").format(where=where)
            )
        if len(problems) > 20:
            break
    return problems
