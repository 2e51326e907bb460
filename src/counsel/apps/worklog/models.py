"""R19: the lawyer's work registration (日常报备、工作登记) and its evidence.

A lawyer registers each duty session or service of an engagement; the community confirms
it (核对确认) or returns it with a reason. Registrations feed the quarterly scoring (R4)
and the duty-registration summary (律师进社区值班登记汇总表, R18).
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from pathlib import PurePosixPath

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords


class WorkKind(models.TextChoices):
    """The kinds of work a lawyer registers; the first six match indicator items."""

    DUTY = "驻点值班", "驻点值班"
    CONSULT = "法律咨询", "法律咨询"
    EDUCATION = "法治宣传", "法治宣传"
    MEDIATION = "纠纷调解", "纠纷调解"
    REVIEW = "法律审查", "法律审查"
    LEGAL_AID = "法律援助引导", "法律援助引导"
    OTHER = "其他", "其他"


class WorkStatus(models.TextChoices):
    SUBMITTED = "submitted", "待确认"
    CONFIRMED = "confirmed", "已确认"
    RETURNED = "returned", "已退回"


class WorkRecord(models.Model):
    """R19: one duty session or service of an engagement, as the lawyer registered it."""

    engagement = models.ForeignKey(
        "org.Engagement",
        verbose_name="结对",
        on_delete=models.PROTECT,
        related_name="work_records",
    )
    date = models.DateField("日期")
    start_time = models.TimeField("开始时间")
    end_time = models.TimeField("结束时间")
    place = models.CharField("地点", max_length=100)
    kind = models.CharField("类型", max_length=10, choices=WorkKind.choices)
    people_served = models.PositiveIntegerField("服务人数", default=0)
    content = models.TextField("服务内容")
    result = models.TextField("处理结果", blank=True)
    status = models.CharField(
        "状态", max_length=10, choices=WorkStatus.choices, default=WorkStatus.SUBMITTED
    )
    return_reason = models.TextField("退回理由", blank=True)
    late = models.BooleanField("逾期登记", default=False)
    registered_at = models.DateTimeField("登记时间")
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField("确认/退回时间", null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    imported = models.BooleanField("由表格导入", default=False)
    updated_at = models.DateTimeField("更新时间", auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "工作登记"
        verbose_name_plural = "工作登记"
        ordering = ["-date", "-start_time", "-id"]
        indexes = [models.Index(fields=["engagement", "date"], name="worklog_engagement_date")]
        constraints = [
            models.CheckConstraint(
                name="work_record_ends_after_start",
                condition=models.Q(end_time__gt=models.F("start_time")),
            )
        ]

    def __str__(self) -> str:
        return f"{self.date} {self.kind} {self.engagement.code}"

    @property
    def quarter(self) -> int:
        return (self.date.month - 1) // 3 + 1

    @property
    def hours(self) -> Decimal:
        """Duration in hours, exact to the minute (Decimal, never float)."""
        start = dt.datetime.combine(self.date, self.start_time)
        end = dt.datetime.combine(self.date, self.end_time)
        minutes = int((end - start).total_seconds()) // 60
        return Decimal(minutes) / Decimal(60)

    @property
    def editable(self) -> bool:
        """The lawyer may still change it: not yet confirmed."""
        return self.status != WorkStatus.CONFIRMED


def attachment_path(instance: WorkAttachment, filename: str) -> str:
    """A random name under MEDIA_ROOT: the original name is kept in the row only, so a
    path never reveals a resident's name and cannot be guessed."""
    suffix = PurePosixPath(filename).suffix.lower()[:6]
    return f"worklog/{dt.date.today():%Y/%m}/{uuid.uuid4().hex}{suffix}"


class WorkAttachment(models.Model):
    """Evidence of a registration (photos, sign-in sheets); served only through a view
    that checks the viewer's scope, never as a public media URL."""

    record = models.ForeignKey(WorkRecord, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField("文件", upload_to=attachment_path, max_length=200)
    original_name = models.CharField("文件名", max_length=200)
    content_type = models.CharField("类型", max_length=60)
    size = models.PositiveIntegerField("大小（字节）")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField("上传时间", auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "登记附件"
        verbose_name_plural = "登记附件"
        ordering = ["id"]

    def __str__(self) -> str:
        return self.original_name

    @property
    def is_image(self) -> bool:
        return self.content_type.startswith("image/")
