"""safety: city revision history, pending keys, key epochs; audit state hashes and seals

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"  # assigned 0003; follows 0005, the last merged before it, so the chain stays one line
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("city_receipts", schema=None) as b:
        b.add_column(sa.Column("key_epoch", sa.Integer(), server_default="0", nullable=False))
        b.add_column(sa.Column("file_sha256", sa.String(length=64), nullable=True))
        b.add_column(sa.Column("key_fingerprint", sa.String(length=64), nullable=True))
        b.add_column(sa.Column("data", sa.Text(), nullable=True))
        b.add_column(sa.Column("rejected_at", sa.DateTime(), nullable=True))
        b.add_column(sa.Column("reject_reason", sa.Text(), nullable=True))
    with op.batch_alter_table("city_units", schema=None) as b:
        b.add_column(sa.Column("key_epoch", sa.Integer(), server_default="0", nullable=False))
    with op.batch_alter_table("city_submissions", schema=None) as b:
        b.add_column(sa.Column("key_epoch", sa.Integer(), server_default="0", nullable=False))
        b.add_column(sa.Column("first_received_at", sa.DateTime(), nullable=True))
    # the current revision's data was the only one kept: give it to its receipt
    op.execute(
        "UPDATE city_receipts SET "
        "data = (SELECT s.data FROM city_submissions s WHERE s.unit_code = city_receipts.unit_code "
        "AND s.year = city_receipts.year AND s.plan_key = city_receipts.plan_key AND s.revision = city_receipts.revision), "
        "file_sha256 = (SELECT s.file_sha256 FROM city_submissions s WHERE s.unit_code = city_receipts.unit_code "
        "AND s.year = city_receipts.year AND s.plan_key = city_receipts.plan_key AND s.revision = city_receipts.revision), "
        "key_fingerprint = (SELECT s.key_fingerprint FROM city_submissions s "
        "WHERE s.unit_code = city_receipts.unit_code AND s.year = city_receipts.year "
        "AND s.plan_key = city_receipts.plan_key AND s.revision = city_receipts.revision)"
    )
    op.execute(
        "UPDATE city_submissions SET first_received_at = COALESCE((SELECT min(r.received_at) FROM city_receipts r "
        "WHERE r.unit_code = city_submissions.unit_code AND r.year = city_submissions.year "
        "AND r.plan_key = city_submissions.plan_key), received_at)"
    )
    op.create_table(
        "city_pending",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_city_pending")),
        sa.UniqueConstraint("file_sha256", name=op.f("uq_city_pending_file_sha256")),
    )
    with op.batch_alter_table("city_pending", schema=None) as b:
        b.create_index(b.f("ix_city_pending_unit_code"), ["unit_code"], unique=False)
    with op.batch_alter_table("audit_log", schema=None) as b:
        b.add_column(sa.Column("state_hash", sa.String(length=64), nullable=True))
    # rows made before their state was chained have no state-hashed entry: note how far each
    # table went, so that ``khcds check`` asks an entry only of the rows made after this upgrade
    import json

    bind = op.get_bind()
    baseline = {}
    for t in (
        "plans",
        "plan_tasks",
        "plan_targets",
        "budget_lines",
        "plan_sections",
        "plan_legal_bases",
        "task_updates",
        "evidence",
        "target_measurements",
        "report_texts",
        "city_units",
        "city_receipts",
    ):
        baseline[t] = bind.execute(sa.text(f"SELECT COALESCE(MAX(id), 0) FROM {t}")).scalar() or 0
    if any(baseline.values()):  # a new, empty store needs none: every row it gets is chained
        bind.execute(
            sa.text("INSERT INTO settings (key, value) VALUES ('audit_state_baseline', :v)"),
            {"v": json.dumps(baseline, sort_keys=True)},
        )
    op.create_table(
        "audit_seals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("last_entry_id", sa.Integer(), nullable=False),
        sa.Column("head_hash", sa.String(length=64), nullable=False),
        sa.Column("state_digest", sa.String(length=64), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_seals")),
    )


def downgrade() -> None:
    op.execute("DELETE FROM settings WHERE key = 'audit_state_baseline'")
    op.drop_table("audit_seals")
    with op.batch_alter_table("audit_log", schema=None) as b:
        b.drop_column("state_hash")
    with op.batch_alter_table("city_pending", schema=None) as b:
        b.drop_index(b.f("ix_city_pending_unit_code"))
    op.drop_table("city_pending")
    with op.batch_alter_table("city_submissions", schema=None) as b:
        b.drop_column("first_received_at")
        b.drop_column("key_epoch")
    with op.batch_alter_table("city_units", schema=None) as b:
        b.drop_column("key_epoch")
    with op.batch_alter_table("city_receipts", schema=None) as b:
        for c in ("reject_reason", "rejected_at", "data", "key_fingerprint", "file_sha256", "key_epoch"):
            b.drop_column(c)
