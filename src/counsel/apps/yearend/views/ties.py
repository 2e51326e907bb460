"""R14 `boundary_ties = manual`: the bureau orders a tied group, with a reason."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from counsel.apps.accounts.decorators import bureau_only
from counsel.apps.yearend.forms import TieForm
from counsel.apps.yearend.selectors.readiness import readiness, tie_for
from counsel.apps.yearend.services.ties import tie_decision_record
from counsel.web.years import selected_year


@bureau_only
def tie(request: HttpRequest) -> HttpResponse:
    """Every boundary tie of the year; `?group=` (or the posted group) picks one to order."""
    year = selected_year(request)
    state = readiness(year)
    key = request.POST.get("group") or request.GET.get("group", "")
    chosen = tie_for(state, key) if key else None
    form = None
    if chosen is not None:
        members = [m.id for m in chosen.members]
        if chosen.decision is not None:
            members = list(chosen.decision.engagements)
        if request.method == "POST":
            form = TieForm(request.POST, members=members)
            if form.is_valid():
                try:
                    tie_decision_record(
                        year=year,
                        actor=request.user,  # type: ignore[arg-type]
                        group=[m.id for m in chosen.members],
                        order=form.order,
                        reason=form.cleaned_data["reason"],
                    )
                except ValidationError as error:
                    form.add_error(None, error)
                else:
                    messages.success(request, "已记录该同分组的排序及理由。")
                    return redirect(f"{reverse('yearend:tie')}?year={year.year}")
        else:
            form = TieForm(members=members)
    rows = (
        [(m, form[f"pos_{m.id}"]) for m in chosen.members]
        if chosen is not None and form is not None
        else []
    )
    return render(
        request,
        "yearend/ties.html",
        {"year": year, "ready": state, "chosen": chosen, "form": form, "rows": rows},
        status=400 if form is not None and form.errors else 200,
    )
