"""The city's documents for the window and the CLI: the consolidated report (Báo cáo tổng hợp,
DOCX or PDF) and the tables (XLSX).

``city_figures`` gathers what both say (the units' submission status, the target and pillar
aggregates, the totals) from the city's store; ``letterhead`` reads who issues and signs the
report from the city folder's settings (``city_parent_body``, ``city_issuer``,
``city_issuer_name``, ``city_doc_code``, ``city_signer_title``, ``city_signer_name``,
``city_recipients``), with the Sở Khoa học và Công nghệ as default. ``desktop.documents`` lays
them out (``build_city_report``, ``city_xlsx``); ``write_report`` and ``write_xlsx`` write the
files atomically.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.errors import UserError
from desktop.i18n import _
from desktop.models import directory
from desktop.models.enums import TaskStatus
from desktop.services import units as usvc
from desktop.services.report_content import STATUS_ORDER
from desktop.vn import clean_text

if TYPE_CHECKING:
    from desktop.documents.model import Document
    from desktop.services.city import PillarAggregate, TargetAggregate, UnitStatus

# The city's settings that a consolidated report reads (``khcds city document --signer NAME
# --signer-title TITLE`` sets the last two and they are remembered).
SIGNER_NAME, SIGNER_TITLE = "city_signer_name", "city_signer_title"
SETTING_KEYS = (
    "city_parent_body",
    "city_issuer",
    "city_issuer_name",
    "city_doc_code",
    SIGNER_TITLE,
    SIGNER_NAME,
    "city_recipients",
)
LATE_UNITS_SHOWN = 15  # the consolidated report names the units with most late tasks, at most this many


@dataclass(frozen=True)
class CityFigures:
    """What the city's documents say about one year."""

    year: int
    province: directory.Province
    province_name: str
    deadline: dt.date
    as_of: dt.date
    units: list[UnitStatus]  # every unit of the province, in the status table's order
    on_time: int
    late: int
    missing: int
    missing_names: tuple[str, ...]  # the units that sent nothing, cleaned for print
    targets: list[TargetAggregate]
    pillars: list[PillarAggregate]
    pillar_totals: Mapping[TaskStatus, int]  # tasks of every pillar by status
    all_tasks: int
    done_percent: float  # share of the tasks sent that are done
    behind: tuple[UnitStatus, ...]  # the units with most late tasks, most first

    @property
    def sent(self) -> int:
        return self.on_time + self.late

    @property
    def province_word(self) -> str:
        """``tỉnh`` or ``thành phố``."""
        return "tỉnh" if self.province.kind == "tỉnh" else "thành phố"


@dataclass(frozen=True)
class CityLetterhead:
    """Who issues and signs the consolidated report."""

    parent: str  # ``UBND THÀNH PHỐ HẢI PHÒNG``
    issuer: str  # ``SỞ KHOA HỌC VÀ CÔNG NGHỆ``
    code: str  # ``SKHCN``: the document number's code
    issuer_words: str  # ``Sở Khoa học và Công nghệ`` inside a sentence
    signer_title: tuple[str, ...]
    signer_name: str
    recipients: tuple[str, ...]


def city_figures(store: Any, year: int, today: dt.date | None = None) -> CityFigures:
    from desktop.services import city

    rep = city.status(store, year, today)
    targets = city.target_aggregates(store, year)
    pillars = city.task_aggregates(store, year, rep.as_of)
    c = rep.counts()
    totals = {s: sum(p.by_status[s] for p in pillars) for s in STATUS_ORDER}
    all_tasks = sum(p.tasks for p in pillars)
    return CityFigures(
        year=year,
        province=directory.province(rep.province_code),
        province_name=rep.province_name,
        deadline=rep.deadline,
        as_of=rep.as_of,
        units=rep.units,
        on_time=c[city.SubmissionStatus.ON_TIME],
        late=c[city.SubmissionStatus.LATE],
        missing=c[city.SubmissionStatus.MISSING],
        missing_names=tuple(clean_text(u.name) for u in rep.units if u.status is city.SubmissionStatus.MISSING),
        targets=targets,
        pillars=pillars,
        pillar_totals=totals,
        all_tasks=all_tasks,
        done_percent=100 * totals[TaskStatus.DONE] / all_tasks if all_tasks else 0,
        behind=tuple(sorted((u for u in rep.units if u.late_tasks), key=lambda u: -u.late_tasks)[:LATE_UNITS_SHOWN]),
    )


def _settings(store: Any) -> dict[str, str]:
    with store.session() as s:
        return {k: v for k in SETTING_KEYS if (v := usvc.get_setting(s, k)) is not None}


def letterhead(store: Any, province: directory.Province) -> CityLetterhead:
    cfg = _settings(store)
    if province.is_national:  # the ministry's consolidated view
        parent = cfg.get("city_parent_body", "BỘ KHOA HỌC VÀ CÔNG NGHỆ")
        issuer = cfg.get("city_issuer", "CỤC CHUYỂN ĐỔI SỐ QUỐC GIA")
        code = cfg.get("city_doc_code", "CĐSQG")
        words = cfg.get("city_issuer_name", "Cục Chuyển đổi số quốc gia")
        body_name = "Bộ Khoa học và Công nghệ"
    else:
        parent = cfg.get("city_parent_body", f"UBND {province.body_name}")
        issuer = cfg.get("city_issuer", "SỞ KHOA HỌC VÀ CÔNG NGHỆ")
        code = cfg.get("city_doc_code", "SKHCN")
        words = cfg.get("city_issuer_name", "Sở Khoa học và Công nghệ")
        body_name = f"UBND {'tỉnh' if province.kind == 'tỉnh' else 'thành phố'} {province.short_name}"
    recipients = cfg.get("city_recipients") or f"{body_name};Lãnh đạo Sở;Lưu: VT"
    return CityLetterhead(
        parent=parent,
        issuer=issuer,
        code=code,
        issuer_words=words,
        signer_title=tuple(cfg.get(SIGNER_TITLE, "GIÁM ĐỐC").split("|")),
        signer_name=cfg.get(SIGNER_NAME, ""),
        recipients=tuple(recipients.split(";")),
    )


def set_signer(store: Any, name: str | None, title: str | None) -> None:
    """Remember who signs the consolidated report: ``Nguyễn Văn A`` and ``GIÁM ĐỐC`` or
    ``KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC`` (lines separated by ``|`` or `` / ``)."""
    values = {}
    if name is not None:
        n = " ".join(clean_text(name).split())
        if len(n) > 100:
            raise UserError(_("Tên người ký quá dài (tối đa 100 ký tự)."))
        values[SIGNER_NAME] = n
    if title is not None:
        lines = [" ".join(x.split()).upper() for x in clean_text(title).replace(" / ", "|").split("|")]
        lines = [x for x in lines if x]
        if not lines or len(lines) > 3 or any(len(x) > 80 for x in lines):
            raise UserError(
                _(
                    'Chức vụ người ký không hợp lệ; ví dụ: --signer-title "GIÁM ĐỐC" hoặc '
                    '--signer-title "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC".'
                )
            )
        values[SIGNER_TITLE] = "|".join(lines)
    if values:
        with store.transaction() as s:
            for k, v in values.items():
                usvc.set_setting(s, k, v)


def signer_name(store: Any) -> str:
    return _settings(store).get(SIGNER_NAME, "").strip()


def city_report_document(
    store: Any, year: int, today: dt.date | None = None, report_date: dt.date | None = None
) -> Document:
    """The consolidated report of ``year`` as a document model (data as of ``today``; dated
    ``report_date``, else left for the clerk to date)."""
    from desktop.documents.build_city_report import build_city_report

    figures = city_figures(store, year, today)
    return build_city_report(figures, letterhead(store, figures.province), report_date)


def _write_bytes(out: Path, data: bytes) -> Path:
    from desktop.fsutil import atomic_write_bytes

    try:
        atomic_write_bytes(Path(out), data)
    except OSError as e:
        raise UserError(_("Không ghi được tệp {file}: {err}").format(file=out, err=e.strerror)) from e
    return Path(out)


def write_report(store: Any, year: int, out: Path, fmt: str, today: dt.date | None = None) -> Path:
    """The consolidated report as DOCX or PDF (``fmt``), written atomically to ``out``."""
    from desktop.documents.render import render

    return _write_bytes(out, render(city_report_document(store, year, today), fmt))


def write_xlsx(store: Any, year: int, out: Path, today: dt.date | None = None) -> Path:
    """The city's tables (status, targets, tasks by pillar) as one XLSX workbook; a write error
    (a full disk) reaches the caller as the OSError it is, for the CLI to say in Vietnamese."""
    from desktop.documents.city_xlsx import city_workbook
    from desktop.fsutil import atomic_writer

    wb = city_workbook(city_figures(store, year, today))
    with atomic_writer(out) as fh:
        wb.save(fh)
    return Path(out)
