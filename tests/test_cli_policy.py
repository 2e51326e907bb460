"""`counsel assess --policy FILE` and the input's parameters (EXCHANGE.md): a policy file
replaces the shipped one, the input's `policy` overrides either, and a file that is not a
usable policy exits 2 naming the entry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from counsel.cli import main
from tests.exchange.cases import assert_matches, expected, input_path, xlsx_copy
from tests.test_cli import SHIPPED_POLICY, _no_english, _run, _unusable


def test_a_policy_file_not_in_utf8_exits_2_saying_so(tmp_path: Path) -> None:
    path = tmp_path / "gbk.toml"
    path.write_bytes(SHIPPED_POLICY.read_text(encoding="utf-8").encode("gbk"))
    run = _run("assess", input_path("small-street"), "--policy", path)
    _unusable(run, "不是 UTF-8 编码（请另存为 UTF-8）")


@pytest.mark.parametrize(
    ("first", "last", "new", "entry"),
    [
        ("[meta]", "# ---", 'meta = "上城区"', "meta"),
        ("[indicators]", "[bonus]", "indicators = 5", "indicators"),
        (
            "[[deadlines]]",
            "# ---------------------------------------------------------------- indicator",
            "deadlines = 5",
            "deadlines",
        ),
    ],
)
def test_a_policy_file_with_a_table_of_the_wrong_shape_exits_2_naming_the_entry(
    first: str, last: str, new: str, entry: str, tmp_path: Path
) -> None:
    text = SHIPPED_POLICY.read_text(encoding="utf-8")
    start = text.index(first)
    end = text.index(last, start)
    path = tmp_path / "shape.toml"
    # The entry, now a plain value, must stand before any table: it goes at the top.
    path.write_text(f"{new}\n{text[:start]}{text[end:]}", encoding="utf-8")
    run = _run("assess", input_path("small-street"), "--policy", path)
    _unusable(run, "shape.toml")
    assert f"政策参数 {entry}：" in run.stderr


def test_a_policy_file_that_is_not_toml_is_said_in_chinese(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("[parameters\nvalue = 1\n", encoding="utf-8")
    run = _run("assess", input_path("small-street"), "--policy", path)
    _unusable(run, "不是有效的 TOML（第 1 行")
    _no_english(run.stderr.replace(str(path), ""))


def test_a_policy_file_with_toml_decimals_is_used(tmp_path: Path) -> None:
    text = SHIPPED_POLICY.read_text(encoding="utf-8")
    path = tmp_path / "floats.toml"
    path.write_text(
        text.replace('points = "0.5"', "points = 0.5").replace('"满意" = "4.5"', '"满意" = 4.5'),
        encoding="utf-8",
    )
    out = tmp_path / "out.json"
    assert (
        main(["assess", str(input_path("small-street")), "--policy", str(path), "-o", str(out)])
        == 0
    )
    assert_matches(json.loads(out.read_text(encoding="utf-8")), expected("small-street"))


def test_a_policy_file_that_names_no_district_titles_the_result_for_shangcheng(
    tmp_path: Path,
) -> None:
    path = tmp_path / "nodistrict.toml"
    text = SHIPPED_POLICY.read_text(encoding="utf-8")
    path.write_text(text.replace('district = "上城区"\n', ""), encoding="utf-8")
    out = tmp_path / "out.xlsx"
    main(["assess", str(input_path("small-street")), "--policy", str(path), "-o", str(out)])
    title = load_workbook(out)["考核结果"]["A1"].value
    assert title == "上城区2025年度律师进社区（村）工作考核结果及补贴发放表"


def test_a_policy_whose_indicators_do_not_add_up_to_82_exits_2_naming_file_and_table(
    tmp_path: Path,
) -> None:
    text = SHIPPED_POLICY.read_text(encoding="utf-8")
    assert 'full_marks = "20"' in text
    bad = tmp_path / "bad-policy.toml"
    bad.write_text(text.replace('full_marks = "20"', 'full_marks = "18"', 1), encoding="utf-8")
    run = _run("assess", input_path("small-street"), "--policy", bad)
    _unusable(run, "bad-policy.toml")
    assert "indicators" in run.stderr and "80" in run.stderr


def test_a_missing_policy_file_exits_2(tmp_path: Path) -> None:
    _unusable(
        _run("assess", input_path("small-street"), "--policy", tmp_path / "no.toml"), "政策文件"
    )


def _ceil_policy(folder: Path) -> Path:
    path = folder / "ceil.toml"
    text = SHIPPED_POLICY.read_text(encoding="utf-8")
    path.write_text(text.replace('value = "floor"', 'value = "ceil"', 1), encoding="utf-8")
    return path


def _assess_with(folder: Path, overrides: dict[str, str], *options: str) -> tuple[int, dict]:
    """Assess small-street with `policy` overrides in the input; (status, result)."""
    data = json.loads(input_path("small-street").read_text(encoding="utf-8"))
    data["policy"] = overrides
    source, out = folder / "in.json", folder / "out.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    status = main(["assess", str(source), "-o", str(out), *options])
    return status, json.loads(out.read_text(encoding="utf-8"))


def _part_year(result: dict) -> tuple[int, str]:
    part = next(e for e in result["engagements"] if e["id"] == "E12")
    return part["weeks"], part["amount"]


def test_a_policy_file_replaces_the_shipped_one(tmp_path: Path) -> None:
    status, result = _assess_with(tmp_path, {}, "--policy", str(_ceil_policy(tmp_path)))
    assert status == 0
    assert result["policy"]["week_rounding"] == "ceil"
    # 275 days = 39.3 weeks: ceil gives 40.
    assert _part_year(result) == (40, "9230.77")


def test_parameters_in_the_input_override_the_policy_file(tmp_path: Path) -> None:
    policy = str(_ceil_policy(tmp_path))
    status, result = _assess_with(tmp_path, {"week_rounding": "half_up"}, "--policy", policy)
    assert status == 0
    assert result["policy"]["week_rounding"] == "half_up"
    assert _part_year(result) == (39, "9000.00")


def test_an_unknown_parameter_in_the_input_is_a_bad_value_and_exits_1(tmp_path: Path) -> None:
    status, result = _assess_with(tmp_path, {"week_round": "ceil"})
    assert status == 1
    assert [(e["code"], e["field"]) for e in result["errors"]] == [("bad_value", "week_round")]


def test_a_year_option_that_differs_from_the_input_wins_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.json"
    main(["assess", str(input_path("small-street")), "--year", "2026", "-o", str(out)])
    assert "输入中的年度为 2025" in capsys.readouterr().err
    assert json.loads(out.read_text(encoding="utf-8"))["year"] == 2026


def test_a_workbook_that_gives_no_year_is_assessed_for_the_inferred_one_with_a_note(
    tmp_path: Path,
) -> None:
    path = xlsx_copy("small-street", tmp_path)
    book = load_workbook(path)
    del book["参数"]
    book.save(path)
    out = tmp_path / "out.json"
    run = _run("assess", path, "-o", out)
    assert run.returncode == 0
    assert "按最晚的开始或结束日期以 2025 年度计算" in run.stderr
    assert_matches(json.loads(out.read_text(encoding="utf-8")), expected("small-street"))


@pytest.mark.parametrize("name", ["quota_share", "basic_full_marks"])
def test_a_parameter_only_a_policy_file_sets_is_a_bad_value_in_the_input(
    name: str, tmp_path: Path
) -> None:
    status, result = _assess_with(tmp_path, {name: "20"})
    assert status == 1
    assert [(e["code"], e["field"]) for e in result["errors"]] == [("bad_value", name)]
    assert result["policy"]["quota_share"] == "10"
