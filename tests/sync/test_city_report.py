"""The consolidated report (Báo cáo tổng hợp) shows exactly the communes' data."""

from __future__ import annotations

import datetime as dt
import importlib.util

import pytest


def test_report_document_holds_the_data(city_dir, world, cli):
    from desktop.store import open_store
    from desktop.sync import city
    from desktop.sync.city_report import build_city_report

    assert cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", *world.packages.values()).code == 0
    s = open_store(city_dir)
    doc = build_city_report(s, 2024, today=dt.date(2024, 12, 20))
    text = doc.plain_text()
    assert "BÁO CÁO" in text and "SỞ KHOA HỌC VÀ CÔNG NGHỆ" in text
    assert "Số:       /BC-SKHCN" in text
    assert "Tổng số đơn vị phải gửi: 114; đã gửi: 3" in text and "chưa gửi: 111" in text
    for name in ("Xã An Lão", "Phường Ái Quốc", "Xã An Hưng"):
        assert name in text
    pillars = city.task_aggregates(s, 2024, dt.date(2024, 12, 20))
    for p in pillars:
        assert p.pillar in text
    total = sum(p.tasks for p in pillars)
    assert f"Tổng cộng | {total}" in text
    assert len(doc.sections) == 2 and doc.sections[1].page.orientation == "landscape"
    appendix_rows = [r for b in doc.sections[1].blocks if hasattr(b, "rows") for r in b.rows]
    assert len(appendix_rows) == 114
    assert text.count("./.") == 1
    s.close()


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_report_files(city_dir, world, cli, tmp_path, fmt):
    mod = {"docx": "desktop.documents.docx_writer", "pdf": "desktop.documents.pdf_writer"}[fmt]
    assert cli("--data-dir", city_dir, "city", "import", "--accept-new-keys", *world.packages.values()).code == 0
    out = tmp_path / f"bao-cao.{fmt}"
    r = cli("--data-dir", city_dir, "city", "document", "--year", "2024", "--format", fmt, "--out", out)
    if importlib.util.find_spec(mod) is None:
        assert r.code == 1 and "xlsx" in r.err
        pytest.skip(f"{mod} is not built yet")
    assert r.code == 0, r.err
    assert out.stat().st_size > 1000
    if fmt == "docx":
        from docx import Document

        text = "\n".join(p.text for p in Document(out).paragraphs)
        text += "\n".join(c.text for t in Document(out).tables for r in t.rows for c in r.cells)
    else:
        import pypdf

        text = "\n".join(pg.extract_text() for pg in pypdf.PdfReader(out).pages)
    for name in ("Xã An Lão", "Phường Ái Quốc", "Xã An Hưng"):
        assert name in text
    assert "BÁO CÁO" in text
