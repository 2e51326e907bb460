"""The bureau's year-end page: readiness, streets' reports, versions; assess, finalise,
reopen; a version with its comparison and its JSON."""

from __future__ import annotations

import json

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from counsel.apps.accounts.decorators import bureau_only
from counsel.apps.yearend.forms import FinaliseForm, ReasonForm
from counsel.apps.yearend.selectors import readiness as readiness_selectors
from counsel.apps.yearend.selectors import reports, versions
from counsel.apps.yearend.services import versions as services
from counsel.web.years import selected_year


def _back(year: int, anchor: str = "") -> HttpResponse:
    return redirect(f"{reverse('yearend:overview')}?year={year}{anchor}")


@bureau_only
def overview(request: HttpRequest) -> HttpResponse:
    year = selected_year(request)
    current = versions.current_version(year)
    return render(
        request,
        "yearend/overview.html",
        {
            "year": year,
            "ready": readiness_selectors.readiness(year),
            "streets": reports.street_reports(year),
            "report_due": reports.report_due(year),
            "versions": versions.versions(year),
            "current": current,
            "finalise_form": FinaliseForm(),
            "reopen_form": ReasonForm(),
            "reopenings": year.reopenings.select_related("reopened_by").all(),
        },
    )


@bureau_only
@require_POST
def assess(request: HttpRequest) -> HttpResponse:
    year = selected_year(request)
    try:
        version = services.year_assess(year=year, actor=request.user)  # type: ignore[arg-type]
    except ValidationError as error:
        messages.error(request, "；".join(error.messages))
    else:
        messages.success(request, f"已完成试算，生成第{version.number}版（试算，未定案）。")
    return _back(year.year)


@bureau_only
@require_POST
def finalise(request: HttpRequest) -> HttpResponse:
    year = selected_year(request)
    form = FinaliseForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    try:
        version = services.year_finalise(year=year, actor=request.user, reason=reason)  # type: ignore[arg-type]
    except services.FinalisationBlocked as blocked:
        messages.error(
            request,
            f"不能定案：尚有 {len(blocked.result.errors)} 个问题，见下方“定案前须解决的问题”。未保存任何结果。",
        )
        return _back(year.year, "#problems")
    except ValidationError as error:
        messages.error(request, "；".join(error.messages))
        return _back(year.year)
    messages.success(request, f"{year.year}年度已定案（第{version.number}版）。")
    return redirect(
        f"{reverse('yearend:version', kwargs={'number': version.number})}?year={year.year}"
    )


@bureau_only
@require_POST
def reopen(request: HttpRequest) -> HttpResponse:
    year = selected_year(request)
    form = ReasonForm(request.POST)
    if not form.is_valid():
        messages.error(request, "重新开启须写明理由。")
        return _back(year.year)
    try:
        services.year_reopen(year=year, actor=request.user, reason=form.cleaned_data["reason"])  # type: ignore[arg-type]
    except ValidationError as error:
        messages.error(request, "；".join(error.messages))
    else:
        messages.warning(
            request,
            f"{year.year}年度已重新开启；变更完成后请重新定案，将生成新版本并与上一版对比。",
        )
    return _back(year.year)


@bureau_only
def version_detail(request: HttpRequest, number: int) -> HttpResponse:
    year = selected_year(request)
    version = versions.version_get(year, number)
    against = versions.previous_version(version)
    raw = request.GET.get("against", "")
    if raw.isdigit():
        against = versions.version_get(year, int(raw))
    return render(
        request,
        "yearend/version.html",
        {
            "year": year,
            "version": version,
            "against": against,
            "comparison": versions.comparison(version, against) if against else None,
            "old_label": f"第{against.number}版" if against else "",
            "new_label": f"第{version.number}版",
            "all_versions": versions.versions(year),
            "totals": version.result_json["totals"],
            "errors": version.result_json["errors"],
        },
    )


@bureau_only
def version_json(request: HttpRequest, number: int, kind: str) -> HttpResponse:
    """The version's input (`counsel/1`, runnable with `counsel assess`) or result."""
    if kind not in ("input", "result"):
        raise Http404("没有这种导出")
    year = selected_year(request)
    version = versions.version_get(year, number)
    data = version.input_json if kind == "input" else version.result_json
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=1), content_type="application/json"
    )
    name = f"counsel-{year.year}-v{version.number}-{kind}.json"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
