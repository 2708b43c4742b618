"""English as a second language: the shipped .qm loads and the window speaks it."""

from __future__ import annotations

import pytest

from desktop.resources import resource_path


def test_english_translation(qtbot, demo_store, window_factory):  # type: ignore[no-untyped-def]
    from desktop.app import ensure_app, install_translator

    if not resource_path("translations", "khcds_en.qm").exists():
        pytest.skip("khcds_en.qm not built")
    app = ensure_app()
    try:
        assert install_translator(app, "en")
        w = window_factory(demo_store)
        assert [w.nav.item(i).text() for i in range(3)] == ["Overview", "Plan", "Tasks"]
    finally:
        install_translator(app, "vi")
    w2 = window_factory(demo_store)
    assert w2.nav.item(0).text() == "Tổng quan"
