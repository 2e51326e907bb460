"""User management by the bureau, and each user's own password."""

from __future__ import annotations

from typing import cast

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.views.decorators.http import require_POST

from counsel.apps.accounts import services
from counsel.apps.accounts.decorators import any_role, bureau_only
from counsel.apps.accounts.forms import UserCreateForm, UserEditForm, UserFilter
from counsel.apps.accounts.models import User
from counsel.apps.org.views.common import paginate, query_without_page


def _actor(request: HttpRequest) -> User:
    return cast(User, request.user)


@bureau_only
def user_list(request: HttpRequest) -> HttpResponse:
    filters = UserFilter(request.GET)
    users = User.objects.select_related("street", "community", "lawyer").exclude(role="")
    if filters.is_valid():
        if filters.cleaned_data["role"]:
            users = users.filter(role=filters.cleaned_data["role"])
        q = filters.cleaned_data["q"]
        if q:
            users = users.filter(
                Q(username__icontains=q)
                | Q(display_name__icontains=q)
                | Q(street__name__icontains=q)
                | Q(community__name__icontains=q)
                | Q(lawyer__name__icontains=q)
            )
    users = users.order_by("role", "username")
    return render(
        request,
        "accounts/user_list.html",
        {
            "filters": filters,
            "page": paginate(request, users),
            "query": query_without_page(request),
        },
    )


def _shown_once(request: HttpRequest, account: User, password: str, what: str) -> HttpResponse:
    return render(
        request,
        "accounts/password_shown.html",
        {"account": account, "password": password, "what": what},
    )


@bureau_only
def user_create(request: HttpRequest) -> HttpResponse:
    form = UserCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            account, password = services.user_create(**form.cleaned_data, actor=_actor(request))
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            return _shown_once(request, account, password, "已建立账号")
    return render(request, "accounts/user_form.html", {"form": form, "title": "新建账号"})


@bureau_only
def user_edit(request: HttpRequest, pk: int) -> HttpResponse:
    account = get_object_or_404(User.objects.exclude(role=""), pk=pk)
    initial = {
        "display_name": account.display_name,
        "role": account.role,
        "street": account.street_id,
        "community": account.community_id,
        "lawyer": account.lawyer_id,
        "is_active": account.is_active,
    }
    form = UserEditForm(request.POST or None, initial=initial, account=account)
    if request.method == "POST" and form.is_valid():
        try:
            services.user_update(user=account, **form.cleaned_data, actor=_actor(request))
        except (ValidationError, ValueError) as exc:
            form.add_error(None, exc.messages if isinstance(exc, ValidationError) else str(exc))
        else:
            messages.success(request, f"已保存账号 {account.username}")
            return redirect("accounts:user_list")
    return render(
        request,
        "accounts/user_form.html",
        {"form": form, "title": f"修改账号 {account.username}", "account": account},
    )


@bureau_only
@require_POST
def user_password_reset(request: HttpRequest, pk: int) -> HttpResponse:
    account = get_object_or_404(User.objects.exclude(role=""), pk=pk)
    password = services.user_password_reset(user=account, actor=_actor(request))
    return _shown_once(request, account, password, "已重置密码")


class PasswordChange(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("home")

    def form_valid(self, form):  # type: ignore[no-untyped-def]
        messages.success(self.request, "密码已修改")
        return super().form_valid(form)


password_change = any_role(PasswordChange.as_view())
