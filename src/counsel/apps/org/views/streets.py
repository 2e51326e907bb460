"""Streets and their judicial offices: the bureau manages them; an office sees its own."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from counsel.apps.accounts import scope
from counsel.apps.accounts.decorators import bureau_only, bureau_or_office
from counsel.apps.org import selectors
from counsel.apps.org.forms import StreetForm
from counsel.apps.org.models import Street
from counsel.apps.org.views.common import edit_record, today, user_of


@bureau_or_office
def street_list(request: HttpRequest) -> HttpResponse:
    rows = selectors.street_rows(user_of(request), today())
    totals = {
        "communities": sum(r.communities for r in rows),
        "active": sum(r.active for r in rows),
        "engagements": sum(r.engagements for r in rows),
    }
    return render(request, "org/street_list.html", {"rows": rows, "totals": totals})


@bureau_or_office
def street_detail(request: HttpRequest, code: str) -> HttpResponse:
    user = user_of(request)
    street = get_object_or_404(scope.streets(user), code=code)
    rows = selectors.community_rows(user, today(), street=street)
    officers = street.officers.filter(is_active=True).order_by("username")
    return render(
        request,
        "org/street_detail.html",
        {"street": street, "rows": rows, "officers": officers if user.is_bureau else None},
    )


def _edit(request: HttpRequest, street: Street | None) -> HttpResponse:
    return edit_record(
        request,
        StreetForm,
        street,
        title=f"修改街道 {street}" if street else "新建街道",
        back="org:street_list",
        done=lambda saved: redirect("org:street_detail", code=saved.code),  # type: ignore[attr-defined]
    )


@bureau_only
def street_create(request: HttpRequest) -> HttpResponse:
    return _edit(request, None)


@bureau_only
def street_edit(request: HttpRequest, code: str) -> HttpResponse:
    return _edit(request, get_object_or_404(Street, code=code))
