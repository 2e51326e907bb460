"""Forms of work registration: they read and check input; the services write."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.db.models import QuerySet
from django.utils import timezone

from counsel.apps.org.models import Engagement
from counsel.apps.worklog.models import WorkKind, WorkRecord
from counsel.apps.worklog.services import WorkInput
from counsel.apps.worklog.services.records import MAX_PEOPLE_SERVED
from counsel.rules.deadlines import china_date


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files from one input (Django's documented pattern)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list[UploadedFile]:
        if not data:
            return []
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(d, initial) for d in data]
        return [single(data, initial)]


class EngagementChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: Engagement) -> str:
        return f"{obj.community.name}（{obj.community.street.name}）"


class WorkRecordForm(forms.Form):
    engagement = EngagementChoice(label="结对社区（村）", queryset=Engagement.objects.none())
    date = forms.DateField(
        label="日期", widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    start_time = forms.TimeField(
        label="开始时间", widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    end_time = forms.TimeField(
        label="结束时间", widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    kind = forms.ChoiceField(label="类型", choices=[("", "请选择"), *WorkKind.choices])
    place = forms.CharField(
        label="地点",
        max_length=100,
        widget=forms.TextInput(attrs={"placeholder": "如：社区服务中心法律服务室"}),
    )
    people_served = forms.IntegerField(
        label="服务人数",
        min_value=0,
        initial=0,
        widget=forms.NumberInput(
            attrs={"inputmode": "numeric", "min": 0, "max": MAX_PEOPLE_SERVED}
        ),
    )
    content = forms.CharField(
        label="服务内容",
        widget=forms.Textarea(
            attrs={"rows": 3, "placeholder": "如：解答居民婚姻家庭、劳动争议咨询 3 件"}
        ),
    )
    result = forms.CharField(
        label="处理结果",
        required=False,
        widget=forms.Textarea(
            attrs={"rows": 2, "placeholder": "如：已当场答复；引导申请法律援助 1 件"}
        ),
    )
    photos = MultipleFileField(
        label="拍照",
        widget=MultipleFileInput(attrs={"accept": "image/*", "capture": "environment"}),
    )
    files = MultipleFileField(
        label="选择照片或 PDF",
        widget=MultipleFileInput(attrs={"accept": "image/*,application/pdf"}),
    )

    def __init__(self, *args: Any, engagements: QuerySet[Engagement], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["engagement"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = engagements
        today = china_date(timezone.now())
        self.fields["date"].widget.attrs["max"] = today.isoformat()
        if not self.is_bound and "date" not in self.initial:
            self.initial["date"] = today
        if engagements.count() == 1:
            only = engagements.first()
            field.initial = only.pk if only else None
            field.widget = forms.HiddenInput()
        if not self.is_bound and self.initial.get("engagement") is None and field.initial:
            self.initial["engagement"] = field.initial

    @property
    def single_engagement(self) -> Engagement | None:
        field = self.fields["engagement"]
        if isinstance(field.widget, forms.HiddenInput):
            assert isinstance(field, forms.ModelChoiceField)
            return field.queryset.first()
        return None

    def work_input(self) -> WorkInput:
        data = self.cleaned_data
        return WorkInput(
            date=data["date"],
            start_time=data["start_time"],
            end_time=data["end_time"],
            place=data["place"],
            kind=data["kind"],
            people_served=data["people_served"],
            content=data["content"],
            result=data.get("result", ""),
        )

    def uploads(self) -> list[UploadedFile]:
        return [*self.cleaned_data.get("photos", []), *self.cleaned_data.get("files", [])]

    @staticmethod
    def initial_of(record: WorkRecord) -> dict[str, object]:
        return {
            "engagement": record.engagement_id,
            "date": record.date,
            "start_time": record.start_time,
            "end_time": record.end_time,
            "kind": record.kind,
            "place": record.place,
            "people_served": record.people_served,
            "content": record.content,
            "result": record.result,
        }


class ReturnForm(forms.Form):
    reason = forms.CharField(
        label="退回理由",
        max_length=500,
        widget=forms.Textarea(
            attrs={"rows": 2, "placeholder": "如：时间与社区记录不符，请核对后重新提交"}
        ),
    )


class ImportForm(forms.Form):
    engagement = EngagementChoice(label="结对社区（村）", queryset=Engagement.objects.none())
    file = forms.FileField(
        label="工作登记表（.xlsx）",
        widget=forms.ClearableFileInput(
            attrs={
                "accept": ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
        ),
    )

    def __init__(self, *args: Any, engagements: QuerySet[Engagement], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["engagement"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = engagements
        if engagements.count() == 1:
            only = engagements.first()
            field.initial = only.pk if only else None


class RecordFilterForm(forms.Form):
    """Filters of the registrations list (all optional)."""

    status = forms.ChoiceField(
        label="状态",
        required=False,
        choices=[
            ("", "全部状态"),
            ("submitted", "待确认"),
            ("confirmed", "已确认"),
            ("returned", "已退回"),
        ],
    )
    kind = forms.ChoiceField(
        label="类型", required=False, choices=[("", "全部类型"), *WorkKind.choices]
    )
    start = forms.DateField(
        label="起始日期",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    end = forms.DateField(
        label="截止日期",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def dates(self) -> tuple[dt.date | None, dt.date | None]:
        if not self.is_valid():
            return None, None
        return self.cleaned_data.get("start"), self.cleaned_data.get("end")
