"""The migrations build exactly the schema the ORM models describe (no drift between the two)."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext


def test_migrated_store_matches_the_models(tmp_path: Path) -> None:
    import desktop.models.city  # noqa: F401  (city tables are part of the schema)
    import desktop.models.city_scoring  # noqa: F401
    from desktop.models.orm import Base
    from desktop.store import open_store

    store = open_store(tmp_path / "data")
    try:
        with store.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(ctx, Base.metadata)
    finally:
        store.close()
    assert diff == [], "\n".join(map(str, diff))
