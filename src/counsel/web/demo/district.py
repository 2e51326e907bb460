"""The real district of 上城区 (src/counsel/data/shangcheng_communities.csv): 14 streets,
each with its judicial office (湖滨街道 → 湖滨司法所), and 203 communities and villages."""

from __future__ import annotations

import csv
from pathlib import Path

from simple_history.utils import bulk_create_with_history

from counsel.apps.org.models import Community, District, Street
from counsel.web.demo.context import Demo

DISTRICT_CODE = "330102"


def rows() -> list[dict[str, str]]:
    path = Path(__file__).resolve().parents[2] / "data" / "shangcheng_communities.csv"
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def office_name(street: str) -> str:
    return street.removesuffix("街道") + "司法所"


def load_district(demo: Demo) -> None:
    data = rows()
    demo.district = District.objects.create(
        code=DISTRICT_CODE, name="上城区", bureau_name="杭州市上城区司法局"
    )
    streets: dict[str, Street] = {}
    for row in data:
        if row["street_name"] not in streets:
            streets[row["street_name"]] = Street(
                district=demo.district,
                code=row["street_code"],
                name=row["street_name"],
                office_name=office_name(row["street_name"]),
            )
    saved = bulk_create_with_history(list(streets.values()), Street)
    demo.streets = {s.name: s for s in saved}
    communities = [
        Community(
            street=demo.streets[row["street_name"]],
            code=row["community_code"],
            name=row["community_name"],
            kind=row["kind"],
        )
        for row in sorted(data, key=lambda r: r["community_code"])
    ]
    demo.communities = bulk_create_with_history(communities, Community)
