"""What a result version keeps, and how it is read back.

The input is kept as the exchange format (`counsel/1`, EXCHANGE.md) with the policy
parameters in force as its `policy` object, so the stored input run through
`counsel assess` gives the stored result. Tie orders (R14 manual) are not part of the
exchange format and are kept beside it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal
from typing import Any

from counsel.apps.assessment.exporting import input_dict as exchange_input_dict
from counsel.exchange import json_io
from counsel.rules import policy as rules_policy
from counsel.rules.policy import BonusItem, Policy
from counsel.rules.types import Result, TieOrder, YearInput

#: The parameters the exchange format names (EXCHANGE.md `policy`).
EXCHANGE_PARAMETERS = rules_policy.EXCHANGE_PARAMETERS


def policy_overrides(policy: Policy) -> dict[str, object]:
    """The parameters in force as the input's `policy` object: the exchange names always,
    the others only where they differ from the shipped policy."""
    shipped = rules_policy.load().parameters()
    current = policy.parameters()
    return {
        name: value
        for name, value in current.items()
        if name in EXCHANGE_PARAMETERS or shipped.get(name) != value
    }


def input_dict(data: YearInput, policy: Policy) -> dict[str, Any]:
    """A YearInput as the `counsel/1` JSON object (as the web export writes it), carrying
    the parameters in force."""
    return exchange_input_dict(data, policy_overrides(policy))


def tie_orders_list(orders: tuple[TieOrder, ...]) -> list[dict[str, Any]]:
    return [{"engagements": list(o.engagements), "reason": o.reason} for o in orders]


def tie_orders_from(stored: list[Mapping[str, Any]]) -> tuple[TieOrder, ...]:
    return tuple(TieOrder(tuple(o["engagements"]), str(o["reason"])) for o in stored)


def catalog_list(policy: Policy) -> list[dict[str, Any]]:
    return [
        {
            "key": b.key,
            "name": b.name,
            "points": str(b.points),
            "annual_cap": None if b.annual_cap is None else str(b.annual_cap),
        }
        for b in policy.bonus_items
    ]


def trace_dict(result: Result) -> dict[str, list[list[str]]]:
    """The explanation steps with their rule and § (the result JSON keeps only text)."""
    return {
        e.id: [[step.rule, step.section, step.text] for step in e.trace] for e in result.engagements
    }


def stored_policy(
    policy_toml: str, parameters: Mapping[str, object], catalog: list[Mapping[str, Any]]
) -> Policy:
    """The policy a version was computed with: its file, parameters and bonus catalog."""
    policy = rules_policy.loads(policy_toml).with_overrides(dict(parameters))
    if catalog:
        items = tuple(
            BonusItem(
                key=str(row["key"]),
                name=str(row["name"]),
                points=Decimal(str(row["points"])),
                annual_cap=None if row["annual_cap"] is None else Decimal(str(row["annual_cap"])),
            )
            for row in catalog
        )
        policy = replace(policy, bonus_items=items)
    rules_policy.check(policy)
    return policy


def stored_input(input_json: Mapping[str, Any], tie_orders: list[Mapping[str, Any]]) -> YearInput:
    """The stored input as the engine reads it, without its `policy` object (the policy is
    rebuilt separately, so a what-if can replace it) and with the recorded tie orders."""
    data, issues = json_io.parse_input(dict(input_json))
    if issues:
        raise ValueError(f"保存的输入无法读取：{issues[0].message}")
    return replace(data, overrides=(), tie_orders=tie_orders_from(tie_orders))
