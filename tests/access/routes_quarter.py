from tests.access.registry import BUREAU, OFFICES, Route
from tests.apps.factories import report

OFFICE_A = frozenset({"office_a"})
ALL_OFFICES = frozenset({"bureau", "office_a", "office_b"})


def _street_quarter(w):  # type: ignore[no-untyped-def]
    return {"street": w.street_a.pk, "year": 2025, "quarter": 1}


def _engagement_quarter(w):  # type: ignore[no-untyped-def]
    return {"engagement": w.ea1.pk, "year": 2025, "quarter": 1}


def _submitted_report(w):  # type: ignore[no-untyped-def]
    report(w)
    return _street_quarter(w)


REASON = lambda w: {"reason": "请补充说明"}  # noqa: E731

ROUTES = [
    Route("quarter:home", ALL_OFFICES),
    Route("quarter:overview", BUREAU),
    Route("quarter:indicators", BUREAU),
    Route("quarter:street", OFFICES, kwargs=lambda w: {"street": w.street_a.pk}),
    Route("quarter:scores", OFFICES, kwargs=_street_quarter),
    Route("quarter:score", OFFICES, kwargs=_engagement_quarter),
    Route("quarter:score_preview", OFFICE_A, kwargs=_engagement_quarter, method="post"),
    Route("quarter:ratings", OFFICES, kwargs=_street_quarter),
    Route("quarter:quota_preview", OFFICE_A, kwargs=_street_quarter, method="post"),
    Route("quarter:report", OFFICES, kwargs=_street_quarter),
    Route("quarter:report_submit", OFFICE_A, kwargs=_street_quarter, method="post"),
    Route("quarter:report_return", BUREAU, kwargs=_submitted_report, method="post", data=REASON),
    Route("quarter:report_accept", BUREAU, kwargs=_submitted_report, method="post"),
    Route("quarter:report_reopen", BUREAU, kwargs=_submitted_report, method="post", data=REASON),
    Route("quarter:report_summary_xlsx", OFFICES, kwargs=_street_quarter),
]
