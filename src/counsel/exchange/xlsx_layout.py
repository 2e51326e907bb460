"""The input workbook of EXCHANGE.md: its sheets and Chinese headings, and the JSON key each
heading stands for (so a sheet row becomes the record the JSON reader builds from)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class Column:
    heading: str
    key: str
    required: bool = True


@dataclass(frozen=True)
class SheetLayout:
    name: str
    columns: tuple[Column, ...]
    required: bool = True

    @property
    def headings(self) -> tuple[str, ...]:
        return tuple(c.heading for c in self.columns)

    @cached_property
    def labels(self) -> dict[str, str]:
        """JSON key → heading, for messages that name the column."""
        return {c.key: c.heading for c in self.columns}


COMMUNITIES = SheetLayout(
    "社区",
    (
        Column("社区代码", "code"),
        Column("社区名称", "name"),
        Column("所属街道", "street"),
        Column("类型", "kind", required=False),
    ),
)
LAWYERS = SheetLayout(
    "律师",
    (
        Column("律师编号", "id"),
        Column("姓名", "name"),
        Column("执业机构", "firm", required=False),
    ),
)
ENGAGEMENTS = SheetLayout(
    "结对",
    (
        Column("结对编号", "id"),
        Column("律师编号", "lawyer"),
        Column("社区代码", "community"),
        Column("开始日期", "start"),
        Column("结束日期", "end", required=False),
    ),
)
QUARTERS = SheetLayout(
    "季度考核",
    (
        Column("结对编号", "engagement"),
        Column("季度", "quarter"),
        Column("基础履职得分", "basic"),
        Column("满意度评价", "rating"),
    ),
)
BONUSES = SheetLayout(
    "加分",
    (
        Column("结对编号", "engagement"),
        Column("加分项目", "item", required=False),
        Column("分值", "points"),
        Column("状态", "status"),
    ),
    required=False,
)
PARAMETERS = SheetLayout(
    "参数",
    (Column("名称", "name"), Column("值", "value", required=False)),
    required=False,
)
SHEETS = (COMMUNITIES, LAWYERS, ENGAGEMENTS, QUARTERS, BONUSES, PARAMETERS)

#: Names under which the sheet 参数 gives the assessment year (XLSX has no `year` field).
YEAR_NAMES = ("年度", "考核年度", "year")
