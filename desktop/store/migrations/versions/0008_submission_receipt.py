"""city: a submission points at its receipt, which keeps the data JSON once

Revision ID: 0008
Revises: 0006
Create Date: 2026-11-30 21:00:00

Every accepted file's data JSON was stored twice, by its receipt (the revision's own copy) and
by the unit's current submission. The submission's data is always that of one receipt (the
current revision's): it now points at that receipt (``receipt_id``) and keeps no copy.

For each submission the receipt is the newest standing one (not rejected) of the same unit,
year, plan, key epoch, revision and data hash. A receipt without data (kept before receipts
held their revision's data) gets the submission's; a submission without such a receipt (a
store older than the history) gets one made from its own columns, recorded in the audit trail.
No data JSON is lost: the downgrade copies each receipt's data back to its submission.
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None

FK = "fk_city_submissions_receipt_id_city_receipts"
IX = "ix_city_submissions_receipt_id"


def _sha(text: str | None) -> str | None:
    return None if text is None else hashlib.sha256(text.encode("utf-8")).hexdigest()


def upgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table("city_submissions", schema=None) as b:
        b.add_column(sa.Column("receipt_id", sa.Integer(), nullable=True))
    # 1. each submission's receipt: its revision's, standing, the newest of them
    bind.execute(
        sa.text(
            "UPDATE city_submissions SET receipt_id = (SELECT max(r.id) FROM city_receipts r "
            "WHERE r.unit_code = city_submissions.unit_code AND r.year = city_submissions.year "
            "AND r.plan_key = city_submissions.plan_key AND r.key_epoch = city_submissions.key_epoch "
            "AND r.revision = city_submissions.revision AND r.data_sha256 = city_submissions.data_sha256 "
            "AND r.rejected_at IS NULL)"
        )
    )
    # 2. a receipt kept without its data gets the submission's
    bind.execute(
        sa.text(
            "UPDATE city_receipts SET data = (SELECT s.data FROM city_submissions s "
            "WHERE s.receipt_id = city_receipts.id) "
            "WHERE data IS NULL AND id IN (SELECT receipt_id FROM city_submissions WHERE receipt_id IS NOT NULL)"
        )
    )
    # 3. two different copies (one edited in the database file): the receipt keeps the one that
    #    hashes as received; when neither does, its own (``khcds check`` names it)
    differing = bind.execute(
        sa.text(
            "SELECT s.id, r.id FROM city_submissions s JOIN city_receipts r ON r.id = s.receipt_id "
            "WHERE r.data <> s.data"
        )
    ).all()
    for sid, rid in differing:
        sub_data, sha = bind.execute(
            sa.text("SELECT data, data_sha256 FROM city_submissions WHERE id = :i"), {"i": sid}
        ).one()
        receipt_data = bind.execute(sa.text("SELECT data FROM city_receipts WHERE id = :i"), {"i": rid}).scalar()
        if _sha(receipt_data) != sha and _sha(sub_data) == sha:
            bind.execute(sa.text("UPDATE city_receipts SET data = :d WHERE id = :i"), {"d": sub_data, "i": rid})
    # 4. a submission without a receipt: one is made from its columns, so that no data is lost
    orphans = [
        sid for (sid,) in bind.execute(sa.text("SELECT id FROM city_submissions WHERE receipt_id IS NULL ORDER BY id"))
    ]
    if orphans:
        _receipts_for(bind, orphans)
    with op.batch_alter_table("city_submissions", schema=None) as b:
        b.alter_column("receipt_id", existing_type=sa.Integer(), nullable=False)
        b.create_index(IX, ["receipt_id"], unique=False)
        b.create_foreign_key(FK, "city_receipts", ["receipt_id"], ["id"])
        b.drop_column("data")


def _receipts_for(bind: sa.Connection, submission_ids: list[int]) -> None:
    """Make a receipt (outcome "new") of each submission from its own columns and point it there;
    each receipt is chained in the audit trail as the program records an accepted file."""
    from desktop.i18n import _
    from desktop.models.orm import utcnow
    from desktop.store import audit

    meta = sa.MetaData()
    receipts = sa.Table("city_receipts", meta, autoload_with=bind)
    subs = sa.Table("city_submissions", meta, autoload_with=bind)
    log = sa.Table("audit_log", meta, autoload_with=bind)
    made: list[tuple[int, str]] = []
    for sid in submission_ids:
        columns = [subs.c[c.name] for c in receipts.c if c.name in subs.c and c.name != "id"]
        values = dict(bind.execute(sa.select(*columns).where(subs.c.id == sid)).mappings().one())
        rid = bind.execute(receipts.insert().values(**values, outcome="new").returning(receipts.c.id)).scalar_one()
        bind.execute(sa.text("UPDATE city_submissions SET receipt_id = :r WHERE id = :i"), {"r": rid, "i": sid})
        made.append((rid, values["data_sha256"]))
    # the audit trail vouches for every receipt: chain an entry for each, as the import does
    cols = audit._state_columns(receipts)
    states = {
        r["id"]: audit.row_state_hash("city_receipt", r, cols)
        for r in bind.execute(sa.select(receipts).where(receipts.c.id.in_([m[0] for m in made]))).mappings()
    }
    prev = bind.execute(sa.select(log.c.hash).order_by(log.c.id.desc()).limit(1)).scalar() or audit.GENESIS
    now = utcnow()
    reason = _("lần gửi đang dùng, ghi vào lịch sử khi nâng cấp dữ liệu")
    for rid, sha in made:
        fields = {
            "at": now,
            "actor": "",
            "os_user": audit.os_user(),
            "plan_id": None,
            "entity": "city_receipt",
            "entity_id": rid,
            "action": "accept",
            "field": None,
            "old": None,
            "new": sha,
            "reason": reason,
            "state_hash": states[rid],
        }
        h = audit.entry_hash(prev, fields)
        bind.execute(log.insert().values(**fields, prev_hash=prev, hash=h))
        prev = h
    last = bind.execute(sa.select(log.c.id, log.c.hash).order_by(log.c.id.desc()).limit(1)).one()
    value = f"{last[0]}:{last[1]}"
    if not bind.execute(
        sa.text("UPDATE settings SET value = :v WHERE key = :k"), {"v": value, "k": audit.HEAD_KEY}
    ).rowcount:
        bind.execute(sa.text("INSERT INTO settings (key, value) VALUES (:k, :v)"), {"k": audit.HEAD_KEY, "v": value})


def downgrade() -> None:
    with op.batch_alter_table("city_submissions", schema=None) as b:
        b.add_column(sa.Column("data", sa.Text(), nullable=True))
    op.execute(
        "UPDATE city_submissions SET data = (SELECT r.data FROM city_receipts r WHERE r.id = city_submissions.receipt_id)"
    )
    with op.batch_alter_table("city_submissions", schema=None) as b:
        b.alter_column("data", existing_type=sa.Text(), nullable=False)
        b.drop_constraint(FK, type_="foreignkey")
        b.drop_index(IX)
        b.drop_column("receipt_id")
