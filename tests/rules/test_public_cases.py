"""The three public cases (tests/cases/public, README in shared/cases): the input through
`json_io` and `assess` reproduces every field of the expected file, in order."""

from __future__ import annotations

from pathlib import Path

import pytest

from .expect import assess_document, load_case, mismatches

PUBLIC = Path(__file__).parents[1] / "cases" / "public"
NAMES = ["small-street", "small-street-quota-error", "shangcheng-2025"]


@pytest.mark.parametrize("name", NAMES)
def test_r1_to_r16_a_public_case_matches_its_expected_file_field_by_field(name: str) -> None:
    expected = load_case(PUBLIC / f"{name}.expect.json")
    actual = assess_document(load_case(PUBLIC / f"{name}.in.json"))
    assert mismatches(expected, actual) == []
    # the quota list is compared whole and in order, not only the checks it names
    assert [
        {k: q[k] for k in e} for e, q in zip(expected["quota"], actual["quota"], strict=True)
    ] == (expected["quota"])
    assert [e["id"] for e in actual["engagements"]] == [e["id"] for e in expected["engagements"]]


def test_r8_the_quota_error_case_names_the_street_and_quarter_and_is_not_final() -> None:
    actual = assess_document(load_case(PUBLIC / "small-street-quota-error.in.json"))
    assert actual["final"] is False
    assert [(e["code"], e["street"], e["quarter"]) for e in actual["errors"]] == [
        ("quota_satisfied_exceeded", "示例街道", 2)
    ]
    assert "⌈社区（村）数 12 × 10%⌉ = 2" in actual["errors"][0]["message"]


def test_r14_the_district_case_flags_both_members_of_the_tie_across_the_bottom_boundary() -> None:
    actual = assess_document(load_case(PUBLIC / "shangcheng-2025.in.json"))
    tied = [e for e in actual["engagements"] if "tie_at_boundary" in e["flags"]]
    assert [(e["id"], e["rank"], e["tier"]) for e in tied] == [("E0084", 170, 2), ("E0137", 170, 2)]
    assert actual["ties"] == [
        {
            "engagements": ["E0084", "E0137"],
            "boundary": 3,
            "positions": [170, 171],
            "extra": 1,
            "cost": "2000.00",
        }
    ]
