"""Writes the year-end cases beside this file (run it again after changing a case).

- manual-tie: 10 ranked engagements, the top two equal on total, bonus and satisfaction
  across the 第一档 boundary, under `boundary_ties = manual` (R14).
- twenty-ranked: 20 ranked engagements with distinct totals and two part-year ones
  (R13 `include_90th` moves position 18 into 第三档).
- part-year: a lawyer who moved from one community to another mid-year, a successor, an
  engagement of 4 days (0 weeks, 0.00) and `week_rounding = ceil` (R11, R15).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FULL = [{"start": "2024-03-01", "end": None}]


def _community(code: str, n: int, street: str) -> dict[str, Any]:
    return {"code": code, "name": f"{street[:2]}第{n}社区", "street": street, "kind": "社区"}


def _street(prefix: str, street: str, count: int) -> list[dict[str, Any]]:
    return [_community(f"{prefix}{n:03d}", n, street) for n in range(1, count + 1)]


def _quarters(ident: str, basics: list[str], ratings: list[str]) -> list[dict[str, Any]]:
    return [
        {"engagement": ident, "quarter": q, "basic": b, "rating": r}
        for q, (b, r) in enumerate(zip(basics, ratings, strict=True), start=1)
    ]


def _case(name: str, body: dict[str, Any]) -> None:
    data = {"format": "counsel/1", "year": 2025, **body}
    path = HERE / f"{name}.in.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def manual_tie() -> None:
    street = "甲街道"
    communities = _street("330199801", street, 10)
    lawyers, engagements, quarters = [], [], []
    for n, community in enumerate(communities, start=1):
        ident, lawyer = f"T{n:02d}", f"TL{n:02d}"
        lawyers.append({"id": lawyer, "name": f"同分律师{n:02d}", "firm": "甲律师事务所"})
        engagements.append(
            {"id": ident, "lawyer": lawyer, "community": community["code"], "periods": FULL}
        )
        basic = "81" if n <= 2 else "70" if n == 3 else str(79 - n)
        rating = ["良好"] * 4
        if n == 3:
            rating = ["满意"] * 4
        if n == 10:
            rating = ["普通"] * 4
        quarters += _quarters(ident, [basic] * 4, rating)
    _case(
        "manual-tie",
        {
            "policy": {"boundary_ties": "manual"},
            "communities": communities,
            "lawyers": lawyers,
            "engagements": engagements,
            "quarters": quarters,
            "bonuses": [
                {"engagement": "T01", "item": "media", "points": "0.5", "status": "approved"},
                {
                    "engagement": "T02",
                    "item": "legal_aid_case",
                    "points": "0.5",
                    "status": "approved",
                },
            ],
        },
    )


def twenty_ranked() -> None:
    streets = [("330199701", "乙街道"), ("330199702", "丙街道")]
    communities = [c for prefix, name in streets for c in _street(prefix, name, 10)]
    communities += _street("330199703", "丁街道", 2)
    lawyers, engagements, quarters = [], [], []
    for n, community in enumerate(communities[:20], start=1):
        ident, lawyer = f"W{n:02d}", f"WL{n:02d}"
        lawyers.append({"id": lawyer, "name": f"欧阳律师{n:02d}", "firm": f"乙律师事务所{n % 3}"})
        engagements.append(
            {"id": ident, "lawyer": lawyer, "community": community["code"], "periods": FULL}
        )
        local = (n - 1) % 10
        rating = "满意" if local == 0 else "普通" if local == 9 else "良好"
        basic = f"{80 - n * 0.75:.2f}"
        quarters += _quarters(ident, [basic] * 4, [rating] * 4)
    for n, (community, start, end) in enumerate(
        [(communities[20], "2025-03-10", None), (communities[21], "2025-01-01", "2025-08-15")],
        start=21,
    ):
        ident, lawyer = f"W{n:02d}", f"WL{n:02d}"
        lawyers.append({"id": lawyer, "name": f"王律师{n}", "firm": "丁律师事务所"})
        engagements.append(
            {
                "id": ident,
                "lawyer": lawyer,
                "community": community["code"],
                "periods": [{"start": start, "end": end}],
            }
        )
    quarters += _quarters("W21", ["78", "79", "80", "80"], ["普通"] * 4)
    quarters += [
        {"engagement": "W22", "quarter": q, "basic": "77", "rating": "普通"} for q in (1, 2, 3)
    ]
    _case(
        "twenty-ranked",
        {
            "communities": communities,
            "lawyers": lawyers,
            "engagements": engagements,
            "quarters": quarters,
            "bonuses": [
                {"engagement": "W05", "item": "honour_city", "points": "2", "status": "approved"},
                {"engagement": "W07", "item": "media", "points": "0.5", "status": "rejected"},
                {"engagement": "W09", "item": "key_task", "points": "1", "status": "declared"},
            ],
        },
    )


def part_year() -> None:
    street = "戊街道"
    communities = _street("330199601", street, 6)
    codes = [c["code"] for c in communities]
    lawyers = [
        {"id": f"PL{n}", "name": name, "firm": "戊律师事务所"}
        for n, name in enumerate(["李一", "张二", "赵三", "钱四", "孙五", "周六", "吴七"], start=1)
    ]
    engagements = [
        {"id": f"P{n}", "lawyer": f"PL{n}", "community": codes[n - 1], "periods": FULL}
        for n in (1, 2, 3)
    ]
    engagements += [
        # PL4 moved from the 4th community to the 5th on 1 July (two part-year engagements)
        {
            "id": "P4",
            "lawyer": "PL4",
            "community": codes[3],
            "periods": [{"start": "2023-05-01", "end": "2025-06-30"}],
        },
        {
            "id": "P5",
            "lawyer": "PL4",
            "community": codes[4],
            "periods": [{"start": "2025-07-01", "end": None}],
        },
        # a successor in the 4th community, and a lawyer of 4 days in the 6th
        {
            "id": "P6",
            "lawyer": "PL5",
            "community": codes[3],
            "periods": [{"start": "2025-07-10", "end": None}],
        },
        {
            "id": "P7",
            "lawyer": "PL6",
            "community": codes[5],
            "periods": [{"start": "2025-12-28", "end": None}],
        },
        # the 5th community's lawyer until PL4 came
        {
            "id": "P8",
            "lawyer": "PL7",
            "community": codes[4],
            "periods": [{"start": "2024-01-01", "end": "2025-06-20"}],
        },
    ]
    quarters = []
    quarters += _quarters("P1", ["80"] * 4, ["满意", "良好", "良好", "良好"])
    quarters += _quarters("P2", ["78.5"] * 4, ["良好", "满意", "良好", "良好"])
    quarters += _quarters("P3", ["76"] * 4, ["普通", "普通", "普通", "普通（不赋分）"])
    quarters += [
        {"engagement": "P4", "quarter": q, "basic": "79", "rating": "良好"} for q in (1, 2)
    ]
    quarters += [
        {"engagement": "P5", "quarter": q, "basic": "80", "rating": "满意"} for q in (3, 4)
    ]
    quarters += [
        {"engagement": "P6", "quarter": q, "basic": "75", "rating": "普通"} for q in (3, 4)
    ]
    quarters += [
        {"engagement": "P8", "quarter": q, "basic": "77", "rating": "良好"} for q in (1, 2)
    ]
    _case(
        "part-year",
        {
            "policy": {"week_rounding": "ceil"},
            "communities": communities,
            "lawyers": lawyers,
            "engagements": engagements,
            "quarters": quarters,
            "bonuses": [
                {"engagement": "P4", "item": "major_dispute", "points": "1", "status": "approved"},
                {
                    "engagement": "P5",
                    "item": "honour_district",
                    "points": "1",
                    "status": "approved",
                },
            ],
        },
    )


if __name__ == "__main__":
    manual_tie()
    twenty_ranked()
    part_year()
