"""The documents' store reader (desktop.store.rows) on the shared PostgreSQL store: through the
open store's own DB-API connection it reads what the ORM reads, and the plan prints the same."""

from __future__ import annotations

from pathlib import Path

from desktop.store import open_store


def test_rows_read_a_server_store_as_the_orm_does(pg_url: str, tmp_path: Path) -> None:
    from desktop.services import documents
    from desktop.services import plans as psvc
    from desktop.services.demo import run_demo
    from desktop.store.rows import read_plan
    from tests.documents.test_rows import assert_same

    store = open_store(tmp_path / "pg", url=pg_url)
    lite = open_store(tmp_path / "lite")
    try:
        plan_id = run_demo(store).id
        lite_id = run_demo(lite).id
        con = store.engine.raw_connection()
        try:
            row = read_plan(con, plan_id)
        finally:
            con.close()
        assert assert_same(psvc.plan_snapshot(store, plan_id), row) > 500
        on_server = documents.render_plan(store, None, "docx", plan_id=plan_id)
        assert on_server == documents.render_plan(lite, None, "docx", plan_id=lite_id)
    finally:
        store.close()
        lite.close()
