"""The master data pages: the bureau manages; offices, communities and lawyers read their
scope; street-A objects are tested, so office_b must get 404 on them."""

from tests.access.registry import ALL, BUREAU, OFFICES, STREET_A, Route

EVERY_OFFICE = BUREAU | {"office_a", "office_b"}  # lists scoped to each office's street


def _period(w):  # type: ignore[no-untyped-def]
    return {"pk": w.ea1.periods.get().pk}


ROUTES = [
    Route("org:street_list", EVERY_OFFICE),
    Route("org:street_create", BUREAU),
    Route(
        "org:street_create",
        BUREAU,
        method="post",
        data=lambda w: {"code": "330102004", "name": "小营街道", "office_name": "小营司法所"},
    ),
    Route("org:street_detail", OFFICES, kwargs=lambda w: {"code": w.street_a.code}),
    Route("org:street_edit", BUREAU, kwargs=lambda w: {"code": w.street_a.code}),
    Route("org:community_list", ALL),
    Route("org:community_create", BUREAU),
    Route("org:community_detail", STREET_A, kwargs=lambda w: {"code": w.a1.code}),
    Route("org:community_edit", BUREAU, kwargs=lambda w: {"code": w.a1.code}),
    Route(
        "org:community_edit",
        BUREAU,
        kwargs=lambda w: {"code": w.a1.code},
        method="post",
        data=lambda w: {
            "street": w.street_a.pk,
            "code": w.a1.code,
            "name": "改名社区",
            "kind": "社区",
        },
    ),
    Route("org:community_lawyer_change", BUREAU, kwargs=lambda w: {"code": w.a1.code}),
    Route(
        "org:community_lawyer_change",
        BUREAU,
        kwargs=lambda w: {"code": w.a1.code},
        method="post",
        data=lambda w: {"lawyer": w.lawyer_a2.pk, "day": "2025-07-01"},
    ),
    Route("org:lawyer_list", ALL),
    Route("org:lawyer_create", BUREAU),
    Route("org:lawyer_detail", STREET_A, kwargs=lambda w: {"code": w.lawyer_a1.code}),
    Route("org:lawyer_edit", BUREAU, kwargs=lambda w: {"code": w.lawyer_a1.code}),
    Route("org:firm_list", BUREAU),
    Route("org:firm_create", BUREAU),
    Route("org:firm_edit", BUREAU, kwargs=lambda w: {"pk": w.lawyer_a1.firm_id}),
    Route("org:engagement_list", ALL),
    Route("org:engagement_create", BUREAU),
    Route("org:engagement_detail", STREET_A, kwargs=lambda w: {"code": w.ea1.code}),
    Route("org:period_add", BUREAU, kwargs=lambda w: {"code": w.ea1.code}),
    Route(
        "org:period_add",
        BUREAU,
        kwargs=lambda w: {"code": w.ea1.code},
        method="post",
        data=lambda w: {"start": "2020-01-01", "end": "2020-12-31"},
    ),
    Route("org:period_end", BUREAU, kwargs=_period),
    Route(
        "org:period_end",
        BUREAU,
        kwargs=_period,
        method="post",
        data=lambda w: {"end": "2025-12-31"},
    ),
    Route("org:year_list", ALL),
    Route("org:year_create", BUREAU),
    Route("org:year_create", BUREAU, method="post", data=lambda w: {"year": "2026"}),
    Route("org:year_detail", ALL, kwargs=lambda w: {"year": w.year.year}),
    Route("org:history", BUREAU),
    Route("org:autocomplete", ALL, query="?kind=lawyer&q=示例"),
]
