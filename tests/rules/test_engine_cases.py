"""Engine cases as data (tests/cases/engine/*.json): each an EXCHANGE.md input, what it
shows and the rules it exercises, and the fields of the result it expects."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .expect import assess_document, load_case, mismatches
from .support import ALTERNATIVES

CASES = sorted((Path(__file__).parents[1] / "cases" / "engine").glob("*.json"))


def test_r1_to_r16_there_are_engine_cases_for_every_parameter_alternative() -> None:
    policies = [load_case(path)["input"].get("policy", {}) for path in CASES]
    chosen = {(name, str(value)) for policy in policies for name, value in policy.items()}
    for alternative in [
        *ALTERNATIVES,
        ("tier_share", "20"),
        ("tier1_amount", "15000"),
        ("tier3_amount", "9000"),
        ("weeks_per_year", "53"),
        ("bonus_cap", "None"),
        ("city_share", "33.3"),
    ]:
        assert alternative in chosen, alternative
    assert len(CASES) >= 15


@pytest.mark.parametrize("path", CASES, ids=[path.stem for path in CASES])
def test_r1_to_r16_each_engine_case_gives_the_fields_it_expects(path: Path) -> None:
    case = load_case(path)
    assert re.search(r"R\d+", case["description"]), "a case names the rules it shows"
    problems = mismatches(case["expect"], assess_document(case["input"]))
    assert problems == [], "\n".join([case["description"], *problems])
