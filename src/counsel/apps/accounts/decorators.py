"""Role checks for views: a view names the roles it serves; others get 403."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from counsel.apps.accounts.models import Role

View = Callable[..., HttpResponse]


def role_required(*roles: Role | str) -> Callable[[View], View]:
    """Only the named roles may use the view (login first; others get 403)."""

    def decorator(view: View) -> View:
        @login_required
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if getattr(request.user, "role", None) not in roles:
                raise PermissionDenied("您的角色无权使用此功能")
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


bureau_only = role_required(Role.BUREAU)
office_only = role_required(Role.JUDICIAL_OFFICE)
bureau_or_office = role_required(Role.BUREAU, Role.JUDICIAL_OFFICE)
any_role = role_required(Role.BUREAU, Role.JUDICIAL_OFFICE, Role.COMMUNITY, Role.LAWYER)
