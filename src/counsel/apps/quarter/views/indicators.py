"""R6: the bureau edits the year's indicator table (full marks add up to 82)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from counsel.apps.accounts.decorators import bureau_only
from counsel.apps.assessment.selectors import policy_for
from counsel.apps.quarter.forms import FixedIndicatorFormSet, IndicatorFormSet
from counsel.apps.quarter.models import IndicatorItem
from counsel.apps.quarter.services.indicators import indicator_table_save, year_is_scored
from counsel.rules.exact import plain
from counsel.web.years import selected_year


def _initial(items: list[IndicatorItem]) -> list[dict[str, object]]:
    return [
        {
            "id": i.pk,
            "name": i.name,
            "full_marks": i.full_marks,
            "requirement": i.requirement,
            "deduction": i.deduction,
            "per_deduction": i.per_deduction,
            "deduction_only": i.deduction_only,
            "registration_kind": i.registration_kind,
            "required_count": i.required_count,
        }
        for i in items
    ]


@bureau_only
def indicator_table(request: HttpRequest) -> HttpResponse:
    year = selected_year(request)
    items = list(IndicatorItem.objects.filter(year=year).order_by("order", "id"))
    scored = year_is_scored(year)
    kind = FixedIndicatorFormSet if scored else IndicatorFormSet
    formset = kind(
        request.POST if request.method == "POST" else None,
        initial=_initial(items),
        prefix="items",
        form_kwargs={"fixed": scored},
    )
    refusal: list[str] = []
    if request.method == "POST" and formset.is_valid():
        rows = [form.row() for form in formset.forms if form.cleaned_data]
        try:
            indicator_table_save(actor=request.user, year=year, rows=rows)  # type: ignore[arg-type]
        except ValidationError as exc:
            refusal = exc.messages
        else:
            messages.success(request, f"{year.year}年度指标表已保存")
            return redirect(f"{request.path}?year={year.year}")
    policy = policy_for(year)
    return render(
        request,
        "quarter/indicators.html",
        {
            "year": year,
            "formset": formset,
            "refusal": refusal,
            "scored": scored,
            "total": plain(sum((i.full_marks for i in items), start=policy.basic_full_marks * 0)),
            "required_total": plain(policy.basic_full_marks),
            "aggregation": policy.basic_aggregation,
            "quarter_scale": plain(policy.quarter_full_marks),
        },
    )
