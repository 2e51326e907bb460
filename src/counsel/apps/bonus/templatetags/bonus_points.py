"""Points as the catalog writes them: 1, 0.5, 2.5 (no trailing zeros)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django import template

from counsel.rules.exact import plain

register = template.Library()


@register.filter
def points(value: object) -> str:
    if value is None or value == "":
        return ""
    try:
        return plain(Decimal(str(value)))
    except InvalidOperation:
        return str(value)
