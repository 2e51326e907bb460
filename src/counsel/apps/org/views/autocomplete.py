"""Autocomplete for the forms' long lists (lawyers, communities, engagements), through the
user's scope like every other read: another street's objects are never offered."""

from __future__ import annotations

from collections.abc import Callable
from functools import reduce
from operator import or_
from typing import Any

from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse, JsonResponse

from counsel.apps.accounts import scope
from counsel.apps.accounts.decorators import any_role
from counsel.apps.accounts.models import User
from counsel.apps.org.views.common import user_of

LIMIT = 20


def _lawyer(lw: Any) -> str:
    return f"{lw.code} {lw.name}（{lw.firm or '无执业机构'}）"


def _community(c: Any) -> str:
    return f"{c.street.name} · {c.name}（{c.code}）"


def _engagement(e: Any) -> str:
    return f"{e.code} {e.lawyer.name}—{e.community.name}"


#: kind → (the scoped queryset, the fields searched, the label shown)
KINDS: dict[str, tuple[Callable[[User], QuerySet[Any]], tuple[str, ...], Callable[[Any], str]]] = {
    "lawyer": (scope.lawyers, ("code", "name", "firm__name"), _lawyer),
    "community": (scope.communities, ("code", "name", "street__name"), _community),
    "engagement": (scope.engagements, ("code", "lawyer__name", "community__name"), _engagement),
}


@any_role
def autocomplete(request: HttpRequest) -> HttpResponse:
    kind = request.GET.get("kind", "")
    if kind not in KINDS:
        return JsonResponse({"error": "kind 应为 lawyer、community 或 engagement"}, status=400)
    scoped, fields, label = KINDS[kind]
    text = request.GET.get("q", "").strip()[:50]
    match = reduce(or_, (Q(**{f"{name}__icontains": text}) for name in fields))
    found = scoped(user_of(request)).filter(match).order_by("code")[:LIMIT]
    return JsonResponse({"results": [{"id": obj.pk, "label": label(obj)} for obj in found]})
