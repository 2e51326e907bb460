"""The district, its streets and communities, law firms, lawyers and engagements (R1)."""

from __future__ import annotations

import datetime as dt

from django.db import models
from simple_history.models import HistoricalRecords


class District(models.Model):
    code = models.CharField("区划代码", max_length=12, unique=True)
    name = models.CharField("区名", max_length=50)
    bureau_name = models.CharField("区司法局", max_length=50, default="")
    history = HistoricalRecords()

    class Meta:
        verbose_name = "区"
        verbose_name_plural = "区"

    def __str__(self) -> str:
        return self.name


class Street(models.Model):
    """A street (街道) and its judicial office (司法所)."""

    district = models.ForeignKey(
        District, verbose_name="区", on_delete=models.PROTECT, related_name="streets"
    )
    code = models.CharField("街道代码", max_length=12, unique=True)
    name = models.CharField("街道", max_length=50, unique=True)
    office_name = models.CharField("司法所", max_length=50)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "街道"
        verbose_name_plural = "街道"
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class CommunityKind(models.TextChoices):
    COMMUNITY = "社区", "社区"
    VILLAGE = "村", "村"


class Community(models.Model):
    """A community or village (社区/村); always keyed on its code (two share a name)."""

    street = models.ForeignKey(
        Street, verbose_name="街道", on_delete=models.PROTECT, related_name="communities"
    )
    code = models.CharField("社区代码", max_length=12, unique=True)
    name = models.CharField("社区（村）名称", max_length=50)
    kind = models.CharField(
        "类型", max_length=2, choices=CommunityKind.choices, default=CommunityKind.COMMUNITY
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "社区（村）"
        verbose_name_plural = "社区（村）"
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name


class LawFirm(models.Model):
    name = models.CharField("执业机构", max_length=100, unique=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "执业机构"
        verbose_name_plural = "执业机构"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class LawyerKind(models.TextChoices):
    LAWYER = "lawyer", "律师"
    WORKER = "worker", "基层法律服务工作者"


class Lawyer(models.Model):
    """A community lawyer (社区律师). Licence number and phone are personal data: masked in
    lists and exports, shown in full only to the bureau."""

    code = models.CharField("律师编号", max_length=20, unique=True)
    name = models.CharField("姓名", max_length=50)
    kind = models.CharField(
        "类别", max_length=10, choices=LawyerKind.choices, default=LawyerKind.LAWYER
    )
    firm = models.ForeignKey(
        LawFirm,
        verbose_name="执业机构",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="lawyers",
    )
    licence_no = models.CharField("执业证号", max_length=30, blank=True)
    phone = models.CharField("联系电话", max_length=20, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "社区律师"
        verbose_name_plural = "社区律师"
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name

    @property
    def licence_masked(self) -> str:
        return mask_middle(self.licence_no, keep_start=4, keep_end=4)

    @property
    def phone_masked(self) -> str:
        return mask_middle(self.phone, keep_start=3, keep_end=4)


def mask_middle(value: str, *, keep_start: int, keep_end: int) -> str:
    """Personal data as lists and exports show it: 1380****1234."""
    if not value:
        return ""
    if len(value) <= keep_start + keep_end:
        return "*" * len(value)
    return value[:keep_start] + "*" * (len(value) - keep_start - keep_end) + value[-keep_end:]


def mask_name(name: str) -> str:
    """R-disclosure: names on the public list as 张*, 欧阳** (first character kept)."""
    if not name:
        return ""
    return name[0] + "*" * max(1, len(name) - 1)


class Engagement(models.Model):
    """R1 §4.1: one lawyer × one community; its periods of service are EngagementPeriod."""

    code = models.CharField("结对编号", max_length=20, unique=True)
    lawyer = models.ForeignKey(
        Lawyer, verbose_name="社区律师", on_delete=models.PROTECT, related_name="engagements"
    )
    community = models.ForeignKey(
        Community, verbose_name="社区（村）", on_delete=models.PROTECT, related_name="engagements"
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "结对"
        verbose_name_plural = "结对"
        ordering = ["community__code", "code"]

    def __str__(self) -> str:
        return f"{self.code} {self.lawyer.name}—{self.community.name}"

    def is_active_on(self, day: dt.date) -> bool:
        return any(p.start <= day and (p.end is None or p.end >= day) for p in self.periods.all())


class EngagementPeriod(models.Model):
    """A stretch of service; `end` is inclusive and empty while still serving."""

    engagement = models.ForeignKey(
        Engagement, verbose_name="结对", on_delete=models.CASCADE, related_name="periods"
    )
    start = models.DateField("开始日期")
    end = models.DateField("结束日期", null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "服务期间"
        verbose_name_plural = "服务期间"
        ordering = ["start"]
        constraints = [
            models.CheckConstraint(
                name="period_end_not_before_start",
                condition=models.Q(end__isnull=True) | models.Q(end__gte=models.F("start")),
            )
        ]

    def __str__(self) -> str:
        return f"{self.start} 至 {self.end or '今'}"


class YearStatus(models.TextChoices):
    OPEN = "open", "进行中"
    FINALISED = "finalised", "已定案"


class AssessmentYear(models.Model):
    """R2 §4.5: the assessment year and the policy in force for it.

    `policy_toml` is the policy file of the year (a copy of the shipped one when the year
    is created); `parameters` holds the bureau's parameter choices over it. The indicator
    table and bonus catalog of the year are rows (quarter.IndicatorItem,
    bonus.BonusCatalogItem) the bureau edits.
    """

    year = models.PositiveIntegerField("考核年度", unique=True)
    status = models.CharField(
        "状态", max_length=10, choices=YearStatus.choices, default=YearStatus.OPEN
    )
    policy_toml = models.TextField("政策文件（TOML）")
    parameters = models.JSONField("参数调整", default=dict, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "考核年度"
        verbose_name_plural = "考核年度"
        ordering = ["-year"]

    def __str__(self) -> str:
        return f"{self.year}年度"

    @property
    def is_open(self) -> bool:
        return self.status == YearStatus.OPEN
