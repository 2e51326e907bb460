"""Forms of the exchange pages (import, export)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from counsel.apps.org.models import AssessmentYear, YearStatus

MAX_UPLOAD = 20 * 1024 * 1024


class YearChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: AssessmentYear) -> str:  # type: ignore[override]
        return f"{obj.year}年度（{obj.get_status_display()}）"


class ImportForm(forms.Form):
    year = YearChoice(
        label="导入到考核年度",
        queryset=AssessmentYear.objects.filter(status=YearStatus.OPEN).order_by("-year"),
        empty_label=None,
        to_field_name="year",
    )
    file = forms.FileField(label="交换文件（.json 或 .xlsx）")
    dry_run = forms.BooleanField(label="只校验，不写入", required=False)

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        suffix = Path(upload.name).suffix.lower()
        if suffix not in (".json", ".xlsx"):
            raise ValidationError(
                f"不支持的文件类型“{suffix or '无扩展名'}”，请上传 .json 或 .xlsx 文件"
            )
        if upload.size > MAX_UPLOAD:
            raise ValidationError("文件超过 20 MB，请分街道导出后分别导入")
        return upload


class ExportForm(forms.Form):
    year = YearChoice(
        label="考核年度",
        queryset=AssessmentYear.objects.order_by("-year"),
        empty_label=None,
        to_field_name="year",
    )
    format = forms.ChoiceField(
        label="格式", choices=[("xlsx", "Excel 工作簿（.xlsx）"), ("json", "JSON")]
    )
