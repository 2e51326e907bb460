"""Forms of the year end; the services and the policy check the rules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from django import forms

from counsel.apps.org.policy_labels import parameter_label, value_label
from counsel.rules.policy import CHOICES

NUMBERS = (
    "tier_share",
    "tier1_amount",
    "annual_amount",
    "tier3_amount",
    "weeks_per_year",
    "city_share",
)


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
            self.fields[name] = forms.ChoiceField(
                label=parameter_label(name), choices=[(v, value_label(v)) for v in values]
            )
        for name in NUMBERS:
            self.fields[name] = forms.CharField(label=parameter_label(name), max_length=12)
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
