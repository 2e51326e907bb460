"""Forms of the year end; the services and the policy check the rules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from django import forms

from counsel.rules.policy import CHOICES

CHOICE_LABELS = {
    "basic_aggregation": (
        "基础履职年度汇总（R5）",
        {"mean": "mean：各季度满分82，取平均", "sum": "sum：各季度满分20.5，求和"},
    ),
    "quota_base": (
        "满意度配额基数（R8）",
        {"communities": "communities：街道社区（村）数", "rated": "rated：当季实际评价数"},
    ),
    "bottom_tier": (
        "第三档人数（R13）",
        {
            "symmetric": "symmetric：末 k 名（与第一档对称）",
            "include_90th": "include_90th：第90%名并入第三档",
        },
    ),
    "boundary_ties": (
        "跨档同分（R14）",
        {"favourable": "favourable：均按较优档次", "manual": "manual：由区司法局记录排序"},
    ),
    "week_rounding": (
        "不满一年计周（R15）",
        {
            "floor": "floor：只计满周",
            "half_up": "half_up：四舍五入",
            "ceil": "ceil：不足一周按一周",
        },
    ),
}
NUMBERS = {
    "tier_share": ("第一、三档各占比例 %（R13）", "10"),
    "tier1_amount": ("第一档金额（元）", "14000"),
    "annual_amount": ("第二档金额／每社区统筹标准（元）", "12000"),
    "tier3_amount": ("第三档金额（元）", "10000"),
    "weeks_per_year": ("每年周数（R15）", "52"),
    "city_share": ("市级承担比例 %（R16）", "50"),
}


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label="理由", widget=forms.Textarea(attrs={"rows": 2}), max_length=2000
    )


class FinaliseForm(forms.Form):
    reason = forms.CharField(
        label="说明",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "placeholder": "如：2025年度考核定案"}),
        max_length=2000,
    )


class AnnualReportForm(forms.Form):
    remark = forms.CharField(
        label="说明（可选）",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
    )


class TieForm(forms.Form):
    """R14: the group's engagements numbered 1 … m in the order the bureau decides."""

    reason = forms.CharField(
        label="排序理由（必填）", widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )

    def __init__(self, *args: Any, members: Sequence[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.members = list(members)
        for index, ident in enumerate(self.members, start=1):
            self.fields[f"pos_{ident}"] = forms.TypedChoiceField(
                label=ident,
                coerce=int,
                choices=[(n, f"第 {n} 位") for n in range(1, len(self.members) + 1)],
                initial=index,
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        positions = [data.get(f"pos_{ident}") for ident in self.members]
        if None not in positions and sorted(positions) != list(range(1, len(self.members) + 1)):  # type: ignore[type-var]
            raise forms.ValidationError("每个位次只能用一次：请为组内每个结对排出不同的先后。")
        return data

    @property
    def order(self) -> list[str]:
        return sorted(self.members, key=lambda ident: self.cleaned_data[f"pos_{ident}"])


class WhatIfForm(forms.Form):
    """Every parameter of the policy a district may change (RULES.md), pre-filled with the
    real result's values."""

    bonus_cap = forms.CharField(
        label="每年加分上限（R10；留空为不设上限）", required=False, max_length=10
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, values in CHOICES.items():
            label, names = CHOICE_LABELS[name]
            self.fields[name] = forms.ChoiceField(
                label=label, choices=[(v, names.get(v, v)) for v in values]
            )
        for name, (label, _) in NUMBERS.items():
            self.fields[name] = forms.CharField(label=label, max_length=12)
        self.order_fields([*CHOICES, *NUMBERS, "bonus_cap"])

    @staticmethod
    def initial_from(parameters: Mapping[str, object]) -> dict[str, object]:
        out = {name: parameters.get(name) for name in (*CHOICES, *NUMBERS)}
        cap = parameters.get("bonus_cap")
        out["bonus_cap"] = "" if cap is None else cap
        return out

    def parameters(self, base: Mapping[str, object]) -> dict[str, object]:
        """The real parameters with this form's values over them."""
        out = dict(base)
        for name in (*CHOICES, *NUMBERS):
            out[name] = (
                self.cleaned_data[name].strip() if name in NUMBERS else self.cleaned_data[name]
            )
        cap = self.cleaned_data["bonus_cap"].strip()
        out["bonus_cap"] = cap or None
        return out
