"""R11–R18 at the year end: the streets' annual reports, the bureau's tie decisions and
reopenings, and every computed result kept as a numbered version."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords


class AnnualReport(models.Model):
    """R18: a judicial office confirms its street's year and reports it to the bureau by
    1/25 of Y+1 (late is accepted and marked late, China Standard Time)."""

    year = models.ForeignKey(
        "org.AssessmentYear", on_delete=models.PROTECT, related_name="annual_reports"
    )
    street = models.ForeignKey(
        "org.Street", on_delete=models.PROTECT, related_name="annual_reports"
    )
    remark = models.TextField("说明", blank=True)
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="报送人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reported_at = models.DateTimeField("报送时间")
    late = models.BooleanField("逾期", default=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "年度考核结果报送"
        verbose_name_plural = "年度考核结果报送"
        ordering = ["year", "street__code"]
        constraints = [
            models.UniqueConstraint(fields=["year", "street"], name="one_annual_report_per_street")
        ]

    def __str__(self) -> str:
        return f"{self.street.name} {self.year.year}年度考核结果报送"


class ResultVersion(models.Model):
    """One computed result of a year, kept for good: the input as the exchange format
    (`counsel/1`), the full `counsel-result/1`, the policy parameters in force and the
    explanation steps with their §. The current version is what the pages show."""

    year = models.ForeignKey(
        "org.AssessmentYear", on_delete=models.PROTECT, related_name="result_versions"
    )
    number = models.PositiveIntegerField("版本号")
    final = models.BooleanField("定案", default=False)
    current = models.BooleanField("当前版本", default=False)
    reason = models.TextField("说明", blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="操作人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField("生成时间", auto_now_add=True)
    parameters = models.JSONField("政策参数")
    policy_toml = models.TextField("政策文件（TOML）")
    catalog = models.JSONField("加分目录", default=list)
    tie_orders = models.JSONField("同分排序", default=list)
    input_json = models.JSONField("输入（counsel/1）")
    result_json = models.JSONField("结果（counsel-result/1）")
    trace_json = models.JSONField("说明步骤", default=dict)
    # A version's content never changes once stored; history records the flags (current)
    # without copying the input and result again.
    history = HistoricalRecords(excluded_fields=["input_json", "result_json", "trace_json"])

    class Meta:
        verbose_name = "考核结果版本"
        verbose_name_plural = "考核结果版本"
        ordering = ["year", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["year", "number"], name="version_number_unique"),
            models.UniqueConstraint(
                fields=["year"], condition=models.Q(current=True), name="one_current_version"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.year.year}年度第{self.number}版"

    @property
    def kind_label(self) -> str:
        return "定案" if self.final else "试算"


class TieDecision(models.Model):
    """R14 under `boundary_ties = manual`: the bureau's order of a tied group, with a
    reason; passed to the engine as a `TieOrder`. A newer decision on the same group
    replaces the older one (both are kept)."""

    year = models.ForeignKey(
        "org.AssessmentYear", on_delete=models.PROTECT, related_name="tie_decisions"
    )
    engagements = models.JSONField("排序（结对编号，由先到后）")
    reason = models.TextField("理由")
    active = models.BooleanField("有效", default=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="决定人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField("决定时间", auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "同分排序决定"
        verbose_name_plural = "同分排序决定"
        ordering = ["year", "-decided_at", "-id"]

    def __str__(self) -> str:
        return f"{self.year.year}年度同分排序 {'、'.join(self.engagements)}"


class Reopening(models.Model):
    """R-never-silent: after finalisation a change needs a recorded reopening."""

    year = models.ForeignKey(
        "org.AssessmentYear", on_delete=models.PROTECT, related_name="reopenings"
    )
    reason = models.TextField("重新开启理由")
    reopened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="操作人",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reopened_at = models.DateTimeField("重新开启时间", auto_now_add=True)
    from_version = models.ForeignKey(
        ResultVersion,
        verbose_name="开启时的定案版本",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "重新开启记录"
        verbose_name_plural = "重新开启记录"
        ordering = ["year", "-reopened_at"]

    def __str__(self) -> str:
        return f"{self.year.year}年度重新开启（{self.reopened_at:%Y-%m-%d}）"
