"""``khcds``: the command line beside the window.

``khcds [--data-dir DIR] COMMAND ...``; without a command it opens the window.
Each capability registers its commands from ``desktop/commands/``; handlers
import their heavy modules lazily so that start-up stays quick. A user error
prints one Vietnamese line on stderr and exits 1 (2 for wrong usage); no
traceback reaches a user (it goes to the log).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import sys
from collections.abc import Sequence
from typing import NoReturn

from desktop import __version__
from desktop.errors import KhcdsError
from desktop.i18n import _

COMMAND_MODULES = [
    "desktop.commands.core",
    "desktop.commands.documents",
    "desktop.commands.sync",
    "desktop.commands.safety",
    "desktop.commands.scoring",
]

log = logging.getLogger("desktop")


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    """argparse that speaks Vietnamese and exits 2 with one line on wrong usage."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", _("cách dùng:"))

    def format_help(self) -> str:
        return (
            super()
            .format_help()
            .replace("usage:", _("cách dùng:"))
            .replace("options:", _("tùy chọn:"))
            .replace("positional arguments:", _("tham số:"))
            .replace("show this help message and exit", _("xem hướng dẫn này"))
        )


def _quick_gettext() -> None:
    """argparse looks its few English words up in gettext's catalogues on every use (some 190
    lookups, each searching the file system for a catalogue, while the parser is built); the
    answer cannot change while the program runs, so each is looked up once."""
    import functools
    import gettext

    if getattr(argparse, "_", None) is gettext.gettext:
        argparse._ = functools.lru_cache(maxsize=512)(gettext.gettext)  # type: ignore[attr-defined]


def build_parser() -> Parser:
    _quick_gettext()
    p = Parser(
        prog="khcds",
        description=_("KHCĐS: lập, theo dõi và báo cáo kế hoạch chuyển đổi số."),
    )
    p.add_argument("--version", action="version", version=f"KHCĐS {__version__}", help=_("in số phiên bản"))
    p.add_argument("--data-dir", metavar="DIR", help=_("thư mục dữ liệu (mặc định: thư mục dữ liệu của người dùng)"))
    p.add_argument("--db-url", metavar="URL", help=_("cơ sở dữ liệu khác SQLite (chế độ thành phố, PostgreSQL)"))
    p.add_argument("--lang", default=None, help=_("ngôn ngữ giao diện: vi (mặc định) hoặc en"))
    p.add_argument(
        "--open", metavar="FILE", help=_("mở cửa sổ và nhập tệp này (.khcds ở chế độ thành phố, .khcdst ở đơn vị)")
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name == name:
                continue  # a capability not built yet
            raise
        module.register(sub)
    return p


def setup_logging(data_dir: str | None) -> None:
    from desktop.logs import configure

    configure(data_dir)


#: how long a program run goes without the cyclic garbage collector (see ``quiet_start``)
GC_PAUSE_SECONDS = 0.75


def quiet_start() -> None:
    """No cyclic garbage collection while the program starts; then freeze what start-up made.

    Start-up creates some 100,000 long-lived objects (module tables, SQLAlchemy
    mappers, reportlab styles) and no garbage worth collecting: the collector,
    run every 700 allocations, scans them again and again for nothing (a sixth
    of the time of a short command). The collector is paused, then a timer moves
    everything made so far into the permanent generation (``gc.freeze``) and
    turns collection back on, so that a long command or the window collects its
    own garbage as usual without rescanning start-up's objects.
    """
    import threading

    def resume() -> None:
        gc.freeze()
        gc.enable()

    gc.disable()
    t = threading.Timer(GC_PAUSE_SECONDS, resume)
    t.daemon = True
    t.start()


def _lang_option(argv: Sequence[str]) -> str | None:
    """The value of ``--lang`` (``--lang en`` or ``--lang=en``) wherever it stands."""
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if a.startswith("--lang="):
            return a.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:  # the program itself (console script, ``python -m desktop``, frozen entry)
        quiet_start()
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = _lang_option(argv)
    if lang:  # before the parser is built: its help texts and usage errors are translated too
        from desktop.i18n import set_language

        set_language(lang)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as e:
        print(_("Lỗi cú pháp lệnh: {msg}. Xem: khcds --help").format(msg=_translate_usage(str(e))), file=sys.stderr)
        return 2
    if args.lang:
        from desktop.i18n import set_language

        set_language(args.lang)
    try:
        setup_logging(args.data_dir)
    except Exception:  # logging must never stop the program
        pass
    try:
        if args.command is None:
            from desktop.app import run_gui

            return run_gui(args)
        from desktop.single_instance import writing

        with writing(args):  # a command that writes holds the folder (the window's lock)
            result: int | None = args.handler(args)
        return 0 if result is None else result
    except KhcdsError as e:
        log.info("user error: %s", e)
        print(str(e), file=sys.stderr)
        return e.exit_code
    except BrokenPipeError:  # the reader of our output went away (``| head``): nothing to say
        return 1
    except KeyboardInterrupt:
        print(_("Đã dừng theo yêu cầu."), file=sys.stderr)
        return 130
    except OSError as e:  # a full disk, a read-only folder: said in Vietnamese, never the OS's English
        log.exception("file error in %s", args.command)
        from desktop.store.backup import describe_os_error

        where = e.filename if isinstance(e.filename, str) else ""
        print(
            _("Không ghi hoặc đọc được tệp{where}: {err}.").format(
                where=f" {where}" if where else "", err=describe_os_error(e)
            ),
            file=sys.stderr,
        )
        return 1
    except Exception as e:  # no traceback reaches a user: the window's crash handler and sentence
        from desktop import crash

        log.error("unexpected error in %s", args.command)
        print(crash.report(type(e), e, e.__traceback__), file=sys.stderr)
        return 1


def _translate_usage(msg: str) -> str:
    replacements = {
        "the following arguments are required": _("thiếu tham số bắt buộc"),
        "unrecognized arguments": _("tham số không hiểu được"),
        "invalid choice": _("lựa chọn không hợp lệ"),
        "expected one argument": _("cần một giá trị"),
        "invalid int value": _("không phải số nguyên"),
        "choose from": _("chọn một trong"),
        "argument": _("tham số"),
    }
    for en, vi in replacements.items():
        msg = msg.replace(en, vi)
    return msg


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
