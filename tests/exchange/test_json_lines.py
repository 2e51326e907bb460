"""An engagement's line of the result JSON written from the record (exchange/json_lines.py)
is the text the encoder gives for its `result_dict` entry."""

from __future__ import annotations

import copy
import dataclasses
import json
from decimal import Decimal
from pathlib import Path

import pytest

from counsel.exchange import json_io
from counsel.exchange.json_lines import engagement_line
from counsel.rules import assess, policy
from counsel.rules.shared_rank import SharedRank, SharedRankStep
from counsel.rules.types import EngagementResult, Result, Tier, TraceStep

from .cases import NAMES, input_path

ENGINE = sorted((Path(__file__).parents[1] / "cases" / "engine").glob("*.json"))
_encode = json.JSONEncoder(ensure_ascii=False).encode


def _check(result: Result) -> None:
    dicts = json_io.result_dict(result)["engagements"]
    assert [engagement_line(e) for e in result.engagements] == [_encode(d) for d in dicts]


@pytest.mark.parametrize("name", NAMES)
def test_each_public_case_gives_the_same_lines(name: str) -> None:
    data, _ = json_io.read_input(input_path(name))
    _check(assess(data, policy.load()))


@pytest.mark.parametrize("path", ENGINE, ids=lambda p: p.stem)
def test_each_engine_case_gives_the_same_lines(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
    data, _ = json_io.parse_input(case["input"])
    _check(assess(data, policy.load()))


def test_odd_text_is_escaped_as_json_escapes_it() -> None:
    odd = 'E"1\\\t\n\x01\u2028😀，'
    one = EngagementResult(
        id=odd, lawyer=odd, community=odd, street=odd, full_year=False, days=0, weeks=None,
        basic=Decimal("0"), satisfaction=Decimal("-0.005"), bonus=Decimal("1E+2"),
        total=Decimal("12345678901.235"), rank=None, tier=Tier.THIRD, amount=Decimal("0.01"),
        city_share=Decimal("0.00"), district_share=Decimal("2426692.30"), flags=(odd, "part_year"),
        trace=(TraceStep("R1", "§1", odd), TraceStep("R2", "§2", "")),
    )  # fmt: skip
    two = dataclasses.replace(one, full_year=True, days=365, weeks=52, rank=7, tier=None, flags=())
    for e in (one, two):
        (line,) = json_io.result_dict(_result(e))["engagements"]
        assert engagement_line(e) == _encode(line)


def _result(e: EngagementResult) -> Result:
    data, _ = json_io.read_input(input_path(NAMES[0]))
    return dataclasses.replace(assess(data, policy.load()), engagements=(e,))


@pytest.mark.parametrize("ids", [["a", 'b"\n', "\\c😀"], ["x", "y"], ['"', "\t", "é", "\u2028"]])
def test_a_shared_rank_is_its_text_and_escaped_as_it(ids: list[str]) -> None:
    heads = ('h"\x01与 ', "H\\与 ")
    group = SharedRank(heads[0], {1: heads[1]}, ' t"\n', ids)
    data, _ = json_io.read_input(input_path(NAMES[0]))
    result = assess(data, policy.load())
    for i in range(len(ids)):
        step = SharedRankStep(group, i)
        written = TraceStep("R12", "§4.4", step.text)
        assert step == written and written == step and hash(step) == hash(written)
        assert repr(step) == repr(written) and copy.deepcopy(step) == written
        others = "、".join(ids[:i] + ids[i + 1 :])
        assert step.text == heads[i == 1] + others + ' t"\n'
        one = dataclasses.replace(result.engagements[0], trace=(step,))
        (line,) = json_io.result_dict(dataclasses.replace(result, engagements=(one,)))[
            "engagements"
        ]
        assert engagement_line(one) == _encode(line)
