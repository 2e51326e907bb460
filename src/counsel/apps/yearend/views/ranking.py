"""The ranking (R12–R14) and each engagement's explanation, scoped by role."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from counsel.apps.accounts.decorators import any_role
from counsel.apps.yearend.selectors import ranking as selectors
from counsel.apps.yearend.selectors.explanation import explanation as explain
from counsel.apps.yearend.selectors.versions import (
    requested_version,
    result_year,
    years_with_results,
)


@any_role
def ranking(request: HttpRequest) -> HttpResponse:
    year = result_year(request)
    version = requested_version(request, year)
    street = request.GET.get("street", "")
    streets = selectors.street_names(request.user)  # type: ignore[arg-type]
    if street not in streets:
        street = ""
    context = {
        "year": year,
        "version": version,
        "street": street,
        "streets": streets,
        "result_years": years_with_results(),
    }
    if version is not None:
        rows = selectors.rows(request.user, version, street=street)  # type: ignore[arg-type]
        chart = selectors.histogram(version)
        context |= {
            "rows": rows,
            "chart": chart,
            "chart_data": {
                "bands": chart.bands,
                "tier1": chart.tier1_line,
                "tier3": chart.tier3_line,
                "mine": [str(r.total) for r in rows if r.rank is not None]
                if not request.user.is_bureau  # type: ignore[union-attr]
                else [],
            },
            "totals": version.result_json["totals"],
            # Others' ties are the district's business: a lawyer or a street is told of
            # the ties among the rows it sees.
            "ties": version.result_json.get("ties", [])
            if request.user.is_bureau  # type: ignore[union-attr]
            or any(r.tied for r in rows)
            else [],
        }
    return render(request, "yearend/ranking.html", context)


@any_role
def explanation(request: HttpRequest, code: str) -> HttpResponse:
    year = result_year(request)
    version = requested_version(request, year)
    data = explain(request.user, code, version)  # type: ignore[arg-type]
    return render(request, "yearend/explanation.html", {"year": year, "x": data})
