"""What a version keeps reads back as the same input and policy."""

from __future__ import annotations

from dataclasses import replace

import pytest

from counsel.apps.org.services import shipped_policy_toml
from counsel.apps.yearend import snapshot
from counsel.exchange import json_io
from counsel.rules import assess
from counsel.rules import policy as rules_policy
from counsel.rules.types import TieOrder
from tests.apps.yearend.cases import OWN, PUBLIC


@pytest.mark.parametrize("path", [*PUBLIC, *OWN], ids=lambda p: p.name)
def test_an_input_written_and_read_back_gives_the_same_result(path) -> None:
    data, _ = json_io.read_input(path)
    policy = rules_policy.load()
    for override in data.overrides:
        policy = policy.with_overrides({override.name: override.value})
    written = snapshot.input_dict(data, policy)
    again = snapshot.stored_input(written, [])
    stored = snapshot.stored_policy(
        shipped_policy_toml(), written["policy"], snapshot.catalog_list(policy)
    )
    assert json_io.result_dict(assess(again, stored)) == json_io.result_dict(
        assess(data, rules_policy.load())
    )


def test_the_policy_object_names_the_exchange_parameters_only_unless_others_differ() -> None:
    policy = rules_policy.load()
    assert set(snapshot.policy_overrides(policy)) == set(snapshot.EXCHANGE_PARAMETERS)
    changed = policy.with_overrides({"quota_share": "20"})
    assert snapshot.policy_overrides(changed)["quota_share"] == "20"


def test_tie_orders_and_traces_round_trip() -> None:
    orders = (TieOrder(("B", "A"), "理由"),)
    assert snapshot.tie_orders_from(snapshot.tie_orders_list(orders)) == orders
    data, _ = json_io.read_input(OWN[0])
    result = assess(replace(data), rules_policy.load())
    traces = snapshot.trace_dict(result)
    first = result.engagements[0]
    assert traces[first.id][0] == [first.trace[0].rule, first.trace[0].section, first.trace[0].text]
