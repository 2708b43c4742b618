"""The unit's self-assessment through the CLI and the service: values, evidence, prefill, export payload."""

from __future__ import annotations

import json
from decimal import Decimal as D
from pathlib import Path

import pytest

from desktop.errors import UserError
from desktop.services import criteria, scorecards


def test_cli_self_assessment_two_periods_with_evidence(cli, demo_dir: Path, tmp_path: Path) -> None:
    d = ["--data-dir", demo_dir]
    r = cli(*d, "criteria", "list")
    assert r.code == 0 and "qd766-2022" in r.out and "dti-xa-mau-2026" in r.out
    assert "18 tiêu chí chưa có điểm tối đa" in r.out
    for period, meetings in (("2024-Q3", "2"), ("2024-Q4", "3")):
        base = ["assess", "set", "--set", "dti-xa-mau-2026", "--period", period]
        assert cli(*d, *base, "1.1", "Bí thư hoặc Chủ tịch UBND xã").code == 0
        r = cli(*d, *base, "1.2", meetings)
        assert r.code == 0, r.err
        assert cli(*d, *base, "1.3", "3/4").code == 0
        assert cli(*d, *base, "5.1", "--na").code == 0
        assert cli(*d, *base, "8.1", "qua_han=4; pakn_dislike=3.5").code == 0
        assert cli(*d, *base, "6.1", "72,5|Cổng DVCQG").code == 0
    proof = tmp_path / "bien-ban-hop.pdf"
    proof.write_bytes(b"%PDF-1.4 minh chung")
    r = cli(*d, "assess", "evidence", "--set", "dti-xa-mau-2026", "--period", "2024-Q4", "1.2", "--file", proof)
    assert r.code == 0, r.err
    r = cli(
        *d,
        "assess",
        "evidence",
        "--set",
        "dti-xa-mau-2026",
        "--period",
        "2024-Q4",
        "1.1",
        "--doc",
        "15/QĐ-UBND",
        "--date",
        "2024-02-05",
        "--summary",
        "về thành lập Ban Chỉ đạo",
    )
    assert r.code == 0, r.err
    r = cli(*d, "assess", "show", "--set", "dti-xa-mau-2026", "--period", "2024-Q4", "--json")
    assert r.code == 0
    shown = json.loads(r.out)
    pts = {c["id"]: c["points"] for c in shown["criteria"]}
    assert pts["1.1"] == "40.00" and pts["1.2"] == "30.00" and pts["1.3"] == "22.50" and pts["5.1"] == "0.00"
    assert pts["8.1"] == "90.00" and pts["6.1"] == "72.50"
    ev = {c["id"]: c["evidence"] for c in shown["criteria"]}
    assert ev["1.2"] == ["bien-ban-hop.pdf"]
    assert ev["1.1"] == ["Văn bản số 15/QĐ-UBND ngày 05/02/2024 về thành lập Ban Chỉ đạo"]
    q3 = json.loads(cli(*d, "assess", "show", "--set", "dti-xa-mau-2026", "--period", "2024-Q3", "--json").out)
    assert {c["id"]: c["points"] for c in q3["criteria"]}["1.2"] == "20.00"
    r = cli(*d, "assess", "show", "--set", "dti-xa-mau-2026", "--period", "2024-Q4")
    assert "thiếu minh chứng" in r.out and "chưa nhập giá trị" in r.out


def test_cli_refuses_bad_values_and_changes_nothing(cli, demo_dir: Path) -> None:
    d = ["--data-dir", demo_dir]
    base = ["assess", "set", "--set", "dti-xa-mau-2026", "--period", "2024-Q4"]
    cases = [
        (["1.3", "5/4"], "lớn hơn mẫu số"),
        (["1.3", "ba phần tư"], "ví dụ 12/15"),
        (["2.1", "--na"], "áp dụng cho mọi đơn vị"),
        (["1.1", "Trưởng thôn"], "chọn một trong"),
        (["9.9", "1"], "không có tiêu chí 9.9"),
        (["4.2", "nhiều"], "cần một số"),
    ]
    for args, msg in cases:
        r = cli(*d, *base, *args)
        assert r.code != 0 and msg in r.err, (args, r.err)
        assert "Traceback" not in r.err
    r = cli(*d, "assess", "set", "--set", "dti-xa-mau-2026", "--period", "2024-10", "1.1", "có")
    assert r.code != 0 and "ghi ví dụ 2026-Q4" in r.err
    shown = json.loads(cli(*d, "assess", "show", "--set", "dti-xa-mau-2026", "--period", "2024-Q4", "--json").out)
    assert all(c["points"] is None for c in shown["criteria"])


def test_prefill_from_the_plans_tracking(demo_store) -> None:
    from desktop.models.enums import TaskStatus
    from desktop.models.orm import Plan

    with demo_store.transaction() as s:
        aid = scorecards.open_assessment(s, "dti-xa-mau-2026", "2024-Q4").id
        plan = s.query(Plan).one()
        end = D(0)
        due = [
            t
            for t in plan.tasks
            if t.adopted
            and t.status is not TaskStatus.CANCELLED
            and t.finish is not None
            and t.finish.end.isoformat() <= "2024-12-31"
        ]
        on_time = [t for t in due if any(u.status is TaskStatus.DONE and u.on_date <= t.finish.end for u in t.updates)]
        done = scorecards.apply_proposals(s, aid)
        assert [p.criterion for p in done] == ["2.2"]
        line = next(x for x in scorecards.view(s, aid).lines if x.id == "2.2")
        assert line.value == {"a": str(len(on_time)), "b": str(len(due))}
        assert f"{len(on_time)}/{len(due)} nhiệm vụ" in line.note
        del end
        # a value the official typed is kept unless asked to overwrite
        scorecards.set_answer(s, aid, "2.2", {"a": "1", "b": "2"})
        assert scorecards.apply_proposals(s, aid) == []
        assert next(x for x in scorecards.view(s, aid).lines if x.id == "2.2").value == {"a": "1", "b": "2"}


def test_export_payload_is_recomputed_and_tampering_is_refused(demo_store, tmp_path: Path) -> None:
    proof = tmp_path / "anh.png"
    proof.write_bytes(b"png")
    with demo_store.transaction() as s:
        aid = scorecards.open_assessment(s, "dti-xa-mau-2026", "2024-Q4").id
        scorecards.set_answer(s, aid, "1.2", 3)
        scorecards.set_answer(s, aid, "2.1", True)
        scorecards.add_file_evidence(s, demo_store.data, aid, "1.2", proof)
        payload = scorecards.export_payload(s, demo_store.data, aid)
    cs = criteria.builtin("dti-xa-mau-2026")
    card = scorecards.verify_payload(cs, payload)
    assert card.total == D(payload["score"]["total"])
    ev = payload["answers"][0]["evidence"][0]
    assert ev["sha256"] and ev["size"] == 3
    forged = json.loads(json.dumps(payload))
    forged["score"]["criteria"]["1.2"] = "20"
    with pytest.raises(UserError, match="không khớp"):
        scorecards.verify_payload(cs, forged)
    forged = json.loads(json.dumps(payload))
    forged["answers"][0]["value"] = 1  # one meeting instead of three: 10 points, not 30
    with pytest.raises(UserError, match="không khớp"):
        scorecards.verify_payload(cs, forged)
    # an evidence file changed after it was attached is refused at export, named
    stored = next((demo_store.data.evidence / "scorecards").iterdir())
    stored.write_bytes(b"png but changed")
    with demo_store.transaction() as s, pytest.raises(UserError, match="anh.png đã bị thay đổi"):
        scorecards.export_payload(s, demo_store.data, aid)


def test_criteria_check_and_import(cli, demo_dir: Path, tmp_path: Path) -> None:
    src = json.loads((criteria.builtin_dir() / "dti-xa-mau-2026.json").read_text(encoding="utf-8"))
    src["id"] = "lang-son-xa-2026"
    src["province"] = "20"
    src["rhythm"] = "monthly"
    f = tmp_path / "lang-son.json"
    f.write_text(json.dumps(src, ensure_ascii=False), encoding="utf-8")
    r = cli("criteria", "check", f)
    assert r.code == 0 and "hợp lệ: 21 tiêu chí trong 10 nhóm" in r.out
    r = cli("--data-dir", demo_dir, "criteria", "import", f)
    assert r.code == 0, r.err
    r = cli("--data-dir", demo_dir, "assess", "set", "--set", "lang-son-xa-2026", "--period", "2024-11", "2.1", "có")
    assert r.code == 0, r.err
    src["groups"][0]["max"] = 90
    f.write_text(json.dumps(src, ensure_ascii=False), encoding="utf-8")
    r = cli("criteria", "check", f)
    assert r.code != 0 and "lang-son.json: nhóm 1 (Nhận thức số)" in r.err
    src["groups"][0]["max"] = 100
    src["title"] = "Đã sửa mà không đổi phiên bản"
    f.write_text(json.dumps(src, ensure_ascii=False), encoding="utf-8")
    r = cli("--data-dir", demo_dir, "criteria", "import", f)
    assert r.code != 0 and "phiên bản mới phải có số lớn hơn" in r.err


def test_a_tasks_evidence_serves_a_criterion(demo_store, tmp_path: Path) -> None:
    from desktop.models.enums import TaskStatus
    from desktop.services import plans as psvc
    from desktop.services import tracking
    from desktop.services import units as usvc

    proof = tmp_path / "bien-ban-nghiem-thu.pdf"
    proof.write_bytes(b"%PDF-1.4 nghiem thu")
    with demo_store.transaction() as s:
        plan = psvc.require_plan(s, usvc.require_unit(s), 2024)
        task = next(t for t in plan.tasks if t.adopted)
        tracking.record_update(
            s, demo_store.data, task, tracking.UpdateSpec(TaskStatus.DONE, 100, "Đã nghiệm thu", files=[proof])
        )
    with demo_store.transaction() as s:
        aid = scorecards.open_assessment(s, "dti-xa-mau-2026", "2024-Q4").id
        choices = scorecards.task_evidence_choices(s, aid)
        ev_id = next(i for i, label in choices if "bien-ban-nghiem-thu.pdf" in label)
        scorecards.add_task_evidence(s, aid, "3.1", ev_id)
        line = next(x for x in scorecards.view(s, aid).lines if x.id == "3.1")
        assert line.evidence[0].startswith("bien-ban-nghiem-thu.pdf (minh chứng của nhiệm vụ: ")
        import hashlib

        assert line.evidence_hashes == [hashlib.sha256(proof.read_bytes()).hexdigest()]
        with pytest.raises(UserError, match="Không có minh chứng số 999999"):
            scorecards.add_task_evidence(s, aid, "3.1", 999999)
        payload = scorecards.export_payload(s, demo_store.data, aid)
    assert payload["answers"][0]["evidence"][0]["sha256"] == line.evidence_hashes[0]
