"""Criteria sets as data and the scoring arithmetic: every method, not-applicable rules, caps, grades."""

from __future__ import annotations

import copy
import json
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest

from desktop.models.scoring import Answer, eval_formula, score, threshold_points
from desktop.services import criteria
from desktop.services.criteria import CriteriaError

BUILTIN = Path(__file__).resolve().parents[2] / "resources" / "criteria"


def _dti() -> dict[str, Any]:
    return json.loads((BUILTIN / "dti-xa-mau-2026.json").read_text(encoding="utf-8"))


def test_builtin_sets_load_and_say_what_is_unknown() -> None:
    sets = {s.id: s for s in criteria.builtin_sets()}
    qd = sets["qd766-2022"]
    assert [g.max for g in qd.groups] == [D(18), D(20), D(22), D(22), D(18)]
    assert qd.total_max == D(100)
    known = {c.id: c.max for c in qd.criteria if c.max is not None}
    assert known == {"1.2": D(4), "5.4": D(6)}
    assert any("3.4" in n for n in qd.notes)
    assert any("thành phố bổ sung" in n for n in qd.notes)
    dti = sets["dti-xa-mau-2026"]
    methods = {c.method.value for c in dti.criteria}
    assert methods == {"binary", "bands", "ratio", "ratio_threshold", "formula", "count", "system", "role", "parts"}


def test_threshold_rule_as_published() -> None:
    assert threshold_points(D(80), D(6), D(90)) == D("5.33")
    assert threshold_points(D(90), D(6), D(90)) == D(6)
    assert threshold_points(D(100), D(6), D(90)) == D(6)
    assert threshold_points(D(0), D(6), D(90)) == D(0)


def test_unknown_maxima_block_the_score_until_the_city_fills_them_in() -> None:
    qd = criteria.builtin("qd766-2022")
    answers = {c.id: Answer({"value": 95, "source": "Cổng DVCQG"}) for c in qd.criteria if c.method.value == "system"}
    answers["5.4"] = Answer({"qua_han": 2, "pakn_dislike": 1})
    card = score(qd, answers)
    assert not card.complete
    missing = {s.criterion.id for s in card.missing}
    assert "1.1" in missing and "1.2" not in missing and "5.4" not in missing
    assert all("thành phố cần bổ sung" in (s.missing or "") for s in card.missing)
    by = {s.criterion.id: s for s in card.criteria}
    assert by["1.2"].points == D("3.80")  # no threshold published: 95 % of 4 points
    assert by["5.4"].points == D(6)  # 100 - (2 + 1) = 97 % >= 90 %: full


def _answers_full() -> dict[str, Answer]:
    return {
        "1.1": Answer("Phó Bí thư hoặc Phó Chủ tịch UBND xã"),  # 0.5 x 40 = 20
        "1.2": Answer(2),  # band 2 -> 20
        "1.3": Answer({"a": 3, "b": 4}),  # 75 % x 30 = 22.50
        "2.1": Answer(True),  # 50
        "2.2": Answer({"a": 17, "b": 20}),  # 85 % < 90 -> 85 x 50 / 90 = 47.22
        "3.1": Answer({"a": 23, "b": 25}),  # 92 % < 100 -> 46.00
        "3.2": Answer(["a", "c"]),  # 0.75 x 50 = 37.50
        "4.1": Answer({"a": 12, "b": 15}),  # 80 % -> full 60
        "4.2": Answer(7),  # 7 x 4 = 28
        "5.1": Answer(None, not_applicable=True),  # reduce_max: group 5 max 40
        "5.2": Answer(1),  # 20
        "6.1": Answer({"value": "72,5", "source": "Cổng DVCQG 10/2026"}),  # 72.5 x 80 / 80 = 72.50
        "6.2": Answer({"value": 85, "source": "Hệ thống điều phối"}),  # full 70
        "6.3": Answer({"a": 90, "b": 120}),  # 75 % x 50 = 37.50
        "7.1": Answer({"a": 30, "b": 60}),  # 50 % x 90 / 70 = 64.29
        "7.2": Answer(9),  # 90 capped at 60
        "8.1": Answer({"qua_han": 4, "pakn_dislike": 3.5}),  # 92.5 >= 90 -> 90
        "8.2": Answer({"a": 4000, "b": 6000}),  # 66.67 % x 60 / 80 = 50.00
        "T.1": Answer(3),  # 75 capped by criterion max 50, group cap 50
        "D.1": Answer(1),  # 20
        "D.2": Answer(0),  # 0
    }


def test_every_method_scored_and_recomputed_from_the_inputs() -> None:
    dti = criteria.builtin("dti-xa-mau-2026")
    card = score(dti, _answers_full())
    by = {s.criterion.id: s.points for s in card.criteria}
    expected = {
        "1.1": D("20.00"),
        "1.2": D(20),
        "1.3": D("22.50"),
        "2.1": D(50),
        "2.2": D("47.22"),
        "3.1": D("46.00"),
        "3.2": D("37.50"),
        "4.1": D(60),
        "4.2": D(28),
        "5.1": D(0),
        "5.2": D(20),
        "6.1": D("72.50"),
        "6.2": D(70),
        "6.3": D("37.50"),
        "7.1": D("64.29"),
        "7.2": D(60),
        "8.1": D(90),
        "8.2": D("50.00"),
        "T.1": D(50),
        "D.1": D(20),
        "D.2": D(0),
    }
    assert {k: D(v) for k, v in by.items()} == expected
    assert card.complete
    groups = {g.group.id: (g.points, g.max) for g in card.groups}
    assert groups["5"] == (D(20), D(40))  # 5.1 left out of the maximum
    main = sum(v for k, v in expected.items() if k[0].isdigit())
    assert card.main_points == main
    assert card.main_max == D(940)  # 5.1 (60 points) does not apply
    scaled = (main * D(1000) / D(940)).quantize(D("0.01"))
    assert card.total == (scaled + D(50) - D(20)).quantize(D("0.01"))
    assert D(750) <= card.total < D(900)
    assert card.grade == "Tốt"
    assert card.normalised == (card.total / D(1000)).quantize(D("0.0001"))


def test_caps_on_bonus_and_deduction() -> None:
    dti = criteria.builtin("dti-xa-mau-2026")
    a = _answers_full()
    a["D.1"] = Answer(3)  # 60
    a["D.2"] = Answer(2)  # 80, capped 40 by the criterion
    card = score(dti, a)
    g = {x.group.id: x.points for x in card.groups}
    assert g["D"] == D(100)  # 60 + 40 = 100, the group's cap
    a["D.1"] = Answer(10)
    assert {x.group.id: x.points for x in score(dti, a).groups}["D"] == D(100)


def test_assessors_overrides_go_through_the_same_caps_scaling_and_grade() -> None:
    dti = criteria.builtin("dti-xa-mau-2026")
    a = _answers_full()
    own = score(dti, a)
    # the assessor lowers 2.1 from 50 to 10 and raises the deduction D.2 from 0 to 35
    card = score(dti, a, {"2.1": D(10), "D.2": D(35)})
    by = {s.criterion.id: s.points for s in card.criteria}
    assert by["2.1"] == D(10) and by["D.2"] == D(35) and by["1.2"] == D(20)
    main = own.main_points - D(40)
    assert card.main_points == main and card.main_max == D(940)
    deduction = min(D(20) + D(35), D(100))  # D.1 20 + D.2 35 under the group's cap of 100
    assert card.deduction == deduction
    scaled = (main * D(1000) / D(940)).quantize(D("0.01"))
    assert card.total == (scaled + D(50) - deduction).quantize(D("0.01"))
    expected_grade = next(g.name for g in sorted(dti.grades, key=lambda g: -g.at_least) if card.total >= g.at_least)
    assert card.grade == expected_grade
    # an override past a group's maximum is held by the group's maximum, as the unit's own points are
    capped = score(dti, a, {"D.1": D(90), "D.2": D(40)})
    assert capped.deduction == D(100)
    # no overrides: the unit's own scorecard
    assert score(dti, a, {}).total == own.total


def test_missing_values_and_bad_values_are_named_not_crashed() -> None:
    dti = criteria.builtin("dti-xa-mau-2026")
    a = _answers_full()
    del a["2.1"]
    a["1.3"] = Answer({"a": 5, "b": 4})
    a["6.1"] = Answer({"value": 50})  # system figure without its source: the criterion has a default source
    a["8.1"] = Answer({"qua_han": 4})
    a["1.1"] = Answer("Trưởng thôn")
    a["4.2"] = Answer("nhiều")
    card = score(dti, a)
    msgs = {s.criterion.id: s.missing for s in card.missing}
    assert msgs["2.1"] == "chưa nhập giá trị"
    assert "lớn hơn mẫu số" in msgs["1.3"]
    assert "Tỷ lệ hồ sơ có phản ánh" in msgs["8.1"]
    assert "chọn một trong" in msgs["1.1"]
    assert "cần một số" in msgs["4.2"]
    assert "6.1" not in msgs


def test_not_applicable_only_where_allowed() -> None:
    dti = criteria.builtin("dti-xa-mau-2026")
    a = _answers_full()
    a["2.1"] = Answer(None, not_applicable=True)
    card = score(dti, a)
    assert {s.criterion.id: s.missing for s in card.missing}["2.1"] == "tiêu chí này áp dụng cho mọi đơn vị"


def test_formula_is_arithmetic_only() -> None:
    assert eval_formula("100 - (a + b)", {"a": D(2), "b": D("1.5")}) == D("96.5")
    assert eval_formula("a / b", {"a": D(1), "b": D(0)}) == D(0)
    for bad in ["__import__('os')", "a ** 2", "a if b else c", "[a]", "a.b", "f(a)"]:
        d = _dti()
        d["criteria"][16]["params"]["expr"] = bad
        with pytest.raises(CriteriaError, match="chỉ dùng tên biến, số"):
            criteria.parse(d)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(format="x"), "Không phải bộ tiêu chí"),
        (lambda d: d.update(rhythm="daily"), "kỳ đánh giá phải là monthly"),
        (lambda d: d.update(deadline_day=31), "từ 1 đến 28, ví dụ 20"),
        (lambda d: d.update(total_max=900), "khác tổng điểm tối đa 900"),
        (lambda d: d["groups"].append(dict(d["groups"][0])), "mã nhóm 1 bị trùng"),
        (lambda d: d["groups"][0].update(kind="extra"), "bonus (điểm thưởng)"),
        (lambda d: d["criteria"][0].update(group="9"), "nhóm '9' không có"),
        (lambda d: d["criteria"][0].update(method="guess"), "cách tính phải là một trong"),
        (lambda d: d["criteria"][0].update(max="hai mươi"), "điểm tối đa phải là một số, ví dụ 20"),
        (lambda d: d["criteria"][0].update(max=35), "cộng lại là 95, khác điểm tối đa của nhóm 100"),
        (lambda d: d["criteria"][1]["params"].update(bands=[4, 20]), "ví dụ [[4, 20]"),
        (lambda d: d["criteria"][0]["params"].update(options={"Bí thư": 2}), "phải từ 0 đến 1, ví dụ 0.5"),
        (lambda d: d["criteria"][6]["params"]["parts"][0].update(share=0.4), "cộng lại bằng 1"),
        (lambda d: d["criteria"][4]["params"].update(full_at_pct=0), "ngưỡng đạt điểm tối đa phải từ trên 0"),
        (lambda d: d["criteria"][16]["params"].update(variables={}), "mỗi biến của công thức cần một tên gọi"),
        (lambda d: d["criteria"][0].update(not_applicable="skip"), "reduce_max"),
        (lambda d: d["criteria"][0].update(evidence=[{"kind": "photo"}]), "minh chứng ghi dạng"),
        (lambda d: d["criteria"][0].update(text="x\x07y"), "ký tự điều khiển"),
        (lambda d: d["criteria"].append(dict(d["criteria"][0])), "mã tiêu chí 1.1 bị trùng"),
        (lambda d: d["grades"].append({"name": "Siêu", "at_least": 2000}), "vượt tổng điểm tối đa 1000"),
        (lambda d: d["grades"].append({"name": "Lại yếu", "at_least": 0}), "cùng điểm tối thiểu"),
        (lambda d: d.update(version=0), "phiên bản là số nguyên từ 1"),
        (lambda d: d.update(format_document="word"), "thể thức báo cáo"),
    ],
)
def test_each_validation_message_is_vietnamese_with_the_field(mutate: Any, message: str) -> None:
    d = copy.deepcopy(_dti())
    mutate(d)
    with pytest.raises(CriteriaError) as e:
        criteria.parse(d, source="bo-tieu-chi.json")
    assert message in e.value.message
    assert e.value.message.startswith("bo-tieu-chi.json: ")


def test_a_damaged_file_is_one_message(tmp_path: Path) -> None:
    p = tmp_path / "bo.json"
    p.write_bytes(b"\xff\xfe{")
    with pytest.raises(CriteriaError, match="bo.json: không phải tệp JSON hợp lệ"):
        criteria.load_file(p)
    p.write_text("[" * 100000, encoding="utf-8")
    with pytest.raises(CriteriaError, match="bo.json: không phải tệp JSON hợp lệ"):
        criteria.load_file(p)


def test_builtin_sets_are_read_once_per_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "criteria"
    folder.mkdir()
    shipped = folder / "dti-xa-mau-2026.json"
    shipped.write_bytes((BUILTIN / "dti-xa-mau-2026.json").read_bytes())
    monkeypatch.setattr(criteria, "builtin_dir", lambda: folder)
    parsed: list[str] = []
    real_parse = criteria.parse

    def counting_parse(data: Any, *, source: str = "") -> Any:
        parsed.append(source)
        return real_parse(data, source=source)

    monkeypatch.setattr(criteria, "parse", counting_parse)
    first = criteria.builtin_files()
    again = criteria.builtin_files()
    assert parsed == ["dti-xa-mau-2026.json"]  # the second call parsed nothing
    assert again[0] is first[0] and first[0].criteria_set.id == "dti-xa-mau-2026"
    # the file changes on disk (a newer program): read and checked again, by its new hash
    data = _dti()
    data["title"] = "Bộ chỉ số đã sửa"
    shipped.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    changed = criteria.builtin_files()[0]
    assert parsed == ["dti-xa-mau-2026.json", "dti-xa-mau-2026.json"]
    assert changed.criteria_set.title == "Bộ chỉ số đã sửa" and changed.sha256 != first[0].sha256
