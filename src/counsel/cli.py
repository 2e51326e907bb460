"""`counsel assess INPUT [-o OUTPUT] [--year Y] [--policy FILE]` (EXCHANGE.md).

Exit status: 0 final, 1 the input has errors (the output is still written), 2 a usage
error or an unreadable file or policy.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import sys
from collections.abc import Iterator, Sequence
from typing import NoReturn

from counsel import rules
from counsel.exchange import files, issues, table, years
from counsel.exchange.errors import UnreadableInput, os_reason
from counsel.rules import policy as policies

FINAL, HAS_ERRORS, UNUSABLE = 0, 1, 2


#: argparse's own words (Python 3.11 and later) as the command says them.
_ARGPARSE_CHINESE = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "one of the arguments %s is required": "须给出参数 %s 之一",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "expected one argument": "缺少参数值",
    "expected at most one argument": "至多一个参数值",
    "expected at least one argument": "至少需要一个参数值",
    "ambiguous option: %(option)s could match %(matches)s": (
        "选项 %(option)s 有歧义，可能是 %(matches)s"
    ),
    "invalid %(type)s value: %(value)r": "无效的值 %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选择 %(value)r（可选：%(choices)s）",
    "ignored explicit argument %r": "多余的参数值 %r",
    "not allowed with argument %s": "不能与参数 %s 同用",
}


@contextlib.contextmanager
def _argparse_in_chinese() -> Iterator[None]:
    """argparse looks its messages up through its module's `_` at the time it builds a
    parser and at the time it says something; while this is active they are Chinese."""
    english = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda message: _ARGPARSE_CHINESE.get(message, message)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = english  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line in Chinese instead of argparse's usage block.
        self.exit(UNUSABLE, f"counsel：用法错误：{message}（见 counsel assess --help）\n")


def _year(value: str) -> int:
    """--year: a whole number within YEARS."""
    try:
        year = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{value}”不是年度（应为如 2025 的整数）") from None
    problem = years.out_of_range(year)
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return year


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="counsel", description="社区律师考核及补贴发放")
    commands = parser.add_subparsers(
        dest="command", required=True, parser_class=_Parser, title="命令", metavar="命令"
    )
    assess = commands.add_parser(
        "assess", help="计算年度考核结果", description="读取交换格式输入，计算排名、档次和补贴"
    )
    assess.add_argument("input", metavar="INPUT", help="输入文件（.json 或 .xlsx）")
    assess.add_argument("-o", "--output", metavar="OUTPUT", help="输出文件（.json 或 .xlsx）")
    assess.add_argument("--year", type=_year, metavar="Y", help="考核年度（覆盖输入中的年度）")
    assess.add_argument("--policy", metavar="FILE", help="政策文件（TOML），替代内置政策")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    with _argparse_in_chinese():
        args = _parser().parse_args(argv)
    # A run allocates millions of small objects that all live to the end; the cyclic
    # collector would walk them again and again for nothing (about a fifth of the time).
    gc.disable()
    try:
        return _assess(args)
    except UnreadableInput as exc:
        return _unusable(str(exc))
    finally:
        gc.enable()


def _assess(args: argparse.Namespace) -> int:
    try:
        policy = policies.load(args.policy)
    except policies.PolicyError as exc:
        return _unusable(f"政策文件 {args.policy or '（内置）'} 不可用：{exc}")
    except UnicodeDecodeError:
        return _unusable(f"政策文件 {args.policy} 不是 UTF-8 编码（请另存为 UTF-8）")
    except OSError as exc:
        return _unusable(f"无法读取政策文件 {args.policy}：{os_reason(exc)}")
    if args.output:
        files.suffix(args.output, "输出文件")
        if files.same_file(args.input, args.output):
            return _unusable(f"输出文件与输入文件相同：{args.output}（请另选输出文件）")
    loaded = files.read_input(args.input, args.year, files.item_keys(policy))
    if loaded.note:
        print(f"counsel：注意：{loaded.note}", file=sys.stderr)
    if args.year and loaded.stated_year and loaded.stated_year != args.year:
        print(
            f"counsel：注意：输入中的年度为 {loaded.stated_year}，按 --year 以 {args.year} 年度计算",
            file=sys.stderr,
        )
    result = issues.merged(rules.assess(loaded.data, policy), loaded.issues)
    if args.output:
        try:
            files.write_result(
                result,
                loaded.data,
                args.output,
                district=policy.district,
                policy_name=policy.name,
            )
        except OSError as exc:
            return _unusable(f"无法写入输出文件 {args.output}：{os_reason(exc)}")
    else:
        sys.stdout.write(table.render(result, loaded.data))
    for issue in result.errors:
        print(issues.describe(issue), file=sys.stderr)
    return FINAL if result.final else HAS_ERRORS


def _unusable(message: str) -> int:
    print(f"counsel：{message}", file=sys.stderr)
    return UNUSABLE


if __name__ == "__main__":
    raise SystemExit(main())
