"""Attachments served within scope; the lawyer's own sheet imported; its template."""

from __future__ import annotations

from urllib.parse import quote

from django.contrib import messages
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from counsel.apps.accounts.decorators import any_role
from counsel.apps.worklog import selectors
from counsel.apps.worklog.forms import ImportForm
from counsel.apps.worklog.services import ImportRefused, work_record_import_xlsx
from counsel.apps.worklog.template_xlsx import import_template
from counsel.apps.worklog.views.records import lawyer_only

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def xlsx_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=XLSX)
    response["Content-Disposition"] = _disposition("attachment", filename)
    return response


def _disposition(kind: str, filename: str) -> str:
    return f"{kind}; filename=\"download{_suffix(filename)}\"; filename*=UTF-8''{quote(filename)}"


def _suffix(filename: str) -> str:
    dot = filename.rfind(".")
    return filename[dot:] if dot >= 0 else ""


@any_role
def attachment(request: HttpRequest, pk: int) -> FileResponse:
    """An attachment, only to those who may see its registration (never a public URL)."""
    item = selectors.attachment_or_404(request.user, pk)  # type: ignore[arg-type]
    response = FileResponse(item.file.open("rb"), content_type=item.content_type)
    kind = "inline" if item.is_image or item.content_type == "application/pdf" else "attachment"
    response["Content-Disposition"] = _disposition(kind, item.original_name)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, max-age=3600"
    return response


@lawyer_only
def import_sheet(request: HttpRequest) -> HttpResponse:
    engagements = selectors.lawyer_engagements(request.user)  # type: ignore[arg-type]
    form = ImportForm(request.POST or None, request.FILES or None, engagements=engagements)
    errors = None
    if request.method == "POST" and form.is_valid():
        try:
            created = work_record_import_xlsx(
                actor=request.user,  # type: ignore[arg-type]
                engagement=form.cleaned_data["engagement"],
                source=form.cleaned_data["file"].read(),
            )
        except ImportRefused as exc:
            errors = exc.errors
        else:
            late = sum(1 for r in created if r.late)
            text = f"已导入 {len(created)} 条登记，等待社区确认"
            if late:
                text += f"；其中 {late} 条在季度结束后登记，标记为逾期登记"
            messages.success(request, text)
            return redirect("worklog:list")
    return render(request, "worklog/import.html", {"form": form, "errors": errors})


@lawyer_only
def import_template_download(request: HttpRequest) -> HttpResponse:
    return xlsx_response(import_template(), "工作登记导入模板.xlsx")
