"""Is the year ready to be finalised? Every problem the engine reports, each with a link
to where it is fixed; the boundary ties and their recorded orders; what is still pending."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.urls import reverse

from counsel.apps.bonus.models import BonusDeclaration, DeclarationStatus
from counsel.apps.org.models import AssessmentYear
from counsel.apps.yearend import links
from counsel.apps.yearend.models import TieDecision
from counsel.apps.yearend.selectors.runs import Run, year_run
from counsel.rules.types import Issue, TieGroup

CODES = {
    "missing_score": "缺少季度基础履职得分",
    "missing_rating": "缺少季度满意度评价",
    "score_out_of_range": "得分超出范围",
    "quota_satisfied_exceeded": "满意数超过配额",
    "quota_ordinary_short": "普通数不足配额",
    "tie_unresolved": "跨档同分待排序",
    "overlapping_periods": "服务期间重叠",
    "unknown_reference": "引用不存在",
    "duplicate_id": "编号重复",
    "bad_value": "数值无效",
}


@dataclass(frozen=True)
class Problem:
    issue: Issue
    url: str | None
    action: str

    @property
    def label(self) -> str:
        return CODES.get(self.issue.code, self.issue.code)


@dataclass(frozen=True)
class TieMember:
    id: str
    lawyer: str
    community: str
    street: str
    total: str
    bonus: str
    satisfaction: str


@dataclass(frozen=True)
class Tie:
    group: TieGroup
    members: list[TieMember]
    decision: TieDecision | None

    @property
    def key(self) -> str:
        return ",".join(sorted(self.group.engagements))

    @property
    def boundary_label(self) -> str:
        return "第一档与第二档之间" if self.group.boundary == 1 else "第二档与第三档之间"


@dataclass
class Readiness:
    run: Run
    problems: list[Problem] = field(default_factory=list)
    ties: list[Tie] = field(default_factory=list)
    pending_declarations: int = 0

    @property
    def final(self) -> bool:
        return self.run.result.final

    @property
    def manual(self) -> bool:
        return self.run.policy.boundary_ties == "manual"


def readiness(year: AssessmentYear) -> Readiness:
    run = year_run(year)
    places = links.Places.load()
    out = Readiness(run=run)
    declarations = declaration_ids(year)
    for issue in run.result.errors:
        url, action = problem_link(year, issue, places, declarations)
        out.problems.append(Problem(issue, url, action))
    out.ties = ties(year, run)
    pending = BonusDeclaration.objects.filter(
        year=year, status__in=(DeclarationStatus.SUBMITTED, DeclarationStatus.CONFIRMED)
    )
    out.pending_declarations = pending.count()
    return out


def declaration_ids(year: AssessmentYear) -> dict[str, int]:
    """Engagement code → the pk of its declaration of the year (bonus problems link there)."""
    return {
        code: pk
        for pk, code in BonusDeclaration.objects.filter(year=year).values_list(
            "pk", "engagement__code"
        )
    }


def problem_link(
    year: AssessmentYear, issue: Issue, places: links.Places, declarations: dict[str, int]
) -> tuple[str | None, str]:
    """Where the problem is fixed, and what the link says."""
    y = year.year
    code = issue.code
    if code == "tie_unresolved":
        return f"{reverse('yearend:tie')}?year={y}#ties", "记录排序"
    if code.startswith("quota_") and issue.street and issue.quarter:
        return links.ratings_url(places, y, issue.street, issue.quarter), "满意度评价"
    if code == "missing_rating" and issue.engagement and issue.quarter:
        street = issue.street or places.street_of(issue.engagement)
        return links.ratings_url(places, y, street, issue.quarter), "满意度评价"
    if issue.field in ("分值", "加分项目") and issue.engagement in declarations:
        pk = declarations[issue.engagement or ""]
        return reverse("bonus:declaration", kwargs={"pk": pk}), "加分申报表"
    if issue.engagement and issue.quarter:
        return links.score_url(places, y, issue.engagement, issue.quarter), "季度打分"
    if issue.engagement:
        return links.engagement_url(places, issue.engagement), "结对信息"
    return None, ""


def ties(year: AssessmentYear, run: Run) -> list[Tie]:
    """R14: the groups straddling a tier boundary, with their members and recorded order."""
    rows = {e.id: e for e in run.result.engagements}
    lawyers = {lw.id: lw.name for lw in run.data.lawyers}
    communities = {c.code: c.name for c in run.data.communities}
    decisions = list(
        TieDecision.objects.filter(year=year, active=True).select_related("decided_by")
    )
    out = []
    for group in run.result.ties:
        members = [
            TieMember(
                id=ident,
                lawyer=lawyers.get(rows[ident].lawyer, rows[ident].lawyer),
                community=communities.get(rows[ident].community, rows[ident].community),
                street=rows[ident].street,
                total=str(rows[ident].total),
                bonus=str(rows[ident].bonus),
                satisfaction=str(rows[ident].satisfaction),
            )
            for ident in group.engagements
        ]
        decision = next(
            (d for d in decisions if set(d.engagements) == set(group.engagements)), None
        )
        out.append(Tie(group, members, decision))
    return out


def tie_for(readiness_: Readiness, key: str) -> Tie | None:
    return next((t for t in readiness_.ties if t.key == key), None)
