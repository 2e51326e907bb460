"""The exchange format in JSON (exchange/json_io.py) and the public cases through it."""

from __future__ import annotations

import json
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from counsel.exchange import json_io
from counsel.exchange.errors import UnreadableInput
from counsel.rules import assess, policy
from counsel.rules.types import Rating

from .cases import NAMES, assert_matches, expected, input_path


def _assess(data: dict[str, Any]) -> dict[str, Any]:
    year_input, issues = json_io.parse_input(data)
    assert issues == []
    return json_io.result_dict(assess(year_input, policy.load()))


def _case(name: str) -> dict[str, Any]:
    return json.loads(input_path(name).read_text(encoding="utf-8"), parse_float=Decimal)


@pytest.mark.parametrize("name", NAMES)
def test_each_public_case_gives_the_expected_result_field_by_field(name: str) -> None:
    year_input, issues = json_io.read_input(input_path(name))
    assert issues == []
    assert_matches(json_io.result_dict(assess(year_input, policy.load())), expected(name))


def test_the_public_cases_are_all_there() -> None:
    assert NAMES == ["shangcheng-2025", "small-street", "small-street-quota-error"]


def test_the_result_does_not_depend_on_the_order_of_the_input_records() -> None:
    data = _case("shangcheng-2025")
    shuffled = dict(data)
    rng = random.Random(7)
    for key in ("communities", "lawyers", "engagements", "quarters", "bonuses"):
        items = list(data[key])
        rng.shuffle(items)
        shuffled[key] = items
    assert _assess(shuffled) == _assess(data)


def test_numbers_may_be_json_numbers_or_decimal_strings_and_read_the_same() -> None:
    data = _case("small-street")
    as_numbers = json.loads(json.dumps(data, default=str), parse_float=Decimal)
    for record in as_numbers["quarters"]:
        record["basic"] = Decimal(record["basic"])
    assert _assess(as_numbers) == _assess(data)


def test_an_unreadable_score_is_reported_once_as_bad_value_not_also_as_missing() -> None:
    data = _case("small-street")
    data["quarters"][0]["basic"] = "八十"
    year_input, issues = json_io.parse_input(data)
    assert [(i.code, i.field, i.engagement, i.quarter) for i in issues] == [
        ("bad_value", "basic", "E01", 1)
    ]
    result = assess(year_input, policy.load())
    assert not [e for e in result.errors if e.code == "missing_score"]
    assert "quarters[0].basic" in issues[0].message


@pytest.mark.parametrize(
    ("key", "value"),
    [("status", "pending"), ("status", "待审核"), ("points", "abc"), ("points", "1,5")],
)
def test_an_unreadable_bonus_value_is_a_bad_value_and_the_declaration_is_left_out(
    key: str, value: str
) -> None:
    data = _case("small-street")
    data["bonuses"][0][key] = value
    year_input, issues = json_io.parse_input(data)
    assert [(i.code, i.field, i.engagement) for i in issues] == [
        ("bad_value", key, data["bonuses"][0]["engagement"])
    ]
    assert f"“{value}”" in issues[0].message
    assert len(year_input.bonuses) == len(data["bonuses"]) - 1


@pytest.mark.parametrize("value", ["1e1000000", Decimal("1e1000000"), "9" * 5000])
def test_a_huge_number_is_a_bad_value_and_the_result_is_still_made(value: object) -> None:
    data = _case("small-street")
    data["quarters"][0]["basic"] = value
    data["bonuses"][0]["points"] = value
    year_input, issues = json_io.parse_input(data)
    assert [(i.code, i.field) for i in issues] == [("bad_value", "basic"), ("bad_value", "points")]
    result = json_io.result_dict(assess(year_input, policy.load()))
    assert len(result["engagements"]) == len(data["engagements"])


def test_r5_a_score_of_more_digits_than_the_context_keeps_is_rounded_once() -> None:
    data = _case("small-street")
    first = data["quarters"][0]
    ident = first["engagement"]
    for record in data["quarters"]:
        if record["engagement"] == ident:
            record["basic"] = "80"
    first["basic"] = "80.0199999999999999999999999999"  # mean 80.0049999…: 80.00
    result = _assess(data)
    assert next(e for e in result["engagements"] if e["id"] == ident)["basic"] == "80.00"


def test_a_quarter_written_as_a_json_decimal_is_that_quarter() -> None:
    data = _case("small-street")
    data["quarters"][0]["quarter"] = Decimal("1.0")
    year_input, issues = json_io.parse_input(data)
    assert issues == []
    assert year_input.quarters[0].quarter == 1
    assert _assess(data) == _assess(_case("small-street"))


def test_an_engagement_with_an_unreadable_date_is_reported_once_and_its_records_left_out() -> None:
    data = _case("small-street")
    data["engagements"][2]["periods"][0]["start"] = "2024-02-30"
    year_input, issues = json_io.parse_input(data)
    assert [(i.code, i.engagement, i.street) for i in issues] == [("bad_value", "E03", "示例街道")]
    assert "E03" not in {q.engagement for q in year_input.quarters}
    codes = {e.code for e in assess(year_input, policy.load()).errors}
    assert "unknown_reference" not in codes


def test_an_unknown_rating_is_a_bad_value_with_its_engagement_quarter_and_street() -> None:
    data = _case("small-street")
    data["quarters"][5]["rating"] = "很好"
    _, issues = json_io.parse_input(data)
    record = data["quarters"][5]
    assert [(i.code, i.engagement, i.quarter, i.street) for i in issues] == [
        ("bad_value", record["engagement"], record["quarter"], "示例街道")
    ]


def test_ratings_may_be_given_in_english() -> None:
    data = _case("small-street")
    english = {
        r.value: name
        for r, name in zip(Rating, ("satisfied", "good", "ordinary", "ordinary_zero"), strict=True)
    }
    for record in data["quarters"]:
        record["rating"] = english[record["rating"]]
    assert _assess(data) == _assess(_case("small-street"))


def test_an_input_policy_override_applies_week_rounding_ceil_to_part_year_weeks() -> None:
    data = _case("small-street")
    data["policy"] = {"week_rounding": "ceil"}
    part = next(e for e in _assess(data)["engagements"] if e["id"] == "E12")
    assert (part["days"], part["weeks"], part["amount"]) == (275, 40, "9230.77")
    assert _assess(data)["policy"]["week_rounding"] == "ceil"


def test_an_unknown_override_is_a_bad_value_naming_it() -> None:
    data = _case("small-street")
    data["policy"] = {"weekly_rounding": "ceil"}
    result = _assess(data)
    assert result["final"] is False
    assert [(e["code"], e["field"]) for e in result["errors"]] == [("bad_value", "weekly_rounding")]


def test_a_file_that_is_not_json_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(UnreadableInput, match="不是有效的 JSON"):
        json_io.read_input(path)


@pytest.mark.parametrize(
    ("text", "encoding", "message"),
    [
        ('{"year": 2025, "name": "某社区"}', "gbk", "不是 UTF-8 编码（请另存为 UTF-8）"),
        ('{"year": 2025, "basic": ' + "9" * 5000 + "}", "utf-8", "位数过多"),
        ("[" * 100_000 + "]" * 100_000, "utf-8", "嵌套层数过多"),
        ('{"year": 2025 "x": 1}', "utf-8", "第 1 行第 15 列：此处缺少逗号"),
    ],
)
def test_a_file_that_cannot_be_read_is_said_in_chinese(
    text: str, encoding: str, message: str, tmp_path: Path
) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(text.encode(encoding))
    with pytest.raises(UnreadableInput) as caught:
        json_io.load_json(path)
    assert message in str(caught.value)
    assert "codec" not in str(caught.value) and "Exceeds" not in str(caught.value)


def test_a_directory_or_a_missing_file_is_said_in_chinese(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput, match="是一个目录"):
        json_io.load_json(tmp_path)
    with pytest.raises(UnreadableInput, match="文件不存在"):
        json_io.load_json(tmp_path / "none.json")


@pytest.mark.parametrize(
    ("data", "message"),
    [([], "JSON 对象"), ({"format": "other/2", "year": 2025}, "不支持的格式"), ({}, "考核年度")],
)
def test_json_that_is_not_a_counsel_input_is_unreadable(data: object, message: str) -> None:
    with pytest.raises(UnreadableInput, match=message):
        json_io.parse_input(data)


def test_the_year_given_by_the_caller_wins_over_the_year_in_the_file() -> None:
    data = _case("small-street")
    year_input, _ = json_io.parse_input(data, year=2026)
    assert year_input.year == 2026
    assert json_io.stated_year(data) == 2025


def test_the_result_json_has_two_decimal_strings_and_integer_ranks(tmp_path: Path) -> None:
    year_input, _ = json_io.read_input(input_path("small-street"))
    path = tmp_path / "out.json"
    json_io.write_result(assess(year_input, policy.load()), path)
    out = json.loads(path.read_text(encoding="utf-8"))
    assert out["format"] == "counsel-result/1"
    first = out["engagements"][0]
    assert (first["total"], first["rank"], first["tier"], first["amount"]) == (
        "98.00",
        1,
        1,
        "14000.00",
    )
    assert out["totals"]["difference"] == "3000.00"
