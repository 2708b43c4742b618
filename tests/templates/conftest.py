"""GUI fixtures shared with tests/gui (message boxes answered by the test, windows closed after)."""

from tests.gui.conftest import window_factory  # noqa: F401
