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
        # the plan's state is an enum word from the core catalogue, shown in English too
        state = w.state_label.text()
        assert state.startswith("Plan: ") and any(
            word in state for word in ("Draft", "Submitted for approval", "Approved", "Issued")
        ), state
    finally:
        install_translator(app, "vi")
    w2 = window_factory(demo_store)
    assert w2.nav.item(0).text() == "Tổng quan"
    assert w2.state_label.text().startswith("Kế hoạch: ")
