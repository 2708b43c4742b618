"""Documents of the demo commune, generated once per session and read back by the tests."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class Docs:
    data: Path
    plan_docx: Path
    plan_pdf: Path
    report_docx: Path
    report_pdf: Path
    year_pdf: Path
    year_docx: Path


@pytest.fixture(scope="session")
def docs(_demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Docs:
    from desktop.services import documents as service
    from desktop.store import open_store

    root = tmp_path_factory.mktemp("docs")
    data = root / "data"
    shutil.copytree(_demo_master, data)
    store = open_store(data)
    try:
        d = Docs(
            data,
            root / "plan.docx",
            root / "plan.pdf",
            root / "bc-q2.docx",
            root / "bc-q2.pdf",
            root / "bc-year.pdf",
            root / "bc-year.docx",
        )
        service.generate_plan(store, 2024, "docx", d.plan_docx)
        service.generate_plan(store, 2024, "pdf", d.plan_pdf)
        service.generate_report(store, 2024, "q2", "docx", d.report_docx)
        service.generate_report(store, 2024, "q2", "pdf", d.report_pdf)
        service.generate_report(store, 2024, "year", "pdf", d.year_pdf)
        service.generate_report(store, 2024, "year", "docx", d.year_docx)
    finally:
        store.close()
    return d
