"""Template packages: the city publishes a new version; the unit imports it and its plan is carried across."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal

import pytest


def _store(d):
    from desktop.store import open_store

    return open_store(d)


@pytest.fixture
def published(city_dir, cli, tmp_path):
    """hp-325-2024 version 2: task I.1 removed, target T03 for communes raised to 60%, a new commune task."""
    draft = tmp_path / "draft.json"
    r = cli("--data-dir", city_dir, "template", "draft", "--from", "hp-325-2024", "--out", draft)
    assert r.code == 0, r.err
    d = json.loads(draft.read_text(encoding="utf-8"))
    assert d["version"] == 2 and d["province_code"] == 31
    g = d["task_groups"][0]
    g["tasks"] = [t for t in g["tasks"] if t["id"] != "I.1"]
    new = dict(
        g["tasks"][0],
        id="I.99",
        number="99",
        levels=["commune"],
        content="Rà soát quy chế quản lý, vận hành hệ thống truyền thanh cơ sở",
    )
    g["tasks"].append(new)
    t03 = next(t for t in d["targets"] if t["id"] == "T03")
    t03["values"]["commune"] = "60"
    d["targets"] = [t for t in d["targets"] if t["id"] != "T04"]
    draft.write_text(json.dumps(d, ensure_ascii=False, indent=2), encoding="utf-8")
    out = tmp_path / "hp-325-2024-v2.khcdst"
    r = cli("--data-dir", city_dir, "template", "publish", draft, "--out", out)
    assert r.code == 0, r.err
    return out


def test_new_version_flags_removed_never_drops(published, world, cli):
    from desktop.services import plans as psvc
    from desktop.services import units as usvc

    u = world.units["11629"]
    s = _store(u)
    with s.session() as ss:
        plan = psvc.get_plan(ss, usvc.current_unit(ss), 2024)
        before = {t.template_ref: (t.status, t.percent, len(t.updates)) for t in plan.tasks if t.template_ref}
        n_tasks, n_targets = len(plan.tasks), len(plan.targets)
        assert "I.1" in before
    s.close()

    r = cli("--data-dir", u, "template", "import", "--dry-run", published)
    assert r.code == 0 and "Sẽ nhập mẫu hp-325-2024 phiên bản 2" in r.out
    assert "Nhiệm vụ bị bỏ: I.1" in r.out and "Nhiệm vụ mới: I.99" in r.out and "Chỉ tiêu bị bỏ: T04" in r.out

    # the first key is never trusted silently: nothing imported until confirmed
    r = cli("--data-dir", u, "template", "import", published)
    assert r.code == 1 and "Chưa nhập" in r.out and "--accept-new-key" in r.out
    s = _store(u)
    with s.session() as ss:
        assert psvc.get_plan(ss, usvc.current_unit(ss), 2024).template.version == 1
    s.close()
    r = cli("--data-dir", u, "template", "import", published, "--accept-new-key")
    assert r.code == 0, r.err
    assert "Khóa của thành phố được ghi nhận lần đầu" in r.out
    assert "Gắn cờ" in r.out

    s = _store(u)
    with s.session() as ss:
        plan = psvc.get_plan(ss, usvc.current_unit(ss), 2024)
        assert plan.template.version == 2
        tasks = {t.template_ref: t for t in plan.tasks if t.template_ref}
        gone = tasks["I.1"]  # still there, with its tracking, flagged
        assert gone.flag and "không còn trong mẫu" in gone.flag
        assert (gone.status, gone.percent, len(gone.updates)) == before["I.1"]
        assert "I.99" in tasks and tasks["I.99"].adopted
        assert len(plan.tasks) == n_tasks + 1
        t03 = next(t for t in plan.targets if t.template_ref == "T03")
        assert t03.city_value == Decimal("60") and t03.flag is None
        t04 = next(t for t in plan.targets if t.template_ref == "T04")
        assert t04.flag and len(plan.targets) == n_targets
        issues = psvc.check_plan(plan)
        assert any(i.entity == "task" and i.entity_id == gone.id for i in issues)
    s.close()

    # the same package again: nothing changes
    r = cli("--data-dir", u, "template", "import", published)
    assert r.code == 0 and "đã có; không thay đổi" in r.out


def test_template_package_from_another_key_refused(published, world, cli, city_dir, tmp_path):
    u = world.units["11629"]
    assert cli("--data-dir", u, "template", "import", published, "--accept-new-key").code == 0
    # another "city" publishes version 3 with its own key
    other = tmp_path / "other-city"
    shutil.copytree(city_dir, other)
    shutil.rmtree(other / "keys")
    draft = tmp_path / "d3.json"
    assert cli("--data-dir", other, "template", "draft", "--from", "hp-325-2024", "--out", draft).code == 0
    out = tmp_path / "v3.khcdst"
    assert cli("--data-dir", other, "template", "publish", draft, "--out", out).code == 0
    r = cli("--data-dir", u, "template", "import", out)
    assert r.code == 1 and "khóa ký khác khóa của thành phố" in r.err


def test_tampered_template_package_refused(published, world, cli, tmp_path):
    from tests.sync.pkgtools import read_members, write_members

    m = read_members(published)
    d = json.loads(m["template.json"])
    d["document"]["title"] = "Kế hoạch khác"
    m["template.json"] = json.dumps(d, ensure_ascii=False).encode()
    bad = write_members(tmp_path / "bad.khcdst", m)
    r = cli("--data-dir", world.units["11629"], "template", "import", bad)
    assert r.code == 1 and "SHA-256" in r.err


def test_export_package_is_not_a_template_package(world, cli):
    r = cli("--data-dir", world.units["10660"], "template", "import", world.packages["10660"])
    assert r.code == 1 and "gói mẫu kế hoạch" in r.err


def test_publish_needs_city_mode(world, cli, tmp_path):
    r = cli(
        "--data-dir", world.units["10660"], "template", "draft", "--from", "hp-325-2024", "--out", tmp_path / "x.json"
    )
    assert r.code == 1 and "city init" in r.err
