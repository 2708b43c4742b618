"""Tables derived from installed packages are kept between runs, and never change what is shown."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop.models import directory
from desktop.schema_cache import cached_table, package_stamp


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KHCDS_CACHE_DIR", str(tmp_path / "cache"))
    directory.provinces.cache_clear()
    yield tmp_path / "cache" / "tables"
    directory.provinces.cache_clear()


def _from_package() -> list[tuple[int, str, str]]:
    from vietnam_provinces import Province as VP

    return sorted((int(p.code), p.name, p.division_type.value) for p in VP.iter_all())


def _shown() -> list[tuple[int, str, str]]:
    return sorted((p.code, p.name, p.kind) for p in directory.provinces())


def test_provinces_are_the_packages_whether_derived_or_read_back(cache: Path) -> None:
    first = _shown()
    assert first == _from_package() and len(first) == 34
    files = list(cache.glob("provinces-*.json"))
    assert len(files) == 1
    stamp = files[0].stat().st_mtime_ns
    directory.provinces.cache_clear()
    assert _shown() == first
    assert files[0].stat().st_mtime_ns == stamp  # read back, not rewritten


def test_a_damaged_or_forged_entry_is_derived_again(cache: Path) -> None:
    _shown()
    (entry,) = cache.glob("provinces-*.json")
    raw = entry.read_bytes()
    forged = raw.replace("Cao Bằng".encode(), b"Cao Bang")
    assert forged != raw
    for bad in (b"", b"garbage", raw[:70], forged):
        entry.write_bytes(bad)
        directory.provinces.cache_clear()
        assert _shown() == _from_package()


def test_the_key_follows_the_packages_files(tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pkg = tmp_path / "pkgs" / "khcds_probe_pkg"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("ROWS = [1]\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(pkg.parent))
    before = package_stamp("khcds_probe_pkg")
    assert cached_table("probe", "khcds_probe_pkg", lambda: [1]) == [1]
    assert cached_table("probe", "khcds_probe_pkg", lambda: [2]) == [1]  # read back
    (pkg / "__init__.py").write_text("ROWS = [1, 2]\n", encoding="utf-8")  # the package changed
    assert package_stamp("khcds_probe_pkg") != before
    assert cached_table("probe", "khcds_probe_pkg", lambda: [2]) == [2]
    assert package_stamp("no_such_package_khcds") is None
    assert cached_table("none", "no_such_package_khcds", lambda: [3]) == [3]


def test_a_unit_command_loads_neither_the_ward_enum_nor_the_city_models(demo_dir: Path, tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from desktop.cli import main\n"
        f"main(['--data-dir', {str(demo_dir)!r}, 'document', 'plan', '--year', '2024', '--format', 'pdf', "
        f"'--out', {str(tmp_path / 'p.pdf')!r}])\n"
        "print(sorted(m for m in sys.modules if m.startswith(('vietnam_provinces', 'desktop.models.city', "
        "'desktop.documents.signing'))))\n"
    )
    for _ in range(2):  # the second run reads the provinces back
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        assert (tmp_path / "p.pdf").stat().st_size > 10_000
    assert out.strip().splitlines()[-1] == "[]"


def _old_deadline(province: int | None, year: int) -> object:
    """What the province's deadline was before it was kept: every built-in template loaded."""
    from desktop.services.templates import builtin_files, load_file

    for t in (load_file(p) for p in builtin_files()):
        if province is not None and t.province_code == province:
            d = t.annual_report_deadline(year)
            if d:
                return d
    return None


def test_province_deadlines_are_the_templates_whether_derived_or_read_back(cache: Path) -> None:
    from desktop.services import templates as tsvc

    for attempt in range(2):  # derived, then read back
        tsvc._province_deadlines.cache_clear()
        tsvc.province_report_deadline.cache_clear()
        got = {(p, y): tsvc.province_report_deadline(p, y) for p in [None, *range(0, 100)] for y in (2024, 2026)}
        assert got == {(p, y): _old_deadline(p, y) for p, y in got}
        assert any(got.values())  # Hải Phòng's 15/12 at least
        (entry,) = cache.glob("province-deadlines-*.json")
        if attempt == 0:
            stamp = entry.stat().st_mtime_ns
    assert entry.stat().st_mtime_ns == stamp


def test_pdf_markup_escape_is_saxutils(cache: Path) -> None:
    from xml.sax.saxutils import escape as sax

    from desktop.documents.pdf_writer import escape

    for text in ("a & b < c > d", "&amp; &lt;", "<b>x</b>", "", "Ủy ban & <nhân dân>"):
        assert escape(text) == sax(text)


def test_the_chosen_plan_id_refuses_as_the_loaded_plan_does(demo_store: object) -> None:
    from desktop.errors import UserError
    from desktop.services import plans as psvc
    from desktop.services import units as usvc

    store: Any = demo_store
    with store.session() as s:
        unit = usvc.require_unit(s)
        plan = psvc.resolve_plan(s, unit, year=2024)
        assert psvc.resolve_plan_id(s, unit, year=2024) == (plan.id, 2024)
        assert psvc.resolve_plan_id(s, unit, plan_id=plan.id) == (plan.id, 2024)
        assert psvc.latest_plan_id(s) == plan.id
        for kw in ({"year": 1999}, {"plan_id": 9999}, {"plan_id": plan.id, "year": 2025}, {}):
            with pytest.raises(UserError) as loaded:
                psvc.resolve_plan(s, unit, **kw)
            with pytest.raises(UserError) as light:
                psvc.resolve_plan_id(s, unit, **kw)
            assert str(light.value) == str(loaded.value)
