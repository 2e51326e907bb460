"""Forms of the quarter: they read and check input; the services write."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from django import forms

from counsel.apps.org.models import Engagement
from counsel.apps.quarter.models import RATING_CHOICES
from counsel.apps.quarter.selectors.scoring import SheetRow
from counsel.apps.quarter.services.indicators import IndicatorRow
from counsel.apps.quarter.services.ratings import RatingEntry
from counsel.apps.quarter.services.scores import ItemEntry
from counsel.apps.worklog.models import WorkKind


class ScoreForm(forms.Form):
    """One engagement's quarter, item by item: shortfalls or points, and a remark."""

    remark = forms.CharField(
        label="评分说明", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args: Any, rows: Sequence[SheetRow], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.rows = rows
        for row in rows:
            key = row.item.key
            self.fields[f"s_{key}"] = forms.IntegerField(
                label=f"{row.item.name} 扣分次数",
                required=False,
                min_value=0,
                widget=forms.NumberInput(
                    attrs={"min": 0, "inputmode": "numeric", "class": "short"}
                ),
            )
            self.fields[f"p_{key}"] = forms.DecimalField(
                label=f"{row.item.name} 得分",
                required=False,
                min_value=Decimal(0),
                max_digits=6,
                decimal_places=2,
                widget=forms.NumberInput(attrs={"step": "0.5", "min": 0, "class": "short"}),
            )
            self.fields[f"r_{key}"] = forms.CharField(
                label=f"{row.item.name} 扣分说明", required=False, max_length=200
            )
            if not self.is_bound and row.saved:
                self.initial[f"s_{key}"] = row.saved.shortfalls
                if row.saved.shortfalls is None:
                    self.initial[f"p_{key}"] = row.saved.points
                self.initial[f"r_{key}"] = row.saved.remark

    def field_rows(
        self,
    ) -> list[tuple[SheetRow, forms.BoundField, forms.BoundField, forms.BoundField]]:
        return [
            (row, self[f"s_{row.item.key}"], self[f"p_{row.item.key}"], self[f"r_{row.item.key}"])
            for row in self.rows
        ]

    def entries(self) -> dict[str, ItemEntry]:
        return self._entries(self.cleaned_data)

    def readable_entries(self) -> dict[str, ItemEntry]:
        """For the live total: the values that can be read, while the officer types."""
        self.is_valid()
        return self._entries(getattr(self, "cleaned_data", {}))

    def initial_entries(self) -> dict[str, ItemEntry]:
        """What the sheet holds before any change (the saved score, or full marks)."""
        return self._entries(self.initial)

    def _entries(self, data: dict[str, Any]) -> dict[str, ItemEntry]:
        return {
            row.item.key: ItemEntry(
                key=row.item.key,
                shortfalls=data.get(f"s_{row.item.key}"),
                points=data.get(f"p_{row.item.key}"),
                remark=data.get(f"r_{row.item.key}") or "",
            )
            for row in self.rows
        }


RATING_SELECT = [("", "— 未评价 —"), *RATING_CHOICES]


class RatingsForm(forms.Form):
    """Every engagement of the street-quarter: a rating and, for 普通（不赋分）, a reason."""

    def __init__(
        self, *args: Any, engagements: Sequence[Engagement], saved: dict[int, Any], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.engagements = engagements
        for e in engagements:
            self.fields[f"rating_{e.pk}"] = forms.ChoiceField(
                label=f"{e.community.name} 满意度", choices=RATING_SELECT, required=False
            )
            self.fields[f"reason_{e.pk}"] = forms.CharField(
                label=f"{e.community.name} 说明", required=False, max_length=500
            )
            if not self.is_bound and e.pk in saved:
                self.initial[f"rating_{e.pk}"] = saved[e.pk].rating
                self.initial[f"reason_{e.pk}"] = saved[e.pk].reason

    def rows(self) -> list[tuple[Engagement, forms.BoundField, forms.BoundField]]:
        return [(e, self[f"rating_{e.pk}"], self[f"reason_{e.pk}"]) for e in self.engagements]

    def entries(self) -> list[RatingEntry]:
        data = self.cleaned_data
        return [
            RatingEntry(
                engagement_id=e.pk,
                rating=data.get(f"rating_{e.pk}") or "",
                reason=data.get(f"reason_{e.pk}") or "",
            )
            for e in self.engagements
        ]

    def current_ratings(self) -> list[str]:
        """The ratings as the selects stand (for the live quota box)."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return [data[f"rating_{e.pk}"] for e in self.engagements if data.get(f"rating_{e.pk}")]


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label="理由", max_length=1000, widget=forms.Textarea(attrs={"rows": 2})
    )


class SubmitForm(forms.Form):
    note = forms.CharField(
        label="季度工作说明（可选）",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


KIND_CHOICES = [("", "（不对应）"), *((k, k) for k in WorkKind.values if k != WorkKind.OTHER)]


class IndicatorForm(forms.Form):
    id = forms.IntegerField(required=False, widget=forms.HiddenInput())
    name = forms.CharField(label="指标", max_length=50)
    full_marks = forms.DecimalField(label="满分", min_value=0, max_digits=5, decimal_places=2)
    requirement = forms.CharField(label="每季度要求", max_length=200, required=False)
    deduction = forms.CharField(label="扣分标准", max_length=200, required=False)
    per_deduction = forms.DecimalField(
        label="每次扣分", min_value=0, max_digits=5, decimal_places=2
    )
    deduction_only = forms.BooleanField(label="只扣不加", required=False)
    registration_kind = forms.ChoiceField(
        label="对应登记类型", choices=KIND_CHOICES, required=False
    )
    required_count = forms.IntegerField(label="要求次数", min_value=0, required=False)

    def __init__(self, *args: Any, fixed: bool = False, **kwargs: Any) -> None:
        """`fixed`: the year is scored — the points of an item are shown, not offered."""
        super().__init__(*args, **kwargs)
        if fixed:
            for name in ("full_marks", "per_deduction", "deduction_only"):
                self.fields[name].disabled = True

    def row(self) -> IndicatorRow:
        d = self.cleaned_data
        return IndicatorRow(
            id=d.get("id"),
            name=d["name"],
            full_marks=d["full_marks"],
            requirement=d.get("requirement", ""),
            deduction=d.get("deduction", ""),
            per_deduction=d["per_deduction"],
            deduction_only=d.get("deduction_only", False),
            registration_kind=d.get("registration_kind", ""),
            required_count=d.get("required_count"),
            delete=bool(d.get("DELETE")),
        )


IndicatorFormSet = forms.formset_factory(IndicatorForm, extra=1, can_delete=True)
#: A scored year: no item added or removed, the points shown read-only.
FixedIndicatorFormSet = forms.formset_factory(IndicatorForm, extra=0)
