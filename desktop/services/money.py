"""Money sanity for the plan check: amounts no commune plans, and more spent than approved.

Amounts are in million đồng (triệu đồng). A commune's whole digital-transformation budget
is some hundreds to a few thousand million; a line above ``LINE_LIMIT`` is almost always a
number typed in đồng, or with a few zeros too many.
"""

from __future__ import annotations

from decimal import Decimal

from desktop.i18n import _
from desktop.models.orm import Plan
from desktop.services.plans import Issue
from desktop.vn import format_number

LINE_LIMIT = Decimal(50_000)  # million đồng: 50 billion đồng on one line
AMOUNTS = {
    "approved": "dự toán được duyệt",
    "spent": "đã sử dụng",
    "planned": "dự kiến phân bổ",
    "requested": "nhu cầu kinh phí",
}


def money_issues(plan: Plan) -> list[Issue]:
    out: list[Issue] = []
    for b in plan.budget_lines:
        name = (b.content or "").strip()[:60] or _("(chưa có nội dung)")
        for field, word in AMOUNTS.items():
            v = getattr(b, field)
            if v is not None and v > LINE_LIMIT:
                out.append(
                    Issue(
                        "warning",
                        _(
                            'Dòng kinh phí "{n}": {w} {v} triệu đồng vượt mức hợp lý (từ 0 đến {lim} triệu đồng); '
                            "kiểm tra đơn vị tính là triệu đồng."
                        ).format(n=name, w=_(word), v=format_number(v), lim=format_number(LINE_LIMIT)),
                        "budget",
                        b.id,
                        field,
                    )
                )
        if b.spent is not None and b.approved is not None and b.spent > b.approved:
            out.append(
                Issue(
                    "warning",
                    _(
                        'Dòng kinh phí "{n}": đã sử dụng {s} triệu đồng, nhiều hơn dự toán được duyệt {a} triệu đồng.'
                    ).format(n=name, s=format_number(b.spent), a=format_number(b.approved)),
                    "budget",
                    b.id,
                    "spent",
                )
            )
    for t in plan.tasks:
        if t.adopted and t.budget is not None and t.budget > LINE_LIMIT:
            out.append(
                Issue(
                    "warning",
                    _('Kinh phí nhiệm vụ "{n}": {v} triệu đồng vượt mức hợp lý (từ 0 đến {lim} triệu đồng).').format(
                        n=t.content[:60], v=format_number(t.budget), lim=format_number(LINE_LIMIT)
                    ),
                    "task",
                    t.id,
                    "budget",
                )
            )
    return out
