"""Save a screenshot of each main screen into docs/screenshots/ (offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]

Uses a fresh demo data folder (Xã An Lão, 325/KH-UBND) made as ``khcds demo`` makes it
today: this year's plan with its progress so far. Windows are 1366x768, the screen
officials have. The pictures the user guide shows are copied into resources/guide/.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = dt.date.today()
SIZE = (1366, 768)
GUIDE = [
    "01-wizard-province",
    "02-wizard-commune",
    "20-plan-general",
    "30-tasks",
    "40-tracking",
    "42-update-dialog",
    "50-documents",
    "60-send-to-city",
    "70-city-status",
]


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtWidgets import QApplication

    from desktop.app import create_main_window, create_wizard, ensure_app
    from desktop.services.demo import run_demo
    from desktop.store import open_store
    from desktop.views import common

    app = ensure_app()
    common.MESSAGE_SINK = []
    tmp = Path(tempfile.mkdtemp(prefix="khcds-shots-"))

    def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        for _ in range(3):
            app.processEvents()
        widget.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    # the first-run wizard on an empty data folder
    empty = open_store(tmp / "empty")
    wiz = create_wizard(empty, today=TODAY)
    wiz.resize(860, 660)
    wiz.show()
    wiz.province_page.search.setText("hai phong")
    shot(wiz, "01-wizard-province")
    wiz.next()
    wiz.unit_page.search.setText("an lao")
    shot(wiz, "02-wizard-commune")
    wiz.next()
    shot(wiz, "03-wizard-header")
    wiz.next()
    wiz.signers_page.chair.setText("Nguyễn Văn Thành")
    wiz.signers_page.deputy.setText("Đỗ Thị Hồng Nhung")
    shot(wiz, "04-wizard-signers")
    wiz.next()
    wiz.template_page.select_key("hp-325-2024")
    shot(wiz, "05-wizard-template")
    wiz.next()
    shot(wiz, "06-wizard-year")
    wiz.close()
    empty.close()

    store = open_store(tmp / "demo")
    run_demo(store, today=TODAY)
    w = create_main_window(store, today=lambda: TODAY)
    w.resize(*SIZE)
    w.goto_page(0)
    shot(w, "10-dashboard")
    w.goto_page(1)
    tabs = w.plan_page.tabs
    for i, name in enumerate(["general", "legal-bases", "targets", "funding", "texts"]):
        tabs.setCurrentIndex(i)
        if name == "texts":
            w.plan_page.texts.select("solutions")
        shot(w, f"2{i}-plan-{name}")
    w.goto_page(2)
    tp = w.tasks_page
    tp.select_task(tp.model.row_at(2).id)
    shot(w, "30-tasks")
    w.goto_page(3)
    tr = w.tracking
    idx = tr.proxy.index(1, 0)
    tr.view.setCurrentIndex(idx)
    shot(w, "40-tracking")
    tr.tabs.setCurrentIndex(1)
    shot(w, "41-tracking-targets")
    tr.tabs.setCurrentIndex(0)
    dlg = tr.open_update(tr.proxy.task_id(idx))
    dlg.note.setPlainText("Đã lắp đặt xong thiết bị, chờ nghiệm thu.")
    dlg.add_file(Path("C:/Users/canbo/Documents/bien-ban-lap-dat.pdf"))
    shot(dlg, "42-update-dialog")
    dlg.reject()
    w.goto_page(4)
    d = w.documents
    if d.make_btn.isEnabled():
        import time

        d.make()
        end = time.time() + 120
        while d.progress.isVisible() and time.time() < end:
            app.processEvents()
            time.sleep(0.05)
    shot(w, "50-documents")
    w.goto_page(5)
    shot(w, "60-send-to-city")
    from desktop.views.export_dialog import ExportDialog

    ed = ExportDialog(store, w.ws.plan.year, settings=w.settings, parent=w)
    ed.show()
    shot(ed, "61-export-dialog")
    ed.close()
    ed.deleteLater()
    w.goto_page(3)
    w.open_guide()
    w.guide.browser.scrollToAnchor("theo-doi")
    shot(w.guide, "80-guide")
    w.guide.close()
    w.guide.deleteLater()
    w.close()
    w.deleteLater()
    QApplication.processEvents()
    store.close()
    QApplication.processEvents()

    # city mode: Hải Phòng with a dozen communes' packages imported
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from gen_packages import generate

    from desktop.services import city
    from desktop.views.city_window import CityWindow

    files = generate(tmp / "packages", 12, 31, seed=5)
    cs = open_store(tmp / "city")
    city.init_city(cs, "31")
    city.import_paths(cs, files)
    cw = CityWindow(cs, year=2024, today=dt.date(2024, 12, 20))
    cw.resize(*SIZE)
    cw.show()
    shot(cw, "70-city-status")
    cw.close()
    cs.close()
    QApplication.processEvents()
    guide = ROOT / "resources" / "guide"
    for name in GUIDE:
        guide_picture(out / f"{name}.png", guide / f"{name}.png")
    return 0


def guide_picture(src: Path, dest: Path) -> None:
    """A screenshot as the installed guide shows it: 256 colours, so the bundle stays small."""
    from PIL import Image

    with Image.open(src) as im:
        im.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(dest, optimize=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
