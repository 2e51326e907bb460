"""R9–R10 §4.2.3: bonus points — approved declarations only, within the caps."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from counsel.rules.exact import ZERO, exact_sum, plain, two_places
from counsel.rules.policy import Policy
from counsel.rules.types import BonusRecord, BonusStatus, TraceStep


def annual_bonus(records: Sequence[BonusRecord], policy: Policy) -> tuple[Decimal, TraceStep]:
    """R9 §4.2.3 / R10: sum approved points; cap per catalog item, then overall.

    Each occurrence counts at most the item's points (R9); the validator reports a larger
    value as an error, and the provisional result uses the item's points.
    """
    approved = [r for r in records if r.status is BonusStatus.APPROVED]
    ignored = len(records) - len(approved)
    if not approved:
        text = "加分：无经审定的加分项目，记 0.00"
        if ignored:
            text += f"（另有 {ignored} 项未审定或未通过，不计分）"
        return two_places(ZERO), TraceStep("R9", "§4.2.3", text)
    # Doubt (R9): "one event may be declared in one engagement only" cannot be checked
    # here: a record carries no event identity, so a lawyer with two communities declaring
    # one honour twice is left to the judicial office's approval.
    by_item: dict[str | None, list[Decimal]] = {}
    for record in approved:
        item = policy.bonus_item(record.item) if record.item else None
        # Doubt (R10): an approved record without a catalog item (EXCHANGE.md allows
        # `item: null`) has no per-occurrence value or annual cap to hold it; only the
        # overall cap applies. The other reading refuses such records once 附件1 exists.
        points = min(record.points, item.points) if item else record.points
        by_item.setdefault(record.item, []).append(points)
    parts: list[str] = []
    counted: list[Decimal] = []
    for key in sorted(by_item, key=lambda k: k or ""):
        item = policy.bonus_item(key) if key else None
        points = exact_sum(by_item[key])
        name = item.name if item else "其他加分"
        if item and item.annual_cap is not None and points > item.annual_cap:
            parts.append(
                f"{name} {plain(points)}（年度上限 {plain(item.annual_cap)}）→ {plain(item.annual_cap)}"
            )
            points = item.annual_cap
        else:
            parts.append(f"{name} {plain(points)}")
        counted.append(points)
    total = exact_sum(counted)
    text = "加分（仅计审定通过的项目）：" + "；".join(parts)
    if policy.bonus_cap is not None and total > policy.bonus_cap:
        text += f"；合计 {plain(total)} 超过每年上限 {plain(policy.bonus_cap)}，按 {plain(policy.bonus_cap)} 计"
        total = policy.bonus_cap
    result = two_places(total)
    text += f"；加分 = {result}"
    if ignored:
        text += f"（另有 {ignored} 项未审定或未通过，不计分）"
    return result, TraceStep("R10", "§4.2.3", text)
