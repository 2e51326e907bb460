"""Properties over generated years (R8, R11–R16): tier sizes, the payout identity, the
exact quota ceiling, successive lawyers within 12000, order independence, ranks along the
output and city + district = amount."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counsel.exchange import json_io
from counsel.rules import assess
from counsel.rules.pay import part_year_amount
from counsel.rules.periods import service
from counsel.rules.quota import quota_check
from counsel.rules.types import (
    BonusRecord,
    BonusStatus,
    Community,
    Engagement,
    Lawyer,
    Period,
    QuarterRecord,
    Rating,
    Result,
    YearInput,
)

from .support import SHIPPED, with_params

MODEST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
YEAR = 2025
JAN_1 = dt.date(YEAR, 1, 1)
ITEMS = [item.key for item in SHIPPED.bonus_items] + [None]


def some_day(draw: st.DrawFn) -> dt.date:
    return JAN_1 + dt.timedelta(days=draw(st.integers(1, 364)))


@st.composite
def years(draw: st.DrawFn, distinct: bool = False) -> YearInput:
    """A district of 1–3 streets; each community has a full-year lawyer, two successive
    ones, a late appointment or nobody. With `distinct`, scores are drawn from a wide range
    so that totals rarely tie; otherwise from two values each, so that they often do."""
    if distinct:
        basics = st.decimals(min_value=40, max_value=82, places=2)
        ratings = st.sampled_from(list(Rating))
    else:
        basics = st.sampled_from([Decimal(75), Decimal(80)])
        ratings = st.sampled_from([Rating.ORDINARY, Rating.GOOD])
    communities, lawyers, engagements, quarters, bonuses = [], [], [], [], []
    for s in range(draw(st.integers(1, 3))):
        for c in range(draw(st.integers(4, 16))):
            code = f"3301{s:02d}{c:03d}"
            communities.append(Community(code, f"社区{s}-{c}", f"街道{s}"))
            kind = draw(st.sampled_from(["full"] * 5 + ["successive", "late", "none"]))
            if kind == "full":
                spans = [(Period(dt.date(2024, 1, 1)),)]
            elif kind == "successive":
                cut = some_day(draw)
                spans = [
                    (Period(dt.date(2024, 3, 1), cut - dt.timedelta(days=1)),),
                    (Period(cut),),
                ]
            elif kind == "late":
                spans = [(Period(some_day(draw)),)]
            else:
                spans = []
            for index, periods in enumerate(spans):
                ident = f"E{code}-{index}"
                lawyers.append(Lawyer(f"L{ident}", "律师"))
                engagements.append(Engagement(ident, f"L{ident}", code, periods))
                for q in service(periods, YEAR).active_quarters:
                    quarters.append(QuarterRecord(ident, q, draw(basics), draw(ratings)))
                for _ in range(draw(st.integers(0, 2)) if distinct else 0):
                    bonuses.append(
                        BonusRecord(
                            ident,
                            draw(st.sampled_from(ITEMS)),
                            draw(st.sampled_from([Decimal("0.5"), Decimal(1)])),
                            draw(st.sampled_from(list(BonusStatus))),
                        )
                    )
    return YearInput(
        YEAR,
        tuple(communities),
        tuple(lawyers),
        tuple(engagements),
        tuple(quarters),
        tuple(bonuses),
    )


def ranked(result: Result) -> list[int]:
    return [int(e.tier) for e in result.engagements if e.tier is not None]


@MODEST
@given(years(distinct=True))
def test_r13_without_boundary_ties_the_tiers_hold_k_n_minus_2k_and_k(data: YearInput) -> None:
    result = assess(data, SHIPPED)
    if result.ties:
        return  # a rare tie across a boundary: R14 decides, checked below
    tiers = ranked(result)
    n, k = len(tiers), len(tiers) // 10
    assert (tiers.count(1), tiers.count(2), tiers.count(3)) == (k, n - 2 * k, k)
    assert (result.totals.tier1, result.totals.tier2, result.totals.tier3) == (k, n - 2 * k, k)


@MODEST
@given(years())
def test_r13_r15_the_payout_is_12000_n_plus_2000_times_first_minus_third_plus_part_year(
    data: YearInput,
) -> None:
    result = assess(data, SHIPPED)
    tiers = ranked(result)
    part = sum((e.amount for e in result.engagements if not e.full_year), Decimal(0))
    expected = 12000 * len(tiers) + 2000 * (tiers.count(1) - tiers.count(3)) + part
    assert result.totals.payout == expected
    assert result.totals.pool == 12000 * len(data.communities)


@MODEST
@given(years())
def test_r14_every_member_of_a_boundary_tie_is_flagged_and_gets_one_tier(data: YearInput) -> None:
    result = assess(data, SHIPPED)
    by_id = {e.id: e for e in result.engagements}
    flagged = {e.id for e in result.engagements if "tie_at_boundary" in e.flags}
    assert flagged == {ident for group in result.ties for ident in group.engagements}
    for group in result.ties:
        assert len({by_id[ident].tier for ident in group.engagements}) == 1
        assert len({by_id[ident].rank for ident in group.engagements}) == 1


def test_r8_the_integer_quota_is_the_exact_ceiling_of_c_times_10_percent_up_to_10000() -> None:
    for c in range(10_001):
        check = quota_check(street="S", quarter=1, communities=c, ratings=[], policy=SHIPPED)
        assert check.max_satisfied == math.ceil(Fraction(c, 10)), c


def _successive(cuts: list[int]) -> list[int]:
    """Days served by successive lawyers of one community, the year cut at `cuts`."""
    bounds = [JAN_1, *sorted(JAN_1 + dt.timedelta(days=c) for c in cuts), dt.date(YEAR + 1, 1, 1)]
    return [
        service([Period(start, next_start - dt.timedelta(days=1))], YEAR).days
        for start, next_start in pairwise(bounds)
    ]


@MODEST
@given(st.integers(1, 364))
def test_r15_two_successive_part_year_lawyers_of_one_community_never_get_more_than_12000(
    cut: int,
) -> None:
    paid = sum((part_year_amount(days, SHIPPED)[1] for days in _successive([cut])), Decimal(0))
    assert paid <= Decimal(12000)


@MODEST
@given(st.lists(st.integers(1, 364), min_size=1, max_size=6, unique=True))
def test_r15_successive_lawyers_share_at_most_52_weeks_and_rounding_adds_under_half_a_fen_each(
    cuts: list[int],
) -> None:
    """⌊a/7⌋ + ⌊b/7⌋ + … ≤ 52 keeps the exact amounts within 12000; R15 rounds each
    payment half-up to the fen, which can add up to half a fen per payment (17 + 17 + 18
    weeks pay 3923.08 + 3923.08 + 4153.85 = 12000.01)."""
    days = _successive(cuts)
    weeks = [part_year_amount(d, SHIPPED)[0] for d in days]
    assert sum(weeks) <= 52
    assert sum(Fraction(12000 * w, 52) for w in weeks) <= 12000
    paid = sum((part_year_amount(d, SHIPPED)[1] for d in days), Decimal(0))
    assert paid <= Decimal(12000) + Decimal("0.005") * len(days)


def test_r15_three_successive_lawyers_can_be_paid_one_fen_over_12000_by_rounding() -> None:
    amounts = [part_year_amount(7 * w, SHIPPED)[1] for w in (17, 17, 18)]
    assert amounts == [Decimal("3923.08"), Decimal("3923.08"), Decimal("4153.85")]
    assert sum(amounts) == Decimal("12000.01")


@MODEST
@given(st.data())
def test_r12_the_result_does_not_depend_on_the_order_of_the_input_rows(data: st.DataObject) -> None:
    year = data.draw(years())
    shuffled = YearInput(
        year.year,
        tuple(data.draw(st.permutations(year.communities))),
        tuple(data.draw(st.permutations(year.lawyers))),
        tuple(data.draw(st.permutations(year.engagements))),
        tuple(data.draw(st.permutations(year.quarters))),
        tuple(data.draw(st.permutations(year.bonuses))),
    )
    first = json_io.result_dict(assess(year, SHIPPED))
    second = json_io.result_dict(assess(shuffled, SHIPPED))
    assert first == second


@MODEST
@given(years(), st.sampled_from(["symmetric", "include_90th"]))
def test_r12_ranks_never_decrease_along_the_output_and_part_year_comes_last(
    data: YearInput, bottom_tier: str
) -> None:
    result = assess(data, with_params(bottom_tier=bottom_tier))
    ranks = [e.rank for e in result.engagements]
    full = [r for r in ranks if r is not None]
    assert ranks == full + [None] * (len(ranks) - len(full))
    assert full == sorted(full)
    assert [int(e.tier) for e in result.engagements if e.tier] == sorted(ranked(result))


@MODEST
@given(years(), st.sampled_from(["50", "33.3", "60", "0"]))
def test_r16_city_plus_district_is_the_amount_for_every_engagement(
    data: YearInput, city_share: str
) -> None:
    result = assess(data, with_params(city_share=city_share))
    for item in result.engagements:
        assert item.city_share + item.district_share == item.amount
        assert item.city_share == item.city_share.quantize(Decimal("0.01"))
    assert result.totals.city + result.totals.district == result.totals.payout
