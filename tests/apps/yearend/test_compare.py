"""Two results side by side: only what differs, in the new order, with the budget difference."""

from __future__ import annotations

from decimal import Decimal

from counsel.apps.yearend.compare import compare, tier_label


def _row(
    ident: str, rank: int | None, tier: int | None, amount: str, weeks: int | None = None
) -> dict:
    return {
        "id": ident,
        "lawyer": f"L{ident}",
        "community": f"C{ident}",
        "street": "甲街道",
        "rank": rank,
        "tier": tier,
        "weeks": weeks,
        "amount": amount,
        "total": "90.00",
        "basic": "78.00",
        "satisfaction": "12.00",
        "bonus": "0.00",
    }


def _result(rows: list[dict]) -> dict:
    payout = sum(Decimal(r["amount"]) for r in rows)
    return {"engagements": rows, "totals": {"payout": f"{payout:.2f}"}}


def test_only_changed_engagements_are_listed_with_the_budget_difference() -> None:
    old = _result(
        [
            _row("A", 1, 1, "14000.00"),
            _row("B", 2, 2, "12000.00"),
            _row("C", None, None, "6000.00", 26),
        ]
    )
    new = _result(
        [
            _row("A", 1, 1, "14000.00"),
            _row("B", 2, 3, "10000.00"),
            _row("D", None, None, "230.77", 1),
        ]
    )
    result = compare(old, new, {"LB": "王律师"}, {"CB": "甲社区"})
    assert [c.id for c in result.changes] == ["B", "D", "C"]
    b, d, c = result.changes
    assert (b.lawyer, b.community, b.old_tier, b.new_tier, b.amount_difference) == (
        "王律师",
        "甲社区",
        "第二档",
        "第三档",
        Decimal("-2000.00"),
    )
    assert (d.old_tier, d.new_tier, d.old_amount) == ("—", "按周计发（1 周）", Decimal("0.00"))
    assert (c.new_tier, c.new_amount) == ("—", Decimal("0.00"))
    assert [x.id for x in result.tier_moves] == ["B", "D", "C"]
    assert result.budget_difference == Decimal("230.77") - Decimal("8000.00")


def test_tier_labels() -> None:
    assert tier_label({"tier": 1}) == "第一档"
    assert tier_label({"tier": None, "weeks": 0}) == "按周计发（0 周）"
    assert tier_label(None) == "—"
