"""R9–R10: the bonus catalog (附件1) and the declarations (附件2) with their items."""

from __future__ import annotations

from decimal import Decimal
from pathlib import PurePath

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
    CONFIRMED = "confirmed", "社区已出具意见，待司法所审定"
    REVIEWED = "reviewed", "司法所已审定"
    REPORTED = "reported", "已报区司法局"


class BonusDeclaration(models.Model):
    """R9 附件2: a lawyer's bonus declaration for one engagement and year.

    The header of the form (申报人 … 所属街道) is derived from the engagement while the
    declaration is a draft and frozen at submission, so the printed form keeps what was
    declared even if the lawyer later moves firm.
    """

    year = models.ForeignKey(
        "org.AssessmentYear", on_delete=models.PROTECT, related_name="declarations"
    )
    engagement = models.ForeignKey(
        "org.Engagement", on_delete=models.PROTECT, related_name="declarations"
    )
    status = models.CharField(
        "状态", max_length=12, choices=DeclarationStatus.choices, default=DeclarationStatus.DRAFT
    )
    applicant_name = models.CharField("申报人", max_length=50, blank=True)
    firm_name = models.CharField("执业机构", max_length=100, blank=True)
    community_name = models.CharField("结对社区（村）", max_length=50, blank=True)
    street_name = models.CharField("所属街道", max_length=50, blank=True)
    submitted_at = models.DateTimeField("提交时间", null=True, blank=True)
    submitted_late = models.BooleanField("逾期提交", default=False)
    community_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="社区确认人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    community_at = models.DateTimeField("社区确认时间", null=True, blank=True)
    community_agrees = models.BooleanField("社区意见：同意", null=True, blank=True)
    community_remark = models.TextField("社区（村）确认意见", blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="司法所审定人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField("司法所审定时间", null=True, blank=True)
    reviewed_late = models.BooleanField("逾期审定", default=False)
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="报送人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reported_at = models.DateTimeField("报送区司法局律工科时间", null=True, blank=True)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "加分申报表"
        verbose_name_plural = "加分申报表"
        ordering = ["engagement__community__code", "engagement__code"]
        constraints = [
            models.UniqueConstraint(
                fields=["year", "engagement"], name="one_declaration_per_engagement_year"
            )
        ]

    def __str__(self) -> str:
        return f"{self.engagement.code} {self.year.year}年度加分申报"

    @property
    def is_draft(self) -> bool:
        return self.status == DeclarationStatus.DRAFT


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
    def counted_points(self) -> Decimal:
        """The points the exchange format carries: approved ones once decided."""
        if self.status == ClaimStatus.APPROVED and self.approved_points is not None:
            return self.approved_points
        return self.declared_points

    @property
    def is_decided(self) -> bool:
        return self.status in (ClaimStatus.APPROVED, ClaimStatus.REJECTED)

    @property
    def is_lowered(self) -> bool:
        return (
            self.status == ClaimStatus.APPROVED
            and self.approved_points is not None
            and self.approved_points < self.declared_points
        )

    @property
    def decision_label(self) -> str:
        if self.status == ClaimStatus.REJECTED:
            return "不予认定"
        if self.is_lowered:
            return "核减"
        if self.status == ClaimStatus.APPROVED:
            return "认定"
        return "待审定"


def evidence_path(instance: BonusEvidence, filename: str) -> str:
    """Stored under a neutral name: the original name is kept on the row, not on disk."""
    suffix = PurePath(filename).suffix.lower()[:10]
    return f"bonus/evidence/{instance.claim.declaration.year.year}/{instance.claim_id}/{instance.token}{suffix}"


class BonusEvidence(models.Model):
    """R9: a file proving a declared item (佐证材料); served only through a scoped view."""

    claim = models.ForeignKey(BonusClaim, on_delete=models.CASCADE, related_name="evidence")
    file = models.FileField("佐证材料", upload_to=evidence_path, max_length=200)
    token = models.CharField(max_length=32, editable=False)
    original_name = models.CharField("文件名", max_length=200)
    content_type = models.CharField(max_length=100, blank=True)
    size = models.PositiveIntegerField("大小（字节）", default=0)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField("上传时间", auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "佐证材料"
        verbose_name_plural = "佐证材料"
        ordering = ["claim", "id"]

    def __str__(self) -> str:
        return self.original_name
