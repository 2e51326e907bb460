"""Reader issues merged into the result and said with where they are (exchange/issues.py)."""

from __future__ import annotations

from counsel.exchange import issues, json_io
from counsel.rules import assess, policy
from counsel.rules.types import Issue

from .cases import input_path

BAD_DATE = Issue("bad_value", "开始日期：不是日期", "E03", sheet="结对", row=4, field="开始日期")


def test_a_reader_issue_makes_a_final_result_provisional() -> None:
    data, _ = json_io.read_input(input_path("small-street"))
    result = assess(data, policy.load())
    assert result.final
    merged = issues.merged(result, [BAD_DATE])
    assert not merged.final
    assert merged.errors == (BAD_DATE,)
    assert issues.merged(result, []) is result


def test_merged_errors_keep_the_engine_order_and_go_by_sheet_and_row() -> None:
    data, _ = json_io.read_input(input_path("small-street-quota-error"))
    result = assess(data, policy.load())
    earlier = Issue("bad_value", "x", sheet="社区", row=2)
    merged = issues.merged(result, [BAD_DATE, earlier])
    assert [e.code for e in merged.errors] == ["quota_satisfied_exceeded", "bad_value", "bad_value"]
    assert [e.sheet for e in merged.errors] == [None, "社区", "结对"]


def test_where_names_sheet_row_column_engagement_quarter_and_street() -> None:
    issue = Issue("missing_rating", "缺", "E01", 2, "示例街道", "季度考核", 7, "满意度评价")
    assert (
        issues.where(issue)
        == "工作表「季度考核」第 7 行「满意度评价」，结对 E01，第2季度，示例街道"
    )
    assert issues.describe(Issue("x", "y")) == "错误 x：y"
