"""R9–R10: the bonus catalog (附件1) and the declarations (附件2) with their items."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords


class BonusCatalogItem(models.Model):
    """R10: one item of the year's bonus catalog: points per occurrence, annual cap."""

    year = models.ForeignKey(
        "org.AssessmentYear", on_delete=models.CASCADE, related_name="bonus_items"
    )
    key = models.SlugField("编号", max_length=30)
    name = models.CharField("加分项目", max_length=100)
    points = models.DecimalField("每次分值", max_digits=5, decimal_places=2)
    annual_cap = models.DecimalField(
        "年度上限", max_digits=5, decimal_places=2, null=True, blank=True
    )
    order = models.PositiveIntegerField("顺序", default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "加分项目"
        verbose_name_plural = "加分项目"
        ordering = ["year", "order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["year", "key"], name="bonus_key_unique_in_year")
        ]

    def __str__(self) -> str:
        return self.name


class DeclarationStatus(models.TextChoices):
    DRAFT = "draft", "草稿"
    SUBMITTED = "submitted", "已提交，待社区确认"
    CONFIRMED = "confirmed", "社区已确认，待司法所审定"
    REVIEWED = "reviewed", "司法所已审定"
    REPORTED = "reported", "已报区司法局"


class BonusDeclaration(models.Model):
    """R9 附件2: a lawyer's bonus declaration for one engagement and year."""

    year = models.ForeignKey(
        "org.AssessmentYear", on_delete=models.PROTECT, related_name="declarations"
    )
    engagement = models.ForeignKey(
        "org.Engagement", on_delete=models.PROTECT, related_name="declarations"
    )
    status = models.CharField(
        "状态", max_length=12, choices=DeclarationStatus.choices, default=DeclarationStatus.DRAFT
    )
    submitted_at = models.DateTimeField("提交时间", null=True, blank=True)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "加分申报表"
        verbose_name_plural = "加分申报表"
        constraints = [
            models.UniqueConstraint(
                fields=["year", "engagement"], name="one_declaration_per_engagement_year"
            )
        ]

    def __str__(self) -> str:
        return f"{self.engagement.code} {self.year.year}年度加分申报"


class ClaimStatus(models.TextChoices):
    """R9: the exchange format's statuses (declared → confirmed → approved | rejected)."""

    DECLARED = "declared", "已申报"
    CONFIRMED = "confirmed", "社区已确认"
    APPROVED = "approved", "已审定"
    REJECTED = "rejected", "未通过"


class BonusClaim(models.Model):
    """R9: one declared occurrence of a catalog item; only approved points count."""

    declaration = models.ForeignKey(
        BonusDeclaration, on_delete=models.CASCADE, related_name="claims"
    )
    item = models.ForeignKey(
        BonusCatalogItem,
        verbose_name="加分项目",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="claims",
    )
    reason = models.TextField("事由", blank=True)
    occurred_on = models.DateField("发生日期", null=True, blank=True)
    declared_points = models.DecimalField("申报分值", max_digits=5, decimal_places=2)
    approved_points = models.DecimalField(
        "审定分值", max_digits=5, decimal_places=2, null=True, blank=True
    )
    status = models.CharField(
        "状态", max_length=10, choices=ClaimStatus.choices, default=ClaimStatus.DECLARED
    )
    decision_reason = models.TextField("审定意见", blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField("审定时间", null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "加分事项"
        verbose_name_plural = "加分事项"
        ordering = ["declaration", "id"]

    def __str__(self) -> str:
        return f"{self.item or '其他加分'} {self.declared_points}"

    @property
    def counted_points(self):  # type: ignore[no-untyped-def]
        """The points the exchange format carries: approved ones once decided."""
        if self.status == ClaimStatus.APPROVED and self.approved_points is not None:
            return self.approved_points
        return self.declared_points
