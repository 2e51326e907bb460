"""Community lawyers and their firms. Licence numbers and phones are personal data:
masked in lists; in full on the lawyer's page for the bureau only."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from counsel.apps.accounts import scope
from counsel.apps.accounts.decorators import any_role, bureau_only
from counsel.apps.org import selectors
from counsel.apps.org.forms import LawFirmForm, LawyerForm, ListFilter
from counsel.apps.org.models import LawFirm, Lawyer
from counsel.apps.org.views.common import (
    contact,
    edit_record,
    paginate,
    query_without_page,
    user_of,
)


@any_role
def lawyer_list(request: HttpRequest) -> HttpResponse:
    user = user_of(request)
    filters = ListFilter(request.GET)
    firm = None
    if request.GET.get("firm", "").isdigit():
        firm = scope.law_firms(user).filter(pk=int(request.GET["firm"])).first()
    lawyers = selectors.lawyer_list(user, query=filters.value("q") or "", firm=firm)
    page = paginate(request, lawyers)
    rows = [(lw, contact(user, lw, detail=False)) for lw in page.object_list]
    return render(
        request,
        "org/lawyer_list.html",
        {
            "filters": filters,
            "firm": firm,
            "page": page,
            "rows": rows,
            "query": query_without_page(request),
        },
    )


@any_role
def lawyer_detail(request: HttpRequest, code: str) -> HttpResponse:
    user = user_of(request)
    lawyer = get_object_or_404(scope.lawyers(user), code=code)
    return render(
        request,
        "org/lawyer_detail.html",
        {
            "lawyer": lawyer,
            "contact": contact(user, lawyer, detail=True),
            "engagements": selectors.lawyer_engagements(user, lawyer),
        },
    )


def _edit_lawyer(request: HttpRequest, lawyer: Lawyer | None) -> HttpResponse:
    return edit_record(
        request,
        LawyerForm,
        lawyer,
        title=f"修改社区律师 {lawyer}" if lawyer else "新增社区律师",
        back="org:lawyer_list",
        done=lambda saved: redirect("org:lawyer_detail", code=saved.code),  # type: ignore[attr-defined]
    )


@bureau_only
def lawyer_create(request: HttpRequest) -> HttpResponse:
    return _edit_lawyer(request, None)


@bureau_only
def lawyer_edit(request: HttpRequest, code: str) -> HttpResponse:
    return _edit_lawyer(request, get_object_or_404(Lawyer, code=code))


@bureau_only
def firm_list(request: HttpRequest) -> HttpResponse:
    firms = selectors.law_firm_list(user_of(request))
    return render(request, "org/firm_list.html", {"firms": firms})


def _edit_firm(request: HttpRequest, firm: LawFirm | None) -> HttpResponse:
    return edit_record(
        request,
        LawFirmForm,
        firm,
        title=f"修改执业机构 {firm}" if firm else "新增执业机构",
        back="org:firm_list",
        done=lambda saved: redirect("org:firm_list"),
    )


@bureau_only
def firm_create(request: HttpRequest) -> HttpResponse:
    return _edit_firm(request, None)


@bureau_only
def firm_edit(request: HttpRequest, pk: int) -> HttpResponse:
    return _edit_firm(request, get_object_or_404(LawFirm, pk=pk))
