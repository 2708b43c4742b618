"""The closed vocabularies of the domain, with their Vietnamese words."""

from __future__ import annotations

import enum

from desktop.i18n import N_, _


class Level(str, enum.Enum):
    CITY = "city"
    DISTRICT = "district"
    COMMUNE = "commune"

    @property
    def display(self) -> str:
        """The label in the user's language (documents keep the Vietnamese ``label``)."""
        return _(self.label)

    @property
    def label(self) -> str:
        return {"city": N_("Cấp tỉnh, thành phố"), "district": N_("Cấp huyện"), "commune": N_("Cấp xã")}[self.value]


class Role(str, enum.Enum):
    """What a data folder is: one unit making its plan, or a city consolidating."""

    UNIT = "unit"
    CITY = "city"


class PlanState(str, enum.Enum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    ISSUED = "issued"

    @property
    def display(self) -> str:
        """The label in the user's language (documents keep the Vietnamese ``label``)."""
        return _(self.label)

    @property
    def label(self) -> str:
        return {
            "draft": N_("Dự thảo"),
            "submitted": N_("Trình phê duyệt"),
            "approved": N_("Đã phê duyệt"),
            "issued": N_("Đã ban hành"),
        }[self.value]

    @property
    def locked(self) -> bool:
        return self in (PlanState.APPROVED, PlanState.ISSUED)


class TaskStatus(str, enum.Enum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    LATE = "late"
    CANCELLED = "cancelled"

    @property
    def display(self) -> str:
        """The label in the user's language (documents keep the Vietnamese ``label``)."""
        return _(self.label)

    @property
    def label(self) -> str:
        return {
            "not_started": N_("Chưa triển khai"),
            "in_progress": N_("Đang thực hiện"),
            "done": N_("Hoàn thành"),
            "late": N_("Chậm tiến độ"),
            "cancelled": N_("Hủy bỏ"),
        }[self.value]


class TargetDirection(str, enum.Enum):
    """How a target's value is read: ``≥ 70%``, ``≤ 5``, ``= 100%`` or ``60-70%``."""

    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    EXACT = "exact"
    RANGE = "range"  # between ``value`` and ``value_max``

    @property
    def display(self) -> str:
        """The label in the user's language (documents keep the Vietnamese ``label``)."""
        return _(self.label)

    @property
    def label(self) -> str:
        return {
            "at_least": N_("Tối thiểu"),
            "at_most": N_("Tối đa"),
            "exact": N_("Đúng bằng"),
            "range": N_("Trong khoảng"),
        }[self.value]


class TargetMeasure(str, enum.Enum):
    """How often a target is measured, and so when it is due."""

    MONTHLY = "monthly"  # due at the end of every month
    QUARTERLY = "quarterly"  # due at the end of every quarter
    CUMULATIVE = "cumulative"  # accumulated, due once at the target's due date (the plan's end)

    @property
    def display(self) -> str:
        """The label in the user's language (documents keep the Vietnamese ``label``)."""
        return _(self.label)

    @property
    def label(self) -> str:
        return {"monthly": N_("Hằng tháng"), "quarterly": N_("Hằng quý"), "cumulative": N_("Lũy kế")}[self.value]


class PlanKind(str, enum.Enum):
    """What a plan is: the year's plan, a plan carrying out a named document, a campaign."""

    ANNUAL = "hang_nam"
    IMPLEMENTATION = "trien_khai"
    CAMPAIGN = "chien_dich"

    @property
    def display(self) -> str:
        """The label in the user's language (documents keep the Vietnamese ``label``)."""
        return _(self.label)

    @property
    def label(self) -> str:
        return {
            "hang_nam": N_("Kế hoạch năm"),
            "trien_khai": N_("Kế hoạch triển khai"),
            "chien_dich": N_("Kế hoạch cao điểm, chiến dịch"),
        }[self.value]


class Issuer(str, enum.Enum):
    """The body that issues a plan; the Party bodies print in the Party's format."""

    UBND = "ubnd"
    DANG_UY = "dang_uy"
    BAN_CHI_DAO = "ban_chi_dao"
    BAN_THUONG_VU = "ban_thuong_vu"

    @property
    def display(self) -> str:
        """The label in the user's language (documents keep the Vietnamese ``label``)."""
        return _(self.label)

    @property
    def label(self) -> str:
        return {
            "ubnd": N_("Ủy ban nhân dân"),
            "dang_uy": N_("Đảng ủy"),
            "ban_chi_dao": N_("Ban Chỉ đạo"),
            "ban_thuong_vu": N_("Ban Thường vụ Đảng ủy"),
        }[self.value]

    @property
    def party(self) -> bool:
        """Documents of this body follow the Party's format (Hướng dẫn 36-HD/VPTW)."""
        return self is not Issuer.UBND

    @property
    def symbol(self) -> str:
        """The body's part of a document number: ``KH-UBND``, ``KH/ĐU``, ``KH/BCĐ``, ``KH/ĐU``."""
        return {"ubnd": "UBND", "dang_uy": "ĐU", "ban_chi_dao": "BCĐ", "ban_thuong_vu": "ĐU"}[self.value]


class EvidenceKind(str, enum.Enum):
    FILE = "file"
    DOCUMENT = "document"


class FundingSource(str, enum.Enum):
    CITY_BUDGET = "city_budget"
    COMMUNE_BUDGET = "commune_budget"
    CENTRAL_BUDGET = "central_budget"
    SOCIALISED = "socialised"
    OTHER = "other"

    @property
    def display(self) -> str:
        """The label in the user's language (documents keep the Vietnamese ``label``)."""
        return _(self.label)

    @property
    def label(self) -> str:
        return {
            "city_budget": N_("Ngân sách tỉnh, thành phố"),
            "commune_budget": N_("Ngân sách xã"),
            "central_budget": N_("Ngân sách trung ương"),
            "socialised": N_("Xã hội hóa"),
            "other": N_("Nguồn khác"),
        }[self.value]


class BudgetColumn(str, enum.Enum):
    APPROVED = "approved"
    SPENT = "spent"
    CARRIED_OVER = "carried_over"
    ALLOCATED = "allocated"
    PLANNED = "planned"
    REQUESTED = "requested"
    RATIO = "ratio"

    @property
    def display(self) -> str:
        """The label in the user's language (documents keep the Vietnamese ``label``)."""
        return _(self.label)

    @property
    def label(self) -> str:
        return {
            "approved": N_("Dự toán được duyệt"),
            "spent": N_("Kinh phí đã sử dụng"),
            "carried_over": N_("Chuyển nguồn"),
            "allocated": N_("Đã phân bổ, thực hiện"),
            "planned": N_("Dự kiến phân bổ"),
            "requested": N_("Nhu cầu kinh phí"),
            "ratio": N_("Tỷ lệ bố trí vốn"),
        }[self.value]


class ReportFrequency(str, enum.Enum):
    PLAN = "plan"  # the deadline for a unit to make its own plan
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"
    ADHOC = "adhoc"

    @property
    def display(self) -> str:
        """The label in the user's language (documents keep the Vietnamese ``label``)."""
        return _(self.label)

    @property
    def label(self) -> str:
        return {
            "plan": N_("Ban hành kế hoạch"),
            "week": N_("Hằng tuần"),
            "month": N_("Hằng tháng"),
            "quarter": N_("Hằng quý"),
            "half_year": N_("6 tháng"),
            "year": N_("Hằng năm"),
            "adhoc": N_("Đột xuất"),
        }[self.value]
