"""`counsel assess` (cli.py) as EXCHANGE.md states it: exit statuses and stderr through a
real process, the rest in-process."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from counsel.cli import main
from counsel.rules.policy import load as load_policy
from tests.exchange.cases import NAMES, assert_matches, expected, input_path, xlsx_copy

COUNSEL = Path(sys.executable).with_name("counsel")
SHIPPED_POLICY = Path(load_policy.__code__.co_filename).with_name("policies") / "shangcheng.toml"


def _run(*args: object, module: bool = False) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "counsel"] if module else [str(COUNSEL)]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [*command, *map(str, args)], capture_output=True, text=True, env=env, check=False
    )


def _no_traceback(run: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in run.stderr


def test_a_final_result_exits_0_and_prints_the_ranking_table() -> None:
    run = _run("assess", input_path("small-street"))
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    heading = run.stdout.splitlines()[0]
    for name in ("排名", "结对编号", "律师", "社区（村）", "总分", "档次", "补贴金额"):
        assert name in heading
    assert "示例律师01" in run.stdout and "14,000.00" in run.stdout
    assert "资金池 144,000.00" in run.stdout


def test_python_dash_m_counsel_behaves_like_the_script() -> None:
    script = _run("assess", input_path("small-street-quota-error"))
    module = _run("assess", input_path("small-street-quota-error"), module=True)
    assert (module.returncode, module.stdout, module.stderr) == (
        script.returncode,
        script.stdout,
        script.stderr,
    )


def test_an_input_with_errors_exits_1_and_says_each_error_and_where_on_stderr() -> None:
    run = _run("assess", input_path("small-street-quota-error"))
    assert run.returncode == 1
    lines = run.stderr.splitlines()
    assert len(lines) == 1
    assert "quota_satisfied_exceeded" in lines[0]
    assert "示例街道" in lines[0] and "第2季度" in lines[0]
    assert "临时结果" in run.stdout
    _no_traceback(run)


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_the_output_is_written_even_when_the_input_has_errors(suffix: str, tmp_path: Path) -> None:
    out = tmp_path / f"result{suffix}"
    run = _run("assess", input_path("small-street-quota-error"), "-o", out)
    assert run.returncode == 1
    assert "quota_satisfied_exceeded" in run.stderr
    assert out.stat().st_size > 0
    if suffix == ".json":
        result = json.loads(out.read_text(encoding="utf-8"))
        assert result["final"] is False
        assert [e["code"] for e in result["errors"]] == ["quota_satisfied_exceeded"]
    else:
        assert "问题" in load_workbook(out).sheetnames


def test_an_error_in_a_workbook_is_printed_with_its_sheet_row_and_column(tmp_path: Path) -> None:
    source = xlsx_copy("small-street", tmp_path)
    book = load_workbook(source)
    book["结对"]["D4"] = "2024-02-30"
    book.save(source)
    run = _run("assess", source, "-o", tmp_path / "out.json")
    assert run.returncode == 1
    assert "工作表「结对」第 4 行「开始日期」" in run.stderr
    assert "结对 E03" in run.stderr
    errors = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["errors"]
    assert [(e["code"], e["sheet"], e["row"], e["field"]) for e in errors] == [
        ("bad_value", "结对", 4, "开始日期")
    ]


def _unusable(run: subprocess.CompletedProcess[str], message: str) -> None:
    assert run.returncode == 2
    assert run.stdout == ""
    assert message in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    _no_traceback(run)


def test_a_missing_input_file_exits_2(tmp_path: Path) -> None:
    _unusable(_run("assess", tmp_path / "none.json"), "无法读取文件")


def test_an_input_that_is_not_json_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text("{oops", encoding="utf-8")
    _unusable(_run("assess", path), "不是有效的 JSON")


def test_an_input_that_is_not_a_workbook_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    _unusable(_run("assess", path), "不是可读取的 Excel 工作簿")


def test_a_workbook_without_a_required_sheet_exits_2_naming_it(tmp_path: Path) -> None:
    path = xlsx_copy("small-street", tmp_path)
    book = load_workbook(path)
    del book["季度考核"]
    book.save(path)
    _unusable(_run("assess", path), "缺少工作表「季度考核」")


def test_a_workbook_without_a_required_column_exits_2_naming_it(tmp_path: Path) -> None:
    path = xlsx_copy("small-street", tmp_path)
    book = load_workbook(path)
    book["社区"]["C1"] = "街道名"
    book.save(path)
    _unusable(_run("assess", path), "工作表「社区」缺少列：所属街道")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["assess", "input.csv"], "不受支持"),
        (["assess", "{case}", "-o", "out.pdf"], "不受支持"),
        (["assess"], "用法错误"),
        (["assess", "{case}", "--year", "二〇二五"], "用法错误"),
        (["rank", "{case}"], "用法错误"),
        ([], "缺少必需的参数：命令"),
        (["assess"], "缺少必需的参数：INPUT"),
        (["assess", "{case}", "--bogus"], "无法识别的参数：--bogus"),
        (["assess", "{case}", "--year", "abc"], "“abc”不是年度"),
        (["assess", "{case}", "--year", "0"], "年度 0 超出可考核的范围（2000–2100）"),
        (["assess", "{case}", "--year", "10000"], "年度 10000 超出可考核的范围"),
        (["assess", "{case}", "--year", "-2025"], "超出可考核的范围"),
        (["assess", "{case}", "-o"], "缺少参数值"),
    ],
)
def test_usage_errors_exit_2_with_one_chinese_line(args: list[str], message: str) -> None:
    case = str(input_path("small-street"))
    _unusable(_run(*(a.replace("{case}", case) for a in args)), message)


def _no_english(text: str) -> None:
    """No word of English but the command's own names (counsel, assess, INPUT, …)."""
    own = {"counsel", "assess", "INPUT", "OUTPUT", "FILE", "Y", "Excel", "UTF", "TOML"}
    words = {w for w in re.findall(r"[A-Za-z]{2,}", text)} - own - {"json", "xlsx", "help"}
    assert not words, words


@pytest.mark.parametrize("args", [[], ["assess"], ["assess", "x.json", "--bogus"]])
def test_usage_errors_say_everything_in_chinese(args: list[str]) -> None:
    run = _run(*args)
    assert run.returncode == 2
    _no_english(run.stderr.replace("--bogus", "").replace("--help", ""))


@pytest.mark.parametrize("args", [["assess", "--help"], ["--help"]])
def test_help_is_in_chinese(args: list[str]) -> None:
    run = _run(*args)
    assert run.returncode == 0
    assert run.stdout.startswith("用法：counsel")
    for english in ("usage", "options", "positional arguments", "show this help"):
        assert english not in run.stdout
    if args[0] == "assess":
        assert "显示本帮助并退出" in run.stdout and "--year Y" in run.stdout


@pytest.mark.parametrize("year", [0, -1, 1999, 2101, 9999, 10000])
@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_an_input_year_outside_the_assessable_range_exits_2(
    year: int, suffix: str, tmp_path: Path
) -> None:
    data = json.loads(input_path("small-street").read_text(encoding="utf-8"))
    data["year"] = year
    source = tmp_path / "in.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    if suffix == ".xlsx":
        path = xlsx_copy("small-street", tmp_path)
        book = load_workbook(path)
        book["参数"].append(["年度", year])
        book["参数"].delete_rows(2)
        book.save(path)
        assert [r[1].value for r in book["参数"].iter_rows(min_row=2)] == [year]
        source = path
    run = _run("assess", source, "-o", tmp_path / "out.json")
    _unusable(run, f"年度 {year} 超出可考核的范围（2000–2100）")
    assert not (tmp_path / "out.json").exists()
    # --year in range wins over the input's year.
    assert _run("assess", source, "--year", "2025", "-o", tmp_path / "out.json").returncode == 0


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_an_output_that_is_the_input_exits_2_and_leaves_the_input_as_it_was(
    suffix: str, tmp_path: Path
) -> None:
    if suffix == ".json":
        source = tmp_path / "in.json"
        source.write_bytes(input_path("small-street").read_bytes())
    else:
        source = xlsx_copy("small-street", tmp_path)
    before = source.read_bytes()
    spelled_otherwise = tmp_path / "sub" / ".." / source.name
    (tmp_path / "sub").mkdir()
    for output in (source, spelled_otherwise):
        _unusable(_run("assess", source, "-o", output), "输出文件与输入文件相同")
    link = tmp_path / f"link{suffix}"
    link.symlink_to(source)
    _unusable(_run("assess", source, "-o", link), "输出文件与输入文件相同")
    assert source.read_bytes() == before


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_a_directory_as_input_exits_2_saying_it_is_a_directory(suffix: str, tmp_path: Path) -> None:
    folder = tmp_path / f"d{suffix}"
    folder.mkdir()
    _unusable(_run("assess", folder), "是一个目录")


def test_a_damaged_workbook_is_said_in_chinese(tmp_path: Path) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    run = _run("assess", path)
    _unusable(run, "不是可读取的 Excel 工作簿")
    _no_english(run.stderr.replace(str(path), ""))


@pytest.mark.parametrize("name", NAMES)
def test_each_public_case_json_to_json_matches_field_by_field(name: str, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    status = main(["assess", str(input_path(name)), "-o", str(out)])
    result = json.loads(out.read_text(encoding="utf-8"))
    assert status == (0 if expected(name)["final"] else 1)
    assert_matches(result, expected(name))


@pytest.mark.parametrize("name", NAMES)
def test_each_public_case_xlsx_to_json_matches_field_by_field(name: str, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    status = main(["assess", str(xlsx_copy(name, tmp_path)), "-o", str(out)])
    assert status == (0 if expected(name)["final"] else 1)
    assert_matches(json.loads(out.read_text(encoding="utf-8")), expected(name))


@pytest.mark.parametrize("name", NAMES)
def test_each_public_case_xlsx_to_xlsx_gives_the_expected_pay_table(
    name: str, tmp_path: Path
) -> None:
    out = tmp_path / "out.xlsx"
    main(["assess", str(xlsx_copy(name, tmp_path)), "-o", str(out)])
    sheet = load_workbook(out)["考核结果"]
    want = expected(name)
    assert sheet["A1"].value == f"上城区{want['year']}年度律师进社区（村）工作考核结果及补贴发放表"
    assert sheet.freeze_panes == "A4"
    rows = [[c.value for c in sheet[4 + i]] for i in range(len(want["engagements"]))]
    assert [r[1] for r in rows] == [e["id"] for e in want["engagements"]]
    assert [r[0] for r in rows] == [e["rank"] for e in want["engagements"]]
    assert [f"{r[15]:.2f}" for r in rows] == [e["amount"] for e in want["engagements"]]
    totals = [c.value for c in sheet[4 + len(rows)]]
    assert totals[0] == "合计" and f"{totals[15]:.2f}" == want["totals"]["payout"]
    assert sheet.cell(row=4, column=16).number_format == "#,##0.00"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            '{"format": "counsel/1", "year": 2025, "communities": [{"name": "某社区"}]}'.encode(
                "gbk"
            ),
            "不是 UTF-8 编码（请另存为 UTF-8）",
        ),
        (b'{"format": "counsel/1", "year": 2025, "x": ' + b"9" * 5000 + b"}", "位数过多"),
    ],
)
def test_a_json_input_that_cannot_be_read_exits_2_in_chinese(
    content: bytes, message: str, tmp_path: Path
) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(content)
    _unusable(_run("assess", path, "-o", tmp_path / "out.json"), message)
    assert not (tmp_path / "out.json").exists()


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
@pytest.mark.parametrize(("key", "value"), [("status", "pending"), ("points", "abc")])
def test_an_unreadable_bonus_value_exits_1_with_the_output_written(
    suffix: str, key: str, value: str, tmp_path: Path
) -> None:
    data = json.loads(input_path("small-street").read_text(encoding="utf-8"))
    data["bonuses"][0][key] = value
    source = tmp_path / "in.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / f"out{suffix}"
    run = _run("assess", source, "-o", out)
    assert run.returncode == 1
    _no_traceback(run)
    assert f"“{value}”" in run.stderr and "bad_value" in run.stderr
    if suffix == ".json":
        result = json.loads(out.read_text(encoding="utf-8"))
        assert result["final"] is False
        assert [e["code"] for e in result["errors"]] == ["bad_value"]
    else:
        assert "问题" in load_workbook(out).sheetnames


def test_a_huge_score_exits_1_with_the_output_written(tmp_path: Path) -> None:
    data = json.loads(input_path("small-street").read_text(encoding="utf-8"))
    data["quarters"][0]["basic"] = "1e1000000"
    source, out = tmp_path / "in.json", tmp_path / "out.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    run = _run("assess", source, "-o", out)
    assert run.returncode == 1
    _no_traceback(run)
    errors = json.loads(out.read_text(encoding="utf-8"))["errors"]
    assert [(e["code"], e["field"]) for e in errors] == [("bad_value", "basic")]
