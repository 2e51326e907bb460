"""`counsel assess INPUT [-o OUTPUT] [--year Y] [--policy FILE]` (EXCHANGE.md).

Exit status: 0 final, 1 the input has errors (the output is still written), 2 a usage
error or an unreadable file or policy.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from typing import NoReturn

from counsel import rules
from counsel.exchange import files, issues, table
from counsel.exchange.errors import UnreadableInput
from counsel.rules import policy as policies

FINAL, HAS_ERRORS, UNUSABLE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line in Chinese instead of argparse's usage block.
        self.exit(UNUSABLE, f"counsel：用法错误：{message}（见 counsel assess --help）\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="counsel", description="社区律师考核及补贴发放")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    assess = commands.add_parser(
        "assess", help="计算年度考核结果", description="读取交换格式输入，计算排名、档次和补贴"
    )
    assess.add_argument("input", metavar="INPUT", help="输入文件（.json 或 .xlsx）")
    assess.add_argument("-o", "--output", metavar="OUTPUT", help="输出文件（.json 或 .xlsx）")
    assess.add_argument("--year", type=int, metavar="Y", help="考核年度（覆盖输入中的年度）")
    assess.add_argument("--policy", metavar="FILE", help="政策文件（TOML），替代内置政策")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
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
        district = files.district(args.policy)
    except policies.PolicyError as exc:
        return _unusable(f"政策文件 {args.policy or '（内置）'} 不可用：{exc}")
    except (OSError, UnicodeDecodeError) as exc:
        return _unusable(f"无法读取政策文件 {args.policy}：{exc}")
    if args.output:
        files.suffix(args.output, "输出文件")
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
                result, loaded.data, args.output, district=district, policy_name=policy.name
            )
        except OSError as exc:
            return _unusable(f"无法写入输出文件 {args.output}：{exc}")
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
