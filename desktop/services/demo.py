"""``khcds demo``: a realistic commune with a living plan, for a newcomer to look at.

Default: Xã An Lão (Hải Phòng), the 325/KH-UBND template, year 2024, with
mid-year progress: statuses, percents, notes, evidence files and cited
documents, and measured targets for quarters I and II.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.errors import UserError
from desktop.i18n import _
from desktop.models import directory
from desktop.models.enums import FundingSource, Role, TaskStatus
from desktop.models.orm import Plan
from desktop.models.period import Period, PeriodKind
from desktop.services import plans as psvc
from desktop.services import templates as tsvc
from desktop.services import tracking
from desktop.services import units as usvc
from desktop.store import Store
from desktop.vn import short_date

DEFAULT_TEMPLATE = "hp-325-2024"
DEFAULT_UNIT = "11629"  # Xã An Lão, Thành phố Hải Phòng
DEFAULT_YEAR = 2024

_CHAIR = ["Nguyễn Văn Thành", "Trần Minh Đức", "Phạm Quang Huy", "Lê Thị Thu Hà", "Vũ Đình Nam"]
_DEPUTY = ["Đỗ Thị Hồng Nhung", "Hoàng Văn Long", "Bùi Thanh Tùng", "Ngô Thị Lan", "Đặng Quốc Việt"]

# The unit's own tasks: (pillar, content, lead, coordinating, start quarter, finish quarter, product, budget)
OWN_TASKS = [
    (
        "Chính quyền số",
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tại Bộ phận Một cửa xã",
        "Văn phòng HĐND và UBND xã",
        "Công chức Tư pháp - Hộ tịch; Công chức Địa chính",
        1,
        4,
        "100% kết quả giải quyết TTHC còn hiệu lực được số hóa",
        Decimal("120"),
    ),
    (
        "Chính quyền số",
        "Xử lý hồ sơ công việc trên Hệ thống quản lý văn bản và điều hành; ký số văn bản đi",
        "Văn phòng HĐND và UBND xã",
        "Các công chức chuyên môn",
        1,
        4,
        "Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng đạt chỉ tiêu",
        None,
    ),
    (
        "Nhận thức số",
        "Thành lập và duy trì hoạt động Tổ công nghệ số cộng đồng tại các thôn",
        "Văn phòng HĐND và UBND xã",
        "Đoàn Thanh niên xã; Trưởng các thôn",
        1,
        2,
        "Quyết định thành lập; danh sách thành viên Tổ công nghệ số cộng đồng",
        Decimal("15"),
    ),
    (
        "Xã hội số",
        "Hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử VNeID mức độ 2",
        "Công an xã",
        "Đoàn Thanh niên xã; Tổ công nghệ số cộng đồng",
        1,
        3,
        "Số tài khoản VNeID được kích hoạt",
        None,
    ),
    (
        "Kinh tế số",
        "Hỗ trợ hộ kinh doanh, hợp tác xã đưa sản phẩm OCOP lên sàn thương mại điện tử",
        "Công chức Kinh tế",
        "Hội Nông dân xã; Hội Liên hiệp Phụ nữ xã",
        2,
        4,
        "Ít nhất 05 sản phẩm có gian hàng trên sàn thương mại điện tử",
        Decimal("20"),
    ),
    (
        "Hạ tầng số",
        "Nâng cấp mạng nội bộ (LAN), thiết bị tường lửa và máy tính cho Bộ phận Một cửa",
        "Văn phòng HĐND và UBND xã",
        "Bộ phận Tài chính - Kế toán",
        2,
        3,
        "Hạ tầng mạng, thiết bị được nâng cấp, nghiệm thu",
        Decimal("185.5"),
    ),
    (
        "An toàn thông tin mạng",
        "Tập huấn kỹ năng bảo đảm an toàn thông tin cho cán bộ, công chức xã",
        "Văn phòng HĐND và UBND xã",
        "Sở Thông tin và Truyền thông",
        3,
        3,
        "01 lớp tập huấn; 100% cán bộ, công chức tham gia",
        Decimal("12.75"),
    ),
    (
        "Xã hội số",
        "Vận hành hệ thống truyền thanh ứng dụng công nghệ thông tin - viễn thông",
        "Đài truyền thanh xã",
        "Văn phòng HĐND và UBND xã",
        1,
        4,
        "Hệ thống truyền thanh hoạt động ổn định",
        Decimal("48"),
    ),
]


def _mid_year_progress(i: int, rnd: random.Random) -> tuple[TaskStatus, int]:
    pattern = [
        (TaskStatus.DONE, 100),
        (TaskStatus.IN_PROGRESS, 60),
        (TaskStatus.IN_PROGRESS, 40),
        (TaskStatus.NOT_STARTED, 0),
        (TaskStatus.IN_PROGRESS, 75),
        (TaskStatus.DONE, 100),
        (TaskStatus.IN_PROGRESS, 30),
        (TaskStatus.LATE, 20),
        (TaskStatus.IN_PROGRESS, 50),
        (TaskStatus.CANCELLED, 0),
    ]
    status, pct = pattern[i % len(pattern)]
    if status is TaskStatus.IN_PROGRESS:
        pct = max(10, min(90, pct + rnd.choice([-10, 0, 5, 10])))
    return status, pct


def run_demo(
    store: Store,
    template_key: str | None = None,
    unit_code: str | None = None,
    year: int | None = None,
    seed: int = 2024,
    today: dt.date | None = None,
) -> Plan:
    """Fill the data folder with a demo commune and its plan; refuse to touch another unit.

    With ``today`` (``khcds demo`` passes the real date) the plan is for today's year, the
    template's tasks and targets shifted to it, and the progress is what it would be today:
    an update at the end of each quarter already over and one this month. Without it, the
    fixed 2024 mid-year plan (tests and benchmarks rely on it).
    """
    template_key = template_key or DEFAULT_TEMPLATE
    unit_code = unit_code or DEFAULT_UNIT
    with store.transaction() as s:
        tsvc.sync_builtins(s)
        rec = tsvc.find(s, template_key)
        if rec is None:
            raise UserError(_("Không có mẫu kế hoạch {id}. Xem: khcds templates list").format(id=template_key))
        t = tsvc.parse(rec)
        if year is None and today is not None:
            year = today.year
        year = year or (DEFAULT_YEAR if t.covers(DEFAULT_YEAR) else t.period_end)
        if not 2000 <= year <= 2100:
            raise UserError(_("Năm kế hoạch không hợp lệ: {year}.").format(year=year))
        u = directory.unit(unit_code)
        if u is None:
            raise UserError(_("Không có đơn vị mã {code} trong danh mục đơn vị hành chính.").format(code=unit_code))
        existing = usvc.current_unit(s)
        if existing is not None and existing.code != u.code:
            raise UserError(
                _(
                    "Thư mục dữ liệu đã có dữ liệu của {name}; dữ liệu mẫu không ghi đè. "
                    "Hãy dùng thư mục khác (--data-dir)."
                ).format(name=existing.name)
            )
        rnd = random.Random(f"{seed}-{u.code}-{year}")
        unit = existing
        if unit is None:
            spec = usvc.spec_for_directory_unit(u.code)
            spec.signers = [
                usvc.SignerSpec(title="CHỦ TỊCH", full_name=rnd.choice(_CHAIR)),
                usvc.SignerSpec(title="PHÓ CHỦ TỊCH", full_name=rnd.choice(_DEPUTY), deputy_of="CHỦ TỊCH"),
            ]
            spec.user_name = "Nguyễn Thị Minh Phương"
            unit = usvc.create_unit(s, spec)
            usvc.set_role(s, Role.UNIT)
        plan = psvc.get_plan(s, unit, year)
        if plan is not None:
            return plan
        plan = psvc.create_plan(s, unit, rec, year)
        _fill(s, store, plan, rnd, today)
        return plan


def _fill(s: Session, store: Store, plan: Plan, rnd: random.Random, today: dt.date | None = None) -> None:
    year = plan.year
    plan.number = None
    for pillar, content, lead, coord, q1, q2, product, budget in OWN_TASKS:
        psvc.add_own_task(
            s,
            plan.id,
            pillar=pillar,
            content=content,
            lead=lead,
            coordinating=coord,
            start=Period(PeriodKind.QUARTER, year, q1),
            finish=Period(PeriodKind.QUARTER, year, q2),
            product=product,
            budget=budget,
        )
    for task in plan.tasks:
        if task.template_ref and not task.product:
            task.product = "Báo cáo kết quả thực hiện"
        if task.template_ref and (task.lead or "").startswith(("Các Sở", "Sở")):
            task.coordinating = task.lead
            task.lead = "UBND xã"
    for task in plan.tasks:
        if task.budget:
            psvc.add_budget_line(
                s,
                plan.id,
                content=task.content,
                task_id=task.id,
                group_title="Ngân sách xã",
                funding_source=FundingSource.COMMUNE_BUDGET,
                period_text=str(year),
                approved=task.budget,
                planned=task.budget,
            )
    psvc.add_budget_line(
        s,
        plan.id,
        content="Hỗ trợ thuê dịch vụ hệ thống truyền thanh thông minh",
        group_title="Ngân sách thành phố hỗ trợ",
        funding_source=FundingSource.CITY_BUDGET,
        period_text=str(year),
        approved=Decimal("96.4"),
        planned=Decimal("48.2"),
    )
    _progress(s, store, plan, rnd, _update_dates(year, today))


def _update_dates(year: int, today: dt.date | None) -> tuple[dt.date, dt.date, list[int]]:
    """(first update, latest update, quarters measured) for a demo seen on ``today``."""
    if today is None:
        return dt.date(year, 3, 28), dt.date(year, 6, 27), [1, 2]
    if today.year > year:
        return dt.date(year, 3, 28), dt.date(year, 12, 20), [1, 2, 3, 4]
    if today.year < year:  # a plan for next year: written, nothing done yet
        return dt.date(today.year, 12, 1), dt.date(today.year, 12, 1), []
    ended = [q for q in (1, 2, 3, 4) if dt.date(year, 3 * q, 28) < today]
    latest = max(dt.date(year, 1, 2), today - dt.timedelta(days=3))
    first = dt.date(year, 3, 28) if ended else max(dt.date(year, 1, 2), today - dt.timedelta(days=20))
    return min(first, latest), latest, ended


def _progress(
    s: Session, store: Store, plan: Plan, rnd: random.Random, dates: tuple[dt.date, dt.date, list[int]]
) -> None:
    year = plan.year
    q1_date, q2_date, measured = dates
    if q1_date.year < year:  # next year's plan: no progress yet
        return
    author = plan.unit.user_name
    tmp = Path(tempfile.mkdtemp(prefix="khcds-demo-"))
    for i, task in enumerate(t for t in plan.tasks if t.adopted):
        status, pct = _mid_year_progress(i, rnd)
        if status is TaskStatus.NOT_STARTED:
            continue
        first = TaskStatus.IN_PROGRESS if status is not TaskStatus.CANCELLED else TaskStatus.CANCELLED
        tracking.record_update(
            s,
            store.data,
            task,
            tracking.UpdateSpec(
                status=first,
                percent=0 if first is TaskStatus.CANCELLED else max(10, pct // 2),
                note="Đã giao nhiệm vụ, xây dựng kế hoạch triển khai."
                if first is TaskStatus.IN_PROGRESS
                else "Nhiệm vụ do cấp thành phố triển khai tập trung; xã không thực hiện riêng.",
                on_date=q1_date,
                author=author,
            ),
        )
        if status is TaskStatus.CANCELLED:
            continue
        files: list[Path] = []
        docs: list[tracking.CitedDocument] = []
        if status is TaskStatus.DONE:
            docs.append(
                tracking.CitedDocument(
                    number=f"{rnd.randint(12, 95):02d}/BC-UBND",
                    date=(
                        dt.date(year, 6, rnd.randint(3, 24))
                        if q2_date == dt.date(year, 6, 27)
                        else q2_date - dt.timedelta(days=rnd.randint(1, max(1, min(24, (q2_date - q1_date).days))))
                    ),
                    summary="Báo cáo kết quả thực hiện nhiệm vụ",
                )
            )
            f = tmp / f"bien-ban-nghiem-thu-{i + 1:02d}.txt"
            f.write_text(
                f"BIÊN BẢN NGHIỆM THU\nNhiệm vụ: {task.content}\nNgày {short_date(q2_date)}\n", encoding="utf-8"
            )
            files.append(f)
        note = {
            TaskStatus.DONE: "Hoàn thành, đã nghiệm thu.",
            TaskStatus.IN_PROGRESS: "Đang triển khai theo kế hoạch.",
            TaskStatus.LATE: "Chậm do chưa được bố trí kinh phí; đề nghị thành phố hỗ trợ.",
        }[status]
        tracking.record_update(
            s,
            store.data,
            task,
            tracking.UpdateSpec(
                status=status,
                percent=pct,
                note=note,
                on_date=q2_date,
                files=files,
                documents=docs,
                author=author,
            ),
        )
    for target in plan.targets:
        goal = target.value or Decimal(0)
        shares = {1: Decimal("0.55"), 2: Decimal("0.8"), 3: Decimal("0.9"), 4: Decimal("1")}
        for q, share in ((q, shares[q]) for q in measured):
            v = (goal * (share + Decimal(rnd.randint(-5, 15)) / 100)).quantize(Decimal("0.1"))
            v = min(v, Decimal(100)) if target.unit == "%" else v
            tracking.record_measurement(
                s,
                target,
                Period(PeriodKind.QUARTER, year, q),
                v,
                note="Số liệu từ hệ thống báo cáo",
                measured_on=dt.date(year, 3 * q, 25),
            )


def describe_plan(store: Store, plan_id: int) -> str:
    """One line saying what the demo data holds: unit, year, template, adopted tasks, targets, folder."""
    with store.session() as s:
        p = s.get(Plan, plan_id)
        if p is None:
            raise UserError(_("Không có kế hoạch số {id}.").format(id=plan_id))
        return _(
            "Dữ liệu mẫu: {unit}, kế hoạch năm {year} theo {tpl}: {n} nhiệm vụ, {m} chỉ tiêu. Thư mục dữ liệu: {dir}"
        ).format(
            unit=p.unit.name,
            year=p.year,
            tpl=p.template.number if p.template else "-",
            n=sum(1 for t in p.tasks if t.adopted),
            m=len(p.targets),
            dir=store.data.root,
        )
