"""Alembic environment: runs in-process on the connection the store hands it."""

from __future__ import annotations

from alembic import context

import desktop.models.city  # noqa: F401,E402  (city mode tables)
import desktop.models.city_scoring  # noqa: F401,E402  (city mode scorecards)
from desktop.models.orm import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # pragma: no cover - only for `alembic` run by hand
        from sqlalchemy import create_engine

        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
        with engine.begin() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
