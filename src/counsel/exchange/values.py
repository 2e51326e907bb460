"""Reading the values hand-kept sheets and files contain: dates in several spellings,
numbers as numbers or text, full- or half-width brackets, stray spaces.

Each reader returns the value or raises `BadValue` with a Chinese message.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from counsel.rules.types import BonusStatus, Rating


class BadValue(ValueError):
    """A value present but unreadable; the message says what was expected."""


class CellError(str):
    """An Excel error value (#DIV/0!, #N/A, …) in a cell: present, but not a value."""


class FormulaWithoutValue(CellError):
    """A formula cell the file holds no result for (a file written by a program that does
    not calculate, never opened in Excel since): present, but its value is unknown. The
    text is the formula (=80+2), or "=" when the cell shares another cell's formula."""


def formula_message(formula: str) -> str:
    shown = f"公式“{formula}”" if formula != "=" else "公式"
    return (
        f"是{shown}，文件中没有保存它的计算结果：请用 Excel 或 WPS 打开文件、保存后再上传，"
        "或在此格直接填写数值"
    )


_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")

RATINGS: dict[str, Rating] = {
    "满意": Rating.SATISFIED,
    "良好": Rating.GOOD,
    "普通": Rating.ORDINARY,
    "普通(不赋分)": Rating.ORDINARY_ZERO,
    "普通（不赋分）": Rating.ORDINARY_ZERO,
    "普通不赋分": Rating.ORDINARY_ZERO,
    "satisfied": Rating.SATISFIED,
    "good": Rating.GOOD,
    "ordinary": Rating.ORDINARY,
    "ordinary_zero": Rating.ORDINARY_ZERO,
}

STATUSES: dict[str, BonusStatus] = {
    "declared": BonusStatus.DECLARED,
    "confirmed": BonusStatus.CONFIRMED,
    "approved": BonusStatus.APPROVED,
    "rejected": BonusStatus.REJECTED,
    "已申报": BonusStatus.DECLARED,
    "申报": BonusStatus.DECLARED,
    "已确认": BonusStatus.CONFIRMED,
    "确认": BonusStatus.CONFIRMED,
    "已审定": BonusStatus.APPROVED,
    "审定": BonusStatus.APPROVED,
    "通过": BonusStatus.APPROVED,
    "已通过": BonusStatus.APPROVED,
    "不予认定": BonusStatus.REJECTED,
    "未通过": BonusStatus.REJECTED,
    "驳回": BonusStatus.REJECTED,
}

STATUS_LABELS: dict[BonusStatus, str] = {
    BonusStatus.DECLARED: "已申报",
    BonusStatus.CONFIRMED: "已确认",
    BonusStatus.APPROVED: "已审定",
    BonusStatus.REJECTED: "未通过",
}


def text(value: object) -> str:
    """A cell or field as clean text: NFKC (full-width → half-width), spaces trimmed."""
    if type(value) is str:
        raw = value
    elif value is None:
        return ""
    elif isinstance(value, float) and value.is_integer():
        raw = str(int(value))
    else:
        raw = str(value)
    # Every value of an input passes here: ASCII (ids, codes, numbers) is NFKC already.
    if raw.isascii():
        return raw.strip()
    return unicodedata.normalize("NFKC", raw).strip()


def is_blank(value: object) -> bool:
    if isinstance(value, str):
        return not value.strip() or not text(value)
    return value is None


def read_date(value: object) -> dt.date:
    """2025-01-01, 2025/1/1, 2025年1月1日, or a date cell."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) == 10 and value[4] == value[7] == "-":
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass  # said below, with the spellings that are accepted
    raw = text(value)
    match = _DATE.match(raw)
    if not match:
        raise BadValue(f"“{raw}”不是日期（应如 2025-01-01、2025/1/1 或 2025年1月1日）")
    year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise BadValue(f"“{raw}”不是有效日期") from None


def read_decimal(value: object) -> Decimal:
    """A number given as a number or as text; read exactly (a float through its repr)."""
    if isinstance(value, bool):
        raise BadValue(f"“{value}”不是数值")
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        # openpyxl gives numeric cells as float; its shortest repr is what the sheet shows.
        number = Decimal(repr(value))
    else:
        number = _number_text(value)
    if not number.is_finite():
        raise BadValue(f"“{text(value)}”不是有限数值")
    if not usable_size(number):
        raise BadValue(f"“{text(value)}”超出可处理的范围（应在 1e-20 与 1e15 之间）")
    return number


def usable_size(number: Decimal) -> bool:
    """A score, points or amount is far from 1e15 and from 1e-20 (or is 0): beyond, a
    number is a mistake, and exact arithmetic on it would take unbounded time."""
    return -20 <= number.adjusted() < 15 or not number


def _number_text(value: object) -> Decimal:
    if isinstance(value, str) and value.isascii():
        try:
            return Decimal(value)  # the usual case, "80.5", without cleaning it up first
        except InvalidOperation:
            pass
    raw = text(value).replace("分", "").strip()
    if "," in raw:
        # A score or a bonus is never in the thousands: "7,5" is a decimal comma, and
        # reading it as 75 would be a number the clerk never wrote.
        raise BadValue(f"“{text(value)}”不是数值（不能含逗号；小数请用小数点，如 7.5）")
    try:
        return Decimal(raw)
    except InvalidOperation:
        raise BadValue(f"“{text(value)}”不是数值") from None


def read_int(value: object) -> int:
    number = read_decimal(value)
    if number != number.to_integral_value():
        raise BadValue(f"“{text(value)}”不是整数")
    return int(number)


_QUARTER = re.compile(r"(?:第|Q|q)?\s*([1-4一二三四])\s*(?:季度)?")
_SPACES = re.compile(r"\s+")


def read_quarter(value: object) -> int:
    if type(value) is int and 1 <= value <= 4:
        return value
    raw = text(value)
    match = _QUARTER.fullmatch(raw)
    if not match:
        return _integral_quarter(value, raw)
    return "1234".find(match.group(1)) + 1 or "一二三四".find(match.group(1)) + 1


def _integral_quarter(value: object, raw: str) -> int:
    """A quarter written as a decimal number (JSON 1.0, "2.0"): exactly 1–4 is that quarter."""
    try:
        number = read_decimal(value)
    except BadValue:
        number = None
    if number is not None and number == number.to_integral_value() and 1 <= number <= 4:
        return int(number)
    raise BadValue(f"“{raw}”不是季度（应为 1–4）")


def read_rating(value: object) -> Rating:
    if isinstance(value, str) and value in RATINGS:
        return RATINGS[value]
    raw = _SPACES.sub("", text(value))
    rating = RATINGS.get(raw) or RATINGS.get(raw.lower())
    if rating is None:
        raise BadValue(f"“{text(value)}”不是满意度等级（满意、良好、普通、普通（不赋分））")
    return rating


def read_status(value: object) -> BonusStatus:
    if isinstance(value, str) and value in STATUSES:
        return STATUSES[value]
    raw = _SPACES.sub("", text(value))
    status = STATUSES.get(raw) or STATUSES.get(raw.lower())
    if status is None:
        raise BadValue(f"“{text(value)}”不是加分状态（declared、confirmed、approved、rejected）")
    return status
