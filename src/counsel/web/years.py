"""Which assessment year a page is about: `?year=` when given, else the latest year."""

from __future__ import annotations

from django.http import Http404, HttpRequest

from counsel.apps.org.models import AssessmentYear


def selected_year(request: HttpRequest) -> AssessmentYear:
    raw = request.GET.get("year", "")
    qs = AssessmentYear.objects.all()
    if raw:
        if not raw.isdigit():
            raise Http404("考核年度无效")
        found = qs.filter(year=int(raw)).first()
    else:
        found = qs.order_by("-year").first()
    if found is None:
        raise Http404("尚未建立考核年度")
    return found
