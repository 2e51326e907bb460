"""Communities and villages (社区/村): filter by street, search; the bureau changes a
community's lawyer mid-year (R1)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from counsel.apps.accounts import scope
from counsel.apps.accounts.decorators import any_role, bureau_only
from counsel.apps.org import selectors, services
from counsel.apps.org.forms import CommunityForm, LawyerChangeForm, ListFilter
from counsel.apps.org.models import Community
from counsel.apps.org.views.common import (
    contact,
    edit_record,
    paginate,
    query_without_page,
    today,
    user_of,
)


@any_role
def community_list(request: HttpRequest) -> HttpResponse:
    user = user_of(request)
    streets = scope.streets(user)
    filters = ListFilter(request.GET, streets=streets)
    rows = selectors.community_rows(
        user, today(), street=filters.value("street"), query=filters.value("q") or ""
    )
    served = sum(1 for r in rows if r.current)
    return render(
        request,
        "org/community_list.html",
        {
            "filters": filters,
            "page": paginate(request, rows),
            "count": len(rows),
            "served": served,
            "query": query_without_page(request),
            "show_street_filter": streets.count() > 1,
            "single_street": streets.count() == 1,
        },
    )


@any_role
def community_detail(request: HttpRequest, code: str) -> HttpResponse:
    user = user_of(request)
    community = get_object_or_404(scope.communities(user), code=code)
    current = selectors.serving_engagement(community, today())
    return render(
        request,
        "org/community_detail.html",
        {
            "community": community,
            "current": current,
            "contact": contact(user, current.lawyer, detail=True) if current else None,
            "engagements": selectors.community_engagements(user, community),
        },
    )


def _edit(request: HttpRequest, community: Community | None) -> HttpResponse:
    return edit_record(
        request,
        CommunityForm,
        community,
        title=f"修改社区（村） {community}" if community else "新建社区（村）",
        back="org:community_list",
        done=lambda saved: redirect("org:community_detail", code=saved.code),  # type: ignore[attr-defined]
    )


@bureau_only
def community_create(request: HttpRequest) -> HttpResponse:
    return _edit(request, None)


@bureau_only
def community_edit(request: HttpRequest, code: str) -> HttpResponse:
    return _edit(request, get_object_or_404(Community, code=code))


@bureau_only
def community_lawyer_change(request: HttpRequest, code: str) -> HttpResponse:
    community = get_object_or_404(Community.objects.select_related("street"), code=code)
    form = LawyerChangeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            engagement = services.community_lawyer_change(
                community=community,
                lawyer=form.cleaned_data["lawyer"],
                day=form.cleaned_data["day"],
                actor=user_of(request),
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request,
                f"{community.name} 自 {form.cleaned_data['day']} 起由 "
                f"{engagement.lawyer.name} 担任社区律师（结对 {engagement.code}）",
            )
            return redirect("org:community_detail", code=community.code)
    return render(
        request,
        "org/lawyer_change.html",
        {
            "form": form,
            "community": community,
            "current": selectors.serving_engagement(community, today()),
        },
    )
