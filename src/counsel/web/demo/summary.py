"""The year's assessment of the demo (R11–R16), as a short summary to print. The year-end
area stores results as versions; this only runs the engine on the database's inputs."""

from __future__ import annotations

from counsel.apps.assessment.selectors import policy_for, year_input
from counsel.apps.org.models import AssessmentYear
from counsel.rules import assess


def assessment_summary(year: AssessmentYear) -> list[str]:
    result = assess(year_input(year), policy_for(year))
    t = result.totals
    lines = [
        f"{result.year}年度考核{'试算' if year.is_open else '（已定案）'}：全区 {t.communities} 个社区（村），"
        f"参加排名 {t.ranked} 个结对（第一档 {t.tier1}、第二档 {t.tier2}、第三档 {t.tier3}），"
        f"不满一年按周计发 {t.part_year} 个",
        f"  补贴资金 {t.pool} 元，应发 {t.payout} 元（市级 {t.city}、区级 {t.district}），"
        f"结余 {t.difference} 元",
    ]
    top = [e for e in result.engagements if e.rank == 1]
    if top:
        lines.append(f"  第一名：结对 {top[0].id}（{top[0].street}），总分 {top[0].total}")
    if not year.is_open:
        lines.append("  结果：已定案")
    elif result.final:
        lines.append("  结果：无错误，可以定案")
    else:
        lines.append(f"  结果：有 {len(result.errors)} 个问题，暂不能定案：")
        lines.extend(f"    - {e.message}" for e in result.errors[:5])
    return lines
