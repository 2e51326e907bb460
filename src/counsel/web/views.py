"""The home page and the error pages."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from counsel.apps.accounts.decorators import any_role


@any_role
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "web/home.html")


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
