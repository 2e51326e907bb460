"""R7–R8: one screen per street-quarter with every engagement and its rating; the quota
box follows the selects (computed on the server by the rules, never in the browser)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from counsel.apps.accounts.decorators import bureau_or_office, office_only
from counsel.apps.assessment.selectors import policy_for
from counsel.apps.org.models import AssessmentYear, Street
from counsel.apps.quarter.active import active_engagements, quarter_label
from counsel.apps.quarter.forms import RatingsForm
from counsel.apps.quarter.models import SatisfactionRating
from counsel.apps.quarter.selectors.changes import rating_changes
from counsel.apps.quarter.selectors.quota import quota_state
from counsel.apps.quarter.services.ratings import satisfaction_ratings_save
from counsel.apps.quarter.views.common import (
    can_edit,
    report_of,
    street_quarter,
)
from counsel.apps.worklog.views.helpers import show_refusal
from counsel.rules.types import Rating


def _form(request: HttpRequest, street: Street, year: AssessmentYear, quarter: int) -> RatingsForm:
    engagements = active_engagements(street, year.year, quarter)
    saved = {
        r.engagement_id: r
        for r in SatisfactionRating.objects.filter(
            year=year, quarter=quarter, engagement__in=[e.pk for e in engagements]
        )
    }
    data = request.POST if request.method == "POST" else None
    return RatingsForm(data, engagements=engagements, saved=saved)


def _quota(street: Street, year: AssessmentYear, quarter: int, form: RatingsForm):  # type: ignore[no-untyped-def]
    values = (
        form.current_ratings()
        if form.is_bound
        else [
            form.initial[f"rating_{e.pk}"]
            for e in form.engagements
            if form.initial.get(f"rating_{e.pk}")
        ]
    )
    ratings = [Rating(v) for v in values]
    return quota_state(
        street, quarter, ratings, policy_for(year), unrated=len(form.engagements) - len(ratings)
    )


@bureau_or_office
def ratings_page(request: HttpRequest, street: int, year: int, quarter: int) -> HttpResponse:
    place, record, q = street_quarter(request, street, year, quarter)
    report = report_of(place, record, q)
    editable = can_edit(request, report, record)
    form = _form(request, place, record, q)
    refusal: tuple[str, ...] = ()
    if request.method == "POST":
        if not editable:
            messages.error(request, "本季度当前不能修改满意度评价")
        elif form.is_valid():
            submit = request.POST.get("action") == "submit"
            try:
                outcome = satisfaction_ratings_save(
                    actor=request.user,  # type: ignore[arg-type]
                    street=place,
                    year=record,
                    quarter=q,
                    entries=form.entries(),
                    submit=submit,
                )
            except ValidationError as exc:
                show_refusal(form, exc)
            else:
                if outcome.report is not None:
                    messages.success(request, f"已保存评价并报送{record.year}年{quarter_label(q)}")
                    return redirect("quarter:report", street=place.pk, year=record.year, quarter=q)
                if submit:
                    refusal = outcome.refusal
                    messages.warning(request, "评价已保存为草稿，但本季度未能报送，原因见下方")
                else:
                    text = "评价已保存为草稿"
                    if not outcome.quota.ok:
                        text += "；配额尚不符合要求，修正后才能报送"
                    messages.success(request, text)
                    return redirect("quarter:ratings", street=place.pk, year=record.year, quarter=q)
    return render(
        request,
        "quarter/ratings.html",
        {
            "street": place,
            "year": record,
            "quarter": q,
            "label": quarter_label(q),
            "form": form,
            "quota": _quota(place, record, q, form),
            "report": report,
            "editable": editable,
            "refusal": refusal,
            "zero": Rating.ORDINARY_ZERO.value,
            "changes": rating_changes(place, record, q),
        },
    )


@office_only
@require_POST
def quota_preview(request: HttpRequest, street: int, year: int, quarter: int) -> HttpResponse:
    """The quota box for the selects as they stand (nothing is saved)."""
    place, record, q = street_quarter(request, street, year, quarter)
    form = _form(request, place, record, q)
    return render(request, "quarter/_quota_box.html", {"quota": _quota(place, record, q, form)})
