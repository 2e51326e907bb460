"""Users and their role: each sees and does exactly their part (issue: roles and scopes)."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models


class Role(models.TextChoices):
    BUREAU = "bureau", "区司法局律工科"
    JUDICIAL_OFFICE = "judicial_office", "司法所"
    COMMUNITY = "community", "社区（村）"
    LAWYER = "lawyer", "社区律师"


class User(AbstractUser):
    """A person who logs in, with one role and the place that role is scoped to."""

    role = models.CharField("角色", max_length=20, choices=Role.choices)
    display_name = models.CharField("姓名", max_length=50, blank=True)
    street = models.ForeignKey(
        "org.Street",
        verbose_name="所属街道（司法所）",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="officers",
    )
    community = models.ForeignKey(
        "org.Community",
        verbose_name="所属社区（村）",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="staff",
    )
    lawyer = models.OneToOneField(
        "org.Lawyer",
        verbose_name="对应律师",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="account",
    )

    class Meta:
        verbose_name = "用户"
        verbose_name_plural = "用户"
        constraints = [
            models.CheckConstraint(
                name="user_scope_matches_role",
                condition=(
                    models.Q(
                        role="bureau",
                        street__isnull=True,
                        community__isnull=True,
                        lawyer__isnull=True,
                    )
                    | models.Q(
                        role="judicial_office",
                        street__isnull=False,
                        community__isnull=True,
                        lawyer__isnull=True,
                    )
                    | models.Q(
                        role="community",
                        street__isnull=True,
                        community__isnull=False,
                        lawyer__isnull=True,
                    )
                    | models.Q(
                        role="lawyer",
                        street__isnull=True,
                        community__isnull=True,
                        lawyer__isnull=False,
                    )
                    | models.Q(role="", is_superuser=True)
                ),
            )
        ]

    def __str__(self) -> str:
        return self.display_name or self.username

    @property
    def is_bureau(self) -> bool:
        return self.role == Role.BUREAU

    @property
    def is_office(self) -> bool:
        return self.role == Role.JUDICIAL_OFFICE

    @property
    def is_community(self) -> bool:
        return self.role == Role.COMMUNITY

    @property
    def is_lawyer(self) -> bool:
        return self.role == Role.LAWYER

    @property
    def scope_label(self) -> str:
        """Where the user works, as the header shows it."""
        if self.is_office and self.street:
            return self.street.office_name
        if self.is_community and self.community:
            return self.community.name
        if self.is_lawyer and self.lawyer:
            # The role and the account's name stand beside it: the lawyer's firm, and
            # their name only when the account is named otherwise.
            firm = self.lawyer.firm.name if self.lawyer.firm else ""
            if str(self) == self.lawyer.name:
                return firm
            return f"{self.lawyer.name}（{firm}）" if firm else self.lawyer.name
        return "上城区司法局律工科"
