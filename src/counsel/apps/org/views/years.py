"""Assessment years (R2): the bureau opens a year; everyone may read the policy in force."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from counsel.apps.accounts.decorators import any_role, bureau_only
from counsel.apps.org import services
from counsel.apps.org.forms import YearCreateForm
from counsel.apps.org.models import AssessmentYear
from counsel.apps.org.views.common import today, user_of
from counsel.apps.org.year_selectors import year_policy


@any_role
def year_list(request: HttpRequest) -> HttpResponse:
    years = AssessmentYear.objects.order_by("-year")
    form = (
        YearCreateForm(initial={"year": today().year + 1}) if user_of(request).is_bureau else None
    )
    return render(request, "org/year_list.html", {"years": years, "form": form})


@any_role
def year_detail(request: HttpRequest, year: int) -> HttpResponse:
    record = get_object_or_404(AssessmentYear, year=year)
    return render(request, "org/year_detail.html", {"info": year_policy(record)})


@bureau_only
def year_create(request: HttpRequest) -> HttpResponse:
    form = YearCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            record = services.assessment_year_create(
                year=form.cleaned_data["year"], actor=user_of(request)
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, f"已建立{record}，政策参数、指标表和加分目录取自现行政策文件")
            return redirect("org:year_detail", year=record.year)
    return render(
        request, "org/form.html", {"form": form, "title": "建立考核年度", "back": "org:year_list"}
    )
