"""The same models and migrations run on PostgreSQL (the shared city store)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import select, text

from desktop.store import open_store


def test_migrations_and_exact_money_on_postgres(pg_url: str, tmp_path: Path) -> None:
    from desktop.models.orm import Plan
    from desktop.services.demo import run_demo
    from desktop.store.audit import verify_chain

    store = open_store(tmp_path, url=pg_url)
    try:
        assert store.engine.dialect.name == "postgresql"
        run_demo(store)
        with store.session() as s:
            plan = s.scalar(select(Plan))
            assert plan.unit.name == "Xã An Lão"
            lines = plan.budget_lines
            assert any(b.approved == Decimal("185.5") for b in lines)
            assert verify_chain(s) == []
        with store.engine.connect() as con:
            kind = con.execute(
                text(
                    "SELECT data_type FROM information_schema.columns "
                    "WHERE table_name='budget_lines' AND column_name='approved'"
                )
            ).scalar()
            assert kind == "numeric"
    finally:
        store.close()
    # opening again finds the schema current
    open_store(tmp_path, url=pg_url).close()


def test_cli_with_db_url(pg_url: str, tmp_path: Path, cli) -> None:
    r = cli("--data-dir", tmp_path, "--db-url", pg_url, "templates", "list", "--json")
    assert r.code == 0, r.err
    assert "hp-325-2024" in r.out
