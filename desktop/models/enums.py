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
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    EXACT = "exact"

    @property
    def label(self) -> str:
        return {"at_least": "Tối thiểu", "at_most": "Tối đa", "exact": "Đúng bằng"}[self.value]


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
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"
    ADHOC = "adhoc"
