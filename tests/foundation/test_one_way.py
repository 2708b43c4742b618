"""One way for each thing: dates and times are written by ``desktop.vn`` only, a missing output
folder is created by the one writer.

``DATE_FORMAT_EXCEPTIONS`` names the modules that still write a date by hand and why. It may only
shrink: the test fails on a hand-made date format outside the list, and when a listed module no
longer needs its place (remove it then).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from desktop import vn
from desktop.fsutil import atomic_write_bytes

ROOT = Path(__file__).resolve().parents[2]

# A date or a time formatted outside vn.py: strftime, a %-format of days, months, hours, an
# f-string built from a date's parts, Qt's date pattern.
DATE_FORMAT = re.compile(
    r"strftime\(|%d/%m|%m/%d|%H:%M|%Y%m%d|\.day(:02d)?\}/|\.month(:02d)?\}/|dd/MM/yyyy",
)

# module path -> why it keeps its own format. Only ever remove entries.
DATE_FORMAT_EXCEPTIONS: dict[str, str] = {
    "desktop/vn.py": "the one home of dates and times",
    "desktop/store/backup.py": "sortable stamps in backup file names, never shown as a date",
    "desktop/services/plan_content.py": "finds the older form of a date in text saved by earlier versions",
}


def _offenders() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if DATE_FORMAT.search(line):
                found.setdefault(rel, []).append(f"{n}: {line.strip()}")
    return found


def test_dates_are_formatted_by_vn_only() -> None:
    found = _offenders()
    outside = {k: v for k, v in found.items() if k not in DATE_FORMAT_EXCEPTIONS}
    assert not outside, "format dates with desktop.vn (short_date, format_local, ...):\n" + "\n".join(
        f"{k}:{line}" for k, lines in outside.items() for line in lines
    )
    stale = sorted(set(DATE_FORMAT_EXCEPTIONS) - set(found))
    assert not stale, f"no longer needed, remove from DATE_FORMAT_EXCEPTIONS: {stale}"


def test_the_scan_sees_a_hand_made_date() -> None:
    for line in ('d.strftime("%d/%m/%Y")', 'f"{d:%d/%m/%Y}"', 'f"{d.day}/{d.month}/{d.year}"', '"dd/MM/yyyy"'):
        assert DATE_FORMAT.search(line), line
    assert not DATE_FORMAT.search("vn.short_date(d)")


@pytest.mark.parametrize(
    ("date", "short", "long"),
    [
        (dt.date(2021, 4, 6), "06/4/2021", "ngày 06 tháng 4 năm 2021"),
        (dt.date(2024, 1, 5), "05/01/2024", "ngày 05 tháng 01 năm 2024"),
        (dt.date(2020, 2, 29), "29/02/2020", "ngày 29 tháng 02 năm 2020"),
        (dt.date(2019, 6, 29), "29/6/2019", "ngày 29 tháng 6 năm 2019"),
        (dt.date(2025, 12, 10), "10/12/2025", "ngày 10 tháng 12 năm 2025"),
    ],
)
def test_one_date_form_decree_30(date: dt.date, short: str, long: str) -> None:
    """Leading zero on days below 10 and on months 1 and 2 only, in the long and short forms."""
    assert vn.short_date(date) == short
    assert vn.long_date(date) == long
    assert vn.day_month(date) == short.rsplit("/", 1)[0]


def test_stored_times_are_shown_in_vietnam_time() -> None:
    """The store keeps UTC (naive); every shown time is Việt Nam's wall clock (UTC+7)."""
    late = dt.datetime(2024, 3, 5, 20, 30, 15)  # 03:30 on the 6th in Hà Nội
    assert vn.format_local(late) == "06/3/2024 03:30"
    assert vn.local_date(late) == "06/3/2024"
    assert vn.format_local_seconds(late) == "06/3/2024 03:30:15 +07:00"
    aware = dt.datetime(2024, 6, 27, 9, 15, tzinfo=vn.VIETNAM_TZ)
    assert vn.format_local(aware) == "27/6/2024 09:15"
    assert vn.format_local(None) == "" and vn.local_date(None) == ""
    assert vn.date_range(dt.date(2026, 1, 1), dt.date(2026, 6, 30)) == "01/01/2026 - 30/6/2026"


def test_a_missing_output_folder_is_created(tmp_path: Path) -> None:
    out = tmp_path / "chưa có" / "con" / "kế hoạch.pdf"
    atomic_write_bytes(out, b"%PDF-1.7")
    assert out.read_bytes() == b"%PDF-1.7"
    assert [p.name for p in out.parent.iterdir()] == ["kế hoạch.pdf"]  # no temporary file left


def test_a_folder_that_cannot_be_made_changes_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_bytes(b"x")
    with pytest.raises(OSError):
        atomic_write_bytes(blocker / "sub" / "out.pdf", b"data")
    assert blocker.read_bytes() == b"x" and sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_the_folder_role_is_read_and_written_through_the_enum_only() -> None:
    """``Role`` is the one vocabulary of a folder's role: only ``services.units`` touches the
    ``role`` setting, everybody else asks ``units.role``/``is_city`` or calls ``set_role``."""
    pattern = re.compile(r"""(get|set)_setting\([^)]*["']role["']""")
    users = sorted(
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "desktop").rglob("*.py")
        if pattern.search(p.read_text(encoding="utf-8"))
    )
    assert users == ["desktop/services/units.py"]


def test_role_round_trip(store) -> None:  # type: ignore[no-untyped-def]
    from desktop.models.enums import Role
    from desktop.services import units

    with store.transaction() as s:
        assert units.role(s) is None and not units.is_city(s)
        units.set_role(s, Role.CITY)
    with store.session() as s:
        assert units.role(s) is Role.CITY and units.is_city(s)
        assert units.get_setting(s, "role") == "city"  # the stored word is the enum's value
    with store.transaction() as s:
        units.set_setting(s, "role", "something else")  # a value written by hand is no role
    with store.session() as s:
        assert units.role(s) is None


# benchmark scripts still run as files that put the project on sys.path; only ever remove entries
SYS_PATH_EXCEPTIONS = {
    "benchmarks/bench_city.py",
    "benchmarks/bench_documents.py",
    "benchmarks/bench_gui.py",
    "benchmarks/bench_start.py",
    "benchmarks/run.py",
}


def test_tests_and_benchmarks_import_as_packages() -> None:
    """Helpers are imported as ``tests.sync.pkgtools`` or ``benchmarks.gen_packages``, never
    through a ``sys.path`` insertion."""
    users = {
        p.relative_to(ROOT).as_posix()
        for folder in ("tests", "benchmarks")
        for p in (ROOT / folder).rglob("*.py")
        if "sys.path.insert" in p.read_text(encoding="utf-8") and p.name != "test_one_way.py"
    }
    assert users <= SYS_PATH_EXCEPTIONS, sorted(users - SYS_PATH_EXCEPTIONS)
    assert not SYS_PATH_EXCEPTIONS - users, f"no longer needed: {sorted(SYS_PATH_EXCEPTIONS - users)}"
