"""The English catalogue is complete: every ``tr()``/``_()`` string of the code is in
``resources/translations/khcds_en.ts``, translated, with the same placeholders, and the
shipped ``.qm`` is compiled from it; ``--lang en`` translates the core and enum words."""

from __future__ import annotations

import shutil
import string
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import i18n
from desktop.models.enums import PlanState, TaskStatus
from scripts.i18n_extract import CORE, ROOT, TS, _tool, core_strings, qt_files

Message = tuple[str, str]  # (context, source)


def _read(ts: Path) -> dict[Message, ET.Element]:
    out: dict[Message, ET.Element] = {}
    for ctx in ET.parse(ts).getroot().findall("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            out[(name, msg.findtext("source") or "")] = msg
    return out


def _placeholders(text: str) -> list[tuple[str, str, str]]:
    """``{name}``, ``{d:%d/%m/%Y}``, ``{x!r}`` of a ``str.format`` text (``{{`` is no field)."""
    return sorted((f, spec or "", conv or "") for _t, f, spec, conv in string.Formatter().parse(text) if f is not None)


@pytest.fixture(scope="module")
def catalogue() -> dict[Message, ET.Element]:
    return _read(TS)


@pytest.fixture(scope="module")
def lupdate_messages(tmp_path_factory: pytest.TempPathFactory) -> dict[Message, ET.Element]:
    """What ``pyside6-lupdate`` finds in the views today, run on a copy of the catalogue."""
    if shutil.which(_tool("pyside6-lupdate")) is None:
        pytest.skip("pyside6-lupdate not installed")
    copy = tmp_path_factory.mktemp("ts") / "khcds_en.ts"
    shutil.copy(TS, copy)
    subprocess.run(
        [_tool("pyside6-lupdate"), *qt_files(), "-ts", str(copy), "-no-obsolete", "-silent"],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    return {k: v for k, v in _read(copy).items() if k[0] != CORE}


def test_every_view_string_is_in_the_catalogue(catalogue, lupdate_messages) -> None:  # type: ignore[no-untyped-def]
    missing = sorted(k for k in lupdate_messages if k not in catalogue)
    assert not missing, f"tr() strings not in the catalogue (run scripts/i18n_extract.py): {missing[:10]}"
    obsolete = sorted(k for k in catalogue if k[0] != CORE and k not in lupdate_messages)
    assert not obsolete, f"catalogue entries no longer in the views: {obsolete[:10]}"


def test_every_core_string_is_in_the_catalogue(catalogue) -> None:  # type: ignore[no-untyped-def]
    found = core_strings()
    assert len(found) > 500  # the extractor sees the core's messages
    assert "Kinh phí không được âm." in found and "Dự thảo" in found  # _() and enum N_()
    missing = sorted(s for s in found if (CORE, s) not in catalogue)
    assert not missing, f"_() strings not in the catalogue (run scripts/i18n_extract.py): {missing[:10]}"
    obsolete = sorted(s for (c, s) in catalogue if c == CORE and s not in found)
    assert not obsolete, f"core catalogue entries no longer in the code: {obsolete[:10]}"


def test_every_entry_is_translated_with_the_same_placeholders(catalogue) -> None:  # type: ignore[no-untyped-def]
    unfinished, mismatched = [], []
    for (ctx, source), msg in catalogue.items():
        tr = msg.find("translation")
        assert tr is not None
        if tr.get("type") in ("unfinished", "obsolete", "vanished") or not (tr.text or "").strip():
            unfinished.append((ctx, source))
            continue
        if _placeholders(source) != _placeholders(tr.text or ""):
            mismatched.append((ctx, source, tr.text))
        if source.count("\n") != (tr.text or "").count("\n"):
            mismatched.append((ctx, source, tr.text))
    assert not unfinished, f"{len(unfinished)} untranslated: {unfinished[:10]}"
    assert not mismatched, f"placeholders or lines differ: {mismatched[:10]}"


def test_shipped_qm_is_compiled_from_the_catalogue(tmp_path: Path) -> None:
    if shutil.which(_tool("pyside6-lrelease")) is None:
        pytest.skip("pyside6-lrelease not installed")
    out = tmp_path / "khcds_en.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(out), "-silent"], check=True, capture_output=True)
    assert out.read_bytes() == TS.with_suffix(".qm").read_bytes(), (
        "khcds_en.qm is stale: run python scripts/i18n_extract.py --release"
    )


def test_extractor_finds_marked_literals_only(tmp_path: Path) -> None:
    (tmp_path / "desktop").mkdir()
    (tmp_path / "desktop" / "m.py").write_text(
        'from desktop.i18n import N_, _\nA = _("một {x}")\nB = N_("hai")\nC = _(name)\nD = f("ba")\n', encoding="utf-8"
    )
    assert set(core_strings(tmp_path)) == {"một {x}", "hai"}


def test_language_switches_core_messages_and_enum_words() -> None:
    try:
        assert i18n.set_language("en")
        assert i18n._("Kinh phí không được âm.") == "Funding cannot be negative."
        assert TaskStatus.LATE.display == "Late" and PlanState.DRAFT.display == "Draft"
        assert TaskStatus.LATE.label == "Chậm tiến độ"  # documents keep the Vietnamese word
        assert i18n._("chuỗi không có trong danh mục") == "chuỗi không có trong danh mục"
        assert not i18n.set_language("xx")  # no catalogue: stays Vietnamese
        assert i18n._("Kinh phí không được âm.") == "Kinh phí không được âm."
    finally:
        i18n.set_language("vi")
    assert TaskStatus.LATE.display == "Chậm tiến độ"


def test_cli_lang_en_speaks_english(capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main

    try:
        with pytest.raises(SystemExit):
            main(["--lang", "en", "--help"])
        out = capsys.readouterr().out
        assert "KHCĐS: draw up, track and report digital transformation plans." in out
        assert "usage:" in out and "cách dùng" not in out
        assert main(["--lang", "en", "plan", "--no-such-option"]) == 2
        assert "Command syntax error" in capsys.readouterr().err
    finally:
        i18n.set_language("vi")
