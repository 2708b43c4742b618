"""The closed vocabularies of the domain, with their Vietnamese words."""

from __future__ import annotations

import enum


class Level(str, enum.Enum):
    CITY = "city"
    DISTRICT = "district"
    COMMUNE = "commune"

    @property
    def label(self) -> str:
        return {"city": "Cấp tỉnh, thành phố", "district": "Cấp huyện", "commune": "Cấp xã"}[self.value]


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
    def label(self) -> str:
        return {
            "draft": "Dự thảo",
            "submitted": "Trình phê duyệt",
            "approved": "Đã phê duyệt",
            "issued": "Đã ban hành",
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
    def label(self) -> str:
        return {
            "not_started": "Chưa triển khai",
            "in_progress": "Đang thực hiện",
            "done": "Hoàn thành",
            "late": "Chậm tiến độ",
            "cancelled": "Hủy bỏ",
        }[self.value]


class TargetDirection(str, enum.Enum):
    """How a target's value is read: ``≥ 70%``, ``≤ 5``, ``= 100%`` or ``60-70%``."""

    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    EXACT = "exact"
    RANGE = "range"  # between ``value`` and ``value_max``

    @property
    def label(self) -> str:
        return {"at_least": "Tối thiểu", "at_most": "Tối đa", "exact": "Đúng bằng",
                "range": "Trong khoảng"}[self.value]


class TargetMeasure(str, enum.Enum):
    """How often a target is measured, and so when it is due."""

    MONTHLY = "monthly"  # due at the end of every month
    QUARTERLY = "quarterly"  # due at the end of every quarter
    CUMULATIVE = "cumulative"  # accumulated, due once at the target's due date (the plan's end)

    @property
    def label(self) -> str:
        return {"monthly": "Hằng tháng", "quarterly": "Hằng quý", "cumulative": "Lũy kế"}[self.value]


class PlanKind(str, enum.Enum):
    """What a plan is: the year's plan, a plan carrying out a named document, a campaign."""

    ANNUAL = "hang_nam"
    IMPLEMENTATION = "trien_khai"
    CAMPAIGN = "chien_dich"

    @property
    def label(self) -> str:
        return {"hang_nam": "Kế hoạch năm", "trien_khai": "Kế hoạch triển khai",
                "chien_dich": "Kế hoạch cao điểm, chiến dịch"}[self.value]


class Issuer(str, enum.Enum):
    """The body that issues a plan; the Party bodies print in the Party's format."""

    UBND = "ubnd"
    DANG_UY = "dang_uy"
    BAN_CHI_DAO = "ban_chi_dao"
    BAN_THUONG_VU = "ban_thuong_vu"

    @property
    def label(self) -> str:
        return {"ubnd": "Ủy ban nhân dân", "dang_uy": "Đảng ủy", "ban_chi_dao": "Ban Chỉ đạo",
                "ban_thuong_vu": "Ban Thường vụ Đảng ủy"}[self.value]

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
    def label(self) -> str:
        return {
            "city_budget": "Ngân sách tỉnh, thành phố",
            "commune_budget": "Ngân sách xã",
            "central_budget": "Ngân sách trung ương",
            "socialised": "Xã hội hóa",
            "other": "Nguồn khác",
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
    def label(self) -> str:
        return {
            "approved": "Dự toán được duyệt",
            "spent": "Kinh phí đã sử dụng",
            "carried_over": "Chuyển nguồn",
            "allocated": "Đã phân bổ, thực hiện",
            "planned": "Dự kiến phân bổ",
            "requested": "Nhu cầu kinh phí",
            "ratio": "Tỷ lệ bố trí vốn",
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
    def label(self) -> str:
        return {"plan": "Ban hành kế hoạch", "week": "Hằng tuần", "month": "Hằng tháng",
                "quarter": "Hằng quý", "half_year": "6 tháng", "year": "Hằng năm",
                "adhoc": "Đột xuất"}[self.value]
