"""The CLI contract: versions, errors as one Vietnamese line, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from desktop import __version__


def test_version(cli) -> None:
    import pytest

    with pytest.raises(SystemExit) as e:
        cli("--version")
    assert e.value.code == 0


def test_version_subprocess(cli_process) -> None:
    r = cli_process("--version")
    assert r.code == 0 and __version__ in r.out


def test_wrong_usage_exits_2_with_one_line(cli, data_dir: Path) -> None:
    r = cli("--data-dir", data_dir, "templates", "frobnicate")
    assert r.code == 2
    assert len(r.err.strip().splitlines()) == 1 and "Lỗi cú pháp lệnh" in r.err
    r = cli("--data-dir", data_dir, "demo", "--year", "hai nghìn")
    assert r.code == 2 and "Traceback" not in r.err


def test_user_errors_exit_1_with_one_line(cli, data_dir: Path) -> None:
    for args in (
        ["demo", "--unit-code", "99999"],
        ["demo", "--template", "khong-co"],
        ["templates", "import", str(data_dir / "missing.json")],
        ["demo", "--year", "1800"],
    ):
        r = cli("--data-dir", data_dir, *args)
        assert r.code == 1, args
        assert len(r.err.strip().splitlines()) == 1, r.err
        assert "Traceback" not in r.err


def test_demo_is_idempotent_and_refuses_other_unit(cli, data_dir: Path) -> None:
    assert cli("--data-dir", data_dir, "demo").code == 0
    assert cli("--data-dir", data_dir, "demo").code == 0
    info = json.loads(cli("--data-dir", data_dir, "info", "--json").out)
    assert len(info["plans"]) == 1
    r = cli("--data-dir", data_dir, "demo", "--unit-code", "11914")
    assert r.code == 1 and "Xã An Lão" in r.err


def test_demo_other_template_unit_year(cli, data_dir: Path) -> None:
    r = cli("--data-dir", data_dir, "demo", "--template", "hp-93-2021", "--unit-code", "11914", "--year", "2023")
    assert r.code == 0, r.err
    info = json.loads(cli("--data-dir", data_dir, "info", "--json").out)
    assert info["unit"]["name"] == "Đặc khu Cát Hải"
    assert info["plans"][0]["year"] == 2023 and info["plans"][0]["template"] == "hp-93-2021"


def test_unexpected_error_is_logged_not_shown(cli, data_dir: Path, monkeypatch) -> None:
    from desktop import cli as climod

    calls: list[object] = []

    def boom(args):
        calls.append(args)
        raise ZeroDivisionError("x")

    orig = climod.build_parser

    def patched():  # the handler is bound at registration, so patch through the parser
        p = orig()
        for action in p._subparsers._group_actions:
            for name, sp in action.choices.items():
                if name == "info":
                    sp.set_defaults(handler=boom)
        return p

    monkeypatch.setattr(climod, "build_parser", patched)
    r = cli("--data-dir", data_dir, "info")
    assert len(calls) == 1  # the failing handler really ran
    assert r.code == 1 and "Traceback" not in r.err and "ZeroDivisionError" not in r.err and "nhật ký" in r.err
    log = (data_dir / "logs" / "khcds.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError" in log


def test_core_imports_no_qt(cli_process) -> None:
    import subprocess
    import sys

    code = (
        "import sys, desktop.cli, desktop.services.demo, desktop.services.tracking, desktop.store;"
        "desktop.cli.build_parser();"
        "print('PySide6' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
