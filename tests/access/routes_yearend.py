"""The year end: the bureau's pages; the ranking for all (scoped rows); explanations of
EA1 for those who may see it (another lawyer's or street's engagement answers 404)."""

from __future__ import annotations

from counsel.apps.yearend.models import ResultVersion
from counsel.apps.yearend.services.versions import year_assess
from tests.access.registry import ALL, BUREAU, OFFICES, STREET_A, Route
from tests.fixtures.world import World

ANY_OFFICE = frozenset({"office_a", "office_b"})
BUREAU_AND_OFFICES = frozenset({"bureau", "office_a", "office_b"})


def version(w: World) -> ResultVersion:
    found = ResultVersion.objects.filter(year=w.year, current=True).first()
    return found or year_assess(year=w.year, actor=None)


def with_version(w: World) -> dict[str, object]:
    version(w)
    return {}


ROUTES = [
    Route("yearend:overview", BUREAU),
    Route("yearend:assess", BUREAU, method="post"),
    Route("yearend:finalise", BUREAU, method="post"),
    Route("yearend:reopen", BUREAU, method="post", data=lambda w: {"reason": "补报加分"}),
    Route("yearend:tie", BUREAU),
    Route("yearend:version", BUREAU, kwargs=lambda w: {"number": version(w).number}),
    Route(
        "yearend:version_json",
        BUREAU,
        kwargs=lambda w: {"number": version(w).number, "kind": "input"},
    ),
    Route("yearend:ranking", ALL, kwargs=with_version),
    Route("yearend:explanation", STREET_A, kwargs=lambda w: {"code": w.ea1.code} | with_version(w)),
    # another lawyer's engagement in the same street: the lawyer and community get 404
    Route("yearend:explanation", OFFICES, kwargs=lambda w: {"code": w.ea2.code} | with_version(w)),
    Route("yearend:paytable", BUREAU_AND_OFFICES, kwargs=with_version),
    Route("yearend:disclosure", BUREAU_AND_OFFICES, kwargs=with_version),
    Route("yearend:disclosure_xlsx", BUREAU_AND_OFFICES, kwargs=with_version),
    Route("yearend:whatif", BUREAU, query="?run=1&bottom_tier=include_90th"),
    Route("yearend:report", ANY_OFFICE),
]
