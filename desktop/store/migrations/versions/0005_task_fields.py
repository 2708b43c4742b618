"""province task fields: superior reference, deadline rule, event date, guiding agency

Revision ID: 0005
Revises: 0007
Create Date: 2026-11-30 12:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plan_tasks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("superior_ref", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("deadline_rule", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("event_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("guide", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("plan_tasks", schema=None) as batch_op:
        batch_op.drop_column("guide")
        batch_op.drop_column("event_date")
        batch_op.drop_column("deadline_rule")
        batch_op.drop_column("superior_ref")
