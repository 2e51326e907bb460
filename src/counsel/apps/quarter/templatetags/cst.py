"""Times on screen in China Standard Time (R18), whatever the server's zone."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django import template

from counsel.rules.deadlines import CHINA_STANDARD_TIME
from counsel.rules.exact import plain

register = template.Library()


@register.filter
def cst(value: dt.datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """An instant as 北京时间: `{{ report.submitted_at|cst }}`."""
    if not value:
        return ""
    return value.astimezone(CHINA_STANDARD_TIME).strftime(fmt)


@register.filter
def points(value: Decimal | None) -> str:
    """A score as a clerk writes it (80.5, 81), or a dash when there is none."""
    if value is None or value == "":
        return "—"
    return plain(Decimal(value))
