"""R13–R16: the bureau's pay table (补贴发放表) as a workbook: one row per engagement in
rank order, the totals, the pool against the payout, and lines for the signatures.
Every number is the stored result's, so the table equals `counsel assess` on the input."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from django.utils import timezone

from counsel.apps.yearend.models import ResultVersion
from counsel.apps.yearend.selectors.ranking import Row
from counsel.web.xlsx import Column, Report, report_workbook, to_bytes

COLUMNS = (
    Column("序号", 6, "整数"),
    Column("律师姓名", 12),
    Column("执业机构", 22),
    Column("结对社区（村）", 16),
    Column("所属街道", 11),
    Column("基础履职", 9, "分数"),
    Column("满意度评价", 9, "分数"),
    Column("加分", 7, "分数"),
    Column("绩效评估总分", 10, "分数"),
    Column("全区排名", 7, "整数"),
    Column("档次", 9, "居中"),
    Column("计发周数", 7, "整数"),
    Column("补贴金额（元）", 14, "金额"),
    Column("市级承担（元）", 14, "金额"),
    Column("区级承担（元）", 14, "金额"),
    Column("备注", 12),
)
#: The totals row: labels in the first columns, sums in the money ones.
TOTAL_STYLES = ["合计"] * 12 + ["合计金额"] * 3 + ["合计"]
SPAN = 12  # the summary lines' labels run across the columns before the amount
ZERO = Decimal("0.00")


def title(year: int, street: str | None = None) -> str:
    return f"上城区{street or ''}{year}年度律师进社区（村）工作补贴发放表"


def paytable(
    version: ResultVersion, rows: Sequence[Row], *, pool: Decimal, street: str | None = None
) -> bytes:
    """The workbook of `rows` (a whole district, or one street's rows with its pool)."""
    name = title(version.year.year, street)
    kind = "定案" if version.final else "试算（未定案）"
    subtitle = (
        f"第{version.number}版 {kind} · 生成于 {timezone.localtime(version.created_at):%Y-%m-%d %H:%M} · "
        "依据《杭州市上城区律师进社区（村）工作考核及补贴发放办法》"
    )
    book = report_workbook(name)
    report = Report(book, "补贴发放表", COLUMNS, name, subtitle)
    report.table(
        [
            index,
            r.lawyer,
            r.firm,
            r.community,
            r.street,
            r.basic,
            r.satisfaction,
            r.bonus,
            r.total,
            r.rank if r.rank is not None else "—",
            r.tier_label if r.tier is not None else "按周计发",
            r.weeks,
            r.amount,
            r.city_share,
            r.district_share,
            "、".join(r.flag_labels),
        ]
        for index, r in enumerate(rows, start=1)
    )
    payout = sum((r.amount for r in rows), ZERO)
    city = sum((r.city_share for r in rows), ZERO)
    district = sum((r.district_share for r in rows), ZERO)
    report.append(
        ["合计", f"{len(rows)} 个结对", *[None] * 10, payout, city, district, None], TOTAL_STYLES
    )
    report.blank()
    report.label_value("资金池（每社区（村）每年统筹标准 × 社区（村）数）", pool, span=SPAN)
    report.label_value("实发合计", payout, span=SPAN)
    report.label_value("差额（资金池 − 实发）", pool - payout, span=SPAN)
    report.blank()
    report.line(
        "制表人：____________　　　　审核人：____________　　　　日期：______年____月____日",
        "说明",
    )
    report.finish()
    return to_bytes(book)
