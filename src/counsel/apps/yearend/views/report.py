"""R18: the judicial office confirms its street's year and reports it by 1/25 of Y+1."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from counsel.apps.accounts.decorators import office_only
from counsel.apps.yearend.forms import AnnualReportForm
from counsel.apps.yearend.selectors.reports import street_year
from counsel.apps.yearend.services.reports import annual_report_submit
from counsel.web.years import selected_year


@office_only
def annual_report(request: HttpRequest) -> HttpResponse:
    year = selected_year(request)
    street = request.user.street  # type: ignore[union-attr]
    form = AnnualReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            report = annual_report_submit(
                year=year,
                street=street,
                actor=request.user,  # type: ignore[arg-type]
                remark=form.cleaned_data["remark"],
            )
        except ValidationError as error:
            messages.error(request, "；".join(error.messages))
        else:
            if report.late:
                messages.warning(request, "已报送区司法局律工科（已过截止日期，标记为逾期）。")
            else:
                messages.success(request, "已报送区司法局律工科。")
            return redirect(f"{reverse('yearend:report')}?year={year.year}")
    return render(
        request,
        "yearend/report.html",
        {"year": year, "state": street_year(year, street), "form": form},
    )
