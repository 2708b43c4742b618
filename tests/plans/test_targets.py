"""Targets as provinces write them, judged only when they fall due."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from desktop.errors import UserError
from desktop.models.enums import Issuer, PlanKind, TargetDirection, TargetMeasure
from desktop.models.period import Period, report_period
from desktop.services import plans as psvc
from desktop.services import tracking
from desktop.services import units as usvc


def _campaign(s) -> int:  # type: ignore[no-untyped-def]
    plan = psvc.create_plan(
        s,
        usvc.require_unit(s),
        None,
        kind=PlanKind.CAMPAIGN,
        issuer=Issuer.BAN_CHI_DAO,
        start=dt.date(2026, 1, 1),
        end=dt.date(2026, 12, 31),
        subject="Cao điểm Bình dân học vụ số",
    )
    return plan.id


def test_range_target_monthly_judged_each_month(demo_store) -> None:
    with demo_store.transaction() as s:
        pid = _campaign(s)
        tid = psvc.add_target(
            s,
            pid,
            psvc.TargetSpec(
                "Tỷ lệ người dân trưởng thành có tài khoản định danh điện tử mức 2",
                "%",
                TargetDirection.RANGE,
                D(60),
                D(70),
                measure=TargetMeasure.MONTHLY,
                baseline=D(48),
                baseline_note="tháng 12/2025",
            ),
        )
        plan = psvc.load_plan(s, pid)
        tg = psvc.get_target(plan, tid)
        assert tg.is_custom and tracking.goal_text(tg) == "60-70%"
        tracking.record_measurement(s, tg, report_period(2026, "m10"), D(58), measured_on=dt.date(2026, 10, 28))
        tracking.record_measurement(s, tg, report_period(2026, "m11"), D("65.5"), measured_on=dt.date(2026, 11, 27))
        nov = tracking.judge_target(tg, report_period(2026, "m11"))
        assert nov.verdict is tracking.Verdict.MET and nov.value == D("65.5")
        assert nov.measured == dt.date(2026, 11, 27) and nov.due == dt.date(2026, 11, 30)
        assert "số liệu ngày 27/11/2026" in nov.words and nov.baseline == "48% (tháng 12/2025)"
        octo = tracking.judge_target(tg, report_period(2026, "m10"))
        assert octo.verdict is tracking.Verdict.NOT_MET and octo.value == D(58)
        dec = tracking.judge_target(tg, report_period(2026, "m12"))  # nothing measured for December
        assert dec.verdict is tracking.Verdict.NO_DATA and "27/11/2026" in dec.words
        # a week inside a month is no month's end: not judged, the latest value by then still said
        wk = tracking.judge_target(tg, report_period(2026, "w47"))
        assert wk.verdict is tracking.Verdict.NOT_DUE and wk.due == dt.date(2026, 11, 30)
        assert wk.words == ("Chưa đến hạn đánh giá (đến hạn ngày 30/11/2026); số liệu mới nhất 58 ngày 28/10/2026")
        tracking.record_measurement(s, tg, report_period(2026, "m12"), D(75))
        assert tracking.judge_target(tg, report_period(2026, "m12")).verdict is tracking.Verdict.NOT_MET  # above 70


def test_per_group_quarterly_target(demo_store) -> None:
    groups = [
        {"name": "Hộ thành thị", "direction": "exact", "value": 100},
        {"name": "Hộ nông thôn ven biển", "direction": "at_least", "value": 95},
        {"name": "Hộ nông thôn", "direction": "at_least", "value": 70},
    ]
    with demo_store.transaction() as s:
        pid = _campaign(s)
        tid = psvc.add_target(
            s,
            pid,
            psvc.TargetSpec("Tỷ lệ hộ gia đình có cáp quang", "%", groups=groups, measure=TargetMeasure.QUARTERLY),
        )
        tg = psvc.get_target(psvc.load_plan(s, pid), tid)
        assert tracking.goal_text(tg) == "Hộ thành thị: 100%; Hộ nông thôn ven biển: ≥ 95%; Hộ nông thôn: ≥ 70%"
        tracking.record_measurement(
            s,
            tg,
            report_period(2026, "q1"),
            D(80),
            measured_on=dt.date(2026, 3, 25),
            groups={"Hộ thành thị": D(100), "Hộ nông thôn ven biển": D(96), "Hộ nông thôn": D(71)},
        )
        tracking.record_measurement(
            s,
            tg,
            report_period(2026, "q2"),
            D(81),
            groups={"Hộ thành thị": D(100), "Hộ nông thôn ven biển": D(94), "Hộ nông thôn": D(75)},
        )
        q1 = tracking.judge_target(tg, report_period(2026, "q1"))
        assert q1.verdict is tracking.Verdict.MET and [g.met for g in q1.groups] == [True, True, True]
        q2 = tracking.judge_target(tg, report_period(2026, "q2"))
        assert q2.verdict is tracking.Verdict.NOT_MET
        assert [(g.name, g.met) for g in q2.groups][1] == ("Hộ nông thôn ven biển", False)
        assert q2.measured == dt.date(2026, 6, 30)  # no date given: the quarter's last day
        # a monthly report in the middle of a quarter does not judge a quarterly target
        assert tracking.judge_target(tg, report_period(2026, "m5")).verdict is tracking.Verdict.NOT_DUE
        assert tracking.judge_target(tg, report_period(2026, "m6")).verdict is tracking.Verdict.NOT_MET
        with pytest.raises(UserError, match="không có nhóm"):
            tracking.record_measurement(s, tg, report_period(2026, "q3"), D(1), groups={"Hộ khác": D(1)})


def test_cumulative_and_template_targets_side_by_side(demo_store) -> None:
    with demo_store.transaction() as s:
        plan = psvc.require_plan(s, usvc.require_unit(s), 2024)
        own = psvc.add_target(
            s,
            plan.id,
            psvc.TargetSpec(
                "Số buổi tập huấn kỹ năng số", "buổi", TargetDirection.AT_LEAST, D(12), due=dt.date(2024, 9, 30)
            ),
        )
        plan = psvc.load_plan(s, plan.id)
        tg = psvc.get_target(plan, own)
        tracking.record_measurement(s, tg, Period.parse("2024-Q2"), D(7))
        tracking.record_measurement(s, tg, Period.parse("2024-Q3"), D(13))
        judged = tracking.judge_targets(plan, report_period(2024, "q2"))
        assert judged[-1].target_id == own  # the unit's own after the template's
        assert not any(j.target_id == own for j in judged[:-1])
        assert all(not psvc.get_target(plan, j.target_id).is_custom for j in judged[:-1])
        assert judged[-1].verdict is tracking.Verdict.NOT_DUE and judged[-1].value == D(7)
        q3 = tracking.judge_target(tg, report_period(2024, "q3"))
        assert q3.verdict is tracking.Verdict.MET and q3.goal == "≥ 12 buổi"
        # a template target with no due date is due at the plan's end: not in Q2, judged in the year
        online = next(t for t in plan.targets if "hồ sơ công việc" in t.text.lower())
        assert tracking.judge_target(online, report_period(2024, "q2")).verdict is tracking.Verdict.NOT_DUE
        assert tracking.judge_target(online, report_period(2024, "year")).verdict in (
            tracking.Verdict.MET,
            tracking.Verdict.NOT_MET,
        )


@pytest.mark.parametrize(
    "spec, message",
    [
        (psvc.TargetSpec("Khoảng ngược", "%", TargetDirection.RANGE, D(70), D(60)), "cận trên"),
        (psvc.TargetSpec("Trên 100%", "%", TargetDirection.AT_LEAST, D(120)), "phải từ 0 đến 100"),
        (psvc.TargetSpec("  ", "%", TargetDirection.AT_LEAST, D(1)), "không được để trống"),
        (psvc.TargetSpec("Không giá trị", "%"), "chưa có giá trị"),
        (psvc.TargetSpec("Nhóm không tên", "%", groups=[{"name": " ", "value": 5}]), "phải có tên"),
        (psvc.TargetSpec("Nhóm trùng", "%", groups=[{"name": "A", "value": 5}, {"name": "A", "value": 6}]), "cùng tên"),
    ],
)
def test_bad_targets_refused_and_nothing_saved(demo_store, spec, message) -> None:  # type: ignore[no-untyped-def]
    with demo_store.session() as s:
        before = len(psvc.require_plan(s, usvc.require_unit(s), 2024).targets)
    with pytest.raises(UserError, match=message):
        with demo_store.transaction() as s:
            psvc.add_target(s, psvc.require_plan(s, usvc.require_unit(s), 2024).id, spec)
    with demo_store.session() as s:
        assert len(psvc.require_plan(s, usvc.require_unit(s), 2024).targets) == before


def test_template_target_spec_changes_but_not_its_words(demo_store) -> None:
    with demo_store.transaction() as s:
        plan = psvc.require_plan(s, usvc.require_unit(s), 2024)
        tg = plan.targets[0]
        old = psvc.set_target_spec(
            s,
            plan.id,
            tg.id,
            direction=TargetDirection.RANGE,
            value=D(50),
            value_max=D(60),
            measure=TargetMeasure.QUARTERLY,
            baseline=D(40),
        )
        assert set(old) >= {"direction", "measure", "baseline"}
        assert tracking.goal_text(tg) == "50-60" + (tg.unit if tg.unit == "%" else f" {tg.unit}")
        with pytest.raises(UserError, match="không sửa được"):
            psvc.set_target_spec(s, plan.id, tg.id, text="Đổi lời")
        with pytest.raises(UserError, match="không xóa được"):
            psvc.remove_target(s, plan.id, tg.id)


def test_range_and_group_targets_in_monthly_and_quarterly_reports(demo_store) -> None:
    from desktop.services import documents as service

    with demo_store.transaction() as s:
        pid = _campaign(s)
        psvc.add_own_task(s, pid, pillar="Xã hội số", content="Mở lớp Bình dân học vụ số", lead="UBND xã")
        r = psvc.add_target(
            s,
            pid,
            psvc.TargetSpec(
                "Tỷ lệ người dân có kỹ năng số cơ bản",
                "%",
                TargetDirection.RANGE,
                D(60),
                D(70),
                measure=TargetMeasure.MONTHLY,
            ),
        )
        g = psvc.add_target(
            s,
            pid,
            psvc.TargetSpec(
                "Tỷ lệ hộ có cáp quang",
                "%",
                measure=TargetMeasure.QUARTERLY,
                groups=[{"name": "Hộ thành thị", "value": 95}, {"name": "Hộ nông thôn", "value": 70}],
            ),
        )
        psvc.record_measurement(s, pid, r, report_period(2026, "m3"), D(64), measured_on=dt.date(2026, 3, 25))
        psvc.record_measurement(
            s, pid, g, report_period(2026, "q1"), D(80), groups={"Hộ thành thị": D(97), "Hộ nông thôn": D(66)}
        )
    march = service.report_document(demo_store, None, "m3", plan_id=pid)[0].plain_text()
    # bare numbers under the table's unit column, as every other row
    assert "| % | 60-70 | 64\n(25/3/2026) | Đạt\n" in march
    # March ends the quarter: the per-group target is due, one group short
    groups = "| % | Hộ thành thị: ≥ 95; Hộ nông thôn: ≥ 70 | 80\nHộ thành thị: 97\nHộ nông thôn: 66\n(31/3/2026) | Chưa đạt\n"
    assert groups in march
    q1 = service.report_document(demo_store, None, "q1", plan_id=pid)[0].plain_text()
    assert groups in q1 and "Chỉ tiêu chưa đạt: Tỷ lệ hộ có cáp quang" in q1
    feb = service.report_document(demo_store, None, "m2", plan_id=pid)[0].plain_text()
    assert "| % | 60-70 | Chưa có số liệu | \n" in feb  # due in February, nothing measured
    assert "| % | Hộ thành thị: ≥ 95; Hộ nông thôn: ≥ 70 | Chưa có số liệu | Chưa đến hạn đánh giá\n" in feb
    week = service.report_document(demo_store, None, "w11", plan_id=pid)[0].plain_text()
    assert "| % | 60-70 | Chưa có số liệu | Chưa đến hạn đánh giá\n" in week
