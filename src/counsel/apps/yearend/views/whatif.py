"""What-if: the bureau changes parameters on a copy and sees who moves and what it costs;
nothing is stored."""

from __future__ import annotations

from decimal import Decimal

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from counsel.apps.accounts.decorators import bureau_only
from counsel.apps.yearend.forms import WhatIfForm
from counsel.apps.yearend.selectors.versions import result_year
from counsel.apps.yearend.selectors.whatif import base_parameters, whatif_run
from counsel.rules.exact import share_is_whole
from counsel.rules.policy import PolicyError
from counsel.rules.types import Result


@bureau_only
def whatif(request: HttpRequest) -> HttpResponse:
    year = result_year(request)
    base = base_parameters(year)
    outcome = None
    if "run" in request.GET:
        form = WhatIfForm(request.GET)
        if form.is_valid():
            try:
                outcome = whatif_run(year, form.parameters(base))
            except PolicyError as error:
                form.add_error(error.name if error.name in form.fields else None, str(error))
    else:
        form = WhatIfForm(initial=WhatIfForm.initial_from(base))
    changed = []
    if outcome is not None:
        changed = [
            (name, base.get(name), value)
            for name, value in outcome.parameters.items()
            if str(base.get(name)) != str(value)
        ]
    return render(
        request,
        "yearend/whatif.html",
        {
            "year": year,
            "form": form,
            "outcome": outcome,
            "changed": changed,
            "base": base,
            "no_90th": outcome is not None and _no_90th(outcome.result),
        },
    )


def _no_90th(result: Result) -> bool:
    """R13: `include_90th` changes nothing unless 10 % of n is a whole number."""
    policy = result.policy
    share = Decimal(str(policy["tier_share"]))
    return policy["bottom_tier"] == "include_90th" and not share_is_whole(
        result.totals.ranked, share
    )
