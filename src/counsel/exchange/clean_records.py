"""The quick way to read a record that is clean, as nearly every record of a file is.

A builder here returns what `records` would build from the same dict, or None as soon as
anything about it needs a closer look (a value missing, blank, spaced, full-width or
unreadable): the caller then reads it again with `records`, which says what is wrong and
where. So a year's messages are those of `records` alone, and a clean year is read without
the bookkeeping of a `Record` for each of its tens of thousands of records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from counsel.exchange.values import RATINGS, STATUSES, text, usable_size
from counsel.rules.types import (
    NOWHERE,
    BonusRecord,
    Community,
    Engagement,
    Lawyer,
    Period,
    QuarterRecord,
)

_VALID = frozenset[str]()


def _plain_id(value: object) -> bool:
    """An id `text` gives back unchanged: ASCII, nothing to trim, not empty."""
    return type(value) is str and value.isascii() and bool(value) and value.strip() == value


def _number(value: object) -> Decimal | None:
    """`values.read_decimal` of a number or ASCII text that it reads without complaint."""
    if type(value) is str:
        if not value.isascii():
            return None
        try:
            number = Decimal(value)
        except InvalidOperation:
            return None
    elif type(value) is Decimal:
        number = value
    elif type(value) is int:
        number = Decimal(value)
    else:
        return None
    return number if number.is_finite() and usable_size(number) else None


def _date(value: object) -> dt.date | None:
    """`values.read_date` of a date written 2025-01-01."""
    if type(value) is not str or len(value) != 10 or value[4] != "-" or value[7] != "-":
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def community(raw: Mapping[str, Any]) -> Community | None:
    code, name, street = text(raw.get("code")), text(raw.get("name")), text(raw.get("street"))
    if not (code and name and street):
        return None
    return Community(code, name, street, text(raw.get("kind")) or "社区", NOWHERE)


def lawyer(raw: Mapping[str, Any]) -> Lawyer | None:
    ident, name = text(raw.get("id")), text(raw.get("name"))
    if not (ident and name):
        return None
    return Lawyer(ident, name, text(raw.get("firm")), NOWHERE)


def engagement(raw: Mapping[str, Any]) -> Engagement | None:
    ident, lawyer_id, code = raw.get("id"), raw.get("lawyer"), raw.get("community")
    spans = raw.get("periods")
    if not (_plain_id(ident) and _plain_id(lawyer_id) and _plain_id(code)):
        return None
    if type(spans) is not list or not spans:
        return None
    periods: list[Period] = []
    for span in spans:
        if type(span) is not dict:
            return None
        start, end = _date(span.get("start")), span.get("end")
        if start is None:
            return None
        if end is not None:
            end = _date(end)
            if end is None:
                return None
        periods.append(Period(start, end, NOWHERE))
    return Engagement(ident, lawyer_id, code, tuple(periods), NOWHERE)


def quarter(raw: Mapping[str, Any]) -> QuarterRecord | None:
    ident, number = raw.get("engagement"), raw.get("quarter")
    basic, rating = raw.get("basic"), raw.get("rating")
    if not _plain_id(ident) or type(number) is not int or not 1 <= number <= 4:
        return None
    if basic is not None:
        basic = _number(basic)
        if basic is None:
            return None
    if rating is not None:
        rating = RATINGS.get(rating) if type(rating) is str else None
        if rating is None:
            return None
    return QuarterRecord(ident, number, basic, rating, NOWHERE, _VALID)


def bonus(raw: Mapping[str, Any], item_keys: Mapping[str, str] | None) -> BonusRecord | None:
    ident, points, status = raw.get("engagement"), _number(raw.get("points")), raw.get("status")
    if not _plain_id(ident) or points is None or type(status) is not str:
        return None
    known = STATUSES.get(status)
    if known is None:
        return None
    item = text(raw.get("item")) or None
    if item is not None and item_keys:
        item = item_keys.get(item, item)
    return BonusRecord(ident, item, points, known, NOWHERE)
