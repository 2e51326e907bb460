"""R4–R6: the office scores each engagement of a quarter; the bureau reads the scores."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from counsel.apps.accounts.decorators import bureau_or_office, office_only
from counsel.apps.assessment.selectors import policy_for
from counsel.apps.quarter.active import is_active, quarter_label
from counsel.apps.quarter.forms import ScoreForm
from counsel.apps.quarter.selectors.progress import progress
from counsel.apps.quarter.selectors.scoring import score_sheet
from counsel.apps.quarter.services.scores import quarter_score_save, score_compute
from counsel.apps.quarter.views.common import (
    can_edit,
    engagement_or_404,
    quarter_or_404,
    report_of,
    street_quarter,
    year_or_404,
)
from counsel.apps.worklog.views.helpers import show_refusal


@bureau_or_office
def score_list(request: HttpRequest, street: int, year: int, quarter: int) -> HttpResponse:
    """The engagements active in the quarter, each with its score (or none yet)."""
    place, record, q = street_quarter(request, street, year, quarter)
    state = progress(place, record, q, policy_for(record))
    report = report_of(place, record, q)
    return render(
        request,
        "quarter/score_list.html",
        {
            "street": place,
            "year": record,
            "quarter": q,
            "label": quarter_label(q),
            "progress": state,
            "report": report,
            "editable": can_edit(request, report, record),
        },
    )


def _context(request: HttpRequest, engagement: int, year: int, quarter: int):  # type: ignore[no-untyped-def]
    target = engagement_or_404(request, engagement)
    record = year_or_404(year)
    q = quarter_or_404(quarter)
    policy = policy_for(record)
    sheet = score_sheet(target, record, q, policy)
    report = report_of(target.community.street, record, q)
    return target, record, q, policy, sheet, report


@bureau_or_office
def score_edit(request: HttpRequest, engagement: int, year: int, quarter: int) -> HttpResponse:
    target, record, q, policy, sheet, report = _context(request, engagement, year, quarter)
    editable = can_edit(request, report, record)
    form = ScoreForm(
        request.POST if request.method == "POST" else None,
        rows=sheet.rows,
        initial={"remark": sheet.score.remark if sheet.score else ""},
    )
    if request.method == "POST":
        if not editable:
            messages.error(request, "本季度当前不能修改评分")
        elif form.is_valid():
            try:
                saved = quarter_score_save(
                    actor=request.user,  # type: ignore[arg-type]
                    engagement=target,
                    year=record,
                    quarter=q,
                    entries=form.entries(),
                    remark=form.cleaned_data["remark"],
                )
            except ValidationError as exc:
                show_refusal(form, exc)
            else:
                messages.success(
                    request,
                    f"已保存 {target.community.name}（{target.lawyer.name}）{quarter_label(q)}基础履职 {saved.basic} 分",
                )
                return redirect(
                    "quarter:scores", street=target.community.street_id, year=record.year, quarter=q
                )
    entries = form.readable_entries() if form.is_bound else form.initial_entries()
    computed = score_compute(policy, entries)
    return render(
        request,
        "quarter/score.html",
        {
            "engagement": target,
            "year": record,
            "quarter": q,
            "label": quarter_label(q),
            "sheet": sheet,
            "form": form,
            "computed": computed,
            "lines": [(*row, computed.item(row[0].item.key)) for row in form.field_rows()],
            "policy": policy,
            "report": report,
            "editable": editable,
            "active": is_active(target, record.year, q),
        },
    )


@office_only
@require_POST
def score_preview(request: HttpRequest, engagement: int, year: int, quarter: int) -> HttpResponse:
    """The live total as the officer types: computed on the server by the rules."""
    _, _, _, policy, sheet, _ = _context(request, engagement, year, quarter)
    form = ScoreForm(request.POST, rows=sheet.rows)
    computed = score_compute(policy, form.readable_entries())
    return render(
        request,
        "quarter/_score_total.html",
        {"computed": computed, "policy": policy, "oob": True, "sheet": sheet},
    )
