"""The report's figures and draft texts are computed by the services; the builder lays out
what it is given."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from desktop.documents.build_report import build_report
from desktop.models.enums import TaskStatus
from desktop.models.orm import Plan
from desktop.models.period import report_period
from desktop.services import reports as rsvc
from desktop.services.report_content import STATUS_ORDER, report_content
from desktop.services.tracking import Verdict

ROOT = Path(__file__).resolve().parents[2]

DRAFTS_ALONE = """
import json, sys
from pathlib import Path
from sqlalchemy import select
from desktop.models.orm import Plan
from desktop.models.period import report_period
from desktop.services import reports
from desktop.store import open_store

store = open_store(Path(sys.argv[1]))
with store.session() as s:
    drafts = reports.drafts(s.scalar(select(Plan)), report_period(2024, "q2"))
store.close()
print(json.dumps({"drafts": drafts, "documents": sorted(m for m in sys.modules if m.startswith("desktop.documents"))}))
"""


def test_drafts_without_any_document_module(demo_dir: Path, demo_store) -> None:  # type: ignore[no-untyped-def]
    demo_store.close()
    run = subprocess.run(
        [sys.executable, "-c", DRAFTS_ALONE, str(demo_dir)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout.strip().splitlines()[-1])
    assert out["documents"] == []
    drafts = out["drafts"]
    assert set(drafts) == set(rsvc.KEYS) and drafts["problems"] and drafts["next_steps"]
    # the same words the printed report carries
    from desktop.store import open_store

    store = open_store(demo_dir)
    with store.session() as s:
        text = build_report(s.scalar(select(Plan)), report_period(2024, "q2")).plain_text()
    store.close()
    for key in rsvc.KEYS:
        for line in drafts[key].splitlines():
            assert line.strip() in text, line


def test_content_figures_agree(demo_store) -> None:  # type: ignore[no-untyped-def]
    with demo_store.session() as s:
        plan = s.scalar(select(Plan))
        c = report_content(plan, report_period(2024, "q2"))
        assert c.total == sum(c.counts.values()) == sum(len(v) for v in c.tasks.values())
        assert c.total == sum(p.tasks for p in c.pillars) > 0
        assert set(c.tasks) <= set(STATUS_ORDER)
        for status, items in c.tasks.items():
            assert all(a.status is status for a in items) and len(items) == c.counts[status]
        late = c.tasks.get(TaskStatus.LATE, ())
        assert late
        for a in late:  # a late task is named among the problems
            assert "chậm tiến độ" in c.drafts["problems"] and f"đạt {a.percent}%" in c.drafts["problems"]
        # targets not met appear in the problems; targets not yet due are not judged
        for t in c.targets:
            assert (t.unmet is not None) == (t.verdict is Verdict.NOT_MET)
            if t.unmet:
                assert f"Chỉ tiêu chưa đạt: {t.unmet}" in c.drafts["problems"]
        assert c.superior and c.superior.startswith("Ủy ban nhân dân")
        party = report_content(plan, report_period(2024, "q2"), issuer="dang_uy")
        assert party.party and party.superior is None and "Đề nghị cấp trên" in party.drafts["proposals"]


def test_builder_lays_out_the_content_it_is_given(demo_store) -> None:  # type: ignore[no-untyped-def]
    with demo_store.session() as s:
        plan = s.scalar(select(Plan))
        q2 = report_period(2024, "q2")
        c = report_content(plan, q2)
        own = "- Hạ tầng mạng ở hai thôn còn yếu."
        pillar = dataclasses.replace(c.pillars[0], pillar="trụ cột đặt riêng cho phép thử")
        given = dataclasses.replace(
            c,
            total=c.total + 1000,
            texts={**c.texts, "problems": own},
            pillars=(pillar, *c.pillars[1:]),
            superior="Ủy ban nhân dân nơi khác",
        )
        text = build_report(plan, q2, content=given).plain_text()
        assert f"Kế hoạch có {c.total + 1000} nhiệm vụ" in text
        assert own in text and c.drafts["problems"].splitlines()[0] not in text
        assert "a) Trụ cột đặt riêng cho phép thử:" in text
        assert "Kính gửi: Ủy ban nhân dân nơi khác." in text
        assert build_report(plan, q2).plain_text() == build_report(plan, q2, content=c).plain_text()
