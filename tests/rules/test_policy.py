"""Policy files and overrides (R3, R5–R8, R10, R13–R16, R18): the shipped Shangcheng
policy, every parameter alternative, and files refused with a message naming the fault."""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal
from importlib import resources

import pytest

from counsel.rules import policy
from counsel.rules.policy import PARAMETERS, PolicyError
from counsel.rules.types import Rating

from .support import ALTERNATIVES, SHIPPED, with_params

SHIPPED_TEXT = (
    resources.files("counsel.rules").joinpath("policies/shangcheng.toml").read_text("utf-8")
)


def variant(old: str, new: str) -> str:
    """The shipped file with one passage changed (the passage must occur exactly once)."""
    assert SHIPPED_TEXT.count(old) == 1, old
    return SHIPPED_TEXT.replace(old, new)


def refused(text: str) -> PolicyError:
    with pytest.raises(PolicyError) as caught:
        policy.loads(text)
    return caught.value


def test_r13_r16_the_shipped_policy_reads_the_default_of_every_rule() -> None:
    assert SHIPPED.parameters() == {
        "basic_aggregation": "mean",
        "quota_base": "communities",
        "bottom_tier": "symmetric",
        "boundary_ties": "favourable",
        "week_rounding": "floor",
        "quota_share": "10",
        "tier_share": "10",
        "annual_amount": "12000",
        "tier1_amount": "14000",
        "tier3_amount": "10000",
        "city_share": "50",
        "basic_full_marks": "82",
        "weeks_per_year": 52,
        "bonus_cap": "5",
    }


def test_r5_to_r16_every_shipped_parameter_cites_its_rule_and_section() -> None:
    for name in PARAMETERS:
        assert re.match(r"R\d+", SHIPPED.refs[name]), name
        assert "§" in SHIPPED.refs[name], name


def test_r7_the_shipped_satisfaction_points_are_4_5_3_1_5_and_0() -> None:
    assert SHIPPED.satisfaction_points == {
        Rating.SATISFIED: Decimal("4.5"),
        Rating.GOOD: Decimal(3),
        Rating.ORDINARY: Decimal("1.5"),
        Rating.ORDINARY_ZERO: Decimal(0),
    }


def test_r6_the_shipped_indicator_table_adds_up_to_82() -> None:
    assert sum(item.full_marks for item in SHIPPED.indicators) == 82


def test_r10_the_shipped_catalog_is_the_illustrative_one_of_defaults_md() -> None:
    caps = {item.key: (item.points, item.annual_cap) for item in SHIPPED.bonus_items}
    assert caps["honour_city"] == (Decimal(2), Decimal(4))
    assert caps["media"] == (Decimal("0.5"), Decimal(2))
    assert len(caps) == 7


def test_r5_a_quarter_is_out_of_82_under_mean_and_20_5_under_sum() -> None:
    assert SHIPPED.quarter_full_marks == 82
    assert with_params(basic_aggregation="sum").quarter_full_marks == Decimal("20.5")


def test_r6_a_file_whose_indicator_full_marks_do_not_add_up_to_82_is_refused() -> None:
    error = refused(
        variant(
            'key = "duty"\nname = "驻点值班"\nfull_marks = "20"',
            'key = "duty"\nname = "驻点值班"\nfull_marks = "19"',
        )
    )
    assert error.name == "indicators"
    assert "81" in str(error) and "82" in str(error)


def test_r3_a_file_cannot_escape_the_82_points_by_changing_basic_full_marks() -> None:
    text = variant('full_marks = "20"', 'full_marks = "18"').replace(
        '[parameters.basic_full_marks]\nvalue = "82"', '[parameters.basic_full_marks]\nvalue = "80"'
    )
    error = refused(text)
    assert error.name == "basic_full_marks"
    assert "82" in str(error)


def test_r20_a_deduction_only_item_with_full_marks_is_refused() -> None:
    text = variant(
        'name = "违规收费（R20）"\nfull_marks = "0"', 'name = "违规收费（R20）"\nfull_marks = "2"'
    )
    text = text.replace(
        'key = "duty"\nname = "驻点值班"\nfull_marks = "20"',
        'key = "duty"\nname = "驻点值班"\nfull_marks = "18"',
    )
    assert refused(text).name == "indicators.fee_taking"


def test_r13_a_file_with_an_unknown_parameter_is_refused_naming_it() -> None:
    error = refused(SHIPPED_TEXT + '\n[parameters.bottom_teir]\nvalue = "symmetric"\n')
    assert error.name == "bottom_teir"
    assert "bottom_teir" in str(error) and "未知参数" in str(error)


@pytest.mark.parametrize("name", ["annual_amount", "tier1_amount", "tier3_amount"])
def test_r13_a_file_without_a_tier_amount_is_refused_naming_it(name: str) -> None:
    start = SHIPPED_TEXT.index(f"[parameters.{name}]")
    end = SHIPPED_TEXT.index("[parameters.", start + 1)
    error = refused(SHIPPED_TEXT[:start] + SHIPPED_TEXT[end:])
    assert error.name == name
    assert name in str(error)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("basic_aggregation", "median"),
        ("quota_base", "streets"),
        ("bottom_tier", "include_10th"),
        ("boundary_ties", "random"),
        ("week_rounding", "round"),
    ],
)
def test_r5_r8_r13_r14_r15_a_file_with_a_value_out_of_its_set_is_refused_naming_the_set(
    name: str, value: str
) -> None:
    start = SHIPPED_TEXT.index(f"[parameters.{name}]\nvalue = ")
    line_end = SHIPPED_TEXT.index("\n", start + len(f"[parameters.{name}]\n"))
    text = (
        SHIPPED_TEXT[:start] + f'[parameters.{name}]\nvalue = "{value}"' + SHIPPED_TEXT[line_end:]
    )
    error = refused(text)
    assert error.name == name
    assert value in str(error)
    assert all(choice in str(error) for choice in policy.CHOICES[name])


def test_r10_a_bonus_cap_entry_without_a_value_is_refused_not_read_as_no_cap() -> None:
    error = refused(variant('[parameters.bonus_cap]\nvalue = "5"\n', "[parameters.bonus_cap]\n"))
    assert error.name == "bonus_cap"


def test_r10_bonus_cap_none_in_a_file_means_no_overall_cap() -> None:
    text = variant('[parameters.bonus_cap]\nvalue = "5"', '[parameters.bonus_cap]\nvalue = "none"')
    assert policy.loads(text).bonus_cap is None


def test_r13_tier_amounts_out_of_order_are_refused() -> None:
    text = variant(
        '[parameters.tier3_amount]\nvalue = "10000"', '[parameters.tier3_amount]\nvalue = "13000"'
    )
    assert "第一档 ≥ 第二档 ≥ 第三档" in str(refused(text))


@pytest.mark.parametrize(
    ("old", "new", "fault"),
    [
        ('"满意" = "4.5"', '"满意" = "5"', "18"),
        ('"普通（不赋分）" = "0"', '"普通（不赋分）" = "0.5"', "普通（不赋分）"),
        ('"良好" = "3"', '"良好" = "1"', "满意 ≥ 良好 ≥ 普通"),
        ('"良好" = "3"\n', "", "良好"),
    ],
)
def test_r7_satisfaction_points_that_break_the_text_are_refused(
    old: str, new: str, fault: str
) -> None:
    error = refused(variant(old, new))
    assert error.name == "satisfaction"
    assert fault in str(error)


@pytest.mark.parametrize(
    ("old", "new", "name"),
    [
        ("month = 4\nday = 20", "month = 2\nday = 30", "deadlines.q1_report"),
        ("month = 4\nday = 20", "month = 2\nday = 29", "deadlines.q1_report"),
        (
            'key = "annual_report"\nyear = 1',
            'key = "annual_report"\nyear = 2',
            "deadlines.annual_report",
        ),
        ("month = 7\nday = 20", 'month = "July"\nday = 20', "deadlines.q2_report"),
    ],
)
def test_r18_a_deadline_that_is_not_a_date_of_every_year_is_refused(
    old: str, new: str, name: str
) -> None:
    assert refused(variant(old, new)).name == name


def test_r6_a_policy_file_that_is_not_toml_is_refused() -> None:
    assert refused("[parameters\nvalue = 1").name == "file"


def test_r6_a_policy_file_that_is_not_toml_is_said_in_chinese_with_its_place() -> None:
    assert (
        str(refused("[meta]\nname = 1\n[parameters\nvalue = 1"))
        == "不是有效的 TOML（第 3 行第 12 列）"
    )


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("tier_share", "0"),
        ("tier_share", "60"),
        ("city_share", "101"),
        ("city_share", "-1"),
        ("weeks_per_year", "0"),
        ("weeks_per_year", "52.5"),
        ("annual_amount", "twelve thousand"),
        ("annual_amount", "Infinity"),
        ("bonus_cap", True),
    ],
)
def test_r10_r13_r15_r16_an_override_out_of_range_is_refused_naming_it(
    name: str, value: object
) -> None:
    with pytest.raises(PolicyError) as caught:
        with_params(**{name: value})
    assert caught.value.name == name


def test_r7_satisfaction_points_are_not_an_override_and_are_refused_as_unknown() -> None:
    with pytest.raises(PolicyError, match="未知参数"):
        with_params(satisfaction_points="5")


@pytest.mark.parametrize(("name", "value"), ALTERNATIVES)
def test_r5_r8_r13_r14_r15_every_parameter_alternative_can_be_selected_without_a_code_change(
    name: str, value: str
) -> None:
    assert with_params(**{name: value}).parameters()[name] == value


def test_r10_r13_r15_r16_numeric_overrides_are_read_exactly() -> None:
    chosen = with_params(
        tier_share="12.5",
        annual_amount=13000,
        tier1_amount="15000.50",
        tier3_amount=Decimal("9000"),
        weeks_per_year="53",
        bonus_cap=None,
        city_share="60",
    )
    assert chosen.tier_share == Decimal("12.5")
    assert chosen.annual_amount == 13000
    assert chosen.tier1_amount == Decimal("15000.50")
    assert chosen.weeks_per_year == 53
    assert chosen.bonus_cap is None
    assert chosen.city_share == 60
    assert chosen.parameters()["bonus_cap"] is None


def _shaped(**tables: object) -> PolicyError:
    """The shipped file with some top-level entries replaced, as `tomllib` would give it."""
    data = tomllib.loads(SHIPPED_TEXT)
    data.update(tables)
    with pytest.raises(PolicyError) as caught:
        policy.from_mapping(data)
    return caught.value


@pytest.mark.parametrize(
    ("tables", "name"),
    [
        ({"meta": "上城区"}, "meta"),
        ({"parameters": 5}, "parameters"),
        ({"indicators": 5}, "indicators"),
        ({"indicators": {"items": 5}}, "indicators.items"),
        ({"indicators": {"items": ["duty"]}}, "indicators.items[0]"),
        ({"satisfaction": 5}, "satisfaction"),
        ({"deadlines": 5}, "deadlines"),
        ({"deadlines": [{"key": "x"}, 7]}, "deadlines[1]"),
        ({"bonus": {"items": [1, 2]}}, "bonus.items[0]"),
        ({"bonus": "none"}, "bonus"),
    ],
)
def test_r6_r7_r10_r18_a_file_whose_tables_have_the_wrong_shape_is_refused_naming_the_entry(
    tables: dict[str, object], name: str
) -> None:
    error = _shaped(**tables)
    assert error.name == name
    assert name in str(error)


def test_r18_a_deadline_month_too_large_for_a_date_is_refused_naming_it() -> None:
    error = refused(variant("month = 4\nday = 20", "month = 99999999999999999999\nday = 20"))
    assert error.name == "deadlines.q1_report"


def test_r6_r7_r10_r15_toml_numbers_with_a_decimal_point_are_read_exactly() -> None:
    text = (
        SHIPPED_TEXT.replace('points = "0.5"', "points = 0.5")
        .replace('"满意" = "4.5"', '"满意" = 4.5')
        .replace('full_marks = "20"', "full_marks = 20.0")
        .replace('value = "52"', "value = 52.0")
        .replace('value = "10"', "value = 10.0")
    )
    read = policy.loads(text)
    assert read.bonus_item("media") == SHIPPED.bonus_item("media")
    assert read.bonus_item("media").points == Decimal("0.5")  # type: ignore[union-attr]
    assert read.satisfaction_points[Rating.SATISFIED] == Decimal("4.5")
    assert read.indicators[0].full_marks == 20
    assert read.weeks_per_year == 52 and read.tier_share == read.quota_share == 10
    assert read.satisfaction_points == SHIPPED.satisfaction_points


def test_r13_a_toml_float_that_is_not_finite_is_refused() -> None:
    error = refused(
        variant(
            '[parameters.annual_amount]\nvalue = "12000"', "[parameters.annual_amount]\nvalue = inf"
        )
    )
    assert error.name == "annual_amount"


def test_the_result_is_for_shangcheng_unless_the_file_names_another_district() -> None:
    assert SHIPPED.district == "上城区"
    assert policy.loads(variant('district = "上城区"\n', "")).district == "上城区"
    assert policy.loads(variant('district = "上城区"', 'district = "西湖区"')).district == "西湖区"


def test_r8_r3_quota_share_and_basic_full_marks_are_the_files_not_the_inputs() -> None:
    assert set(policy.EXCHANGE_PARAMETERS) == set(PARAMETERS) - {"quota_share", "basic_full_marks"}
