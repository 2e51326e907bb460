"""Forms of the user management pages."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from counsel.apps.accounts.models import Role, User
from counsel.apps.org.forms import CommunityChoice, LawyerChoice
from counsel.apps.org.models import Community, Lawyer, Street

SCOPE_OF_ROLE = {
    Role.JUDICIAL_OFFICE: ("street", "请选择司法所所在的街道"),
    Role.COMMUNITY: ("community", "请选择所属社区（村）"),
    Role.LAWYER: ("lawyer", "请选择对应的社区律师"),
}


class StreetChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: Street) -> str:  # type: ignore[override]
        return f"{obj.name}（{obj.office_name}）"


class UserScopeForm(forms.Form):
    display_name = forms.CharField(label="姓名或单位", max_length=50)
    role = forms.ChoiceField(label="角色", choices=Role.choices, initial=Role.JUDICIAL_OFFICE)
    street = StreetChoice(
        label="街道（司法所）", queryset=Street.objects.order_by("code"), required=False
    )
    community = CommunityChoice(
        label="社区（村）",
        queryset=Community.objects.select_related("street").order_by("code"),
        required=False,
    )
    lawyer = LawyerChoice(
        label="社区律师",
        queryset=Lawyer.objects.select_related("firm").order_by("code"),
        required=False,
    )

    def __init__(self, *args: Any, account: User | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.account = account

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        role = data.get("role")
        if role in SCOPE_OF_ROLE:
            name, message = SCOPE_OF_ROLE[Role(role)]
            if not data.get(name):
                self.add_error(name, message)
        lawyer = data.get("lawyer")
        if role == Role.LAWYER and lawyer is not None:
            taken = User.objects.filter(lawyer=lawyer)
            if self.account is not None:
                taken = taken.exclude(pk=self.account.pk)
            if taken.exists():
                self.add_error("lawyer", f"{lawyer.name} 已有账号 {taken.first()}")
        return data


class UserCreateForm(UserScopeForm):
    username = forms.CharField(
        label="用户名", max_length=150, help_text="字母、数字和 @ . + - _，登录时使用"
    )
    password = forms.CharField(
        label="初始密码",
        required=False,
        widget=forms.PasswordInput(render_value=False),
        min_length=8,
        help_text="留空则自动生成，保存后仅显示一次",
    )
    field_order = ["username", "display_name", "role", "street", "community", "lawyer", "password"]

    def clean_username(self) -> str:
        username = self.cleaned_data["username"].strip()
        if User.objects.filter(username__iexact=username).exists():
            raise ValidationError("该用户名已被使用")
        return username


class UserEditForm(UserScopeForm):
    is_active = forms.BooleanField(label="账号可用", required=False)


class UserFilter(forms.Form):
    role = forms.ChoiceField(
        label="角色", choices=[("", "全部角色"), *Role.choices], required=False
    )
    q = forms.CharField(label="搜索", required=False, max_length=50)
