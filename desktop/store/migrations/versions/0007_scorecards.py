"""scorecards: criteria sets and the unit's self-assessments with their evidence

Revision ID: 0007
Revises: 0004
Create Date: 2026-11-30 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import desktop.models.types

revision = "0007"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "criteria_sets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("province_code", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criteria_sets")),
        sa.UniqueConstraint("key", "version", name=op.f("uq_criteria_sets_key")),
    )
    op.create_table(
        "self_assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("set_id", sa.Integer(), nullable=False),
        sa.Column("set_key", sa.String(length=64), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["set_id"], ["criteria_sets.id"], name=op.f("fk_self_assessments_set_id_criteria_sets")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["unit_profiles.id"],
            name=op.f("fk_self_assessments_unit_id_unit_profiles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_self_assessments")),
        sa.UniqueConstraint("unit_id", "set_key", "period", name=op.f("uq_self_assessments_unit_id")),
    )
    op.create_table(
        "assessment_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("criterion", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("not_applicable", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["self_assessments.id"],
            name=op.f("fk_assessment_answers_assessment_id_self_assessments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_answers")),
        sa.UniqueConstraint("assessment_id", "criterion", name=op.f("uq_assessment_answers_assessment_id")),
    )
    with op.batch_alter_table("assessment_answers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assessment_answers_assessment_id"), ["assessment_id"], unique=False)
    op.create_table(
        "assessment_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("answer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=True),
        sa.Column("stored_name", sa.String(length=255), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("size", sa.Integer(), nullable=True),
        sa.Column("doc_number", sa.String(length=64), nullable=True),
        sa.Column("doc_date", sa.Date(), nullable=True),
        sa.Column("task_evidence_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["answer_id"],
            ["assessment_answers.id"],
            name=op.f("fk_assessment_evidence_answer_id_assessment_answers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_evidence_id"],
            ["evidence.id"],
            name=op.f("fk_assessment_evidence_task_evidence_id_evidence"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_evidence")),
    )
    with op.batch_alter_table("assessment_evidence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assessment_evidence_answer_id"), ["answer_id"], unique=False)

    op.create_table(
        "city_assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_code", sa.String(length=32), nullable=False),
        sa.Column("unit_name", sa.String(length=200), nullable=False),
        sa.Column("set_key", sa.String(length=64), nullable=False),
        sa.Column("set_version", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("self_total", desktop.models.types.Money(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_city_assessments")),
        sa.UniqueConstraint("unit_code", "set_key", "period", name=op.f("uq_city_assessments_unit_code")),
    )
    with op.batch_alter_table("city_assessments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_city_assessments_unit_code"), ["unit_code"], unique=False)
    op.create_table(
        "city_adjustments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("criterion", sa.String(length=32), nullable=False),
        sa.Column("self_points", desktop.models.types.Money(), nullable=True),
        sa.Column("points", desktop.models.types.Money(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("assessor", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["city_assessments.id"],
            name=op.f("fk_city_adjustments_assessment_id_city_assessments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_city_adjustments")),
    )
    with op.batch_alter_table("city_adjustments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_city_adjustments_assessment_id"), ["assessment_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("city_adjustments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_city_adjustments_assessment_id"))
    op.drop_table("city_adjustments")
    with op.batch_alter_table("city_assessments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_city_assessments_unit_code"))
    op.drop_table("city_assessments")
    with op.batch_alter_table("assessment_evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_evidence_answer_id"))
    op.drop_table("assessment_evidence")
    with op.batch_alter_table("assessment_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_answers_assessment_id"))
    op.drop_table("assessment_answers")
    op.drop_table("self_assessments")
    op.drop_table("criteria_sets")
