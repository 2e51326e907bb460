"""Evidence files are served only here, to whoever may see the declaration."""

from __future__ import annotations

from django.http import FileResponse, Http404, HttpRequest

from counsel.apps.accounts.decorators import any_role
from counsel.apps.bonus import selectors


@any_role
def evidence_download(request: HttpRequest, pk: int) -> FileResponse:
    evidence = selectors.evidence_get(request.user, pk)  # type: ignore[arg-type]
    try:
        handle = evidence.file.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404("文件不存在") from None
    response = FileResponse(
        handle,
        as_attachment=not evidence.original_name.lower().endswith(
            (".pdf", ".jpg", ".jpeg", ".png")
        ),
        filename=evidence.original_name,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox"
    return response
