"""several plans a year

A unit holds several plans a year, each with its kind, issuing body, period, own
template (or none), reporting rhythm and the assessment of the previous year;
targets take ranges, per-group values, a measurement rhythm, a baseline and a due
date; the city keeps one submission per plan. Existing plans become the year's
annual UBND plan over their year, existing targets cumulative, existing city
submissions the annual plan of their unit and year.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

import desktop.models.types

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("city_receipts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("plan_key", sa.String(length=32), nullable=False, server_default=""))

    with op.batch_alter_table("city_submissions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("plan_key", sa.String(length=32), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("kind", sa.String(length=20), nullable=False, server_default="hang_nam"))
        batch_op.add_column(sa.Column("issuer", sa.String(length=20), nullable=False, server_default="ubnd"))
        batch_op.add_column(sa.Column("plan_title", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("plan_start", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("plan_end", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("report_rules", desktop.models.types.JsonList(), nullable=False, server_default="[]")
        )
        batch_op.drop_constraint(batch_op.f("uq_city_submissions_unit_code"), type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f("uq_city_submissions_unit_code"), ["unit_code", "year", "plan_key"]
        )
        batch_op.create_index(batch_op.f("ix_city_submissions_kind"), ["kind"], unique=False)

    with op.batch_alter_table("plan_targets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("city_value_max", desktop.models.types.Money(length=40), nullable=True))
        batch_op.add_column(sa.Column("value_max", desktop.models.types.Money(length=40), nullable=True))
        batch_op.add_column(sa.Column("groups", desktop.models.types.JsonList(), nullable=False, server_default="[]"))
        batch_op.add_column(
            sa.Column(
                "measure",
                sa.Enum("monthly", "quarterly", "cumulative", name="targetmeasure", native_enum=False, length=20),
                nullable=False,
                server_default="cumulative",
            )
        )
        batch_op.add_column(sa.Column("baseline", desktop.models.types.Money(length=40), nullable=True))
        batch_op.add_column(sa.Column("baseline_note", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("due", sa.Date(), nullable=True))

    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.add_column(sa.Column("uid", sa.String(length=32), nullable=True))
        batch_op.add_column(
            sa.Column(
                "kind",
                sa.Enum("hang_nam", "trien_khai", "chien_dich", name="plankind", native_enum=False, length=20),
                nullable=False,
                server_default="hang_nam",
            )
        )
        batch_op.add_column(
            sa.Column(
                "issuer",
                sa.Enum("ubnd", "dang_uy", "ban_chi_dao", "ban_thuong_vu", name="issuer", native_enum=False, length=20),
                nullable=False,
                server_default="ubnd",
            )
        )
        batch_op.add_column(sa.Column("start_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("end_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("implements", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column("report_rules", desktop.models.types.JsonList(), nullable=False, server_default="[]")
        )
        batch_op.add_column(sa.Column("previous_year", sa.Text(), nullable=True))
        batch_op.alter_column("template_id", existing_type=sa.INTEGER(), nullable=True)
        batch_op.drop_constraint(batch_op.f("uq_plans_unit_id"), type_="unique")
        batch_op.create_index(batch_op.f("ix_plans_unit_id"), ["unit_id"], unique=False)

    # every existing plan gets its identity; it stays the year's annual UBND plan
    con = op.get_bind()
    plans = sa.table("plans", sa.column("id", sa.Integer), sa.column("uid", sa.String))
    for (pid,) in con.execute(sa.select(plans.c.id)).all():
        con.execute(plans.update().where(plans.c.id == pid).values(uid=uuid.uuid4().hex))
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.alter_column("uid", existing_type=sa.String(length=32), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_plans_uid"), ["uid"])

    with op.batch_alter_table("target_measurements", schema=None) as batch_op:
        batch_op.add_column(sa.Column("groups", desktop.models.types.JsonList(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("target_measurements", schema=None) as batch_op:
        batch_op.drop_column("groups")

    # several plans of a year cannot go back to one: refuse rather than lose one
    con = op.get_bind()
    extra = con.execute(sa.text("SELECT count(*) FROM plans GROUP BY unit_id, year HAVING count(*) > 1")).first()
    if extra is not None:
        raise RuntimeError("several plans in one year: cannot downgrade below 0004")
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_plans_uid"), type_="unique")
        batch_op.drop_index(batch_op.f("ix_plans_unit_id"))
        batch_op.create_unique_constraint(batch_op.f("uq_plans_unit_id"), ["unit_id", "year"])
        batch_op.alter_column("template_id", existing_type=sa.INTEGER(), nullable=False)
        batch_op.drop_column("previous_year")
        batch_op.drop_column("report_rules")
        batch_op.drop_column("implements")
        batch_op.drop_column("end_date")
        batch_op.drop_column("start_date")
        batch_op.drop_column("issuer")
        batch_op.drop_column("kind")
        batch_op.drop_column("uid")

    with op.batch_alter_table("plan_targets", schema=None) as batch_op:
        batch_op.drop_column("due")
        batch_op.drop_column("baseline_note")
        batch_op.drop_column("baseline")
        batch_op.drop_column("measure")
        batch_op.drop_column("groups")
        batch_op.drop_column("value_max")
        batch_op.drop_column("city_value_max")

    with op.batch_alter_table("city_submissions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_city_submissions_kind"))
        batch_op.drop_constraint(batch_op.f("uq_city_submissions_unit_code"), type_="unique")
        batch_op.create_unique_constraint(batch_op.f("uq_city_submissions_unit_code"), ["unit_code", "year"])
        batch_op.drop_column("report_rules")
        batch_op.drop_column("plan_end")
        batch_op.drop_column("plan_start")
        batch_op.drop_column("plan_title")
        batch_op.drop_column("issuer")
        batch_op.drop_column("kind")
        batch_op.drop_column("plan_key")

    with op.batch_alter_table("city_receipts", schema=None) as batch_op:
        batch_op.drop_column("plan_key")
