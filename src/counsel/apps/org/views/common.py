"""What the master data views share: the user, today, the lawyer's contact as one may see it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Page, Paginator
from django.db.models import Model
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from counsel.apps.accounts import scope
from counsel.apps.accounts.models import User
from counsel.apps.org import services
from counsel.apps.org.models import Lawyer

PAGE_SIZE = 50


def user_of(request: HttpRequest) -> User:
    return cast(User, request.user)


def today() -> dt.date:
    """Today in the project's time zone (Asia/Shanghai, as R18 counts days)."""
    return timezone.localdate()


@dataclass(frozen=True)
class Contact:
    licence: str
    phone: str
    licence_full: bool
    phone_full: bool


def contact(user: User, lawyer: Lawyer, *, detail: bool) -> Contact:
    """Personal data as the user may see it: masked in lists; in full on the lawyer's page
    for the bureau, and the phone for the community the lawyer serves today."""
    licence_full = detail and scope.sees_personal_data(user)
    phone_full = detail and scope.sees_lawyer_phone(user, lawyer)
    return Contact(
        licence=lawyer.licence_no if licence_full else lawyer.licence_masked,
        phone=lawyer.phone if phone_full else lawyer.phone_masked,
        licence_full=licence_full,
        phone_full=phone_full,
    )


def paginate(request: HttpRequest, items: object, size: int = PAGE_SIZE) -> Page:
    return Paginator(items, size).get_page(request.GET.get("page"))  # type: ignore[arg-type]


def query_without_page(request: HttpRequest) -> str:
    """The current filters as a query string, for the pager's links."""
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


def edit_record(
    request: HttpRequest,
    form_class: type[ModelForm],
    instance: Model | None,
    *,
    title: str,
    back: str,
    done: Callable[[Model], HttpResponse],
) -> HttpResponse:
    """The create/edit page of a master data record: validate, save through the service."""
    form = form_class(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.master_data_save(
                record=form.save(commit=False), actor=user_of(request)
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, f"已保存：{saved}")
            return done(saved)
    return render(request, "org/form.html", {"form": form, "title": title, "back": back})
