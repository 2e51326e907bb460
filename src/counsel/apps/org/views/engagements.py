"""Engagements (lawyer × community) and their periods of service (R1)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from counsel.apps.accounts import scope
from counsel.apps.accounts.decorators import any_role, bureau_only
from counsel.apps.org import history, selectors, services
from counsel.apps.org.forms import EngagementCreateForm, ListFilter, PeriodEndForm, PeriodForm
from counsel.apps.org.models import Engagement, EngagementPeriod
from counsel.apps.org.views.common import (
    contact,
    paginate,
    query_without_page,
    today,
    user_of,
)


@any_role
def engagement_list(request: HttpRequest) -> HttpResponse:
    user = user_of(request)
    streets = scope.streets(user)
    filters = ListFilter(request.GET, streets=streets)
    engagements = selectors.engagement_list(
        user,
        today(),
        street=filters.value("street"),
        query=filters.value("q") or "",
        status=filters.value("status") or "all",
    )
    page = paginate(request, engagements)
    day = today()
    return render(
        request,
        "org/engagement_list.html",
        {
            "filters": filters,
            "page": page,
            "rows": [(e, e.is_active_on(day)) for e in page.object_list],
            "query": query_without_page(request),
            "show_street_filter": streets.count() > 1,
        },
    )


@any_role
def engagement_detail(request: HttpRequest, code: str) -> HttpResponse:
    user = user_of(request)
    engagement = get_object_or_404(scope.engagements(user), code=code)
    return render(
        request,
        "org/engagement_detail.html",
        {
            "engagement": engagement,
            "periods": selectors.engagement_periods(engagement),
            "contact": contact(user, engagement.lawyer, detail=True),
            "active": engagement.is_active_on(today()),
            "history": history.engagement_history(engagement) if user.is_bureau else None,
            "period_form": PeriodForm() if user.is_bureau else None,
        },
    )


@bureau_only
def engagement_create(request: HttpRequest) -> HttpResponse:
    initial = {}
    if "community" in request.GET:
        initial["community"] = request.GET["community"]
    form = EngagementCreateForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            engagement = services.engagement_create(**form.cleaned_data, actor=user_of(request))
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, f"已建立结对 {engagement.code}")
            return redirect("org:engagement_detail", code=engagement.code)
    return render(
        request, "org/form.html", {"form": form, "title": "新建结对", "back": "org:engagement_list"}
    )


@bureau_only
def period_add(request: HttpRequest, code: str) -> HttpResponse:
    engagement = get_object_or_404(Engagement.objects.select_related("community"), code=code)
    form = PeriodForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.engagement_period_add(
                engagement=engagement, **form.cleaned_data, actor=user_of(request)
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, f"已为结对 {engagement.code} 增加服务期间")
            return redirect("org:engagement_detail", code=engagement.code)
    return render(
        request,
        "org/form.html",
        {
            "form": form,
            "title": f"结对 {engagement.code} · 增加服务期间",
            "back_url": reverse("org:engagement_detail", args=[engagement.code]),
        },
    )


@bureau_only
def period_end(request: HttpRequest, pk: int) -> HttpResponse:
    period = get_object_or_404(
        EngagementPeriod.objects.select_related("engagement__community"), pk=pk
    )
    form = PeriodEndForm(request.POST or None, initial={"end": period.end})
    if request.method == "POST" and form.is_valid():
        try:
            services.engagement_period_end(
                period=period, end=form.cleaned_data["end"], actor=user_of(request)
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, f"已更新服务期间：{period}")
            return redirect("org:engagement_detail", code=period.engagement.code)
    return render(
        request,
        "org/form.html",
        {
            "form": form,
            "title": f"结对 {period.engagement.code} · 服务期间 {period} · 设定结束日期",
            "back_url": reverse("org:engagement_detail", args=[period.engagement.code]),
        },
    )
