"""R18: a street's year as its judicial office confirms it, and the streets' reports as
the bureau sees them (reported, late, missing)."""

from __future__ import annotations

from dataclasses import dataclass, field

from counsel.apps.assessment.selectors import due_for
from counsel.apps.bonus.models import BonusDeclaration, DeclarationStatus
from counsel.apps.org.models import AssessmentYear, Street
from counsel.apps.yearend.links import Places
from counsel.apps.yearend.models import AnnualReport
from counsel.apps.yearend.selectors.readiness import Problem, declaration_ids, problem_link
from counsel.apps.yearend.selectors.runs import Run, year_run
from counsel.rules.deadlines import Due


@dataclass
class StreetYear:
    street: Street
    due: Due
    report: AnnualReport | None
    problems: list[Problem] = field(default_factory=list)
    to_review: list[BonusDeclaration] = field(default_factory=list)  # blocking
    awaiting_community: list[BonusDeclaration] = field(default_factory=list)
    drafts: list[BonusDeclaration] = field(default_factory=list)
    engagements: int = 0

    @property
    def ready(self) -> bool:
        return not self.problems and not self.to_review


def report_due(year: AssessmentYear) -> Due:
    return due_for(year, "annual_report")


def street_year(year: AssessmentYear, street: Street, run: Run | None = None) -> StreetYear:
    """What the office must settle before it reports: the engine's problems in the street
    (missing scores or ratings, broken quotas) and declarations awaiting its decision."""
    run = run or year_run(year)
    out = StreetYear(
        street=street,
        due=report_due(year),
        report=AnnualReport.objects.filter(year=year, street=street)
        .select_related("reported_by")
        .first(),
    )
    declarations = declaration_ids(year)
    places = Places.load()
    for issue in run.result.errors:
        if issue.street == street.name:
            url, action = problem_link(year, issue, places, declarations)
            out.problems.append(Problem(issue, url, action))
    out.engagements = sum(1 for e in run.result.engagements if e.street == street.name)
    qs = BonusDeclaration.objects.filter(
        year=year, engagement__community__street=street
    ).select_related("engagement__community", "engagement__lawyer")
    for declaration in qs:
        if declaration.status == DeclarationStatus.CONFIRMED:
            out.to_review.append(declaration)
        elif declaration.status == DeclarationStatus.SUBMITTED:
            out.awaiting_community.append(declaration)
        elif declaration.status == DeclarationStatus.DRAFT:
            out.drafts.append(declaration)
    return out


@dataclass(frozen=True)
class StreetReport:
    street: Street
    report: AnnualReport | None

    @property
    def state(self) -> str:
        if self.report is None:
            return "missing"
        return "late" if self.report.late else "reported"

    @property
    def state_label(self) -> str:
        return {"missing": "未报送", "late": "逾期报送", "reported": "已报送"}[self.state]


def street_reports(year: AssessmentYear) -> list[StreetReport]:
    reports = {
        r.street_id: r for r in AnnualReport.objects.filter(year=year).select_related("reported_by")
    }
    return [StreetReport(s, reports.get(s.pk)) for s in Street.objects.order_by("code")]
