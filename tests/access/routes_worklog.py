from tests.access.registry import ALL, OFFICES, STREET_A, Route
from tests.apps.factories import png, record

LAWYER = frozenset({"lawyer"})
COMMUNITY = frozenset({"community"})
ALL_OFFICES = frozenset({"bureau", "office_a", "office_b"})


def _record(w):  # type: ignore[no-untyped-def]
    return {"pk": record(w).pk}


def _attachment(w):  # type: ignore[no-untyped-def]
    from counsel.apps.worklog.models import WorkAttachment

    item = WorkAttachment(
        record=record(w), original_name="签到表.png", content_type="image/png", size=72
    )
    item.file.save("签到表.png", png(), save=True)
    return {"pk": item.pk}


def _street_quarter(w):  # type: ignore[no-untyped-def]
    return {"street": w.street_a.pk, "year": 2025, "quarter": 1}


ROUTES = [
    Route("worklog:list", ALL),
    Route("worklog:create", LAWYER),
    Route("worklog:detail", STREET_A, kwargs=_record),
    Route("worklog:edit", LAWYER, kwargs=_record),
    Route("worklog:confirm", COMMUNITY, kwargs=_record, method="post"),
    Route(
        "worklog:return",
        COMMUNITY,
        kwargs=_record,
        method="post",
        data=lambda w: {"reason": "时间不符"},
    ),
    Route("worklog:attachment", STREET_A, kwargs=_attachment),
    Route("worklog:import", LAWYER),
    Route("worklog:import_template", LAWYER),
    Route("worklog:summary_index", ALL_OFFICES),
    Route("worklog:summary", OFFICES, kwargs=_street_quarter),
    Route("worklog:summary_xlsx", OFFICES, kwargs=_street_quarter),
]
