"""Forms of the declaration (附件2) and its review; the services do the rule checks."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from counsel.apps.bonus.models import BonusCatalogItem
from counsel.apps.bonus.selectors import catalog
from counsel.apps.bonus.services.review import DECISIONS
from counsel.apps.org.models import AssessmentYear
from counsel.rules.exact import plain


class CatalogChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        cap = f"，年度上限 {plain(obj.annual_cap)} 分" if obj.annual_cap is not None else ""
        return f"{obj.name}（每次 {plain(obj.points)} 分{cap}）"


class ClaimForm(forms.Form):
    item = CatalogChoice(label="加分项目", queryset=BonusCatalogItem.objects.none())
    reason = forms.CharField(
        label="事由",
        widget=forms.Textarea(attrs={"rows": 3, "placeholder": "何时、何事、结果如何"}),
        max_length=1000,
    )
    occurred_on = forms.DateField(label="发生日期", widget=forms.DateInput(attrs={"type": "date"}))
    points = forms.DecimalField(
        label="申报分值",
        required=False,
        max_digits=5,
        decimal_places=2,
        min_value=0,
        help_text="不填则按该项目每次分值申报",
        widget=forms.NumberInput(attrs={"step": "0.5", "inputmode": "decimal"}),
    )

    def __init__(self, *args: Any, year: AssessmentYear, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["item"].queryset = catalog(year)  # type: ignore[attr-defined]


class EvidenceForm(forms.Form):
    file = forms.FileField(
        label="上传佐证材料",
        help_text="PDF、图片、OFD 或 Word/Excel 文件，每个不超过 10 MB",
        widget=forms.ClearableFileInput(
            attrs={"accept": ".pdf,.jpg,.jpeg,.png,.ofd,.doc,.docx,.xls,.xlsx"}
        ),
    )


class OpinionForm(forms.Form):
    agrees = forms.ChoiceField(
        label="确认意见",
        choices=(("yes", "同意"), ("no", "不同意")),
        widget=forms.RadioSelect,
    )
    remark = forms.CharField(
        label="意见说明",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "placeholder": "不同意时须写明哪一项、什么原因"}),
        max_length=1000,
    )

    @property
    def agreed(self) -> bool:
        return self.cleaned_data["agrees"] == "yes"


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(label="审定结果", choices=DECISIONS, widget=forms.RadioSelect)
    points = forms.DecimalField(
        label="审定分值（核减时填写）",
        required=False,
        max_digits=5,
        decimal_places=2,
        min_value=0,
        widget=forms.NumberInput(attrs={"step": "0.5", "inputmode": "decimal"}),
    )
    reason = forms.CharField(
        label="理由（核减、不予认定时必填）",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=1000,
    )


def apply_errors(form: forms.Form, error: ValidationError) -> None:
    """Put a service's ValidationError on the form: on the fields it names, or on top."""
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, error)
