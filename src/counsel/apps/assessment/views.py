"""The exchange pages: import a JSON/XLSX exchange file (bureau), export the year's data
in the same format (bureau: the district; a judicial office: its street)."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path
from typing import cast

from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import render

from counsel.apps.accounts.decorators import bureau_only, bureau_or_office
from counsel.apps.accounts.models import User
from counsel.apps.assessment import exporting, importing
from counsel.apps.assessment.forms import ExportForm, ImportForm
from counsel.apps.assessment.importing_write import KINDS
from counsel.apps.org.models import AssessmentYear
from counsel.rules.types import YearInput


def _user(request: HttpRequest) -> User:
    return cast(User, request.user)


@bureau_or_office
def exchange(request: HttpRequest) -> HttpResponse:
    """The page with both: export for the bureau and the offices, import for the bureau."""
    return render(
        request,
        "assessment/exchange.html",
        {
            "export_form": ExportForm(auto_id="export_%s"),
            "import_form": ImportForm() if _user(request).is_bureau else None,
        },
    )


@bureau_only
def import_file(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        suffix = Path(upload.name).suffix.lower()
        with tempfile.TemporaryDirectory() as folder:
            # The upload's own name: messages name the file the clerk chose.
            path = Path(folder) / (Path(upload.name).name or f"upload{suffix}")
            with path.open("wb") as handle:
                for chunk in upload.chunks():
                    handle.write(chunk)
            year = form.cleaned_data["year"]
            if form.cleaned_data["dry_run"]:
                _, report = importing.exchange_validate(year=year, source=path)
            else:
                report = importing.exchange_import(year=year, source=path, actor=_user(request))
    context = {
        "form": form,
        "report": report,
        "kinds": KINDS,
        "filename": request.FILES["file"].name if "file" in request.FILES else "",
        "dry_run": bool(form.is_bound and form.is_valid() and form.cleaned_data["dry_run"]),
    }
    if request.htmx:  # type: ignore[attr-defined]
        return render(request, "assessment/_import_result.html", context)
    return render(request, "assessment/import.html", context)


@bureau_or_office
def export_file(request: HttpRequest) -> HttpResponse:
    form = ExportForm(request.GET or None)
    if not form.is_valid():
        return render(request, "assessment/exchange.html", {"export_form": form}, status=400)
    result = exporting.exchange_export(
        year=form.cleaned_data["year"], user=_user(request), fmt=form.cleaned_data["format"]
    )
    return _attachment(result.content, result.filename, result.content_type)


@bureau_or_office
def template_file(request: HttpRequest) -> HttpResponse:
    """An empty input workbook with the headings of every sheet, to fill in by hand."""
    latest = AssessmentYear.objects.order_by("-year").first()
    data = YearInput(year=latest.year if latest else 0)
    content = exporting.xlsx_bytes(data, {})
    return _attachment(content, "考核数据交换模板.xlsx", exporting.XLSX_TYPE)


def _attachment(content: bytes, filename: str, content_type: str) -> FileResponse:
    response = FileResponse(io.BytesIO(content), as_attachment=True, filename=filename)
    response["Content-Type"] = content_type
    return response
