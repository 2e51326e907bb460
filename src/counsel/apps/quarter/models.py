"""R4–R8: the indicator table, quarterly basic-duty scores and satisfaction ratings."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from counsel.rules.types import Rating

QUARTER_CHOICES = [(1, "第一季度"), (2, "第二季度"), (3, "第三季度"), (4, "第四季度")]
RATING_CHOICES = [(r.value, r.value) for r in Rating]


class IndicatorItem(models.Model):
    """R6: one item of the year's indicator table (full marks add up to 82)."""

    year = models.ForeignKey(
        "org.AssessmentYear", on_delete=models.CASCADE, related_name="indicators"
    )
    key = models.SlugField("编号", max_length=30)
    name = models.CharField("指标", max_length=50)
    full_marks = models.DecimalField("满分", max_digits=5, decimal_places=2)
    requirement = models.CharField("每季度要求", max_length=200, blank=True)
    deduction = models.CharField("扣分标准", max_length=200, blank=True)
    per_deduction = models.DecimalField("每次扣分", max_digits=5, decimal_places=2, default=0)
    deduction_only = models.BooleanField("只扣不加", default=False)
    registration_kind = models.CharField("对应登记类型", max_length=20, blank=True)
    required_count = models.PositiveIntegerField("每季度要求次数", null=True, blank=True)
    order = models.PositiveIntegerField("顺序", default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "考核指标"
        verbose_name_plural = "考核指标"
        ordering = ["year", "order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["year", "key"], name="indicator_key_unique_in_year")
        ]

    def __str__(self) -> str:
        return self.name


class QuarterScore(models.Model):
    """R4: the judicial office's basic-duty score of an engagement for one quarter."""

    year = models.ForeignKey(
        "org.AssessmentYear", on_delete=models.PROTECT, related_name="quarter_scores"
    )
    engagement = models.ForeignKey(
        "org.Engagement", on_delete=models.PROTECT, related_name="quarter_scores"
    )
    quarter = models.PositiveSmallIntegerField("季度", choices=QUARTER_CHOICES)
    basic = models.DecimalField(
        "基础履职得分", max_digits=6, decimal_places=2, null=True, blank=True
    )
    remark = models.TextField("备注", blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField("更新时间", auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "季度基础履职得分"
        verbose_name_plural = "季度基础履职得分"
        constraints = [
            models.UniqueConstraint(
                fields=["year", "engagement", "quarter"], name="one_score_per_engagement_quarter"
            )
        ]

    def __str__(self) -> str:
        return f"{self.engagement.code} 第{self.quarter}季度 {self.basic}"


class QuarterItemScore(models.Model):
    """R6: the points (or, for a deduction-only item, the deduction) given on one item."""

    score = models.ForeignKey(QuarterScore, on_delete=models.CASCADE, related_name="items")
    indicator = models.ForeignKey(IndicatorItem, on_delete=models.PROTECT, related_name="+")
    points = models.DecimalField("得分", max_digits=6, decimal_places=2)
    shortfalls = models.PositiveIntegerField("扣分次数", null=True, blank=True)
    remark = models.CharField("扣分说明", max_length=200, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "分项得分"
        verbose_name_plural = "分项得分"
        constraints = [
            models.UniqueConstraint(fields=["score", "indicator"], name="one_item_score_per_score")
        ]

    def __str__(self) -> str:
        return f"{self.indicator.name} {self.points}"


class SatisfactionRating(models.Model):
    """R7: the judicial office's satisfaction rating of an engagement for one quarter."""

    year = models.ForeignKey("org.AssessmentYear", on_delete=models.PROTECT, related_name="ratings")
    engagement = models.ForeignKey(
        "org.Engagement", on_delete=models.PROTECT, related_name="ratings"
    )
    quarter = models.PositiveSmallIntegerField("季度", choices=QUARTER_CHOICES)
    rating = models.CharField("满意度评价", max_length=10, choices=RATING_CHOICES)
    reason = models.TextField("说明（评“普通（不赋分）”须写明理由）", blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField("更新时间", auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "满意度评价"
        verbose_name_plural = "满意度评价"
        constraints = [
            models.UniqueConstraint(
                fields=["year", "engagement", "quarter"], name="one_rating_per_engagement_quarter"
            )
        ]

    def __str__(self) -> str:
        return f"{self.engagement.code} 第{self.quarter}季度 {self.rating}"
