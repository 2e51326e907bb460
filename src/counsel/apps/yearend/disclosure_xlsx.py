"""The public list (公示) as a workbook: masked names only."""

from __future__ import annotations

from collections.abc import Sequence

from counsel.apps.yearend.selectors.disclosure import PublicRow
from counsel.web.xlsx import Column, Report, report_workbook, to_bytes

COLUMNS = (
    Column("序号", 6, "整数"),
    Column("社区律师", 10),
    Column("结对社区（村）", 20),
    Column("所属街道", 12),
    Column("绩效评估总分", 12, "分数"),
    Column("全区排名", 9, "整数"),
    Column("档次", 16, "居中"),
    Column("补贴金额（元）", 14, "金额"),
)


def title(year: int, street: str = "") -> str:
    return f"上城区{street}{year}年度律师进社区（村）工作考核结果公示"


def disclosure(year: int, rows: Sequence[PublicRow], subtitle: str, street: str = "") -> bytes:
    book = report_workbook(title(year, street))
    report = Report(book, "公示名单", COLUMNS, title(year, street), subtitle)
    report.table(
        [
            index,
            r.name,
            r.community,
            r.street,
            r.total,
            r.rank if r.rank is not None else "—",
            r.tier,
            r.amount,
        ]
        for index, r in enumerate(rows, start=1)
    )
    report.blank()
    report.line(
        "公示期：______年____月____日至______年____月____日。如有异议，请在公示期内向上城区司法局律工科反映。",
        "说明",
    )
    report.finish()
    return to_bytes(book)
