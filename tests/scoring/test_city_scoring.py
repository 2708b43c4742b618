"""The city receives self-assessments, checks them, adjusts with reasons, ranks and summarises."""

from __future__ import annotations

import json
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest

from desktop.errors import UserError
from desktop.services import city_scoring, criteria, scorecards

SET = "dti-xa-mau-2026"


def _payload(demo_store: Any, period: str, values: dict[str, Any], tmp: Path) -> dict[str, Any]:
    with demo_store.transaction() as s:
        aid = scorecards.open_assessment(s, SET, period).id
        for cid, v in values.items():
            if v == "NA":
                scorecards.set_answer(s, aid, cid, None, not_applicable=True)
            else:
                scorecards.set_answer(s, aid, cid, v)
        proof = tmp / f"proof-{period}.pdf"
        proof.write_bytes(f"bien ban {period}".encode())
        scorecards.add_file_evidence(s, demo_store.data, aid, "1.2", proof)
        return scorecards.export_payload(s, demo_store.data, aid)


def _files(p: dict[str, Any]) -> dict[str, str]:
    return {e["sha256"]: e["sha256"] for a in p["answers"] for e in a["evidence"] if e["kind"] == "file"}


@pytest.fixture
def city(cli, tmp_path: Path) -> Any:
    from desktop.store import open_store

    d = tmp_path / "city"
    assert cli("--data-dir", d, "city", "init", "--province", "31").code == 0
    s = open_store(d)
    yield s
    s.close()


def test_receive_adjust_rank_trend_summary(demo_store, city, tmp_path: Path) -> None:
    base = {"1.1": "Bí thư hoặc Chủ tịch UBND xã", "2.1": True, "4.2": 5, "5.1": "NA", "T.1": 1, "D.1": 1}
    p_a = _payload(demo_store, "2024-Q3", {**base, "1.2": 3}, tmp_path)
    p_b = _payload(demo_store, "2024-Q4", {**base, "1.2": 1, "2.1": False}, tmp_path)
    cs = criteria.builtin(SET)
    with city.transaction() as s:
        city_scoring.receive(s, "11629", "Xã An Lão", 1, p_a, _files(p_a))
        b_q3 = json.loads(json.dumps(p_a))
        city_scoring.receive(s, "10660", "Phường Ái Quốc", 1, b_q3, _files(b_q3))  # the same figures: a tie
        c_q3 = _payload(demo_store, "2024-Q3", {**base, "1.2": 0, "4.2": 1}, tmp_path)
        city_scoring.receive(s, "11674", "Xã An Hưng", 2, c_q3, _files(c_q3))
        city_scoring.receive(s, "11629", "Xã An Lão", 2, p_b, _files(p_b))
        # the assessor lowers one criterion of one commune, with the reason; the unit's own points stay
        adj = city_scoring.adjust(s, "10660", SET, "2024-Q3", "1.2", D(10), "Biên bản chỉ có 1 cuộc họp", "Sở KH&CN")
        assert adj.self_points == D(30) and adj.points == D(10)
        with pytest.raises(UserError, match="phải ghi rõ lý do"):
            city_scoring.adjust(s, "10660", SET, "2024-Q3", "1.2", D(5), "  ")
        with pytest.raises(UserError, match="phải từ 0 đến 30"):
            city_scoring.adjust(s, "10660", SET, "2024-Q3", "1.2", D(31), "quá")
        ranks = city_scoring.ranking(s, SET, "2024-Q3")
        trend = city_scoring.trend(s, SET, "11629")
        summ = city_scoring.summary(s, SET, "2024-Q3")

    # recompute every figure from the inputs
    def total(values: dict[str, Any], override: dict[str, D] | None = None) -> D:
        from desktop.models.scoring import Answer, score

        card = score(cs, {k: Answer(None, True) if v == "NA" else Answer(v) for k, v in values.items()})
        if not override:
            return card.total
        pts = {sc.criterion.id: sc.points or D(0) for sc in card.criteria}
        pts.update(override)
        main = sum(pts[c.id] for c in cs.criteria if c.group.isdigit())
        scaled = (main * D(1000) / D(940)).quantize(D("0.01"))  # 5.1 (60 points) does not apply
        bonus = min(sum(pts[c.id] for c in cs.criteria_of("T")), D(50))
        ded = min(sum(pts[c.id] for c in cs.criteria_of("D")), D(100))
        return scaled + bonus - ded

    a_total = total({**base, "1.2": 3})
    b_total = total({**base, "1.2": 3}, {"1.2": D(10)})
    c_total = total({**base, "1.2": 0, "4.2": 1})
    by = {u.unit_code: u for u in ranks}
    assert by["11629"].total == a_total and by["10660"].total == b_total and by["11674"].total == c_total
    assert by["10660"].self_total == a_total  # the unit's own score is kept beside the city's
    assert by["10660"].adjusted["1.2"] == (D(30), D(10), "Biên bản chỉ có 1 cuộc họp")
    order = sorted(by.values(), key=lambda u: -u.total)
    assert [u.rank for u in order] == [1, 2, 3]
    assert trend == [("2024-Q3", a_total), ("2024-Q4", total({**base, "1.2": 1, "2.1": False}))]
    assert summ.units == 3
    assert summ.average == ((a_total + b_total + c_total) / 3).quantize(D("0.01"))
    assert summ.highest == max(a_total, b_total, c_total) and summ.lowest == min(a_total, b_total, c_total)
    assert sum(summ.grades.values()) == 3
    # Nhận thức số: (40 + 30) + (40 + 10 after adjustment) + (40 + 0), over three units
    assert summ.group_averages["1"] == (D(160) / 3).quantize(D("0.01"))


def test_tampering_is_refused(demo_store, city, tmp_path: Path) -> None:
    p = _payload(demo_store, "2024-Q3", {"1.2": 2, "2.1": True}, tmp_path)
    files = _files(p)
    sha = next(iter(files))
    with city.transaction() as s:
        # the evidence file in the package is not the one the unit attached
        with pytest.raises(UserError, match="proof-2024-Q3.pdf đã bị thay đổi"):
            city_scoring.receive(s, "11629", "Xã An Lão", 1, p, {sha: "0" * 64})
        with pytest.raises(UserError, match="không có trong gói"):
            city_scoring.receive(s, "11629", "Xã An Lão", 1, p, {})
        forged = json.loads(json.dumps(p))
        forged["score"]["total"] = "999.00"
        with pytest.raises(UserError, match="không khớp"):
            city_scoring.receive(s, "11629", "Xã An Lão", 1, forged, files)
        forged = json.loads(json.dumps(p))
        forged["set"]["version"] = 9
        with pytest.raises(UserError, match="phiên bản 9 chưa có ở thành phố"):
            city_scoring.receive(s, "11629", "Xã An Lão", 1, forged, files)
        with pytest.raises(UserError, match="không đúng cấu trúc"):
            city_scoring.receive(s, "11629", "Xã An Lão", 1, {"set": 1}, files)
    with city.transaction() as s:
        assert city_scoring.ranking(s, SET, "2024-Q3") == []
