"""The error pages; the home page lives in `counsel.web.home`."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from counsel.web.home.views import home

__all__ = ["forbidden", "home", "not_found"]


def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(
        request,
        "web/error.html",
        {"title": "无权访问", "message": str(exception or "") or "您的角色无权使用此功能。"},
        status=403,
    )


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(
        request,
        "web/error.html",
        {"title": "页面不存在", "message": "您要找的页面不存在，或不在您的管辖范围内。"},
        status=404,
    )
