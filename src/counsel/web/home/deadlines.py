"""R18 §4.5 on the home page: the deadlines that concern the user, with their dates, the
days left, and — where it can be known — whether the work is done or late.

Whether a deadline's work is done, and where it is done, is asked of the area whose work
it is: each registers a check and a link for its keys in its `home.py` (the quarter for
the quarterly reports and the annual scoring, the bonus area for the declarations, the
year end for the annual report). A deadline without a check is shown as passed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse

from counsel.apps.accounts.models import Role, User
from counsel.apps.assessment.selectors import policy_for
from counsel.apps.org.models import AssessmentYear
from counsel.rules.deadlines import Due, days_left, deadlines
from counsel.web.home.cards import discover

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
RECENT = 30  # days a passed deadline stays on the home page


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


def streets_named(names: list[str], what: str, most: int = 3) -> str:
    """“2 个街道未报送：甲街道、乙街道”; past `most` streets only their number."""
    listed = "：" + "、".join(names) if len(names) <= most else ""
    return f"{len(names)} 个街道{what}{listed}"


def due_years(key: str, today: dt.date) -> list[tuple[AssessmentYear, Due]]:
    """The open years whose deadline `key` is ahead, or passed less than RECENT days ago:
    the years whose work of that deadline the home page shows (on 3 December 2026, the
    declarations of 2026, due 10 January 2027; not those of 2025)."""
    found = []
    for year in relevant_years(today):
        if not year.is_open:
            continue
        for due in deadlines(year.year, policy_for(year)):
            if due.key == key and days_left(today, due.date) >= -RECENT:
                found.append((year, due))
    return found


def tone(today: dt.date, due: Due, pending: bool) -> tuple[str, str]:
    """The tone and status of work still pending for a deadline (late, soon or open)."""
    left = days_left(today, due.date)
    if not pending:
        return "done", "已完成"
    if left < 0:
        return "late", f"已逾期 {-left} 天"
    if left == 0:
        return "soon", "今天截止"
    return ("soon" if left <= SOON else ""), f"还有 {left} 天"


def due_items(user: User, today: dt.date) -> list[DueItem]:
    """The deadlines falling in the current calendar year or later, for the user's role."""
    discover()  # the areas' checks and links
    roles = SHOWN.get(Role(user.role), ()) if user.role else ()
    items: list[DueItem] = []
    for year in relevant_years(today):
        for due in deadlines(year.year, policy_for(year)):
            if due.deadline.role not in roles or due.date.year < today.year:
                continue
            left = days_left(today, due.date)
            answer = CHECKS[due.key](user, year, due) if due.key in CHECKS else None
            if answer is not None and answer.done:
                state = "done"  # early or on time: said as soon as it is known
            elif left >= 0:
                state = "soon" if left <= SOON else "open"
            elif answer is None:
                state = "passed"
            else:
                state = "late"
            items.append(
                DueItem(
                    due=due,
                    year=year.year,
                    actor=ACTORS.get(due.deadline.role, due.deadline.role),
                    days=left,
                    state=state,
                    # What is missing is said once it is late, not while there is time.
                    detail=answer.detail if answer and state == "late" else "",
                    url=_link(user, year, due),
                )
            )
    return sorted(items, key=lambda i: (i.due.date, i.due.key))


def _link(user: User, year: AssessmentYear, due: Due) -> str:
    link = LINKS.get(due.key)
    return (link(user, year, due) if link else None) or reverse("org:year_detail", args=[year.year])
