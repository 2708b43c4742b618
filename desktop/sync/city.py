"""City mode's import: reading, verifying and applying the units' packages.

A city data folder (``khcds city init --province CODE``) expects a file from every
commune of its province in the official directory, plus units it adds. The city's
store operations (its units, trust, deadlines, status, aggregates, history) live in
``desktop.services.city``, which is also the window's and the CLI's way in. Import is
two steps: ``preview`` reads and verifies every file completely and says what
would happen to each (new, newer, same, stale, conflict, refused) without
writing anything; ``apply`` then writes each accepted file whole or not at all
(a savepoint per file, one transaction per batch of files). A refused file is
never written, so the store stays as it was.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import time
import traceback
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from desktop.errors import PackageError, StoreError, UserError
from desktop.i18n import _, language, set_language
from desktop.models import directory
from desktop.models.city import CityPending, CityReceipt, CitySubmission, CityTarget, CityTask, CityUnit, deflate
from desktop.models.city import province_of as province_of
from desktop.models.city import require_city as require_city
from desktop.models.orm import utcnow
from desktop.models.period import Period
from desktop.sync import parallel
from desktop.sync.package import EXTENSION, Package, read_package, reread_package
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


@dataclass
class _Failure:
    """Why a file is refused, as said where it was read (a worker process, or here): picklable,
    with the traceback of an error nobody foresaw, for this process's log."""

    message: str
    detail: str = ""


def _failure(e: BaseException) -> _Failure:
    """``e`` as a refusal (called inside the ``except`` block, so with its traceback): a
    PackageError, or the store's own StoreError, in its own words; anything else named as unexpected."""
    if isinstance(e, (PackageError, StoreError)):
        return _Failure(str(e))
    return _Failure(unexpected_message(e), traceback.format_exc())


def _refuse(it: PreviewItem, why: BaseException | _Failure, doing: str) -> None:
    """``it`` refused for ``why``; an unexpected error's traceback goes to the log."""
    f = why if isinstance(why, _Failure) else _failure(why)
    if f.detail:
        log.error("%s %s\n%s", doing, it.path, f.detail.rstrip())
    it.message = f.message
    it.outcome = Outcome.REFUSED


def _start_worker(lang: str) -> None:
    """A worker process speaks the language of the program that started it."""
    set_language(lang)


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
    checks = parallel.ordered(_check_files, files, initializer=_start_worker, initargs=(language(),))
    with closing(checks):
        for n, path in enumerate(files):
            if progress is not None:
                progress(n, len(files), path)
            items.append(_previewed(store, path, next(checks)))
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
            it.message = _not_listed(province).format(
                code=code, name=pkg.unit_name, prov=directory.province(province).name
            )
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
            it.message = _set_aside(province).format(r=pkg.revision, why=rejected[rkey][:200])
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


@dataclass
class _Checked:
    """One file as read for the preview (in a worker process, or here): its package, data
    dropped but for any self-assessments (checked against the store by ``_previewed``), and
    the warnings about its content; or why it is refused."""

    package: Package | None
    notes: list[str] = field(default_factory=list)
    failure: _Failure | None = None


def _check_files(paths: list[Path]) -> list[_Checked]:
    """Read and verify each file completely (``parallel.ordered``'s work: never raises)."""
    out: list[_Checked] = []
    for path in paths:
        try:
            pkg = read_package(path)
            notes = _warnings(pkg)
        except Exception as e:  # noqa: BLE001 - one hostile file never stops the batch
            out.append(_Checked(None, failure=_failure(e)))
            continue
        # keep memory flat over thousands of files: apply reads each accepted file again
        assessments = pkg.data.get("assessments")
        pkg.drop_data({"assessments": assessments} if assessments else None)
        out.append(_Checked(pkg, notes))
    return out


def _previewed(store: Any, path: Path, checked: _Checked) -> PreviewItem:
    """The preview's item of one file read, its self-assessments checked against the store."""
    it = PreviewItem(path, Outcome.NEW, package=checked.package, notes=checked.notes)
    pkg = checked.package
    if pkg is None:
        assert checked.failure is not None
        it.notes = []
        _refuse(it, checked.failure, "reading")
        return it
    if pkg.data.get("assessments"):
        try:
            with store.session() as s:
                receive_assessments(s, pkg, check_only=True)
        except Exception as e:  # noqa: BLE001 - one hostile file never stops the batch
            it.package, it.notes = None, []
            _refuse(it, e, "reading")
            return it
        pkg.drop_data()
    return it


def _not_listed(province: int) -> str:
    """The refusal of a unit the store does not list, naming the province as the directory
    does (``tỉnh`` Lạng Sơn, ``thành phố`` Hải Phòng); placeholders code, name, prov."""
    kind = directory.province(province).kind
    if province == directory.NATIONAL_CODE:
        return _("Đơn vị mã {code} ({name}) không thuộc {prov} và chưa được thêm vào danh sách.")
    if kind == "tỉnh":
        return _("Đơn vị mã {code} ({name}) không thuộc {prov} và chưa được tỉnh thêm vào danh sách.")
    return _("Đơn vị mã {code} ({name}) không thuộc {prov} và chưa được thành phố thêm vào danh sách.")


def _set_aside(province: int) -> str:
    """A revision the province set aside, sent again; placeholders r, why."""
    if province == directory.NATIONAL_CODE:
        return _("lần gửi {r} đã bị loại ra ({why}); hãy xin đơn vị xuất lại (lần gửi mới)")
    if directory.province(province).kind == "tỉnh":
        return _("lần gửi {r} đã bị tỉnh loại ra ({why}); hãy xin đơn vị xuất lại (lần gửi mới)")
    return _("lần gửi {r} đã bị thành phố loại ra ({why}); hãy xin đơn vị xuất lại (lần gửi mới)")


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
BATCH_BYTES = 8 << 20
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

    def wanted(it: PreviewItem) -> bool:
        return not (skip and it.path in skip) and not (it.new_key and not confirm_new_keys)

    jobs = [(it.path, it.package, it.outcome.value) for it in todo if wanted(it)]
    # this process writes what the workers read: it keeps a core for that
    reads = parallel.ordered(_read_again, jobs, initializer=_start_worker, initargs=(language(),), reserve=1)
    batch = _Batch(store)
    try:
        with closing(reads):
            for n, it in enumerate(todo):
                if progress is not None:
                    progress(n, len(todo), it.path)
                if not wanted(it):
                    continue
                again = next(reads)
                if again.failure is not None:
                    _refuse(it, again.failure, again.doing)
                    continue
                batch.write(it, again)
                if batch.full:
                    done += batch.commit()
    finally:
        # also when the progress callback stopped the import: the files written so far are kept
        done += batch.commit()
        _refresh_statistics(store, len(done))
    return done


#: after this many files written, a server store's planner statistics are refreshed
ANALYZE_AFTER = 200


def _refresh_statistics(store: Any, written: int) -> None:
    """After a large import, PostgreSQL is told what the city tables now hold: without it, the
    status and aggregates asked for right after the import are planned for empty tables (a
    second instead of a tenth; its autovacuum would catch up, but later). SQLite plans well
    without statistics and is left as it is."""
    if store.is_sqlite or written < ANALYZE_AFTER:
        return
    try:
        with store.engine.connect() as con:
            con.exec_driver_sql("ANALYZE city_units, city_submissions, city_receipts, city_tasks, city_targets")
            con.commit()
    except DBAPIError as e:  # the import itself is done and kept: only the planning is slower
        log.warning("refreshing the city tables' statistics failed: %s", e.orig)


@dataclass
class _Again:
    """An accepted file read again to be written (in a worker process, or here): its rows,
    built before anything is written, with its package (data dropped: the rows hold what is
    written); or, for a file with self-assessments (written through the ORM), its whole
    package and no rows; or why it is refused."""

    package: Package | None = None
    rows: _Rows | None = None
    failure: _Failure | None = None
    doing: str = "reading"


def _reread(path: Path, previewed: Package | None) -> Package:
    """The previewed file read again (``reread_package``: the bytes the preview verified, or
    verified again); PackageError when it is not the file the preview accepted."""
    changed = _("Tệp đã thay đổi sau khi xem trước; hãy nhập lại.")
    if previewed is None:
        raise PackageError(changed)
    pkg = reread_package(path, previewed)
    if (
        pkg.data_sha256 != previewed.data_sha256
        or pkg.public_key != previewed.public_key
        or pkg.revision != previewed.revision
    ):
        raise PackageError(changed)
    return pkg


def _read_again(jobs: list[tuple[Path, Package | None, str]]) -> list[_Again]:
    """Read each previewed file again (``reread_package``) and turn it into rows
    (``parallel.ordered``'s work: never raises)."""
    out: list[_Again] = []
    for path, previewed, outcome in jobs:
        try:
            pkg = _reread(path, previewed)
        except Exception as e:  # noqa: BLE001 - one file's failure never stops the others
            out.append(_Again(failure=_failure(e)))
            continue
        if pkg.data.get("assessments"):
            out.append(_Again(pkg))
            continue
        try:
            rows = _prepare(outcome, pkg)
        except Exception as e:  # noqa: BLE001 - a file that cannot be turned into rows is refused alone
            out.append(_Again(failure=_failure(e), doing="applying"))
            continue
        pkg.drop_data()  # its rows hold what is written
        out.append(_Again(pkg, rows))
    return out


@dataclass
class _Rows:
    """The rows of one file, waiting to be written with its batch."""

    data: bytes  # the data JSON deflated, as the receipt keeps it (``_deflated``)
    submission: dict[str, Any]  # without what the store decides (key epoch, first creation and reception)
    receipt: dict[str, Any]
    tasks: list[dict[str, Any]]
    targets: list[dict[str, Any]]


@dataclass
class _Ready:
    """A file's rows with its item and package (its data dropped: the rows hold what is written)."""

    it: PreviewItem
    pkg: Package
    rows: _Rows


def _prepare(outcome: str, pkg: Package) -> _Rows:
    """The rows of one file, built before anything is written: a file that cannot be turned
    into rows is refused here, alone, and a write can then only fail for a database reason."""
    submission, receipt = _rows(outcome, pkg, utcnow())
    tasks, targets = normalised_rows(pkg, 0)
    return _Rows(_deflated(pkg), submission, receipt, tasks, targets)


def _deflated(pkg: Package) -> bytes:
    """The data JSON as the receipt keeps it: raw DEFLATE, the very bytes of the package's ZIP
    when the re-read had them (the data hashed and checked came from them), else compressed here."""
    return pkg.data_deflated or deflate(pkg.data_bytes)


class _Batch:
    """Files written in one open transaction, not yet committed.

    Files without self-assessments (nearly all) are prepared as rows and written together
    (``_write_many``: SQLAlchemy Core, a few statements per batch rather than per file);
    a file with self-assessments goes through the ORM in its own savepoint. A file refused
    while written leaves nothing behind; when the database itself fails, the batch is rolled
    back and its files are written again one transaction each.
    """

    def __init__(self, store: Any) -> None:
        self.store = store
        self.session: Session | None = None
        self.written: list[tuple[PreviewItem, Package, bool]] = []  # in the open transaction
        self.ready: list[_Ready] = []  # prepared, written together by ``_flush``
        self.committed: list[PreviewItem] = []  # written file by file after a failed batch
        self.started = 0.0
        self.bytes = 0

    @property
    def full(self) -> bool:
        return (
            len(self.written) + len(self.ready) >= BATCH_FILES
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
                # A batch writes some 64 files (their data once, deflated, by their receipts, and
                # their task rows): at the default of 1,000 pages a checkpoint (an fsync of the
                # database) would come several times a batch. Checkpoint after the batch instead;
                # commits keep their fsync (synchronous=FULL), so what is committed stays durable.
                con.exec_driver_sql(f"PRAGMA wal_autocheckpoint={WAL_PAGES_PER_BATCH}")
                con.exec_driver_sql("BEGIN IMMEDIATE")
            except BaseException:
                self._close(s)
                raise
        return s

    def _begin_file(self, size: int) -> None:
        if not self.written and not self.ready:
            self.started = time.monotonic()
        self.bytes += size

    def write(self, it: PreviewItem, again: _Again) -> None:
        """Take one file read again into the batch; a file refused here leaves nothing behind."""
        pkg = again.package
        assert pkg is not None
        if again.rows is None:  # self-assessments: through the ORM, in a savepoint of its own
            self._flush()  # the files before it first, in their order
            self._begin_file(len(pkg.data_bytes))
            self._write_alone(it, pkg)
            return
        r = again.rows
        self._begin_file(len(r.data))
        self.ready.append(_Ready(it, pkg, r))

    def _write_alone(self, it: PreviewItem, pkg: Package) -> None:
        """Write one file through the ORM in a savepoint; a file refused here is rolled back alone."""
        try:
            if self.session is None:
                self.session = self._open()
            s = self.session
            with s.begin_nested():
                written = _write_one(s, it, pkg)
        except PackageError as e:
            _refuse(it, e, "applying")
            return
        except (OperationalError, DBAPIError, StoreError) as e:
            # the database itself (locked, full, a concurrent writer): the batch cannot go on;
            # what it holds is written again file by file, each in its own transaction
            log.warning("batch write failed at %s: %s", it.path, e)
            self._redo_alone([*((w[0], w[1]) for w in self.written), (it, pkg)])
            return
        except Exception as e:  # noqa: BLE001 - one file's failure never stops the others
            _refuse(it, e, "applying")
            return
        pkg.drop_data()  # written to the open transaction
        self.written.append((it, pkg, written))

    def _flush(self) -> None:
        """Write the prepared files into the open transaction, all together."""
        ready, self.ready = self.ready, []
        if not ready:
            return
        try:
            if self.session is None:
                self.session = self._open()
            results = _write_many(self.session, ready)
        except Exception as e:  # noqa: BLE001 - the database (or a fault nobody foresaw) stopped the batch
            # nothing of it may stay half-written: roll it all back and write each of its files
            # again in a transaction of its own, where a file that fails is refused alone
            if isinstance(e, DBAPIError):  # its text quotes the statement's parameters (whole files)
                log.warning("batch write failed: %s: %s", type(e).__name__, e.orig)
            else:
                log.exception("batch write failed")
            self._redo_alone([*((w[0], w[1]) for w in self.written), *((r.it, r.pkg) for r in ready)])
            return
        except BaseException:
            self._abandon()
            raise
        for r, result in zip(ready, results, strict=True):
            if isinstance(result, str):
                r.it.outcome = Outcome.REFUSED
                r.it.message = result
            else:
                self.written.append((r.it, r.pkg, result))

    def _abandon(self) -> None:
        """Roll back the open transaction (stopped in the middle of a write): nothing of it stays."""
        s, self.session, self.written, self.bytes = self.session, None, [], 0
        if s is not None:
            try:
                s.rollback()
            finally:
                self._close(s)

    def commit(self) -> list[PreviewItem]:
        """Commit the open batch; returns its applied items."""
        self._flush()
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
            if not ok:
                _written_first(it)
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
        self.written, self.ready, self.bytes = [], [], 0
        for it, _pkg in items:
            try:
                pkg = _reread(it.path, it.package)
                written = _apply_with_retry(self.store, it, pkg)
            except Exception as e:  # noqa: BLE001 - one file's failure never stops the others
                _refuse(it, e, "applying")
                continue
            pkg.drop_data()
            it.package = pkg
            if written:
                it.applied = True
                self.committed.append(it)
            else:
                _written_first(it)


def _written_first(it: PreviewItem) -> None:
    """Another import (a colleague, at the same moment) wrote ``it``, or a newer one, first."""
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


def _epoch_changed() -> str:
    return _("Khóa tin cậy của đơn vị đã thay đổi sau khi xem trước; hãy nhập lại.")


def _key_changed() -> str:
    return _("Khóa ký khác khóa đã tin cậy của đơn vị.")


def _first_key_reason() -> str:
    return _("khóa của gói đầu tiên")


def _rows(outcome: str, pkg: Package, now: dt.datetime) -> tuple[dict[str, Any], dict[str, Any]]:
    """The submission and receipt rows of one file as far as the file says; the key epoch, the
    first creation and the first reception are the store's to add, and the data JSON (kept by
    the receipt, which the submission points at) the writer's, when it writes them."""
    d = pkg.data
    submission = {
        "unit_code": pkg.unit_code,
        "year": pkg.year,
        "revision": pkg.revision,
        "unit_name": pkg.unit_name,
        "plan_key": pkg.plan_key,
        "kind": str(pkg.plan["kind"]),
        "issuer": str(pkg.plan["issuer"]),
        "plan_title": str(pkg.plan.get("title") or d["plan"]["subject"])[:1000],
        "plan_start": dt.date.fromisoformat(pkg.plan["start"]) if pkg.plan.get("start") else None,
        "plan_end": dt.date.fromisoformat(pkg.plan["end"]) if pkg.plan.get("end") else None,
        "report_rules": list(d["plan"].get("report_rules") or []),
        "level": d["unit"]["level"],
        "template_key": d["plan"]["template_id"],
        "template_version": d["plan"]["template_version"],
        "plan_state": d["plan"]["state"],
        "program_version": str(pkg.manifest["program_version"]),
        "created_at": pkg.created_at,
        "received_at": now,
        "file_name": pkg.path.name,
        "file_sha256": pkg.file_sha256,
        "data_sha256": pkg.data_sha256,
        "key_fingerprint": pkg.fingerprint,
    }
    receipt = {
        "unit_code": pkg.unit_code,
        "year": pkg.year,
        "plan_key": pkg.plan_key,
        "revision": pkg.revision,
        "outcome": outcome,
        "created_at": pkg.created_at,
        "received_at": now,
        "file_name": pkg.path.name,
        "data_sha256": pkg.data_sha256,
        "file_sha256": pkg.file_sha256,
        "key_fingerprint": pkg.fingerprint,
    }
    return submission, receipt


def _write_one(s: Session, it: PreviewItem, pkg: Package) -> bool:
    """Write one verified file in the open transaction ``s``; False when it (or a newer
    one) is already there."""
    now = utcnow()
    # the unit's row is locked for the transaction: concurrent imports of one unit take turns
    unit = s.scalar(
        select(CityUnit)
        .where(CityUnit.code == pkg.unit_code)
        .with_for_update()
        .execution_options(populate_existing=True)  # a batch may have written it with Core
    )
    assert unit is not None
    from desktop.store.audit import append_entry

    epoch = unit.key_epoch or 0
    if epoch != it.key_epoch:  # the trust was reset since the preview
        raise PackageError(_epoch_changed())
    if unit.public_key is None:
        unit.public_key = pkg.public_key
        unit.key_fingerprint = pkg.fingerprint
        unit.trusted_at = now
        append_entry(s, unit, "trust", field="public_key", new=pkg.fingerprint, reason=_first_key_reason())
    elif unit.public_key != pkg.public_key:  # changed since the preview
        raise PackageError(_key_changed())
    old = s.scalar(
        select(CitySubmission)
        .where(
            CitySubmission.unit_code == pkg.unit_code,
            CitySubmission.year == pkg.year,
            CitySubmission.plan_key == pkg.plan_key,
        )
        .execution_options(populate_existing=True)
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
    sub_row, receipt_row = _rows(it.outcome.value, pkg, now)
    receipt = CityReceipt(**receipt_row, data_deflated=_deflated(pkg), key_epoch=epoch)
    s.add(receipt)
    s.flush()
    # the submission points at its receipt, which keeps the data JSON (once, not a copy)
    sub = CitySubmission(**sub_row, receipt_id=receipt.id, key_epoch=epoch, first_created_at=first_created)
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


def _table(model: type) -> Table:
    t = model.__table__  # type: ignore[attr-defined]
    assert isinstance(t, Table)
    return t


def _write_many(s: Session, ready: list[_Ready]) -> list[bool | str]:
    """Write prepared files in the open transaction ``s`` as ``_write_one`` writes each, with a
    few statements for them all: one query each for their units, current submissions and first
    receptions, then one ``insert`` per table (executemany) and the audit entries in one go.

    Returns per file True (written), False (it, or a newer one, is already there) or the
    message refusing it. Refusals are decided before anything is written, so nothing of a
    refused file is written, and a statement can only fail for a database reason (the caller
    then rolls the whole batch back).
    """
    from desktop.store.audit import ExplicitEntry, RowRef, append_entries

    conn = s.connection()
    codes = sorted({r.pkg.unit_code for r in ready})
    uq = (
        select(CityUnit.id, CityUnit.code, CityUnit.public_key, CityUnit.key_epoch)
        .where(CityUnit.code.in_(codes))
        .order_by(CityUnit.code)
    )
    if conn.dialect.name != "sqlite":  # concurrent imports of one unit take turns (SQLite: BEGIN IMMEDIATE)
        uq = uq.with_for_update()
    units: dict[str, list[Any]] = {code: [uid, pk, epoch or 0] for uid, code, pk, epoch in conn.execute(uq)}
    # the current submission of each (unit, year, plan): ("db", id, ...) or ("batch", index, ...)
    current: dict[tuple[str, int, str], tuple[str, int, int, int, dt.datetime]] = {}
    for sid, code, year, pkey, epoch, rev, first in conn.execute(
        select(
            CitySubmission.id,
            CitySubmission.unit_code,
            CitySubmission.year,
            CitySubmission.plan_key,
            CitySubmission.key_epoch,
            CitySubmission.revision,
            CitySubmission.first_created_at,
        ).where(CitySubmission.unit_code.in_(codes))
    ):
        current[(code, year, pkey)] = ("db", sid, epoch or 0, rev, first)
    first_received: dict[tuple[str, int, str, int], dt.datetime] = {}
    for code, year, pkey, epoch, first in conn.execute(
        select(
            CityReceipt.unit_code,
            CityReceipt.year,
            CityReceipt.plan_key,
            CityReceipt.key_epoch,
            func.min(CityReceipt.received_at),
        )
        .where(CityReceipt.unit_code.in_(codes), CityReceipt.rejected_at.is_(None))
        .group_by(CityReceipt.unit_code, CityReceipt.year, CityReceipt.plan_key, CityReceipt.key_epoch)
    ):
        if first is not None:
            first_received[(code, year, pkey, epoch or 0)] = first

    results: list[bool | str] = []
    trusts: list[dict[str, Any]] = []
    replaced: list[int] = []  # submissions of the store replaced by this batch
    receipts: list[dict[str, Any]] = []
    subs: list[tuple[dict[str, Any], _Rows] | None] = []  # None: replaced within the batch
    entries: list[tuple[str, Any, str]] = []  # ("trust", unit id, fingerprint) | ("accept", receipt index, sha)
    for r in ready:
        pkg, it, rows = r.pkg, r.it, r.rows
        unit = units.get(pkg.unit_code)
        if unit is None:  # taken off the list since the preview
            results.append(_epoch_changed())
            continue
        uid, public_key, epoch = unit
        if epoch != it.key_epoch:  # the trust was reset since the preview
            results.append(_epoch_changed())
            continue
        if public_key is None:
            unit[1] = pkg.public_key
            trusts.append(
                {"b_id": uid, "b_key": pkg.public_key, "b_fp": pkg.fingerprint, "b_at": rows.receipt["received_at"]}
            )
            entries.append(("trust", uid, pkg.fingerprint))
        elif public_key != pkg.public_key:  # changed since the preview
            results.append(_key_changed())
            continue
        key = (pkg.unit_code, pkg.year, pkg.plan_key)
        old = current.get(key)
        created = rows.submission["created_at"]
        first_created = created
        if old is not None:
            where, ref, old_epoch, old_rev, old_first = old
            if (old_epoch, old_rev) >= (epoch, pkg.revision):  # written since the preview
                results.append(False)
                continue
            first_created = min(old_first, created) if old_epoch == epoch else created
            if where == "db":
                replaced.append(ref)
            else:
                subs[ref] = None
        now = rows.receipt["received_at"]
        rkey = (pkg.unit_code, pkg.year, pkg.plan_key, epoch)
        first_received[rkey] = min(first_received.get(rkey, now), now)
        entries.append(("accept", len(receipts), pkg.data_sha256))
        receipts.append({**rows.receipt, "key_epoch": epoch, "data_deflated": rows.data})
        current[key] = ("batch", len(subs), epoch, pkg.revision, first_created)
        subs.append(
            (
                {
                    **rows.submission,
                    "key_epoch": epoch,
                    "first_created_at": first_created,
                    "first_received_at": first_received[rkey],
                },
                rows,
            )
        )
        results.append(True)

    units_t, subs_t = _table(CityUnit), _table(CitySubmission)
    if trusts:
        conn.execute(
            update(units_t)
            .where(units_t.c.id == bindparam("b_id"))
            .values(public_key=bindparam("b_key"), key_fingerprint=bindparam("b_fp"), trusted_at=bindparam("b_at")),
            trusts,
        )
    for i in range(0, len(replaced), 500):
        chunk = replaced[i : i + 500]
        conn.execute(delete(_table(CityTask)).where(_table(CityTask).c.submission_id.in_(chunk)))
        conn.execute(delete(_table(CityTarget)).where(_table(CityTarget).c.submission_id.in_(chunk)))
        conn.execute(delete(subs_t).where(subs_t.c.id.in_(chunk)))
    receipts_t = _table(CityReceipt)
    add_receipt = insert(receipts_t).returning(receipts_t.c.id)
    add_submission = insert(subs_t).returning(subs_t.c.id)
    receipt_ids: list[int] = []
    tasks: list[dict[str, Any]] = []
    targets: list[dict[str, Any]] = []
    for receipt, sub in zip(receipts, subs, strict=True):
        rid = conn.execute(add_receipt, receipt).scalar_one()
        receipt_ids.append(rid)
        if sub is None:
            continue
        row, rows = sub
        sid = conn.execute(add_submission, {**row, "receipt_id": rid}).scalar_one()
        for t in rows.tasks:
            t["submission_id"] = sid
        for g in rows.targets:
            g["submission_id"] = sid
        tasks += rows.tasks
        targets += rows.targets
    if tasks:
        conn.execute(insert(_table(CityTask)), tasks)
    if targets:
        conn.execute(insert(_table(CityTarget)), targets)
    audit: list[ExplicitEntry] = []
    for kind, ref, value in entries:
        if kind == "trust":
            audit.append(
                ExplicitEntry(RowRef(CityUnit, ref), "trust", field="public_key", new=value, reason=_first_key_reason())
            )
        else:
            audit.append(ExplicitEntry(RowRef(CityReceipt, receipt_ids[ref]), "accept", new=value))
    append_entries(s, audit)
    return results


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
