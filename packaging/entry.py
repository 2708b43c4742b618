"""The frozen program's entry point: ``desktop.cli.main`` behind a last-resort error report.

The command line already turns every error of a command into one Vietnamese
line and the log, and the window installs its own message box for errors in
its slots; this catches what happens outside both (a broken bundle, an error
before the window exists) so the program never just vanishes.

``KHCDS_EXIT_AFTER_SHOW=1`` (smoke test and start-up benchmark only): when the
first window (the main window, or the first-run wizard on an empty data
folder) has been shown and its first events processed, print
``KHCDS_SHOWN <ClassName> <seconds since the entry point started>`` and close
it, so the program must also shut down cleanly (exit code 0).
"""

import os
import sys
import time

_T0 = time.perf_counter()


def _exit_after_show() -> None:
    """Close the first window shown, once the event loop has shown it (test hook)."""
    from PySide6 import QtCore, QtWidgets

    done = False

    def report_and_close(close) -> None:  # type: ignore[no-untyped-def]
        nonlocal done
        app = QtWidgets.QApplication.instance()
        app.processEvents()
        shown = [w for w in app.topLevelWidgets() if w.isVisible()]
        name = type(shown[0]).__name__ if shown else "-"
        if not done:
            done = True
            print(f"KHCDS_SHOWN {name} {time.perf_counter() - _T0:.3f}", flush=True)
        close()

    app_exec = QtWidgets.QApplication.exec
    dialog_exec = QtWidgets.QDialog.exec

    def patched_app_exec(*_args):  # type: ignore[no-untyped-def]
        app = QtWidgets.QApplication.instance()
        QtCore.QTimer.singleShot(0, lambda: report_and_close(app.quit))
        return app_exec()

    def patched_dialog_exec(self, *args):  # type: ignore[no-untyped-def]
        if not done:
            QtCore.QTimer.singleShot(0, lambda: report_and_close(self.reject))
        return dialog_exec(self, *args)

    QtWidgets.QApplication.exec = patched_app_exec
    QtWidgets.QDialog.exec = patched_dialog_exec


def _run() -> int:
    from desktop import crash

    crash.install()  # the window installs its own message box later
    if os.environ.get("KHCDS_EXIT_AFTER_SHOW") == "1":
        _exit_after_show()
    from desktop.cli import main

    return main()


if __name__ == "__main__":
    # a worker process of the city import (desktop/sync/parallel.py) starts as this program
    # again: it must become the worker here, before anything else runs
    import multiprocessing

    multiprocessing.freeze_support()
    try:
        code = _run()
    except SystemExit:
        raise
    except BaseException:  # noqa: BLE001 - the last resort
        try:
            from desktop import crash

            crash.handle(*sys.exc_info())  # type: ignore[arg-type]
        except BaseException:  # noqa: BLE001
            import traceback

            if sys.stderr is not None:
                traceback.print_exc()
        code = 1
    sys.exit(code)
