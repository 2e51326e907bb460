"""The terminal ranking table (exchange/table.py, text_width.py)."""

from __future__ import annotations

from counsel.exchange import json_io
from counsel.exchange.table import render
from counsel.exchange.text_width import display_width, pad
from counsel.rules import assess, policy

from .cases import input_path


def _table(name: str) -> list[str]:
    data, _ = json_io.read_input(input_path(name))
    return render(assess(data, policy.load()), data).splitlines()


def _column_at(line: str, text: str) -> int:
    """The display column at which `text` starts in `line`."""
    return display_width(line[: line.index(text)])


def test_a_cjk_character_counts_as_two_columns() -> None:
    assert display_width("示例 A1") == 7
    assert pad("第一档", 8) == "第一档  "
    assert pad("12", 5, right=True) == "   12"


def test_the_columns_line_up_although_names_are_chinese_and_vary_in_length() -> None:
    lines = _table("shangcheng-2025")
    heading, rows = lines[0], [line for line in lines[2:] if line.strip()][:215]
    tier_column = _column_at(heading, "档次")
    for row in rows:
        label = next(t for t in ("第一档", "第二档", "第三档", "按周计发") if t in row)
        assert _column_at(row, label) == tier_column, row


def test_amounts_are_right_aligned_under_their_heading() -> None:
    lines = _table("small-street")
    end = _column_at(lines[0], "补贴金额") + display_width("补贴金额")
    assert _column_at(lines[2], "14,000.00") + len("14,000.00") == end
    assert _column_at(lines[13], "9,000.00") + len("9,000.00") == end


def test_the_table_ends_with_the_totals_and_the_state_of_the_result() -> None:
    final = _table("small-street")
    assert final[-3].startswith("2025 年度：满一年参加排名 11 个（第一档 1、第二档 9、第三档 1）")
    assert "差额 3,000.00 元" in final[-2]
    assert final[-1] == "结果可定案。"
    assert "存在 1 个问题" in _table("small-street-quota-error")[-1]
