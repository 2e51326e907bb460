"""R19: a lawyer who keeps their own sheet imports it (XLSX), all rows or none.

The reader is as tolerant as the exchange readers (`counsel.exchange.values`): headings
found in the first rows of any sheet, full-width characters, dates and times as cells or
text, kinds by their usual short names. Every problem is listed with its sheet, row and
field, and nothing is written while one remains.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from itertools import zip_longest
from typing import IO, Any
from zipfile import BadZipFile

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from counsel.apps.accounts.models import User
from counsel.apps.org.models import Engagement
from counsel.apps.worklog.models import WorkKind, WorkRecord
from counsel.apps.worklog.services.records import WorkInput, problems, work_record_register
from counsel.apps.yearend.locks import ensure_open_on
from counsel.exchange.values import (
    BadValue,
    FormulaWithoutValue,
    formula_message,
    is_blank,
    read_date,
    read_int,
    text,
)
from counsel.rules.deadlines import china_date

#: (field, heading, other headings a hand-kept sheet uses, required)
COLUMNS: tuple[tuple[str, str, tuple[str, ...], bool], ...] = (
    ("date", "日期", ("服务日期", "值班日期"), True),
    ("start_time", "开始时间", ("开始", "起始时间"), True),
    ("end_time", "结束时间", ("结束", "终止时间"), True),
    ("place", "地点", ("服务地点", "值班地点"), True),
    ("kind", "类型", ("服务类型", "工作类型"), True),
    ("people_served", "服务人数", ("人数",), False),
    ("content", "服务内容", ("内容", "工作内容"), True),
    ("result", "处理结果", ("结果", "办理结果"), False),
)
HEADINGS = {field: heading for field, heading, _, _ in COLUMNS}

KIND_ALIASES: dict[str, str] = {
    "值班": WorkKind.DUTY,
    "驻点": WorkKind.DUTY,
    "坐班": WorkKind.DUTY,
    "咨询": WorkKind.CONSULT,
    "法律咨询与答复": WorkKind.CONSULT,
    "宣传": WorkKind.EDUCATION,
    "普法": WorkKind.EDUCATION,
    "普法宣传": WorkKind.EDUCATION,
    "法治讲座": WorkKind.EDUCATION,
    "调解": WorkKind.MEDIATION,
    "矛盾纠纷调解": WorkKind.MEDIATION,
    "矛盾纠纷化解": WorkKind.MEDIATION,
    "审查": WorkKind.REVIEW,
    "合同审查": WorkKind.REVIEW,
    "法律顾问服务": WorkKind.REVIEW,
    "法律援助": WorkKind.LEGAL_AID,
    "援助引导": WorkKind.LEGAL_AID,
}

_TIME = re.compile(r"^(?:上午|下午)?\s*(\d{1,2})\s*[:点时.]\s*(\d{1,2})?\s*分?(?::(\d{1,2}))?$")


@dataclass(frozen=True)
class RowError:
    """One problem of the sheet, where it is."""

    sheet: str
    row: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = f"工作表“{self.sheet}”"
        if self.row is not None:
            where += f"第 {self.row} 行"
        if self.field:
            where += f"「{self.field}」"
        return f"{where}：{self.message}"


class ImportRefused(Exception):
    """The sheet has problems; nothing was written."""

    def __init__(self, errors: list[RowError]) -> None:
        super().__init__("；".join(str(e) for e in errors))
        self.errors = errors


def read_time(value: object) -> dt.time:
    """09:00, 9:00, 9点30, 9时30分, a time cell, or a fraction of a day."""
    if isinstance(value, dt.datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        # A number is a time cell read without its format: a fraction of a day.
        minutes = round(Decimal(repr(value) if isinstance(value, float) else value) * 1440)
        if 0 <= minutes < 1440:
            return dt.time(int(minutes) // 60, int(minutes) % 60)
        raise BadValue(f"“{text(value)}”不是时间（应如 09:00 或 14:30）")
    raw = text(value)
    match = _TIME.match(raw)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if raw.startswith("下午") and hour < 12:
            hour += 12
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise BadValue(f"“{raw}”不是时间（应如 09:00 或 14:30）")


def read_kind(value: object) -> str:
    raw = re.sub(r"\s+", "", text(value))
    if raw in WorkKind.values:
        return raw
    if raw in KIND_ALIASES:
        return str(KIND_ALIASES[raw])
    raise BadValue(f"“{raw}”不是登记类型（{'、'.join(WorkKind.values)}）")


def _heading(value: object) -> str:
    return re.sub(r"[\s*＊:：]", "", text(value))


def _header_map(cells: tuple[Any, ...]) -> dict[str, int]:
    names = {_heading(c): i for i, c in enumerate(cells) if not is_blank(c)}
    found: dict[str, int] = {}
    for field, heading, others, _ in COLUMNS:
        for name in (heading, *others):
            if name in names:
                found[field] = names[name]
                break
    return found


@dataclass(frozen=True)
class SheetRow:
    sheet: str
    row: int
    data: WorkInput
    #: Fields whose cell could not be read (already reported); `data` holds a stand-in.
    broken: frozenset[str] = frozenset()


#: Stand-ins for unreadable cells, so that the row's other fields are still checked.
STAND_IN: dict[str, Any] = {
    "date": dt.date(2000, 1, 1),
    "start_time": dt.time(0, 0),
    "end_time": dt.time(0, 0),
    "kind": WorkKind.OTHER,
    "people_served": 0,
}
#: A field's checks that read other fields too (the end time is checked against the start).
DEPENDS = {"end_time": {"start_time", "end_time"}}


def _with_formulas(values: tuple[Any, ...], written: tuple[Any, ...]) -> tuple[Any, ...]:
    """The row's values, with a formula the file holds no result for marked as such
    rather than read as an empty cell (a sheet written by a program that does not
    calculate, never opened in Excel since)."""
    return tuple(
        FormulaWithoutValue(written[i])
        if value is None
        and i < len(written)
        and isinstance(written[i], str)
        and written[i].startswith("=")
        else value
        for i, value in enumerate(values)
    )


def _rows(workbook: Any, formulas: Any, errors: list[RowError]) -> Iterator[SheetRow]:
    sheets_with_header = 0
    for sheet, written in zip(workbook.worksheets, formulas.worksheets, strict=True):
        rows = (
            _with_formulas(values, as_written)
            for values, as_written in zip_longest(
                sheet.iter_rows(values_only=True), written.iter_rows(values_only=True), fillvalue=()
            )
        )
        header: dict[str, int] = {}
        for number, cells in enumerate(rows, start=1):
            if not header:
                found = _header_map(cells)
                if "date" in found and "kind" in found:
                    header = found
                    sheets_with_header += 1
                    missing = [HEADINGS[f] for f, _, _, req in COLUMNS if req and f not in header]
                    for name in missing:
                        errors.append(RowError(sheet.title, number, name, "缺少此列"))
                    if missing:
                        break
                elif number >= 10:
                    break
                continue
            if all(is_blank(c) for c in cells):
                continue
            yield _row(sheet.title, number, cells, header, errors)
    if sheets_with_header == 0:
        errors.append(
            RowError(
                workbook.worksheets[0].title if workbook.worksheets else "（无）",
                None,
                None,
                "没有找到表头（应有“日期”“开始时间”“结束时间”“地点”“类型”“服务人数”“服务内容”“处理结果”列），"
                "请使用下载的模板",
            )
        )


def _row(
    sheet: str, number: int, cells: tuple[Any, ...], header: dict[str, int], errors: list[RowError]
) -> SheetRow:
    def cell(field: str) -> Any:
        index = header.get(field)
        return cells[index] if index is not None and index < len(cells) else None

    values: dict[str, Any] = {}
    broken: set[str] = set()
    readers = {
        "date": read_date,
        "start_time": read_time,
        "end_time": read_time,
        "kind": read_kind,
        "people_served": read_int,
    }
    for field, heading, _, required in COLUMNS:
        raw = cell(field)
        if isinstance(raw, FormulaWithoutValue):
            errors.append(RowError(sheet, number, heading, formula_message(raw)))
            broken.add(field)
            values[field] = STAND_IN.get(field, "")
            continue
        if is_blank(raw):
            if required:
                errors.append(RowError(sheet, number, heading, "必填，不能为空"))
                broken.add(field)
            values[field] = STAND_IN.get(field, "")
            continue
        reader = readers.get(field, text)
        try:
            values[field] = reader(raw)
        except BadValue as exc:
            errors.append(RowError(sheet, number, heading, str(exc)))
            broken.add(field)
            values[field] = STAND_IN.get(field, "")
    return SheetRow(sheet, number, WorkInput(**values), frozenset(broken))


def read_workbook(source: IO[bytes] | bytes) -> tuple[list[SheetRow], list[RowError]]:
    """The registrations of a lawyer's sheet and the problems found while reading it."""
    errors: list[RowError] = []
    data = source if isinstance(source, bytes) else source.read()
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        formulas = load_workbook(io.BytesIO(data), read_only=True)
    except (InvalidFileException, BadZipFile, OSError, KeyError, ValueError):
        return [], [RowError("（文件）", None, None, "无法读取：请上传 Excel 工作簿（.xlsx）")]
    try:
        rows = list(_rows(workbook, formulas, errors))
    finally:
        workbook.close()
        formulas.close()
    return rows, errors


def _duplicate_key(engagement: Engagement, data: WorkInput) -> tuple[object, ...]:
    return (engagement.pk, data.date, data.start_time, data.kind)


def _in_sheet_order(errors: list[RowError]) -> list[RowError]:
    """Sheets in the order they were met, rows ascending within each."""
    order: dict[str, int] = {}
    for error in errors:
        order.setdefault(error.sheet, len(order))
    return sorted(errors, key=lambda e: (order[e.sheet], e.row or 0))


@transaction.atomic
def work_record_import_xlsx(
    *,
    actor: User,
    engagement: Engagement,
    source: IO[bytes] | bytes,
    now: dt.datetime | None = None,
) -> list[WorkRecord]:
    """Import every row of the lawyer's sheet, or none: ImportRefused lists the problems."""
    now = now or timezone.now()
    rows, errors = read_workbook(source)
    today = china_date(now)
    existing = {
        (engagement.pk, d, t, k)
        for d, t, k in WorkRecord.objects.filter(engagement=engagement).values_list(
            "date", "start_time", "kind"
        )
    }
    seen: dict[tuple[object, ...], SheetRow] = {}
    labels = {"date": "日期", "end_time": "结束时间", "kind": "类型", "people_served": "服务人数"}
    labels.update({"place": "地点", "content": "服务内容"})
    for item in rows:
        for field, message in problems(engagement, item.data, today).items():
            if not DEPENDS.get(field, {field}) & item.broken:
                errors.append(RowError(item.sheet, item.row, labels.get(field, field), message))
        if item.broken & {"date", "start_time", "kind"}:
            continue  # its year and its duplicate key are unknown
        try:
            ensure_open_on(item.data.date)
        except ValidationError as refused:
            errors.append(RowError(item.sheet, item.row, "日期", refused.messages[0]))
        key = _duplicate_key(engagement, item.data)
        if key in existing:
            errors.append(
                RowError(
                    item.sheet, item.row, "日期", "与已登记的记录重复（同一日期、开始时间和类型）"
                )
            )
        elif key in seen:
            first = seen[key]
            errors.append(
                RowError(
                    item.sheet,
                    item.row,
                    "日期",
                    f"与第 {first.row} 行重复（同一日期、开始时间和类型）",
                )
            )
        seen.setdefault(key, item)
    if not rows and not errors:
        errors.append(RowError("（文件）", None, None, "表中没有登记记录"))
    if errors:
        raise ImportRefused(_in_sheet_order(errors))
    return [
        work_record_register(
            actor=actor, engagement=engagement, data=item.data, now=now, imported=True
        )
        for item in rows
    ]
