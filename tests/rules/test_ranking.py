"""R12–R14 §4.4: order, shared ranks, tiers and ties across a tier boundary."""

from __future__ import annotations

from decimal import Decimal

import pytest

from counsel.rules.policy import Policy
from counsel.rules.ranking import Candidate, Ranking, rank
from counsel.rules.types import TieOrder, Tier

from .support import SHIPPED, with_params


def cand(
    ident: str, total: str, bonus: str = "0", satisfaction: str = "6", code: str = ""
) -> Candidate:
    return Candidate(
        ident, code or f"C{ident}", Decimal(total), Decimal(bonus), Decimal(satisfaction)
    )


def descending(n: int) -> list[Candidate]:
    """n engagements with distinct totals 90, 89, …, listed in reverse to show sorting."""
    return [cand(f"E{i:03d}", str(90 - i)) for i in range(n, 0, -1)]


def tiers(ranking: Ranking) -> list[int]:
    return [int(p.tier) for p in ranking.placements]


def third_positions(ranking: Ranking) -> list[int]:
    return [p.position for p in ranking.placements if p.tier is Tier.THIRD]


def test_r12_order_is_by_total_then_bonus_then_satisfaction_highest_first() -> None:
    ranking = rank(
        [
            cand("A", "90", bonus="0", satisfaction="18"),
            cand("B", "90", bonus="1", satisfaction="6"),
            cand("C", "91"),
            cand("D", "90", bonus="1", satisfaction="9"),
        ],
        SHIPPED,
    )
    assert [p.id for p in ranking.placements] == ["C", "D", "B", "A"]
    assert [p.rank for p in ranking.placements] == [1, 2, 3, 4]


def test_r12_engagements_equal_on_total_bonus_and_satisfaction_share_a_rank_1_2_2_4() -> None:
    ranking = rank([cand("A", "95"), cand("B", "90"), cand("C", "90"), cand("D", "85")], SHIPPED)
    assert [p.rank for p in ranking.placements] == [1, 2, 2, 4]


def test_r12_tied_engagements_are_shown_by_community_code_then_engagement_id() -> None:
    ranking = rank(
        [
            cand("E9", "90", code="330102002001"),
            cand("E2", "90", code="330102001001"),
            cand("E1", "90", code="330102002001"),
        ],
        SHIPPED,
    )
    assert [p.id for p in ranking.placements] == ["E2", "E1", "E9"]


def test_r12_the_trace_names_the_engagements_sharing_the_rank() -> None:
    ranking = rank([cand("A", "95"), cand("B", "90"), cand("C", "90")], SHIPPED)
    step = next(s for s in ranking.placements[1].trace if s.rule == "R12")
    assert "与 C" in step.text and "并列第 2 名" in step.text
    assert "总分 90" in step.text


@pytest.mark.parametrize("n", range(1, 10))
def test_r13_with_fewer_than_ten_ranked_everyone_is_in_the_second_tier(n: int) -> None:
    ranking = rank(descending(n), SHIPPED)
    assert ranking.k == 0
    assert tiers(ranking) == [2] * n
    assert "全部列入第二档" in ranking.placements[0].trace[1].text


@pytest.mark.parametrize(("n", "k"), [(10, 1), (19, 1), (20, 2), (25, 2), (188, 18)])
def test_r13_symmetric_tiers_put_k_first_and_the_last_k_third(n: int, k: int) -> None:
    ranking = rank(descending(n), SHIPPED)
    assert tiers(ranking) == [1] * k + [2] * (n - 2 * k) + [3] * k


@pytest.mark.parametrize(
    ("n", "third"),
    [
        (10, [9, 10]),
        (20, [18, 19, 20]),
        (25, [24, 25]),
        (30, [27, 28, 29, 30]),
        (9, []),
    ],
)
def test_r13_include_90th_adds_the_position_at_90_percent_when_10_divides_n(
    n: int, third: list[int]
) -> None:
    ranking = rank(descending(n), with_params(bottom_tier="include_90th"))
    assert third_positions(ranking) == third
    assert [p.position for p in ranking.placements if p.tier is Tier.FIRST] == list(
        range(1, n // 10 + 1)
    )


def test_r13_twenty_ranked_put_positions_18_to_20_in_third_tier_under_include_90th() -> None:
    ranking = rank(descending(20), with_params(bottom_tier="include_90th"))
    assert third_positions(ranking) == [18, 19, 20]
    assert "第 18–20 位" in ranking.placements[-1].trace[1].text


def test_r13_include_90th_never_takes_a_place_from_the_first_tier() -> None:
    # tier_share 50 with n = 2: k = 1 and n × 50 % is whole, but position 1 is 第一档.
    chosen = with_params(bottom_tier="include_90th", tier_share="50")
    ranking = rank(descending(2), chosen)
    assert tiers(ranking) == [1, 3]
    assert ranking.bottom == 1


def test_r13_tier_share_is_a_parameter() -> None:
    ranking = rank(descending(20), with_params(tier_share="20"))
    assert tiers(ranking) == [1] * 4 + [2] * 12 + [3] * 4


def straddling_top() -> list[Candidate]:
    """Ten engagements; positions 1 and 2 tied across the 第一档 boundary (k = 1)."""
    return [cand("A", "95"), cand("B", "95")] + [cand(f"X{i}", str(90 - i)) for i in range(8)]


def test_r14_favourable_puts_a_tie_across_the_top_boundary_all_in_the_first_tier() -> None:
    ranking = rank(straddling_top(), SHIPPED)
    assert tiers(ranking)[:3] == [1, 1, 2]
    assert [p.tied_at_boundary for p in ranking.placements[:3]] == [True, True, False]
    (group,) = ranking.ties
    assert group.engagements == ("A", "B")
    assert (group.boundary, group.positions, group.extra) == (1, (1, 2), 1)
    assert group.cost == Decimal(2000)


def test_r14_favourable_keeps_a_tie_across_the_bottom_boundary_out_of_the_third_tier() -> None:
    candidates = [cand(f"X{i}", str(95 - i)) for i in range(17)]
    candidates += [cand("P", "70"), cand("Q", "70"), cand("R", "69")]  # positions 18–20
    ranking = rank(candidates, SHIPPED)
    assert tiers(ranking)[-3:] == [2, 2, 3]
    (group,) = ranking.ties
    assert (group.boundary, group.positions, group.extra, group.cost) == (
        3,
        (18, 19),
        1,
        Decimal(2000),
    )
    step = next(s for s in ranking.placements[-2].trace if s.rule == "R14")
    assert "多 1 个结对免入第三档" in step.text and "2000.00" in step.text


def test_r14_every_engagement_is_told_when_a_tie_changes_how_many_are_in_a_tier() -> None:
    candidates = [cand(f"X{i}", str(95 - i)) for i in range(17)]
    candidates += [cand("P", "70"), cand("Q", "70"), cand("R", "69")]
    untied = rank(descending(20), SHIPPED).placements[0]

    first = rank(candidates, SHIPPED).placements[0]

    r13 = next(s for s in first.trace if s.rule == "R13")
    assert "第三档为末 2 名（第 19–20 位）" in r13.text
    assert "因跨档同分（R14），实际第一档 2 个、第三档 1 个" in r13.text
    assert "实际" not in next(s for s in untied.trace if s.rule == "R13").text


def test_r14_a_tie_inside_one_tier_is_not_flagged() -> None:
    candidates = [cand("A", "99")] + [cand(f"M{i}", "80") for i in range(8)] + [cand("Z", "50")]
    ranking = rank(candidates, SHIPPED)
    assert tiers(ranking) == [1] + [2] * 8 + [3]
    assert not any(p.tied_at_boundary for p in ranking.placements)
    assert ranking.ties == ()


def test_r14_a_tie_across_both_boundaries_all_gets_the_best_tier_it_reaches() -> None:
    ranking = rank([cand(f"E{i}", "80") for i in range(10)], SHIPPED)
    assert tiers(ranking) == [1] * 10
    (group,) = ranking.ties
    assert group.extra == 9
    assert group.cost == 8 * Decimal(2000) + Decimal(4000)


def manual() -> Policy:
    return with_params(boundary_ties="manual")


def test_r14_manual_leaves_a_straddling_tie_unresolved_until_the_bureau_records_an_order() -> None:
    ranking = rank(straddling_top(), manual())
    (issue,) = ranking.issues
    assert issue.code == "tie_unresolved"
    assert "A、B" in issue.message
    assert all(p.tied_at_boundary for p in ranking.placements[:2])


def test_r14_manual_with_a_recorded_order_gives_the_tiers_by_that_order() -> None:
    order = TieOrder(("B", "A"), "B 年内获市级表彰")
    ranking = rank(straddling_top(), manual(), [order])
    assert ranking.issues == ()
    assert [(p.id, int(p.tier), p.rank) for p in ranking.placements[:2]] == [
        ("B", 1, 1),
        ("A", 2, 1),
    ]
    step = next(s for s in ranking.placements[1].trace if s.rule == "R14")
    assert "B 年内获市级表彰" in step.text
    assert ranking.ties[0].extra == 0


def test_r14_an_order_for_another_set_of_engagements_leaves_the_tie_unresolved() -> None:
    ranking = rank(straddling_top(), manual(), [TieOrder(("A", "X0"), "另一组")])
    assert [i.code for i in ranking.issues] == ["tie_unresolved"]


def test_r14_favourable_ignores_recorded_orders() -> None:
    ranking = rank(straddling_top(), SHIPPED, [TieOrder(("B", "A"), "无关")])
    assert tiers(ranking)[:2] == [1, 1]
    assert [p.id for p in ranking.placements[:2]] == ["A", "B"]


def test_r13_the_trace_tells_a_third_tier_engagement_its_position_and_the_tier_range() -> None:
    ranking = rank(descending(20), SHIPPED)
    texts = [s.text for s in ranking.placements[-1].trace]
    assert any("第三档为末 2 名（第 19–20 位）" in t and "第 20 位 → 第三档" in t for t in texts)
    assert any("第三档补贴 10000.00 元" in t for t in texts)
