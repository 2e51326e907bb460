"""R1, R9, R11: what makes an input unusable, each problem reported once with where it is."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from counsel.rules.policy import Policy
from counsel.rules.types import (
    BonusRecord,
    BonusStatus,
    Community,
    Engagement,
    Issue,
    Lawyer,
    Period,
    QuarterRecord,
    Rating,
    YearInput,
)
from counsel.rules.validate import Checked, check_input

from .support import SHIPPED, period, with_params

STREET = "湖滨街道"
GOOD = Rating.GOOD


def year(
    engagements: list[Engagement],
    quarters: Iterable[QuarterRecord] = (),
    bonuses: Iterable[BonusRecord] = (),
) -> YearInput:
    codes = sorted({e.community for e in engagements} - {"C404"})
    lawyers = sorted({e.lawyer for e in engagements} - {"L404"})
    return YearInput(
        year=2025,
        communities=tuple(Community(code, f"{code}社区", STREET) for code in codes),
        lawyers=tuple(Lawyer(ident, ident) for ident in lawyers),
        engagements=tuple(engagements),
        quarters=tuple(quarters),
        bonuses=tuple(bonuses),
    )


def eng(ident: str, community: str = "", *periods: Period, lawyer: str = "") -> Engagement:
    return Engagement(
        ident, lawyer or f"L{ident}", community or f"C{ident}", periods or (period("2024-01-01"),)
    )


def complete(ident: str, skip: tuple[int, ...] = ()) -> list[QuarterRecord]:
    return [QuarterRecord(ident, q, Decimal(80), GOOD) for q in (1, 2, 3, 4) if q not in skip]


def checked(data: YearInput, policy: Policy = SHIPPED) -> Checked:
    return check_input(data, policy)


def codes(result: Checked) -> list[str]:
    return sorted(issue.code for issue in result.issues)


def only(result: Checked) -> Issue:
    (issue,) = result.issues
    return issue


def test_r11_a_complete_full_year_engagement_has_no_issue() -> None:
    result = checked(year([eng("E1")], complete("E1")))
    assert result.issues == ()
    assert result.scores["E1"] == dict.fromkeys((1, 2, 3, 4), Decimal(80))


def test_r1_a_duplicate_engagement_id_is_reported_and_the_first_is_kept() -> None:
    result = checked(year([eng("E1"), eng("E1", "C2")], complete("E1")))
    issue = only(result)
    assert (issue.code, issue.engagement) == ("duplicate_id", "E1")
    assert result.engagements["E1"].community == "CE1"


def test_r1_an_unknown_community_or_lawyer_is_an_unknown_reference() -> None:
    result = checked(year([eng("E1", "C404"), eng("E2", lawyer="L404")], complete("E2")))
    assert codes(result) == ["unknown_reference", "unknown_reference"]
    assert "E1" not in result.engagements  # unusable without its community
    assert "E2" in result.engagements  # scored; the missing lawyer is reported


def test_r1_an_engagement_without_a_period_or_ending_before_it_starts_is_a_bad_value() -> None:
    backwards = eng("E2", "", Period(period("2025-03-01").start, period("2025-02-01").start))
    result = checked(year([Engagement("E1", "LE1", "CE1", ()), backwards]))
    assert codes(result) == ["bad_value", "bad_value"]
    assert {i.engagement for i in result.issues} == {"E1", "E2"}


def test_r1_overlapping_engagements_of_one_community_are_refused_with_the_shared_days() -> None:
    first = eng("E1", "C1", period("2024-01-01", "2025-06-30"))
    second = eng("E2", "C1", period("2025-06-15"))
    issue = only(checked(year([second, first], complete("E1", (3, 4)))))
    assert issue.code == "overlapping_periods"
    assert (issue.engagement, issue.street) == ("E2", STREET)
    assert "E1" in issue.message and "2025-06-15 至 2025-06-30" in issue.message


def test_r1_successive_engagements_of_one_community_are_fine() -> None:
    first = eng("E1", "C1", period("2024-01-01", "2025-06-30"))
    second = eng("E2", "C1", period("2025-07-01"))
    assert checked(year([first, second])).issues == ()


def test_r1_overlaps_are_checked_within_the_assessment_year_only() -> None:
    first = eng("E1", "C1", period("2023-01-01", "2024-12-31"))
    second = eng("E2", "C1", period("2024-06-01"), lawyer="L2")
    assert checked(year([first, second], complete("E2"))).issues == ()


def test_r11_each_missing_score_and_rating_of_a_full_year_engagement_is_listed() -> None:
    records = [*complete("E1", skip=(2,)), QuarterRecord("E1", 2, Decimal(80), None)]
    records += [QuarterRecord("E2", q, None, GOOD) for q in (1, 2, 3)]
    result = checked(year([eng("E1"), eng("E2")], records))
    found = sorted((i.code, i.engagement, i.quarter) for i in result.issues)
    assert found == [
        ("missing_rating", "E1", 2),
        ("missing_rating", "E2", 4),
        ("missing_score", "E2", 1),
        ("missing_score", "E2", 2),
        ("missing_score", "E2", 3),
        ("missing_score", "E2", 4),
    ]
    assert all(i.street == STREET for i in result.issues)


def test_r11_a_present_but_unreadable_value_is_not_also_reported_missing() -> None:
    records = [
        *complete("E1", skip=(3,)),
        QuarterRecord("E1", 3, None, None, invalid=frozenset({"basic", "rating"})),
    ]
    assert checked(year([eng("E1")], records)).issues == ()  # the reader reported them


def test_r11_an_out_of_range_score_is_reported_once_and_not_as_missing() -> None:
    records = [*complete("E1", skip=(4,)), QuarterRecord("E1", 4, Decimal("82.5"), GOOD)]
    issue = only(checked(year([eng("E1")], records)))
    assert (issue.code, issue.quarter) == ("score_out_of_range", 4)
    assert "0–82" in issue.message


def test_r11_a_negative_score_is_out_of_range() -> None:
    records = [*complete("E1", skip=(1,)), QuarterRecord("E1", 1, Decimal(-1), GOOD)]
    assert codes(checked(year([eng("E1")], records))) == ["score_out_of_range"]


def test_r5_under_sum_a_quarter_above_20_5_is_out_of_range() -> None:
    records = [QuarterRecord("E1", q, Decimal("20.5"), GOOD) for q in (1, 2, 3)]
    records.append(QuarterRecord("E1", 4, Decimal(21), GOOD))
    issue = only(checked(year([eng("E1")], records), with_params(basic_aggregation="sum")))
    assert issue.code == "score_out_of_range" and "0–20.5" in issue.message


def test_r11_a_part_year_engagement_is_not_asked_for_its_missing_quarters() -> None:
    late = eng("E1", "", period("2025-04-01"))
    result = checked(year([late], [QuarterRecord("E1", 3, Decimal(70), GOOD)]))
    assert result.issues == ()
    assert result.scores["E1"] == {3: Decimal(70)}


def test_r11_a_score_or_rating_for_a_quarter_without_a_day_is_refused_and_not_used() -> None:
    late = eng("E1", "", period("2025-04-01"))
    result = checked(year([late], [QuarterRecord("E1", 1, Decimal(80), Rating.SATISFIED)]))
    issue = only(result)
    assert (issue.code, issue.quarter, issue.engagement) == ("bad_value", 1, "E1")
    assert "不在服务期间内" in issue.message
    assert "E1" not in result.scores and "E1" not in result.ratings


def test_r11_an_empty_record_for_a_quarter_without_a_day_is_harmless() -> None:
    late = eng("E1", "", period("2025-04-01"))
    assert checked(year([late], [QuarterRecord("E1", 1)])).issues == ()


def test_r4_a_second_record_for_the_same_quarter_is_a_duplicate() -> None:
    records = [*complete("E1"), QuarterRecord("E1", 2, Decimal(60), GOOD)]
    result = checked(year([eng("E1")], records))
    issue = only(result)
    assert (issue.code, issue.quarter) == ("duplicate_id", 2)
    assert result.scores["E1"][2] == Decimal(80)


def test_r4_a_record_for_an_unknown_engagement_or_quarter_is_reported() -> None:
    records = [
        *complete("E1"),
        QuarterRecord("E9", 1, Decimal(80), GOOD),
        QuarterRecord("E1", 5, Decimal(80), GOOD),
    ]
    result = checked(year([eng("E1")], records))
    assert codes(result) == ["bad_value", "unknown_reference"]


def bonus(item: str | None, points: str, status: BonusStatus = BonusStatus.APPROVED) -> BonusRecord:
    return BonusRecord("E1", item, Decimal(points), status)


def test_r10_a_bonus_item_outside_the_catalog_is_an_unknown_reference() -> None:
    result = checked(year([eng("E1")], complete("E1"), [bonus("nobel_prize", "1")]))
    issue = only(result)
    assert (issue.code, issue.street) == ("unknown_reference", STREET)
    assert "E1" not in result.bonuses


def test_r9_negative_bonus_points_are_refused() -> None:
    result = checked(year([eng("E1")], complete("E1"), [bonus("media", "-0.5")]))
    assert codes(result) == ["bad_value"]
    assert "E1" not in result.bonuses


def test_r9_approved_points_above_the_items_value_are_refused_but_declared_ones_are_not() -> None:
    records = [bonus("honour_district", "2"), bonus("honour_district", "2", BonusStatus.DECLARED)]
    result = checked(year([eng("E1")], complete("E1"), records))
    issue = only(result)
    assert issue.code == "bad_value" and "每次 1 分" in issue.message
    assert len(result.bonuses["E1"]) == 2


def test_r9_a_bonus_for_an_unknown_engagement_is_an_unknown_reference() -> None:
    result = checked(
        year(
            [eng("E1")], complete("E1"), [BonusRecord("E9", None, Decimal(1), BonusStatus.APPROVED)]
        )
    )
    assert codes(result) == ["unknown_reference"]
