"""Generated firms and lawyers (示例律师事务所一, 示例律师001), and the engagements of every
community: most lawyers serve one community for years; some serve two (the demo lawyer,
of 笕桥社区, among them); ten communities change lawyer on 1 July of last year (one
outgoing lawyer moves to another community); three get their first lawyer on 1 April; a
few changed long ago.

Last year's full-year engagements are ranked (R11): 203 communities less the 13 that
changed or got their first lawyer during the year leave 190, a multiple of ten, so that
the 90th-percentile reading of R13 (`bottom_tier = include_90th`) makes a difference."""

from __future__ import annotations

import datetime as dt
import itertools

from simple_history.utils import bulk_create_with_history

from counsel.apps.org.models import (
    Community,
    Engagement,
    EngagementPeriod,
    LawFirm,
    Lawyer,
    LawyerKind,
)
from counsel.web.demo.context import Demo

NUMERALS = "一二三四五六七八九十"
DEMO_COMMUNITY = "330102016001"  # 笕桥社区: the community login of the demo
CHANGES = 10  # communities changing lawyer on 1 July of last year
APPOINTMENTS = 3  # communities whose first lawyer starts on 1 April of last year
DOUBLES = 12  # lawyers serving two neighbouring communities
FORMER = 5  # communities whose lawyer changed at the start of the year before last


def numeral(n: int) -> str:
    """1 → 一, 12 → 十二 (firm names)."""
    if n <= 10:
        return NUMERALS[n - 1]
    return "十" + NUMERALS[n - 11] if n < 20 else str(n)


def licence_for(n: int, since: int) -> str:
    """A 17-digit number shaped like a practising licence, visibly a sample (…0000nnn)."""
    return f"13301{since}1{n:07d}"


def phone_for(n: int) -> str:
    return f"1390000{n:04d}"


class _Lawyers:
    """Hands out new lawyers in order, each with a firm, a kind and a quality."""

    def __init__(self, demo: Demo, firms: list[LawFirm], services: list[LawFirm]) -> None:
        self.demo = demo
        self.rng = demo.random_for("lawyers")
        self.firms = firms
        self.services = services
        self.made: list[Lawyer] = []

    def new(self) -> Lawyer:
        n = len(self.made) + 1
        worker = n % 9 == 0  # about one in nine is a 基层法律服务工作者
        firm = self.rng.choice(self.services if worker else self.firms)
        lawyer = Lawyer(
            code=f"L{n:04d}",
            name=f"示例律师{n:03d}",
            kind=LawyerKind.WORKER if worker else LawyerKind.LAWYER,
            firm=firm,
            licence_no=licence_for(n, self.rng.randint(2008, 2020)),
            phone=phone_for(n),
        )
        self.made.append(lawyer)
        return lawyer


def _first_of_month(rng: object, first_year: int, last_year: int) -> dt.date:
    return dt.date(rng.randint(first_year, last_year), rng.randint(1, 12), 1)  # type: ignore[attr-defined]


def load_people(demo: Demo) -> None:
    rng = demo.random_for("engagements")
    firms = bulk_create_with_history(
        [LawFirm(name=f"示例律师事务所{numeral(n)}") for n in range(1, 13)], LawFirm
    )
    services = bulk_create_with_history(
        [LawFirm(name=f"示例法律服务所{numeral(n)}") for n in range(1, 3)], LawFirm
    )
    demo.firms = [*firms, *services]
    lawyers = _Lawyers(demo, firms, services)
    year = demo.previous_year
    july, april = dt.date(year, 7, 1), dt.date(year, 4, 1)
    former_change = dt.date(year - 1, 1, 1)

    others = [c for c in demo.communities if c.code != DEMO_COMMUNITY]
    special = rng.sample(others, CHANGES + APPOINTMENTS + FORMER)
    changes = special[:CHANGES]
    appointments = special[CHANGES : CHANGES + APPOINTMENTS]
    former = special[CHANGES + APPOINTMENTS :]
    # Two neighbours of one street (none of them special) share a lawyer.
    plain = [c for c in others if c not in special]
    doubles: dict[int, Community] = {}  # second community pk → first community
    # The demo lawyer serves 笕桥社区 and its neighbour: two declarations, two to-do lists.
    home = next(c for c in demo.communities if c.code == DEMO_COMMUNITY)
    neighbour = next(c for c in plain if c.street_id == home.street_id)
    doubles[neighbour.pk] = home
    plain.remove(neighbour)
    for first, second in itertools.pairwise(plain):
        if len(doubles) >= DOUBLES:
            break
        if (
            first.street_id == second.street_id
            and first.pk not in doubles
            and second.pk not in doubles
            and first not in doubles.values()
            and rng.random() < 0.15
        ):
            doubles[second.pk] = first

    spans: list[tuple[Lawyer, Community, list[tuple[dt.date, dt.date | None]]]] = []
    serving: dict[int, Lawyer] = {}  # community pk → its current lawyer
    for community in demo.communities:
        if community.pk in doubles:
            continue  # served by the lawyer of its neighbour, below
        start = _first_of_month(rng, 2018, year - 2)
        if community in appointments:
            spans.append((lawyers.new(), community, [(april, None)]))
        elif community in former:
            spans.append(
                (lawyers.new(), community, [(start, former_change - dt.timedelta(days=1))])
            )
            spans.append((lawyers.new(), community, [(former_change, None)]))
        elif community in changes:
            spans.append((lawyers.new(), community, [(start, july - dt.timedelta(days=1))]))
        else:
            spans.append((lawyers.new(), community, [(start, None)]))
        serving[community.pk] = spans[-1][0]
    for second_pk, first in doubles.items():
        second = next(c for c in demo.communities if c.pk == second_pk)
        spans.append((serving[first.pk], second, [(_first_of_month(rng, 2019, year - 2), None)]))
    # 1 July: the new lawyers; the outgoing lawyer of the first changing community moves
    # to the second (two part-year engagements, not ranked: R11).
    outgoing = next(lw for lw, c, _ in spans if c == changes[0])
    for n, community in enumerate(changes):
        incoming = outgoing if n == 1 else lawyers.new()
        spans.append((incoming, community, [(july, None)]))

    demo.lawyers = bulk_create_with_history(lawyers.made, Lawyer)
    quality = demo.random_for("quality")
    demo.lawyer_quality = {lw.pk: quality.random() for lw in demo.lawyers}
    spans.sort(key=lambda s: (s[1].code, s[2][0][0]))
    engagements = bulk_create_with_history(
        [
            Engagement(code=f"E{n:04d}", lawyer=lawyer, community=community)
            for n, (lawyer, community, _) in enumerate(spans, start=1)
        ],
        Engagement,
    )
    bulk_create_with_history(
        [
            EngagementPeriod(engagement=engagement, start=start, end=end)
            for engagement, (_, _, periods) in zip(engagements, spans, strict=True)
            for start, end in periods
        ],
        EngagementPeriod,
    )
    demo.engagements = engagements
