"""The change log of master data and engagements, for the bureau."""

from __future__ import annotations

from django import forms
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from counsel.apps.accounts.decorators import bureau_only
from counsel.apps.org import history
from counsel.apps.org.forms import DateInput
from counsel.apps.org.views.common import paginate, query_without_page


class HistoryFilter(forms.Form):
    model = forms.ChoiceField(label="对象", required=False)
    since = forms.DateField(label="起始日期", required=False, widget=DateInput())
    until = forms.DateField(label="截止日期", required=False, widget=DateInput())

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["model"].choices = [("", "全部"), *history.model_choices()]  # type: ignore[attr-defined]


@bureau_only
def history_list(request: HttpRequest) -> HttpResponse:
    filters = HistoryFilter(request.GET)
    data = filters.cleaned_data if filters.is_valid() else {}
    log = history.change_log(
        model_key=data.get("model") or None, since=data.get("since"), until=data.get("until")
    )
    return render(
        request,
        "org/history.html",
        {"filters": filters, "page": paginate(request, log), "query": query_without_page(request)},
    )
