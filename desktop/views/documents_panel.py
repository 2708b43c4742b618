"""Văn bản: generate the plan (KH) or a period's report (BC), see it, print it,
save it as DOCX and PDF. Generation runs off the GUI thread with a progress bar.

It calls ``desktop.services.documents`` (``generate_plan`` / ``generate_report``); the
preview renders the PDF's pages to images (pypdfium2, else ``pdftoppm``) when one is installed
(QtPdf is not part of PySide6-Essentials) and otherwise offers to open the PDF.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import KhcdsError
from desktop.models.period import report_period
from desktop.views.common import heading, hint, show_error, show_info
from desktop.views.widgets import Page
from desktop.views.worker import run_in_background
from desktop.views.workspace import Workspace
from desktop.vn import day_month

log = logging.getLogger(__name__)


def generate(
    store: Any, year: int, kind: str, period: str | None, fmt: str, out: Path, plan_id: int | None = None
) -> Path:
    """Write the plan or the report to ``out`` in ``fmt`` ("pdf" | "docx"); returns the path."""
    from desktop.services import documents as dsvc

    if kind == "plan":
        return dsvc.generate_plan(store, year, fmt, out, plan_id=plan_id).path
    return dsvc.generate_report(store, year, period or "", fmt, out, plan_id=plan_id).path


def render_pages(pdf: Path, dpi: int = 72) -> list[QImage]:
    """The PDF's pages as images: with pypdfium2 where it is installed (a dependency on
    Windows), else with poppler's ``pdftoppm``; none when neither is there (the user then
    opens the PDF in the system's viewer)."""
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return _render_pdftoppm(pdf, dpi)
    return _render_pdfium(pdf, dpi)


def _render_pdfium(pdf: Path, dpi: int) -> list[QImage]:
    import pypdfium2 as pdfium

    out: list[QImage] = []
    doc = pdfium.PdfDocument(str(pdf))
    try:
        for i in range(len(doc)):
            page = doc[i]
            try:
                img = page.render(scale=dpi / 72).to_pil().convert("RGB")
            finally:
                page.close()
            data = img.tobytes("raw", "RGB")
            out.append(QImage(data, img.width, img.height, 3 * img.width, QImage.Format.Format_RGB888).copy())
    finally:
        doc.close()
    return out


def _render_pdftoppm(pdf: Path, dpi: int) -> list[QImage]:
    exe = shutil.which("pdftoppm")
    if exe is None:
        return []
    tmp = Path(tempfile.mkdtemp(prefix="khcds-preview-"))
    try:
        subprocess.run(
            [exe, "-r", str(dpi), "-png", str(pdf), str(tmp / "p")], check=True, capture_output=True, timeout=120
        )
        return [QImage(str(p)) for p in sorted(tmp.glob("p*.png"))]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


class DocumentsPage(Page):
    def __init__(self, ws: Workspace, settings: Any = None) -> None:
        super().__init__(ws)
        self.settings = settings
        lay = QVBoxLayout(self)
        lay.addWidget(heading(self.tr("Văn bản: in kế hoạch và báo cáo")))
        lay.addWidget(
            hint(
                self.tr(
                    '1. Chọn văn bản. 2. Bấm "Lập văn bản" để xem trước. 3. In, hoặc lưu thành tệp Word (DOCX) hay PDF.'
                )
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.kind = QComboBox()
        self.kind.setObjectName("doc_kind")
        self.kind.addItem(self.tr("Kế hoạch (KH)"), "plan")
        self.kind.addItem(self.tr("Báo cáo kết quả thực hiện (BC)"), "report")
        self.period = QComboBox()
        self.period.setObjectName("doc_period")
        self.kind.setMinimumWidth(320)
        self.period.setMinimumWidth(320)
        self._fill_periods()
        form.addRow(self.tr("&Văn bản:"), self.kind)
        self.texts_btn = QPushButton(self.tr("Soạn &nội dung báo cáo..."))
        self.texts_btn.setObjectName("report_texts_button")
        self.texts_btn.setToolTip(
            self.tr("Tồn tại, hạn chế; đề xuất, kiến nghị; nhiệm vụ kỳ tới: sửa bằng lời của đơn vị")
        )
        prow = QHBoxLayout()
        prow.addWidget(self.period, 1)
        prow.addWidget(self.texts_btn)
        period_label = QLabel(self.tr("&Kỳ báo cáo:"))
        period_label.setBuddy(self.period)
        form.addRow(period_label, prow)
        lay.addLayout(form)
        row = QHBoxLayout()
        self.make_btn = QPushButton(self.tr("&Lập văn bản"))
        self.make_btn.setObjectName("doc_generate")
        f = self.make_btn.font()
        f.setBold(True)
        self.make_btn.setFont(f)
        self.print_btn = QPushButton(self.tr("&In..."))
        self.save_pdf = QPushButton(self.tr("Lưu &PDF..."))
        self.save_docx = QPushButton(self.tr("Lưu &Word (DOCX)..."))
        self.open_btn = QPushButton(self.tr("&Mở bằng chương trình khác"))
        for b in (self.make_btn, self.print_btn, self.save_pdf, self.save_docx, self.open_btn):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        lay.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("doc_status")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        view = QHBoxLayout()
        self.prev_page = QPushButton(self.tr("◀ Trang trước"))
        self.prev_page.setObjectName("doc_prev_page")
        self.next_page = QPushButton(self.tr("Trang sau ▶"))
        self.next_page.setObjectName("doc_next_page")
        self.page_label = QLabel()
        self.page_label.setObjectName("doc_page_label")
        self.zoom = QComboBox()
        self.zoom.setObjectName("doc_zoom")
        for z in (50, 75, 100, 125, 150, 200):
            self.zoom.addItem(f"{z}%", z)
        self.zoom.setCurrentIndex(self.zoom.findData(100))
        self.zoom_out = QPushButton(self.tr("Thu nhỏ"))
        self.zoom_out.setObjectName("doc_zoom_out")
        self.zoom_in = QPushButton(self.tr("Phóng to"))
        self.zoom_in.setObjectName("doc_zoom_in")
        for label_or_button in (self.prev_page, self.page_label, self.next_page):
            view.addWidget(label_or_button)
        view.addStretch(1)
        view.addWidget(QLabel(self.tr("Cỡ xem:")))
        for wdg in (self.zoom_out, self.zoom, self.zoom_in):
            view.addWidget(wdg)
        lay.addLayout(view)
        self.page = 0
        self.preview_scroll = QScrollArea()
        self.preview_scroll.setObjectName("doc_preview")
        self.preview_scroll.setWidgetResizable(True)
        self.preview_scroll.setStyleSheet("QScrollArea { background: #8a8f96; }")
        self.pages = QWidget()
        self.pages.setStyleSheet("background: #8a8f96;")
        self.pages_lay = QVBoxLayout(self.pages)
        self.pages_lay.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview_scroll.setWidget(self.pages)
        lay.addWidget(self.preview_scroll, 1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.period.currentIndexChanged.connect(self._choice_changed)
        ws.planSwitched.connect(self._plan_switched)
        self.prev_page.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_page.clicked.connect(lambda: self.show_page(self.page + 1))
        self.zoom.currentIndexChanged.connect(lambda _i: self._show_pages())
        self.zoom_out.clicked.connect(lambda: self.zoom.setCurrentIndex(max(0, self.zoom.currentIndex() - 1)))
        self.zoom_in.clicked.connect(
            lambda: self.zoom.setCurrentIndex(min(self.zoom.count() - 1, self.zoom.currentIndex() + 1))
        )
        self.preview_scroll.verticalScrollBar().valueChanged.connect(lambda _v: self._track_page())
        self.texts_btn.clicked.connect(lambda: self.edit_report_texts())
        self.make_btn.clicked.connect(lambda: self.make())
        self.print_btn.clicked.connect(lambda: self.print_document())
        self.save_pdf.clicked.connect(lambda: self.save_as("pdf"))
        self.save_docx.clicked.connect(lambda: self.save_as("docx"))
        self.open_btn.clicked.connect(self._open_external)
        self.pdf: Path | None = None
        self.made_for: tuple[int, str, str | None] | None = None  # what self.pdf shows
        self.images: list[QImage] = []
        self._tmp = Path(tempfile.mkdtemp(prefix="khcds-doc-"))
        self._kind_changed()
        self._set_ready(False)

    def _frequencies(self) -> set[str]:
        from desktop.services import plans as psvc

        return {r.frequency for r in psvc.report_rules(self.ws.plan)}

    def _fill_periods(self) -> None:
        """The report periods of the plan's rhythm: weeks and months when the plan reports weekly or
        monthly, then the quarters, the half year and the year as every plan may report them."""
        from desktop.models.period import Period

        freqs = self._frequencies()
        year = self.ws.plan.year
        blocker = QSignalBlocker(self.period)
        self.period.clear()
        if "week" in freqs:
            last = dt.date(year, 12, 28).isocalendar()[1]
            for w in range(1, last + 1):
                p = Period.week(year, w)
                self.period.addItem(
                    self.tr("Tuần {n} ({a} - {b})").format(n=w, a=day_month(p.start), b=day_month(p.end)),
                    f"w{w}",
                )
        if "month" in freqs:
            for m in range(1, 13):
                self.period.addItem(self.tr("Tháng {m}").format(m=m), f"m{m}")
        for code, label in (
            ("q1", self.tr("Quý I")),
            ("q2", self.tr("Quý II")),
            ("h1", self.tr("6 tháng đầu năm")),
            ("q3", self.tr("Quý III")),
            ("q4", self.tr("Quý IV")),
            ("year", self.tr("Cả năm")),
        ):
            self.period.addItem(label, code)
        del blocker

    def _plan_switched(self) -> None:
        self._fill_periods()
        self._period_set = False

    def default_period(self) -> str:
        """The period under way today in the plan's rhythm: this month for a monthly plan, Quý IV on
        30/11 for a quarterly one; the whole year once it is over."""
        year, today = self.ws.plan.year, self.ws.today()
        if today.year > year:
            return "year"
        if today.year < year:
            return "q1"
        freqs = self._frequencies()
        if "week" in freqs:
            return f"w{today.isocalendar()[1]}"
        if "month" in freqs:
            return f"m{today.month}"
        return f"q{(today.month - 1) // 3 + 1}"

    def refresh(self) -> None:
        if not getattr(self, "_period_set", False):
            self._period_set = True
            self.period.setCurrentIndex(max(0, self.period.findData(self.default_period())))

    def _kind_changed(self) -> None:
        self.period.setEnabled(self.kind.currentData() == "report")
        self.texts_btn.setEnabled(self.kind.currentData() == "report")
        self._choice_changed()

    def _choice_changed(self) -> None:
        """Another document or period: the preview no longer shows it, so it is put away
        (print waits for "Lập văn bản"; saving makes the chosen one afresh)."""
        if self.pdf is not None and self.made_for != self._args_or_none():
            self.pdf, self.made_for, self.images = None, None, []
            self._show_pages()
            self._set_ready(False)
            self.status.setText(self.tr('Đã chọn văn bản khác: bấm "Lập văn bản" để xem trước.'))

    def _args_or_none(self) -> tuple[int, str, str | None] | None:
        try:
            return self._args()
        except Exception:  # no plan loaded yet
            return None

    def edit_report_texts(self, exec_dialog: bool = True) -> Any:
        from desktop.models.period import report_period
        from desktop.views.report_texts import ReportTextsDialog

        dlg = ReportTextsDialog(self.ws, report_period(self.ws.plan.year, self.period.currentData()), self)
        if exec_dialog:
            dlg.exec()
        return dlg

    def _set_ready(self, ready: bool) -> None:
        for b in (self.print_btn, self.open_btn):
            b.setEnabled(ready)
        # saving always writes the document chosen now (made afresh when the preview shows another)
        self.save_pdf.setEnabled(True)
        self.save_docx.setEnabled(True)
        self._update_paging()

    def _busy(self, busy: bool, text: str = "") -> None:
        self.progress.setVisible(busy)
        self.make_btn.setEnabled(not busy)
        if text:
            self.status.setText(text)

    def _args(self) -> tuple[int, str, str | None]:
        kind = self.kind.currentData()
        return self.ws.plan.year, kind, (self.period.currentData() if kind == "report" else None)

    def make(self, then: Any = None) -> None:
        """Generate a PDF and show it (off the GUI thread); ``then()`` afterwards."""
        year, kind, period = self._args()
        if period is not None:
            report_period(year, period)  # validates
        out = self._tmp / (f"KH-{year}.pdf" if kind == "plan" else f"BC-{year}-{period}.pdf")
        store = self.ws.store
        plan_id = self.ws.plan_id
        self._busy(True, self.tr("Đang lập văn bản..."))

        def work() -> tuple[Path, list[QImage]]:
            pdf = generate(store, year, kind, period, "pdf", out, plan_id)
            return pdf, render_pages(pdf)

        def done(result: tuple[Path, list[QImage]]) -> None:
            self._busy(False)
            self.pdf, self.images = result
            self.made_for = (year, kind, period)
            self.page = 0
            self._show_pages()
            self._set_ready(True)
            self.status.setText(
                self.tr("Đã lập xong: {n} trang.").format(n=len(self.images))
                if self.images
                else self.tr('Đã lập xong. Bấm "Mở bằng chương trình khác" để xem.')
            )
            if then is not None:
                then()

        run_in_background(work, done, self._failed)

    def _failed(self, err: BaseException) -> None:
        self._busy(False)
        log.info("document failed: %r", err)
        msg = str(err) if isinstance(err, KhcdsError) else self.tr("Không lập được văn bản: {e}").format(e=err)
        self.status.setText(msg)
        show_error(self, msg)

    def _show_pages(self) -> None:
        while self.pages_lay.count():
            taken = self.pages_lay.takeAt(0)
            w = taken.widget() if taken is not None else None
            if w is not None:
                w.deleteLater()
        factor = (self.zoom.currentData() or 100) / 100
        for img in self.images:
            lab = QLabel()
            pm = QPixmap.fromImage(img)
            if factor != 1:
                pm = pm.scaledToWidth(max(1, int(pm.width() * factor)), Qt.TransformationMode.SmoothTransformation)
            lab.setPixmap(pm)
            lab.setFixedSize(pm.size())
            lab.setStyleSheet("background: white; border: 1px solid #555;")
            self.pages_lay.addWidget(lab, 0, Qt.AlignmentFlag.AlignHCenter)
        self._update_paging()

    def page_widgets(self) -> list[QWidget]:
        items = (self.pages_lay.itemAt(i) for i in range(self.pages_lay.count()))
        widgets = (item.widget() for item in items if item is not None)
        return [w for w in widgets if w is not None]

    def show_page(self, index: int) -> None:
        """Scroll the preview to page ``index`` (0-based)."""
        if not self.images:
            return
        self.page = max(0, min(len(self.images) - 1, index))
        self.pages_lay.activate()
        widgets = self.page_widgets()
        if self.page < len(widgets):
            self._jumping = True
            try:
                self.preview_scroll.verticalScrollBar().setValue(widgets[self.page].y() - 8)
            finally:
                self._jumping = False
        self._update_paging()

    def _track_page(self) -> None:
        if getattr(self, "_jumping", False):
            return
        y = self.preview_scroll.verticalScrollBar().value() + 16
        for i, wdg in enumerate(self.page_widgets()):
            if wdg.y() <= y < wdg.y() + wdg.height() + 16:
                if i != self.page:
                    self.page = i
                    self._update_paging()
                return

    def _update_paging(self) -> None:
        n = len(self.images)
        self.page_label.setText(self.tr("Trang {i}/{n}").format(i=self.page + 1, n=n) if n else "")
        self.prev_page.setEnabled(n > 0 and self.page > 0)
        self.next_page.setEnabled(n > 0 and self.page < n - 1)
        for b in (self.zoom, self.zoom_in, self.zoom_out):
            b.setEnabled(n > 0)

    def save_as(self, fmt: str, path: Path | None = None) -> None:
        year, kind, period = self._args()
        if path is None:
            base = f"KH-{year}" if kind == "plan" else f"BC-{year}-{period}"
            folder = self.settings.last_folder() if self.settings else ""
            name, _f = QFileDialog.getSaveFileName(
                self,
                self.tr("Lưu văn bản"),
                str(Path(folder) / f"{base}.{fmt}"),
                self.tr("Tệp PDF (*.pdf)") if fmt == "pdf" else self.tr("Tệp Word (*.docx)"),
            )
            if not name:
                return
            path = Path(name)
            if self.settings:
                self.settings.remember_folder(path)
        store = self.ws.store
        plan_id = self.ws.plan_id
        target = path
        self._busy(True, self.tr("Đang lưu..."))

        shown = self.pdf if self.made_for == (year, kind, period) else None  # never another document

        def work() -> Path:
            if fmt == "pdf" and shown is not None and shown.exists():
                from desktop.fsutil import atomic_writer

                with atomic_writer(target) as fh:
                    fh.write(shown.read_bytes())
                return target
            return generate(store, year, kind, period, fmt, target, plan_id)

        def done(p: Path) -> None:
            self._busy(False)
            self.status.setText(self.tr("Đã lưu: {p}").format(p=p))
            self.last_saved = p

        run_in_background(work, done, self._failed)

    def print_current(self) -> None:
        """Ctrl+P: print the chosen document, made first when the preview does not show it."""
        if self.pdf is not None and self.made_for == self._args():
            self.print_document()
        else:
            self.make(then=lambda: self.print_document())

    def print_document(self, printer: QPrinter | None = None) -> bool:
        """Print the generated PDF at full quality.

        Chosen from the window (no ``printer`` given), the PDF goes to the system's own PDF
        printing: Windows prints it with the default PDF application, CUPS (``lp``) takes it
        as it is. Given a QPrinter (or with neither of those), pages are drawn at the
        printer's resolution (up to 300 dpi), never the 72 dpi of the preview.
        """
        if self.pdf is None or not Path(self.pdf).exists():
            show_info(self, self.tr('Hãy bấm "Lập văn bản" trước khi in.'))
            return False
        pdf = Path(self.pdf)
        if printer is None:
            if sys.platform == "win32":
                try:
                    os.startfile(str(pdf), "print")  # type: ignore[attr-defined]
                except OSError:
                    show_error(
                        self, self.tr("Máy chưa có chương trình đọc PDF để in. Hãy mở tệp và in: {p}").format(p=pdf)
                    )
                    return False
                self.status.setText(self.tr("Đã gửi văn bản tới máy in mặc định."))
                return True
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dlg = QPrintDialog(printer, self)
            dlg.setWindowTitle(self.tr("In văn bản"))
            if dlg.exec() != QPrintDialog.DialogCode.Accepted:
                return False
            lp = shutil.which("lp")
            if lp and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName():
                r = subprocess.run(
                    [lp, "-d", printer.printerName(), "-n", str(max(1, printer.copyCount())), str(pdf)],
                    capture_output=True,
                    text=True,
                    timeout=60,
                )
                if r.returncode == 0:
                    self.status.setText(self.tr("Đã gửi văn bản tới máy in."))
                    return True
        images = render_pages(pdf, dpi=min(300, max(72, printer.resolution())))
        if not images:
            show_error(self, self.tr("Không in trực tiếp được trên máy này. Hãy mở tệp PDF và in: {p}").format(p=pdf))
            return False
        painter = QPainter(printer)
        try:
            for i, img in enumerate(images):
                if i:
                    printer.newPage()
                rect = painter.viewport()
                size = img.size()
                size.scale(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(rect.x(), rect.y(), size.width(), size.height())
                painter.setWindow(img.rect())
                painter.drawImage(0, 0, img)
                painter.setViewport(rect)
        finally:
            painter.end()
        self.status.setText(self.tr("Đã gửi văn bản tới máy in."))
        return True

    def _open_external(self) -> None:
        if self.pdf is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf)))
