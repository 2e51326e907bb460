"""Forms of the master data pages: they validate input; services write."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse_lazy

from counsel.apps.org.models import (
    AssessmentYear,
    Community,
    District,
    LawFirm,
    Lawyer,
    Street,
)
from counsel.apps.org.selectors import ENGAGEMENT_STATUSES


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


class LawyerChoice(forms.ModelChoiceField):
    widget = forms.Select(
        attrs={
            "data-autocomplete": "lawyer",
            "data-autocomplete-url": reverse_lazy("org:autocomplete"),
        }
    )

    def label_from_instance(self, obj: Lawyer) -> str:  # type: ignore[override]
        firm = f"（{obj.firm.name}）" if obj.firm else ""
        return f"{obj.code} {obj.name}{firm}"


class CommunityChoice(forms.ModelChoiceField):
    widget = forms.Select(
        attrs={
            "data-autocomplete": "community",
            "data-autocomplete-url": reverse_lazy("org:autocomplete"),
        }
    )

    def label_from_instance(self, obj: Community) -> str:  # type: ignore[override]
        return f"{obj.street.name} · {obj.name}（{obj.code}）"


def _lawyers() -> Any:
    return Lawyer.objects.select_related("firm").order_by("code")


def _communities() -> Any:
    return Community.objects.select_related("street").order_by("code")


class StreetForm(forms.ModelForm):
    class Meta:
        model = Street
        fields = ["code", "name", "office_name"]
        help_texts = {"office_name": "如：湖滨司法所"}

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if self.instance.district_id is None:
            district = District.objects.order_by("pk").first()
            if district is None:
                raise ValidationError("尚未建立区，请先导入区划数据")
            self.instance.district = district
        return data


class CommunityForm(forms.ModelForm):
    class Meta:
        model = Community
        fields = ["street", "code", "name", "kind"]
        help_texts = {"code": "统计用区划代码，12 位数字"}

    def clean_code(self) -> str:
        code = self.cleaned_data["code"].strip()
        if not re.fullmatch(r"\d{12}", code):
            raise ValidationError("社区代码应为 12 位数字")
        return code


class LawFirmForm(forms.ModelForm):
    class Meta:
        model = LawFirm
        fields = ["name"]


PHONE = re.compile(r"^[0-9][0-9\- ]{6,18}[0-9]$")


class LawyerForm(forms.ModelForm):
    class Meta:
        model = Lawyer
        fields = ["code", "name", "kind", "firm", "licence_no", "phone"]
        help_texts = {
            "code": "留空则自动编号（L0001…）",
            "licence_no": "个人信息：仅区司法局可见全文",
            "phone": "个人信息：仅区司法局及结对社区可见全文",
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["code"].required = False

    def clean_phone(self) -> str:
        phone = self.cleaned_data["phone"].strip()
        if phone and not PHONE.match(phone):
            raise ValidationError("电话号码格式不正确（如 13800000000 或 0571-12345678）")
        return phone

    def clean_licence_no(self) -> str:
        licence = self.cleaned_data["licence_no"].strip()
        if licence and not re.fullmatch(r"[0-9A-Za-z]{8,30}", licence):
            raise ValidationError("执业证号应为 8–30 位数字或字母")
        return licence


class PeriodForm(forms.Form):
    start = forms.DateField(label="开始日期", widget=DateInput())
    end = forms.DateField(
        label="结束日期", required=False, widget=DateInput(), help_text="留空表示仍在服务"
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            self.add_error("end", "结束日期不能早于开始日期")
        return data


class EngagementCreateForm(PeriodForm):
    lawyer = LawyerChoice(label="社区律师", queryset=_lawyers())
    community = CommunityChoice(label="社区（村）", queryset=_communities())
    field_order = ["lawyer", "community", "start", "end"]


class PeriodEndForm(forms.Form):
    end = forms.DateField(
        label="最后服务日", required=False, widget=DateInput(), help_text="含当日；留空表示仍在服务"
    )


class LawyerChangeForm(forms.Form):
    lawyer = LawyerChoice(label="新任社区律师", queryset=_lawyers())
    day = forms.DateField(
        label="新律师到岗日期",
        widget=DateInput(),
        help_text="原律师服务至前一日（如 2025-07-01 到岗，原律师服务至 6 月 30 日）",
    )


class YearCreateForm(forms.Form):
    year = forms.IntegerField(label="考核年度", min_value=2000, max_value=2100)

    def clean_year(self) -> int:
        year = int(self.cleaned_data["year"])
        if AssessmentYear.objects.filter(year=year).exists():
            raise ValidationError(f"{year}年度已经建立")
        return year


class ListFilter(forms.Form):
    """The filters of the list pages: street, search text, status; all optional."""

    street = forms.ModelChoiceField(
        label="街道", queryset=Street.objects.none(), required=False, empty_label="全部街道"
    )
    q = forms.CharField(label="搜索", required=False, max_length=50)
    status = forms.ChoiceField(
        label="状态", choices=list(ENGAGEMENT_STATUSES.items()), required=False
    )

    def __init__(self, *args: Any, streets: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if streets is not None:
            self.fields["street"].queryset = streets

    def value(self, name: str) -> Any:
        if not self.is_valid():
            return None
        return self.cleaned_data.get(name) or None
