"""One commune, three plans of 2026 (UBND annual, Đảng ủy, Ban Chỉ đạo 100 days): each tracks,
reports monthly and exports; the city imports all three and consolidates per kind."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from decimal import Decimal as D
from pathlib import Path

import docx

from desktop.models.enums import TargetDirection, TargetMeasure, TaskStatus
from desktop.models.period import Period, PeriodKind, report_period
from desktop.services import plans as psvc
from desktop.services import tracking
from desktop.store import open_store


def _new(cli, d: Path, *args: str) -> int:  # type: ignore[no-untyped-def]
    r = cli("--data-dir", d, "plan", "new", "--json", *args)
    assert r.code == 0, r.err
    return int(json.loads(r.out)["id"])


def _fill(d: Path, plan_id: int, pillar: str) -> None:
    s = open_store(d)
    try:
        with s.transaction() as ses:
            t1 = psvc.add_own_task(
                ses,
                plan_id,
                pillar=pillar,
                content="Tổ chức lớp Bình dân học vụ số cho người dân",
                lead="Văn phòng HĐND và UBND xã",
                start=Period(PeriodKind.MONTH, 2026, 3),
                finish=Period(PeriodKind.MONTH, 2026, 5),
            )
            psvc.add_own_task(
                ses,
                plan_id,
                pillar=pillar,
                content="Rà soát, làm sạch dữ liệu dân cư",
                lead="Công an xã",
                finish=Period(PeriodKind.MONTH, 2026, 6),
            )
            tg = psvc.add_target(
                ses,
                plan_id,
                psvc.TargetSpec(
                    "Tỷ lệ người trưởng thành có kỹ năng số cơ bản",
                    "%",
                    TargetDirection.RANGE,
                    D(60),
                    D(70),
                    measure=TargetMeasure.MONTHLY,
                ),
            )
            psvc.record_measurement(
                ses, plan_id, tg, report_period(2026, "m3"), D(64), measured_on=dt.date(2026, 3, 25)
            )
            psvc.record_task_update(
                ses,
                s.data,
                plan_id,
                t1,
                tracking.UpdateSpec(TaskStatus.IN_PROGRESS, 40, "Đã mở 3 lớp", on_date=dt.date(2026, 3, 20)),
            )
    finally:
        s.close()


def test_three_plans_of_2026_track_report_export_and_consolidate(demo_dir: Path, tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    d = demo_dir
    annual = _new(cli, d, "--from-template", "hp-325-2024", "--year", "2026", "--number", "15/KH-UBND")
    party = _new(
        cli,
        d,
        "--kind",
        "trien_khai",
        "--issuer",
        "dang_uy",
        "--blank",
        "--start",
        "2026-01-01",
        "--end",
        "2026-12-31",
        "--number",
        "04-KH/ĐU",
        "--report",
        "month day:20",
        "--implements",
        "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
        "--title",
        "Thực hiện Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
    )
    campaign = _new(
        cli,
        d,
        "--kind",
        "chien_dich",
        "--issuer",
        "ban_chi_dao",
        "--blank",
        "--start",
        "2026-03-01",
        "--end",
        "2026-06-08",
        "--title",
        "Cao điểm 100 ngày Bình dân học vụ số",
    )
    # a second annual UBND plan of the year is refused, nothing made
    r = cli("--data-dir", d, "plan", "new", "--blank", "--year", "2026")
    assert r.code != 0 and "đã có kế hoạch năm 2026 của Ủy ban nhân dân" in r.err
    r = cli("--data-dir", d, "plan", "list", "--json")
    plans = json.loads(r.out)
    assert [(p["id"], p["kind"], p["issuer"]) for p in plans if p["year"] == 2026] == [
        (annual, "hang_nam", "ubnd"),
        (party, "trien_khai", "dang_uy"),
        (campaign, "chien_dich", "ban_chi_dao"),
    ]
    camp = next(p for p in plans if p["id"] == campaign)
    assert (camp["start"], camp["end"], camp["report_rules"]) == ("2026-03-01", "2026-06-08", ["month day:20"])
    assert next(p for p in plans if p["id"] == party)["report_rules"] == ["month day:20"]
    r = cli("--data-dir", d, "plan", "list")
    assert "Năm 2026:" in r.out and "Năm 2024:" in r.out and "01/3/2026-08/6/2026" in r.out

    for pid in (annual, party, campaign):
        _fill(d, pid, "Xã hội số")
    # --year alone is ambiguous in 2026 and says which plans exist; 2024 still works alone
    r = cli(
        "--data-dir",
        d,
        "document",
        "report",
        "--year",
        "2026",
        "--period",
        "m3",
        "--format",
        "docx",
        "--out",
        tmp_path / "x.docx",
    )
    assert r.code != 0 and "Năm 2026 có 3 kế hoạch" in r.err and f"{campaign}: " in r.err
    assert not (tmp_path / "x.docx").exists()
    assert (
        cli(
            "--data-dir", d, "document", "plan", "--year", "2024", "--format", "docx", "--out", tmp_path / "kh2024.docx"
        ).code
        == 0
    )
    for pid in (annual, party, campaign):
        out = tmp_path / f"bc-{pid}-m3.docx"
        r = cli(
            "--data-dir", d, "document", "report", "--plan", pid, "--period", "m3", "--format", "docx", "--out", out
        )
        assert r.code == 0, r.err
        text = "\n".join(p.text for p in docx.Document(io.BytesIO(out.read_bytes())).paragraphs)
        assert "tháng 3" in text.lower()
        assert "Hạn gửi báo cáo: trước ngày 20/3/2026." in r.out or pid == annual
    r = cli(
        "--data-dir",
        d,
        "document",
        "report",
        "--plan",
        campaign,
        "--period",
        "m9",
        "--format",
        "pdf",
        "--out",
        tmp_path / "late.pdf",
    )
    assert r.code != 0 and "nằm ngoài thời gian của kế hoạch" in r.err
    assert (
        cli(
            "--data-dir", d, "document", "plan", "--plan", party, "--format", "pdf", "--out", tmp_path / "party.pdf"
        ).code
        == 0
    )

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for pid in (annual, party, campaign):
        r = cli("--data-dir", d, "export", "--plan", pid, "--out", inbox)
        assert r.code == 0, r.err
    # the 2024 plan, exported as every package was before plans had an identity
    assert cli("--data-dir", d, "export", "--year", "2024", "--out", inbox).code == 0
    names = sorted(p.name for p in inbox.iterdir())
    assert len(names) == 4 and "11629-2026-r001.khcds" in names and "11629-2024-r001.khcds" in names
    camp_file = next(inbox.glob("11629-2026-chien_dich-*-r001.khcds"))
    manifest = json.loads(zipfile.ZipFile(camp_file).read("manifest.json"))
    assert manifest["plan"]["kind"] == "chien_dich" and manifest["plan"]["issuer"] == "ban_chi_dao"
    assert manifest["plan"]["start"] == "2026-03-01" and manifest["template"] == {"id": "", "version": 0}
    r = cli("--data-dir", d, "exports", "--plan", campaign, "--json")
    assert [h["revision"] for h in json.loads(r.out)] == [1]

    city = tmp_path / "city"
    assert cli("--data-dir", city, "city", "init", "--province", "31").code == 0
    r = cli("--data-dir", city, "city", "import", "--accept-new-keys", inbox)
    assert r.code == 0, r.out + r.err
    assert r.out.count("Mới") == 4
    default = json.loads(
        cli("--data-dir", city, "city", "status", "--year", "2026", "--today", "2026-04-01", "--json").out
    )
    mine = [u for u in default["units"] if u["code"] == "11629"]
    assert len(mine) == 1 and mine[0]["kind"] == "hang_nam" and mine[0]["tasks"] > 2
    for kind, title in (("trien_khai", "Thực hiện Nghị quyết"), ("chien_dich", "Cao điểm 100 ngày")):
        st = json.loads(
            cli(
                "--data-dir",
                city,
                "city",
                "status",
                "--year",
                "2026",
                "--kind",
                kind,
                "--today",
                "2026-04-01",
                "--json",
            ).out
        )
        mine = [u for u in st["units"] if u["code"] == "11629"]
        assert len(mine) == 1 and mine[0]["plan_title"].startswith(title) and mine[0]["tasks"] == 2
        assert sum(1 for u in st["units"] if u["revision"] is not None) == 1
        assert st["kind"] == kind
        # each plan by its own rhythm: monthly reports "trước ngày 20 hằng tháng"
        assert (mine[0]["last_due"], mine[0]["last_due_label"]) == ("2026-03-20", "Tháng 3/2026")
        assert (mine[0]["next_due"], mine[0]["next_due_label"]) == ("2026-04-20", "Tháng 4/2026")
    r = cli("--data-dir", city, "city", "status", "--year", "2026", "--kind", "chien_dich", "--today", "2026-04-01")
    assert "Cao điểm 100 ngày" in r.out and "báo cáo Tháng 3/2026 hạn 20/3/2026" in r.out
    # the 2024 package without identity is that year's annual plan
    st = json.loads(cli("--data-dir", city, "city", "status", "--year", "2024", "--json").out)
    assert [u["kind"] for u in st["units"] if u["code"] == "11629"] == ["hang_nam"]
    # consolidation per kind
    from desktop.services import city as citymod

    s = open_store(city)
    try:
        camp_pillars = citymod.task_aggregates(s, 2026, dt.date(2026, 4, 1), kind="chien_dich")
        assert [(p.pillar, p.tasks) for p in camp_pillars] == [("Xã hội số", 2)]
        annual_pillars = citymod.task_aggregates(s, 2026, dt.date(2026, 4, 1))
        assert sum(p.tasks for p in annual_pillars) > 2
        targets = citymod.target_aggregates(s, 2026, kind="trien_khai")
        assert [(t.text, t.met) for t in targets] == [("Tỷ lệ người trưởng thành có kỹ năng số cơ bản", 1)]
    finally:
        s.close()
    # a newer revision of one plan replaces only that plan
    assert cli("--data-dir", d, "export", "--plan", campaign, "--out", inbox).code == 0
    r = cli("--data-dir", city, "city", "import", "--accept-new-keys", inbox)
    assert r.out.count("Bản mới hơn") == 1 and r.out.count("Trùng, không đổi") == 4
