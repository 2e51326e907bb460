"""The least any assessment must do with an input: parse the JSON (numbers as exact
decimals), one pass over the quarters, one sort by the ranking key, write JSON.

`counsel assess` is measured against this (bench/run.py): python bench/floor.py IN OUT
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal


def main(source: str, target: str) -> None:
    with open(source, encoding="utf-8") as handle:
        data = json.load(handle, parse_float=Decimal)
    totals: dict[str, Decimal] = {}
    for record in data["quarters"]:
        if record.get("basic") is not None:
            ident = record["engagement"]
            totals[ident] = totals.get(ident, Decimal(0)) + Decimal(record["basic"])
    rows = [(totals.get(e["id"], Decimal(0)), e["community"], e["id"]) for e in data["engagements"]]
    rows.sort(key=lambda row: (-row[0], row[1], row[2]))
    ranking = [{"id": i, "community": c, "total": f"{t:.2f}"} for t, c, i in rows]
    with open(target, "w", encoding="utf-8") as handle:
        json.dump({"engagements": ranking}, handle, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main(*sys.argv[1:3])
