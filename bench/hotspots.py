"""Where `counsel assess` spends its time on a generated year (cProfile, in-process).

python bench/hotspots.py 20000 [--xlsx] [--top 30]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats

from counsel.cli import main as counsel
from generate import OUT, write


def main() -> None:
    parser = argparse.ArgumentParser(description="counsel assess 性能剖析")
    parser.add_argument("size", type=int)
    parser.add_argument("--xlsx", action="store_true", help="XLSX→XLSX（默认 JSON→JSON）")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    json_in, xlsx_in = write(args.size, xlsx=args.xlsx)
    source = xlsx_in if args.xlsx and xlsx_in else json_in
    target = OUT / f"profile{source.suffix}"
    profile = cProfile.Profile()
    profile.runcall(counsel, ["assess", str(source), "-o", str(target)])
    stats = pstats.Stats(profile).strip_dirs()
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
