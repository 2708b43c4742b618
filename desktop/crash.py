"""The last resort for an error nobody caught: write it to the log, tell the user plainly.

A program that vanishes leaves an official with nothing to report. ``install()``
replaces ``sys.excepthook`` (and ``threading.excepthook``) so that an uncaught
error is written with its traceback to the rotating log in the data folder and
the user sees one Vietnamese sentence naming that log, never a traceback. The
sentence goes to ``show`` (the window passes a function that opens a message
box) or else to a native message box on Windows (where a windowed program has
no console) or standard error elsewhere. Qt-free: ``desktop.app`` hands in the
Qt part. The command line's last ``except`` uses the same ``report`` sentence: one
handler, one message, for the window and the CLI.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from desktop.i18n import _

log = logging.getLogger("desktop.crash")

TITLE = "KHCĐS"
_show: Callable[[str], None] | None = None
_busy = False


def message(log_path: Path | None) -> str:
    where = str(log_path) if log_path else _("thư mục logs trong thư mục dữ liệu")
    return _(
        "Chương trình gặp lỗi không mong đợi và thao tác vừa rồi chưa hoàn thành. "
        "Dữ liệu đã lưu không bị mất. Chi tiết đã ghi vào nhật ký: {log}"
    ).format(log=where)


def _log_path() -> Path | None:
    try:
        from desktop import logs

        return logs.log_file() or logs.configure(None)
    except Exception:  # the report must never fail because logging could not start
        return None


def report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """Write the error with its traceback to the log; return the user's sentence."""
    path = _log_path()
    try:
        log.critical("uncaught error", exc_info=(exc_type, exc, tb))
        for h in logging.getLogger("desktop").handlers:
            h.flush()
    except Exception:
        pass
    return message(path)


def show_native(text: str, title: str = TITLE) -> None:
    """A message without Qt: a Windows message box, or a line on standard error."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        try:
            import ctypes

            ctypes.windll.user32.MessageBoxW(None, text, title, 0x10 | 0x40000)  # MB_ICONERROR|TOPMOST
            return
        except Exception:
            pass
    stream = sys.stderr or sys.__stderr__
    if stream is not None:
        try:
            print(text, file=stream)
        except Exception:
            pass


def describe(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The user's sentence for an error that reached the top: a user error (``KhcdsError``)
    is its own Vietnamese message, logged without a traceback; anything else is reported."""
    from desktop.errors import KhcdsError

    if isinstance(exc, KhcdsError):
        log.info("user error: %s", exc)
        return str(exc)
    return report(exc_type, exc, tb)


def handle(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook``: log, then tell the user once (no loop if telling fails)."""
    global _busy
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    text = describe(exc_type, exc, tb)
    if _busy:
        return
    _busy = True
    try:
        (_show or show_native)(text)
    except Exception:
        show_native(text)
    finally:
        _busy = False


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        handle(args.exc_type, args.exc_value, args.exc_traceback)


def install(show: Callable[[str], None] | None = None) -> None:
    """Route uncaught errors to the log and to ``show`` (default: ``show_native``)."""
    global _show
    _show = show
    sys.excepthook = handle
    threading.excepthook = _thread_hook
