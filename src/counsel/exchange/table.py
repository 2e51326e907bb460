"""The ranking as a terminal table: Chinese headings, columns aligned for CJK double width,
then the totals (R16) and the state of the result."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from counsel.exchange import labels
from counsel.exchange.text_width import display_width, pad
from counsel.rules.types import EngagementResult, Result, YearInput


@dataclass(frozen=True)
class _Column:
    heading: str
    value: Callable[[EngagementResult], object]
    right: bool = False


def _columns(names: Mapping[str, str]) -> tuple[_Column, ...]:
    return (
        _Column("排名", lambda e: e.rank if e.rank is not None else "", right=True),
        _Column("结对编号", lambda e: e.id),
        _Column("律师", lambda e: names.get(e.lawyer, e.lawyer)),
        _Column("社区（村）", lambda e: names.get(e.community, e.community)),
        _Column("街道", lambda e: e.street),
        _Column("天数", lambda e: e.days, right=True),
        _Column("周数", lambda e: e.weeks if e.weeks is not None else "", right=True),
        _Column("基础履职", lambda e: e.basic, right=True),
        _Column("满意度", lambda e: e.satisfaction, right=True),
        _Column("加分", lambda e: e.bonus, right=True),
        _Column("总分", lambda e: e.total, right=True),
        _Column("档次", labels.tier),
        _Column("补贴金额", lambda e: f"{e.amount:,.2f}", right=True),
        _Column("备注", labels.flags),
    )


def render(result: Result, data: YearInput) -> str:
    names = {item.id: item.name for item in data.lawyers}
    names.update({c.code: c.name for c in data.communities})
    columns = _columns(names)
    cells = [[str(c.value(e)) for c in columns] for e in result.engagements]
    widths = [
        max([display_width(c.heading), *(display_width(line[i]) for line in cells)])
        for i, c in enumerate(columns)
    ]

    def line(values: list[str]) -> str:
        padded = (pad(v, w, right=c.right) for v, w, c in zip(values, widths, columns, strict=True))
        return "  ".join(padded).rstrip()

    out = [line([c.heading for c in columns]), "  ".join("─" * w for w in widths)]
    out.extend(line(values) for values in cells)
    out.append("")
    out.extend(summary(result))
    return "\n".join(out) + "\n"


def summary(result: Result) -> list[str]:
    t = result.totals
    lines = [
        f"{result.year} 年度：满一年参加排名 {t.ranked} 个（第一档 {t.tier1}、第二档 {t.tier2}、"
        f"第三档 {t.tier3}），不满一年按周计发 {t.part_year} 个",
        f"资金池 {t.pool:,.2f} 元（{t.communities} 个社区（村））；发放合计 {t.payout:,.2f} 元"
        f"（市级 {t.city:,.2f}，区级 {t.district:,.2f}）；差额 {t.difference:,.2f} 元",
    ]
    for tie in result.ties:
        lines.append(
            f"同分跨档：{'、'.join(tie.engagements)}（第 {tie.positions[0]}–{tie.positions[1]} 位）"
            f"均按较优档次，多 {tie.extra} 个，超出 {tie.cost:,.2f} 元"
        )
    if result.final:
        lines.append("结果可定案。")
    else:
        lines.append(
            f"输入存在 {len(result.errors)} 个问题，本结果为临时结果（问题见标准错误输出）。"
        )
    return lines
