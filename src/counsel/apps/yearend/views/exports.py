"""The pay table (补贴发放表) and the public list (公示): screens and workbooks."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.http import content_disposition_header

from counsel.apps.accounts.decorators import bureau_or_office
from counsel.apps.yearend import disclosure_xlsx, paytable_xlsx
from counsel.apps.yearend.models import ResultVersion
from counsel.apps.yearend.selectors import ranking as selectors
from counsel.apps.yearend.selectors.disclosure import public_rows
from counsel.apps.yearend.selectors.versions import latest_computed_year, requested_version
from counsel.web.years import selected_year

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _workbook(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=XLSX)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def _version(request: HttpRequest) -> tuple[ResultVersion, str]:
    year = selected_year(request)
    version = requested_version(request, year)
    if version is None:
        raise Http404(f"{year.year}年度尚未计算考核结果")
    street = request.GET.get("street", "")
    if street not in selectors.street_names(request.user):  # type: ignore[arg-type]
        street = ""
    return version, street


@bureau_or_office
def paytable(request: HttpRequest) -> HttpResponse:
    version, street = _version(request)
    user = request.user
    rows = selectors.rows(user, version, street=street)  # type: ignore[arg-type]
    covered = selectors.scope_streets(user, street)  # type: ignore[arg-type]
    label = covered[0] if covered and len(covered) == 1 else None
    content = paytable_xlsx.paytable(
        version, rows, pool=selectors.street_pool(version, covered), street=label
    )
    return _workbook(content, f"{paytable_xlsx.title(version.year.year, label)}.xlsx")


def _subtitle(version: ResultVersion) -> str:
    kind = "定案" if version.final else "试算，未定案"
    return f"（第{version.number}版，{kind}）"


@bureau_or_office
def disclosure(request: HttpRequest) -> HttpResponse:
    year = selected_year(request)
    if requested_version(request, year) is None:
        # The menu opens the latest year, which has no result until the bureau runs it.
        return render(
            request,
            "yearend/disclosure.html",
            {"year": year, "version": None, "earlier": latest_computed_year(year)},
        )
    version, street = _version(request)
    rows = public_rows(selectors.rows(request.user, version, street=street))  # type: ignore[arg-type]
    return render(
        request,
        "yearend/disclosure.html",
        {
            "year": version.year,
            "version": version,
            "rows": rows,
            "street": street,
            "streets": selectors.street_names(request.user),  # type: ignore[arg-type]
            "title": disclosure_xlsx.title(version.year.year, street),
        },
    )


@bureau_or_office
def disclosure_workbook(request: HttpRequest) -> HttpResponse:
    version, street = _version(request)
    rows = public_rows(selectors.rows(request.user, version, street=street))  # type: ignore[arg-type]
    year = version.year.year
    content = disclosure_xlsx.disclosure(year, rows, _subtitle(version), street)
    return _workbook(content, f"{disclosure_xlsx.title(year, street)}.xlsx")
