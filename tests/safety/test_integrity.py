"""Issue 16, findings 9 and 10: ``khcds check`` finds what an editor of the SQLite file did.

A changed progress value, a changed amount, a deleted newest audit row, a history
rewritten with the public hash algorithm (after a signed seal), a replaced or deleted
evidence file, and edits of the city's store all make ``check`` exit 1; export refuses
an evidence file that changed or went missing, naming it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.paths import DataDir
from desktop.store import open_store
from tests.helpers import deflate_functions


def sql(folder: Path, *statements: str) -> None:
    con = sqlite3.connect(folder / "khcds.sqlite3")
    deflate_functions(con)
    try:
        for st in statements:
            con.execute(st)
        con.commit()
    finally:
        con.close()


def add_update_with_file(folder: Path, tmp_path: Path, content: bytes = b"bien ban nghiem thu") -> Path:
    """An update through the program, with one evidence file; returns the stored file."""
    from desktop.models.enums import TaskStatus
    from desktop.models.orm import Evidence, PlanTask
    from desktop.services import tracking

    f = tmp_path / "bien-ban.pdf"
    f.write_bytes(content)
    s = open_store(folder)
    try:
        with s.transaction() as ses:
            task = ses.scalars(select(PlanTask).order_by(PlanTask.id)).first()
            tracking.record_update(
                ses,
                s.data,
                task,
                tracking.UpdateSpec(status=TaskStatus.IN_PROGRESS, percent=40, note="Đã nghiệm thu", files=[f]),
            )
        with s.session() as ses:
            ev = ses.scalars(select(Evidence).order_by(Evidence.id.desc())).first()
            return s.data.evidence / ev.stored_name
    finally:
        s.close()


def check(cli, folder: Path) -> tuple[int, str]:
    r = cli("--data-dir", folder, "check")
    return r.code, r.err + r.out


def test_a_whole_store_passes(demo_dir: Path, cli) -> None:
    assert check(cli, demo_dir)[0] == 0


@pytest.mark.parametrize(
    "edit, words",
    [
        ("UPDATE plan_tasks SET percent = 93 WHERE id = (SELECT min(id) FROM plan_tasks)", "sửa trực tiếp"),
        (
            "UPDATE budget_lines SET approved = '987654321' WHERE id = (SELECT min(id) FROM budget_lines)",
            "sửa trực tiếp",
        ),
        (
            "UPDATE target_measurements SET value = '99' WHERE id = (SELECT max(id) FROM target_measurements)",
            "sửa trực tiếp",
        ),
        ("DELETE FROM plan_tasks WHERE id = (SELECT max(id) FROM plan_tasks)", "xóa trực tiếp"),
        (
            "INSERT INTO plan_sections (plan_id, key, title, text, position, edited) "
            "SELECT plan_id, 'x', 'Mục thêm', 'Chèn', 99, 0 FROM plan_sections LIMIT 1",
            "thêm trực tiếp",
        ),
    ],
    ids=["progress", "amount", "measurement", "deleted-task", "inserted-row"],
)
def test_direct_edits_of_the_state_are_found(demo_dir: Path, cli, edit: str, words: str) -> None:
    sql(demo_dir, edit)
    code, out = check(cli, demo_dir)
    assert code == 1 and words in out, out


def test_a_deleted_newest_audit_row_is_found(demo_dir: Path, tmp_path: Path, cli) -> None:
    add_update_with_file(demo_dir, tmp_path)
    assert check(cli, demo_dir)[0] == 0
    sql(demo_dir, "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    code, out = check(cli, demo_dir)
    assert code == 1, out


def test_a_rewritten_history_is_found_after_a_seal(demo_dir: Path, cli) -> None:
    """The editor recomputes every hash with the public algorithm: the chain is whole again,
    but the head signed at the last backup no longer matches."""
    from desktop.store.audit import HASHED, entry_hash

    assert cli("--data-dir", demo_dir, "backup").code == 0  # signs the chain's head
    con = sqlite3.connect(demo_dir / "khcds.sqlite3")
    con.row_factory = sqlite3.Row
    try:
        rows = [dict(r) for r in con.execute("SELECT * FROM audit_log ORDER BY id")]
        target = next(r for r in rows if r["action"] == "update")
        target["new"] = "giá trị khác"
        prev = "0" * 64
        import datetime as dt

        for r in rows:
            fields = {k: r[k] for k in HASHED}
            fields["at"] = dt.datetime.fromisoformat(fields["at"])
            r["prev_hash"] = prev
            r["hash"] = entry_hash(prev, fields)
            prev = r["hash"]
            con.execute(
                "UPDATE audit_log SET new = ?, prev_hash = ?, hash = ? WHERE id = ?",
                (r["new"], r["prev_hash"], r["hash"], r["id"]),
            )
        con.commit()
    finally:
        con.close()
    code, out = check(cli, demo_dir)
    assert code == 1 and "viết lại" in out, out


def test_a_forged_seal_is_found(demo_dir: Path, cli) -> None:
    assert cli("--data-dir", demo_dir, "backup").code == 0
    # a forged head always differs from the true one: its first two digits are changed to
    # ones the true hash does not start with
    sql(
        demo_dir,
        "UPDATE audit_seals SET head_hash = "
        "(CASE WHEN substr(head_hash, 1, 2) = 'ab' THEN 'cd' ELSE 'ab' END) || substr(head_hash, 3)",
    )
    code, out = check(cli, demo_dir)
    assert code == 1 and "niêm phong" in out, out


@pytest.mark.parametrize("how", ["replaced", "deleted"])
def test_evidence_replaced_or_deleted_is_found_and_not_exported(demo_dir: Path, tmp_path: Path, cli, how: str) -> None:
    stored = add_update_with_file(demo_dir, tmp_path)
    assert check(cli, demo_dir)[0] == 0
    if how == "replaced":
        stored.write_bytes(b"mot bien ban khac")
    else:
        stored.unlink()
    code, out = check(cli, demo_dir)
    assert code == 1 and "bien-ban.pdf" in out, out
    r = cli("--data-dir", demo_dir, "export", "--year", "2024", "--with-evidence", "--out", tmp_path / "x.khcds")
    assert r.code == 1 and "bien-ban.pdf" in r.err and not (tmp_path / "x.khcds").exists()


def test_the_city_refuses_evidence_changed_after_it_was_attached(demo_dir: Path, tmp_path: Path) -> None:
    import hashlib
    import zipfile

    from desktop.errors import PackageError
    from desktop.sync import keys
    from desktop.sync.package import canonical_json, read_package

    add_update_with_file(demo_dir, tmp_path)
    s = open_store(demo_dir)
    try:
        from desktop.sync.package import export_plan

        out = export_plan(s, 2024, tmp_path / "ok.khcds", with_evidence=True).path
    finally:
        s.close()
    assert read_package(out).evidence_parts
    # the unit's own key signs a package whose evidence part no longer hashes to its name
    with zipfile.ZipFile(out) as z:
        members = {n: z.read(n) for n in z.namelist()}
    import json

    man = json.loads(members["manifest.json"])
    ev = next(n for n in members if n.startswith("evidence/"))
    members[ev] = b"noi dung da bi thay"
    man["parts"][ev] = {"sha256": hashlib.sha256(members[ev]).hexdigest(), "size": len(members[ev])}
    key = keys.load_or_create(DataDir(demo_dir))
    members["manifest.json"] = canonical_json(man)
    members["manifest.sig"] = key.sign(members["manifest.json"])
    bad = tmp_path / "bad.khcds"
    with zipfile.ZipFile(bad, "w") as z:
        for n, b in members.items():
            z.writestr(n, b)
    with pytest.raises(PackageError, match="minh chứng"):
        read_package(bad)


# -- the city's store --------------------------------------------------------------------------
@pytest.fixture
def city_with_data(tmp_path: Path, demo_dir: Path, cli) -> Path:
    from desktop.services import city
    from desktop.sync.package import export_plan

    s = open_store(demo_dir)
    try:
        pkg = export_plan(s, 2024, tmp_path / "an-lao.khcds").path
    finally:
        s.close()
    d = tmp_path / "city"
    s = open_store(d)
    city.init_city(s, "31")
    s.close()
    assert cli("--data-dir", d, "city", "import", "--accept-new-keys", pkg).code == 0
    assert check(cli, d)[0] == 0
    return d


@pytest.mark.parametrize(
    "edit",
    [
        "UPDATE city_tasks SET percent = 3, status = 'late' WHERE id = (SELECT min(id) FROM city_tasks)",
        "UPDATE city_targets SET latest_value = '100', met = 1 WHERE id = (SELECT min(id) FROM city_targets)",
        # the current plan's data is its receipt's: an edit of it is found as an edit of both
        "UPDATE city_receipts SET data_deflated = replace_deflated(data_deflated, 'in_progress', 'done') "
        "WHERE id IN (SELECT receipt_id FROM city_submissions)",
        "UPDATE city_receipts SET data_deflated = replace_deflated(data_deflated, 'in_progress', 'done')",
        "UPDATE city_submissions SET revision = revision + 1",
        "UPDATE city_units SET public_key = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' WHERE code = '11629'",
        "UPDATE city_receipts SET received_at = '2001-01-01 00:00:00'",
    ],
    ids=["task", "target", "submission", "revision", "submission-link", "trusted-key", "receipt-time"],
)
def test_edits_of_the_city_store_are_found(city_with_data: Path, cli, edit: str, request) -> None:  # type: ignore[no-untyped-def]
    sql(city_with_data, edit)
    code, out = check(cli, city_with_data)
    assert code == 1, out
    said = {
        "submission": "Dữ liệu đang dùng của đơn vị 11629 năm 2024 đã bị sửa",
        "revision": "đã bị sửa trong tệp dữ liệu của thành phố",
        "submission-link": "không khớp lần gửi nào thành phố đã nhận",
    }.get(request.node.callspec.id)
    assert said is None or said in out, out
