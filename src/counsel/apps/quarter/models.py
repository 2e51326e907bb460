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


class ReportStatus(models.TextChoices):
    """R18: a street's quarterly report on its way to the bureau."""

    DRAFT = "draft", "未提交"
    SUBMITTED = "submitted", "已提交"
    RETURNED = "returned", "已退回"
    ACCEPTED = "accepted", "已接收"
    REOPENED = "reopened", "已重新开放"


#: The states in which the judicial office may change the quarter's scores and ratings.
EDITABLE_STATUSES = (ReportStatus.DRAFT, ReportStatus.RETURNED, ReportStatus.REOPENED)


class QuarterReport(models.Model):
    """R18: what a judicial office reports to the bureau for a quarter — its scores,
    ratings and the duty-registration summary (a snapshot taken at submission).

    Submitted or accepted, the quarter is locked: the bureau returns a submitted report or
    reopens an accepted one, with a reason, before anything changes (QuarterReportEvent).
    """

    street = models.ForeignKey(
        "org.Street", on_delete=models.PROTECT, related_name="quarter_reports"
    )
    year = models.ForeignKey(
        "org.AssessmentYear", on_delete=models.PROTECT, related_name="quarter_reports"
    )
    quarter = models.PositiveSmallIntegerField("季度", choices=QUARTER_CHOICES)
    status = models.CharField(
        "状态", max_length=10, choices=ReportStatus.choices, default=ReportStatus.DRAFT
    )
    first_submitted_at = models.DateTimeField("首次提交时间", null=True, blank=True)
    submitted_at = models.DateTimeField("提交时间", null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    late = models.BooleanField("逾期提交", default=False)
    note = models.TextField("季度工作说明", blank=True)
    summary = models.JSONField("值班登记汇总（提交时）", default=dict, blank=True)
    return_reason = models.TextField("退回理由", blank=True)
    accepted_at = models.DateTimeField("接收时间", null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "季度报送"
        verbose_name_plural = "季度报送"
        ordering = ["year", "quarter", "street__code"]
        constraints = [
            models.UniqueConstraint(
                fields=["street", "year", "quarter"], name="one_report_per_street_quarter"
            )
        ]

    def __str__(self) -> str:
        return f"{self.street.name}{self.year.year}年第{self.quarter}季度"

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE_STATUSES


class ReportAction(models.TextChoices):
    SUBMIT = "submit", "提交"
    RETURN = "return", "退回"
    ACCEPT = "accept", "接收"
    REOPEN = "reopen", "重新开放"


class QuarterReportEvent(models.Model):
    """Who did what to a quarterly report, when and why (never edited, never deleted)."""

    report = models.ForeignKey(QuarterReport, on_delete=models.CASCADE, related_name="events")
    action = models.CharField("操作", max_length=10, choices=ReportAction.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField("时间")
    reason = models.TextField("理由", blank=True)
    late = models.BooleanField("逾期", default=False)

    class Meta:
        verbose_name = "季度报送记录"
        verbose_name_plural = "季度报送记录"
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.report} {self.get_action_display()}"
