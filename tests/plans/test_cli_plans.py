"""``khcds plan list|new`` and ``--plan`` beside ``--year``: bad input says one thing and changes nothing."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest


def _db_sha(d: Path) -> str:
    return hashlib.sha256((d / "khcds.sqlite3").read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "args, message",
    [
        (["--kind", "chien_dich", "--blank", "--start", "2026-03-01", "--end", "2026-06-08"], "tên (trích yếu)"),
        (["--blank", "--start", "2026-06-08", "--end", "2026-03-01", "--title", "X"], "phải sau ngày bắt đầu"),
        (["--blank", "--start", "2026-03-01", "--title", "X"], "cả ngày bắt đầu và ngày kết thúc"),
        (["--blank", "--title", "X"], "năm của kế hoạch"),
        (["--blank", "--year", "2024"], "đã có kế hoạch năm 2024"),
        (["--blank", "--year", "2026", "--start", "2025-01-01", "--end", "2025-03-01"], "khác năm"),
        (["--blank", "--start", "2026-01-01", "--end", "2032-01-01", "--title", "X"], "quá dài"),
        (["--from-template", "khong-co", "--year", "2026"], "Không có mẫu kế hoạch khong-co"),
        (["--blank", "--year", "2026", "--report", "monthly day:20"], "Chế độ báo cáo không hợp lệ"),
    ],
)
def test_plan_new_refuses_bad_input(demo_dir: Path, cli, args, message) -> None:  # type: ignore[no-untyped-def]
    cli("--data-dir", demo_dir, "check")  # settle the folder (daily backup) before measuring it
    before = _db_sha(demo_dir)
    r = cli("--data-dir", demo_dir, "plan", "new", *args)
    assert r.code != 0 and message in r.err, r.err
    assert "Traceback" not in r.err and len(r.err.strip().splitlines()) == 1
    assert _db_sha(demo_dir) == before


def test_plan_new_needs_a_source(demo_dir: Path, cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("--data-dir", demo_dir, "plan", "new", "--year", "2026")
    assert r.code == 2 and "--from-template" in r.err


def test_plan_option_on_every_command_that_takes_a_year(demo_dir: Path, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    r = cli(
        "--data-dir",
        demo_dir,
        "plan",
        "new",
        "--json",
        "--kind",
        "chien_dich",
        "--issuer",
        "ban_chi_dao",
        "--blank",
        "--start",
        "2024-09-01",
        "--end",
        "2024-12-09",
        "--title",
        "Cao điểm 100 ngày",
    )
    camp = json.loads(r.out)["id"]
    for cmd in (
        ["document", "plan", "--format", "docx", "--out", tmp_path / "a.docx"],
        ["document", "report", "--period", "q3", "--format", "docx", "--out", tmp_path / "b.docx"],
        ["export", "--out", tmp_path],
        ["plan", "state", "--to", "submitted"],
    ):
        r = cli("--data-dir", demo_dir, *cmd, "--year", "2024")
        assert r.code != 0 and "Năm 2024 có 2 kế hoạch" in r.err, (cmd, r.err)
        r = cli("--data-dir", demo_dir, *cmd, "--plan", "999")
        assert r.code != 0 and "Không tìm thấy kế hoạch số hiệu 999" in r.err
        r = cli("--data-dir", demo_dir, *cmd)
        assert r.code != 0 and "--plan" in r.err
    r = cli("--data-dir", demo_dir, "plan", "state", "--plan", camp, "--to", "submitted")
    assert r.code != 0 and "chưa có nhiệm vụ" in r.err  # the campaign's own check, not the 2024 plan's
    r = cli(
        "--data-dir",
        demo_dir,
        "document",
        "report",
        "--plan",
        camp,
        "--period",
        "w40",
        "--format",
        "docx",
        "--out",
        tmp_path / "w40.docx",
    )
    assert r.code == 0, r.err
    r = cli(
        "--data-dir",
        demo_dir,
        "document",
        "report",
        "--plan",
        camp,
        "--period",
        "m13",
        "--format",
        "docx",
        "--out",
        tmp_path / "m13.docx",
    )
    assert r.code == 2 and "kỳ báo cáo không hợp lệ" in r.err
    r = cli("--data-dir", demo_dir, "plan", "list", "--year", "2024", "--json")
    assert [p["kind"] for p in json.loads(r.out)] == ["hang_nam", "chien_dich"]
    r = cli("--data-dir", demo_dir, "info", "--json")
    assert [p["kind"] for p in json.loads(r.out)["plans"]] == ["hang_nam", "chien_dich"]
