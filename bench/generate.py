"""Realistic assessment years of any size for `make bench`, in the exchange format.

About one engagement in ten is part-year (a mid-year change of lawyer or a new
appointment), some lawyers serve two communities, every street-quarter respects the
⌈10%⌉ satisfaction quota (so the year is final) and about a third of the engagements
declare bonus items in every status.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "out"
SIZES = (200, 2_000, 20_000, 200_000)
YEAR = 2025
BONUS_ITEMS = (
    ("honour_district", "1"),
    ("honour_city", "2"),
    ("media", "0.5"),
    ("major_dispute", "1"),
    ("legal_aid_case", "0.5"),
    ("key_task", "1"),
)
STATUSES = ("approved",) * 6 + ("declared", "confirmed", "rejected")


def generate(size: int, seed: int = YEAR) -> dict[str, Any]:
    """A `counsel/1` year of about `size` engagements."""
    rng = random.Random(f"{seed}-{size}")
    year = YEAR
    communities: list[dict[str, str]] = []
    # Each community: 93 % one full-year engagement, 3 % a change of lawyer during the
    # year (two part-year engagements), 4 % a new appointment (one part-year engagement).
    plans: list[str] = []
    while len(plans) + plans.count("change") < size:
        draw = rng.random()
        plans.append("change" if draw < 0.03 else "new" if draw < 0.07 else "full")
    street_no = 0
    left_in_street = 0
    for index, _ in enumerate(plans):
        if left_in_street == 0:
            street_no += 1
            left_in_street = rng.randint(12, 18)
        left_in_street -= 1
        communities.append(
            {
                "code": f"33{street_no:05d}{index:05d}",
                "name": f"第{index + 1}社区",
                "street": f"第{street_no}街道",
                "kind": "村" if rng.random() < 0.15 else "社区",
            }
        )
    lawyers: list[dict[str, str]] = []
    engagements: list[dict[str, Any]] = []

    def new_lawyer() -> str:
        ident = f"L{len(lawyers) + 1:06d}"
        lawyers.append({"id": ident, "name": f"律师{len(lawyers) + 1}", "firm": "某律师事务所"})
        return ident

    def engage(lawyer: str, community: str, start: dt.date, end: dt.date | None) -> None:
        engagements.append(
            {
                "id": f"E{len(engagements) + 1:06d}",
                "lawyer": lawyer,
                "community": community,
                "periods": [{"start": start.isoformat(), "end": end and end.isoformat()}],
            }
        )

    before = dt.date(year - 1, 1, 1)
    for community, plan in zip(communities, plans, strict=True):
        code = community["code"]
        # One lawyer in twenty also serves the next community (two engagements).
        lawyer = lawyers[-1]["id"] if lawyers and rng.random() < 0.05 else new_lawyer()
        if plan == "full":
            engage(lawyer, code, before, None)
            continue
        day = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(20, 330))
        if plan == "change":
            engage(lawyer, code, before, day - dt.timedelta(days=1))
            lawyer = new_lawyer()
        engage(lawyer, code, day, None)
    quarters = _quarters(rng, year, communities, engagements)
    bonuses = [
        {"engagement": e["id"], "item": item, "points": points, "status": rng.choice(STATUSES)}
        for e in engagements
        if rng.random() < 0.3
        for item, points in rng.sample(BONUS_ITEMS, rng.randint(1, 2))
    ]
    return {
        "format": "counsel/1",
        "year": year,
        "communities": communities,
        "lawyers": lawyers,
        "engagements": engagements,
        "quarters": quarters,
        "bonuses": bonuses,
    }


def _active(engagement: dict[str, Any], year: int, quarter: int) -> bool:
    period = engagement["periods"][0]
    first = dt.date(year, 3 * quarter - 2, 1)
    last = dt.date(year, 12, 31) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1)
    end = dt.date.fromisoformat(period["end"]) if period["end"] else dt.date(year, 12, 31)
    return dt.date.fromisoformat(period["start"]) < last and end >= first


def _quarters(
    rng: random.Random,
    year: int,
    communities: list[dict[str, str]],
    engagements: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Scores and ratings; each street-quarter gives exactly ⌈C/10⌉ 满意 and 普通 (R8)."""
    street_of = {c["code"]: c["street"] for c in communities}
    size: dict[str, int] = {}
    for c in communities:
        size[c["street"]] = size.get(c["street"], 0) + 1
    records: list[dict[str, Any]] = []
    for quarter in (1, 2, 3, 4):
        by_street: dict[str, list[dict[str, Any]]] = {}
        for e in engagements:
            if _active(e, year, quarter):
                by_street.setdefault(street_of[e["community"]], []).append(e)
        for street, active in by_street.items():
            bound = (size[street] + 9) // 10
            ratings = ["满意"] * bound + ["普通"] * (bound - 1) + ["普通（不赋分）"]
            ratings += ["良好"] * (len(active) - len(ratings))
            rng.shuffle(ratings)
            for e, rating in zip(active, ratings, strict=True):
                basic = f"{rng.randint(120, 164) / 2:.1f}"
                records.append(
                    {"engagement": e["id"], "quarter": quarter, "basic": basic, "rating": rating}
                )
    return records


def write(size: int, xlsx: bool) -> tuple[Path, Path | None]:
    """Write `n<size>.json` (and `.xlsx`) into bench/out; reuse files already there."""
    OUT.mkdir(exist_ok=True)
    json_path = OUT / f"n{size}.json"
    xlsx_path = OUT / f"n{size}.xlsx" if xlsx else None
    if json_path.exists() and (xlsx_path is None or xlsx_path.exists()):
        return json_path, xlsx_path
    data = generate(size)
    json_path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    if xlsx_path is not None:
        from counsel.exchange import json_io, xlsx_io

        year_input, _ = json_io.parse_input(data)
        xlsx_io.write_input(year_input, xlsx_path)
    return json_path, xlsx_path


def main() -> None:
    parser = argparse.ArgumentParser(description="生成基准测试输入")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--xlsx", action="store_true", help="同时生成 XLSX 输入")
    args = parser.parse_args()
    for size in args.sizes:
        print(*write(size, args.xlsx))


if __name__ == "__main__":
    main()
