"""Where the quarter starts: the office's year of its street; the bureau's streets × quarters."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from counsel.apps.accounts import scope
from counsel.apps.accounts.decorators import bureau_only, bureau_or_office
from counsel.apps.assessment.selectors import policy_for
from counsel.apps.quarter.active import quarter_label
from counsel.apps.quarter.selectors.progress import due_of, progress
from counsel.apps.quarter.selectors.reports import cell_state, report_grid
from counsel.apps.quarter.views.common import report_of, street_or_404
from counsel.rules.deadlines import china_date
from counsel.rules.periods import quarter_bounds
from counsel.web.years import selected_year


@bureau_or_office
def quarter_home(request: HttpRequest) -> HttpResponse:
    user = request.user
    if user.is_office:  # type: ignore[union-attr]
        return redirect("quarter:street", street=user.street_id)  # type: ignore[union-attr]
    return redirect("quarter:overview")


@bureau_or_office
def street_page(request: HttpRequest, street: int) -> HttpResponse:
    """The four quarters of the year for one street: scored, rated, quota, report."""
    place = street_or_404(request, street)
    year = selected_year(request)
    policy = policy_for(year)
    today = china_date(timezone.now())
    quarters = []
    for q in (1, 2, 3, 4):
        state = progress(place, year, q, policy)
        report = report_of(place, year, q)
        due = due_of(year.year, q, policy)
        label, colour, late = cell_state(report, due, quarter_bounds(year.year, q)[1], today)
        quarters.append(
            {
                "q": q,
                "label": quarter_label(q),
                "progress": state,
                "report": report,
                "due": due,
                "badge": label,
                "colour": colour,
                "late": late,
                "started": today >= quarter_bounds(year.year, q)[0],
            }
        )
    return render(
        request, "quarter/street.html", {"street": place, "year": year, "quarters": quarters}
    )


@bureau_only
def overview(request: HttpRequest) -> HttpResponse:
    """R18: every street's quarterly reports of the year, as submitted, late or missing."""
    year = selected_year(request)
    policy = policy_for(year)
    grid = report_grid(year, scope.streets(request.user), policy, timezone.now())  # type: ignore[arg-type]
    cells = [c for _, row in grid for c in row]
    stats = {
        "awaiting": sum(1 for c in cells if c.awaiting),
        "accepted": sum(1 for c in cells if c.colour == "green"),
        "returned": sum(1 for c in cells if c.label == "已退回"),
        "missing": sum(1 for c in cells if c.label == "未提交（逾期）"),
        # Late is a mark on a report, whatever its state now (it may be accepted too).
        "late": sum(1 for c in cells if c.report and c.report.late),
    }
    return render(
        request,
        "quarter/overview.html",
        {
            "year": year,
            "grid": grid,
            "stats": stats,
            "quarters": [(q, quarter_label(q)) for q in (1, 2, 3, 4)],
        },
    )
