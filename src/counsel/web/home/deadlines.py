"""R18 §4.5 on the home page: the deadlines that concern the user, with their dates, the
days left, and — where it can be known — whether the work is done or late.

Whether a deadline's work is done is asked of the checks registered for its key (the
quarterly reports here from the scores and ratings present; areas register better ones,
e.g. the quarter area from the submitted quarterly report)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Q
from django.urls import reverse

from counsel.apps.accounts import scope
from counsel.apps.accounts.models import Role, User
from counsel.apps.assessment.selectors import policy_for
from counsel.apps.bonus.models import BonusClaim, ClaimStatus
from counsel.apps.org.models import AssessmentYear
from counsel.apps.quarter.models import QuarterScore, SatisfactionRating
from counsel.rules.deadlines import Due, days_left, deadlines
from counsel.rules.periods import quarter_bounds

ACTORS = {"judicial_office": "司法所", "lawyer": "社区律师", "bureau": "区司法局"}
#: Which deadlines each role is shown: its own; the bureau oversees all; a community
#: confirms what its lawyer registers and declares, so it follows the lawyer's.
SHOWN = {
    Role.BUREAU: ("judicial_office", "lawyer"),
    Role.JUDICIAL_OFFICE: ("judicial_office",),
    Role.LAWYER: ("lawyer",),
    Role.COMMUNITY: ("lawyer",),
}
SOON = 14  # days: a deadline this close is highlighted


@dataclass(frozen=True)
class Done:
    """A check's answer: done or not, and what is missing (for a late item)."""

    done: bool
    detail: str = ""


Check = Callable[[User, AssessmentYear, Due], Done | None]
CHECKS: dict[str, Check] = {}
Link = Callable[[User, AssessmentYear, Due], str | None]
LINKS: dict[str, Link] = {}


def deadline_check(*keys: str) -> Callable[[Check], Check]:
    """Register how to tell whether the work of these deadlines is done (last one wins)."""

    def register(check: Check) -> Check:
        for key in keys:
            CHECKS[key] = check
        return check

    return register


def deadline_link(*keys: str) -> Callable[[Link], Link]:
    """Register where the work of these deadlines is done (the year's page by default)."""

    def register(link: Link) -> Link:
        for key in keys:
            LINKS[key] = link
        return link

    return register


@dataclass(frozen=True)
class DueItem:
    due: Due
    year: int
    actor: str
    days: int  # days left (negative: passed)
    state: str  # late | soon | open | done | passed
    detail: str = ""
    url: str = ""

    @property
    def label(self) -> str:
        return f"{self.actor}：{self.due.label}"

    @property
    def status(self) -> str:
        if self.state == "done":
            return "已完成"
        if self.state == "late":
            return f"已逾期 {-self.days} 天"
        if self.state == "passed":
            return "已过截止日期"
        if self.days == 0:
            return "今天截止"
        return f"还有 {self.days} 天"


def relevant_years(today: dt.date) -> list[AssessmentYear]:
    """This year's, and last year's for its deadlines in January of this year."""
    return list(
        AssessmentYear.objects.filter(year__in=(today.year - 1, today.year)).order_by("year")
    )


def due_items(user: User, today: dt.date) -> list[DueItem]:
    """The deadlines falling in the current calendar year or later, for the user's role."""
    roles = SHOWN.get(Role(user.role), ()) if user.role else ()
    items: list[DueItem] = []
    for year in relevant_years(today):
        for due in deadlines(year.year, policy_for(year)):
            if due.deadline.role not in roles or due.date.year < today.year:
                continue
            left = days_left(today, due.date)
            answer = CHECKS[due.key](user, year, due) if due.key in CHECKS and left < 0 else None
            if left >= 0:
                state = "soon" if left <= SOON else "open"
            elif answer is None:
                state = "passed"
            else:
                state = "done" if answer.done else "late"
            items.append(
                DueItem(
                    due=due,
                    year=year.year,
                    actor=ACTORS.get(due.deadline.role, due.deadline.role),
                    days=left,
                    state=state,
                    detail=answer.detail if answer and not answer.done else "",
                    url=_link(user, year, due),
                )
            )
    return sorted(items, key=lambda i: (i.due.date, i.due.key))


def _link(user: User, year: AssessmentYear, due: Due) -> str:
    link = LINKS.get(due.key)
    return (link(user, year, due) if link else None) or reverse("org:year_detail", args=[year.year])


# ------------------------------------------------------------------ built-in checks


def _missing(user: User, year: AssessmentYear, quarter: int) -> dict[str, tuple[int, int]]:
    """Per street: engagements in scope active in the quarter without a basic score, and
    without a rating (R4, R7)."""
    start, end = quarter_bounds(year.year, quarter)
    active = (
        scope.engagements(user)
        .filter(periods__start__lte=end)
        .filter(Q(periods__end__isnull=True) | Q(periods__end__gte=start))
        .distinct()
    )
    scored = set(
        QuarterScore.objects.filter(year=year, quarter=quarter, basic__isnull=False).values_list(
            "engagement_id", flat=True
        )
    )
    rated = set(
        SatisfactionRating.objects.filter(year=year, quarter=quarter).values_list(
            "engagement_id", flat=True
        )
    )
    missing: dict[str, tuple[int, int]] = {}
    for pk, street in active.values_list("pk", "community__street__name"):
        scores, ratings = missing.get(street, (0, 0))
        missing[street] = (scores + (pk not in scored), ratings + (pk not in rated))
    return {street: counts for street, counts in missing.items() if counts != (0, 0)}


def _describe(user: User, missing: dict[str, tuple[int, int]]) -> str:
    if user.is_office:
        scores, ratings = next(iter(missing.values()))
        return f"尚缺 {scores} 个基础履职得分、{ratings} 个满意度评价"
    parts = [f"{street}（缺 {s + r} 项）" for street, (s, r) in sorted(missing.items())]
    return f"{len(missing)} 个街道未完成：" + "、".join(parts)


@deadline_check("q1_report", "q2_report", "q3_report")
def quarter_scored(user: User, year: AssessmentYear, due: Due) -> Done | None:
    """The quarter's scores and ratings are all given in the user's scope."""
    if due.deadline.quarter is None:
        return None
    missing = _missing(user, year, due.deadline.quarter)
    return Done(True) if not missing else Done(False, _describe(user, missing))


@deadline_check("annual_scoring")
def year_scored(user: User, year: AssessmentYear, due: Due) -> Done | None:
    """The fourth quarter is scored and rated, and no bonus claim awaits review (R9)."""
    missing = _missing(user, year, 4)
    pending = BonusClaim.objects.filter(
        declaration__year=year,
        declaration__engagement__in=scope.engagements(user),
        status__in=(ClaimStatus.DECLARED, ClaimStatus.CONFIRMED),
    ).count()
    if not missing and not pending:
        return Done(True)
    parts = [_describe(user, missing)] if missing else []
    if pending:
        parts.append(f"{pending} 项加分申报待审定")
    return Done(False, "；".join(parts))
