"""The last-resort error report: the log gets the traceback, the user one Vietnamese sentence."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_uncaught_error_is_logged_and_told_plainly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    code = textwrap.dedent("""
        from desktop import crash, logs
        logs.configure(None)
        crash.install()
        def deep():
            raise RuntimeError("hỏng ở đâu đó")
        deep()
    """)
    env = dict(os.environ, KHCDS_DATA_DIR=str(data), PYTHONIOENCODING="utf-8", PYTHONPATH=str(ROOT))
    r = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", env=env, timeout=60
    )
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert "Chương trình gặp lỗi không mong đợi" in r.stderr
    log = data / "logs" / "khcds.log"
    assert str(log) in r.stderr
    text = log.read_text(encoding="utf-8")
    assert "uncaught error" in text and "RuntimeError: hỏng ở đâu đó" in text and "in deep" in text


def test_handler_uses_the_given_display_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop import crash

    shown: list[str] = []
    old = sys.excepthook
    try:
        crash.install(show=shown.append)
        try:
            raise ValueError("x")
        except ValueError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        sys.excepthook = old
        crash._show = None
    assert len(shown) == 1 and "nhật ký" in shown[0]


def test_frozen_entry_reports_a_broken_start(tmp_path: Path) -> None:
    """packaging/entry.py: an error outside the CLI still ends in the log and one sentence."""
    data = tmp_path / "data"
    shim = tmp_path / "shim"
    shim.mkdir()
    # a "bundle" whose CLI cannot be imported
    (shim / "sitecustomize.py").write_text(
        textwrap.dedent("""
        import sys
        class _Broken:
            def find_spec(self, name, path=None, target=None):
                if name == "desktop.cli":
                    raise ImportError("module_missing_from_the_bundle")
        sys.meta_path.insert(0, _Broken())
    """),
        encoding="utf-8",
    )
    env = dict(
        os.environ,
        KHCDS_DATA_DIR=str(data),
        PYTHONIOENCODING="utf-8",
        PYTHONPATH=os.pathsep.join([str(shim), str(ROOT)]),
    )
    r = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "entry.py"), "--version"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        cwd=tmp_path,
    )
    assert r.returncode == 1
    assert "Chương trình gặp lỗi không mong đợi" in r.stderr and "Traceback" not in r.stderr
    log = (data / "logs" / "khcds.log").read_text(encoding="utf-8")
    assert "module_missing_from_the_bundle" in log


def test_the_command_line_tells_the_same_sentence_as_the_window(cli, data_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """One crash handler: an unexpected error in a command is logged with its traceback and the
    user reads the handler's sentence naming the log, not the error's English text."""
    from desktop import crash, logs
    from desktop.services import info

    def broken(*a, **k):  # type: ignore[no-untyped-def]
        raise RuntimeError("internal english detail")

    monkeypatch.setattr(info, "folder_info", broken)
    r = cli("--data-dir", data_dir, "info")
    assert r.code == 1
    log = logs.log_file()
    assert log is not None and log.parent == data_dir / "logs"
    assert r.err.strip() == crash.message(log)
    assert "internal english detail" not in r.err and "RuntimeError" not in r.err and "Traceback" not in r.err
    text = log.read_text(encoding="utf-8")
    assert "RuntimeError: internal english detail" in text and "in broken" in text


def test_the_window_uses_the_crash_handler(qtbot, messages, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """The window installs the same handler with a message box: an unexpected error shows the
    handler's sentence once, a user error its own Vietnamese message."""
    from desktop import app, crash, logs
    from desktop.errors import UserError

    logs.configure(str(data_dir))
    old, old_thread = sys.excepthook, threading.excepthook
    try:
        app.install_excepthook()
        assert sys.excepthook is crash.handle
        for exc in (RuntimeError("boom"), UserError("Tệp x.khcds không đọc được.")):
            try:
                raise exc
            except Exception:
                sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        sys.excepthook, threading.excepthook = old, old_thread
        crash._show = None
    assert messages == [
        ("error", crash.message(data_dir / "logs" / "khcds.log")),
        ("error", "Tệp x.khcds không đọc được."),
    ]
