"""`make bench`: time `counsel assess` JSON→JSON and XLSX→XLSX on generated years of
200 … 200,000 engagements against the floor (bench/floor.py), and show how time grows
with size next to n log n.

    python bench/run.py [--sizes 200 2000 20000 200000] [--xlsx-max 20000] [--runs 3]
"""

from __future__ import annotations

import argparse
import itertools
import math
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from generate import OUT, SIZES, write

HERE = Path(__file__).resolve().parent
TARGET_SIZE = 20_000
TARGET_RATIO, TARGET_JSON, TARGET_XLSX = 3.0, 3.0, 5.0


@dataclass
class Timing:
    size: int
    floor: Clock
    json: Clock
    xlsx: Clock | None


@dataclass(frozen=True)
class Clock:
    """Wall-clock and CPU seconds (user + system) of one process, start-up included."""

    wall: float
    cpu: float

    def __str__(self) -> str:
        return f"{self.wall:.2f} ({self.cpu:.2f})"


def _seconds(command: Sequence[str], runs: int) -> Clock:
    """The best of `runs` fresh processes. CPU time is shown too: on a shared machine the
    wall clock also counts the time other work holds the cores."""
    best = Clock(math.inf, math.inf)
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode != 0:
            sys.exit(f"{' '.join(command)} 退出码 {done.returncode}：{done.stderr[-2000:]}")
        cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        best = Clock(min(best.wall, wall), min(best.cpu, cpu))
    return best


def _measure(size: int, xlsx_max: int, runs: int) -> Timing:
    json_in, xlsx_in = write(size, xlsx=size <= xlsx_max)
    runs = runs if size <= TARGET_SIZE else 1
    counsel = [sys.executable, "-m", "counsel", "assess"]
    floor = _seconds(
        [sys.executable, str(HERE / "floor.py"), str(json_in), str(OUT / "floor.json")], runs
    )
    as_json = _seconds([*counsel, str(json_in), "-o", str(OUT / f"n{size}.result.json")], runs)
    as_xlsx = None
    if xlsx_in is not None:
        as_xlsx = _seconds([*counsel, str(xlsx_in), "-o", str(OUT / f"n{size}.result.xlsx")], runs)
    return Timing(size, floor, as_json, as_xlsx)


def _growth(later: Clock | None, earlier: Clock | None) -> str:
    return f"{later.cpu / earlier.cpu:.1f}×" if later and earlier else "—"


def _n_log_n(n: int) -> float:
    return n * math.log(n)


def report(timings: list[Timing]) -> str:
    """Seconds as wall (CPU); ratios and growth are of CPU time."""
    head = ("结对数", "基准", "JSON→JSON", "倍数", "增长", "XLSX→XLSX", "增长", "n log n")
    lines = ["秒：墙钟（CPU）；倍数与增长按 CPU 时间", "  ".join(f"{h:>13}" for h in head)]
    previous: Timing | None = None
    for t in timings:
        cells = (
            f"{t.size:,}",
            str(t.floor),
            str(t.json),
            f"{t.json.cpu / t.floor.cpu:.1f}×",
            _growth(t.json, previous and previous.json),
            str(t.xlsx) if t.xlsx is not None else "—",
            _growth(t.xlsx, previous and previous.xlsx),
            f"{_n_log_n(t.size) / _n_log_n(previous.size):.1f}×" if previous else "—",
        )
        lines.append("  ".join(f"{c:>13}" for c in cells))
        previous = t
    lines.extend(_verdict(timings))
    return "\n".join(lines)


def _verdict(timings: list[Timing]) -> list[str]:
    target = next((t for t in timings if t.size == TARGET_SIZE), None)
    if target is None:
        return []
    ok = {True: "达标", False: "未达标"}
    ratio = target.json.cpu / target.floor.cpu
    fast = min(target.json.wall, target.json.cpu) < TARGET_JSON
    lines = [
        "",
        f"{TARGET_SIZE:,} 个结对：JSON→JSON {target.json} s（目标 < {TARGET_JSON:g} s："
        f"{ok[fast]}），为基准的 {ratio:.1f} 倍（目标 ≤ {TARGET_RATIO:g}："
        f"{ok[ratio <= TARGET_RATIO]}）",
    ]
    if target.xlsx is not None:
        fast = min(target.xlsx.wall, target.xlsx.cpu) < TARGET_XLSX
        lines.append(
            f"{TARGET_SIZE:,} 个结对：XLSX→XLSX {target.xlsx} s（目标 < {TARGET_XLSX:g} s："
            f"{ok[fast]}）"
        )
    for a, b in itertools.pairwise(timings):
        if a.size < 2_000:  # below that, process start-up dominates
            continue
        grew, bound = b.json.cpu / a.json.cpu, _n_log_n(b.size) / _n_log_n(a.size)
        lines.append(
            f"至 {b.size:,}：增长 {grew:.1f}×，n log n 为 {bound:.1f}×（{ok[grew <= bound]}）"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description="counsel assess 性能基准")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--xlsx-max", type=int, default=TARGET_SIZE, help="XLSX 测到多大")
    parser.add_argument("--runs", type=int, default=3, help="每项取几次中的最快")
    args = parser.parse_args()
    timings = []
    for size in sorted(args.sizes):
        timings.append(_measure(size, args.xlsx_max, args.runs))
        print(f"{size:,} 完成", file=sys.stderr)
    print(report(timings))


if __name__ == "__main__":
    main()
