"""R18: the bureau's view of the quarterly reports — streets × quarters, each with its
state as the bureau reads it (submitted, late, missing, returned, accepted)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import QuerySet

from counsel.apps.org.models import AssessmentYear, Street
from counsel.apps.quarter.models import QuarterReport, ReportStatus
from counsel.apps.quarter.selectors.progress import due_of
from counsel.rules.deadlines import Due, china_date
from counsel.rules.periods import quarter_bounds
from counsel.rules.policy import Policy


@dataclass(frozen=True)
class Cell:
    street: Street
    quarter: int
    report: QuarterReport | None
    due: Due
    label: str
    colour: str  # badge colour: green, blue, amber, red or "" (grey)
    late: bool  # submitted after the day, or missing after it

    @property
    def awaiting(self) -> bool:
        return self.report is not None and self.report.status == ReportStatus.SUBMITTED


def cell_state(
    report: QuarterReport | None, due: Due, quarter_end: dt.date, today: dt.date
) -> tuple[str, str, bool]:
    """The badge of a street-quarter (label, colour, late) on the given CST day."""
    status = report.status if report else ReportStatus.DRAFT
    late = bool(report and report.late)
    if status == ReportStatus.ACCEPTED:
        return ("已接收（逾期提交）" if late else "已接收"), "green", late
    if status == ReportStatus.SUBMITTED:
        return ("逾期提交", "amber", True) if late else ("已提交", "blue", False)
    if status == ReportStatus.RETURNED:
        return "已退回", "red", late
    if status == ReportStatus.REOPENED:
        return "已重新开放", "amber", late
    if today > due.date:
        return "未提交（逾期）", "red", True
    if today > quarter_end:
        return "未提交", "", False
    return "季度未结束", "", False


def report_grid(
    year: AssessmentYear, streets: QuerySet[Street], policy: Policy, now: dt.datetime
) -> list[tuple[Street, list[Cell]]]:
    today = china_date(now)
    reports = {
        (r.street_id, r.quarter): r
        for r in QuarterReport.objects.filter(year=year, street__in=streets)
    }
    dues = {q: due_of(year.year, q, policy) for q in (1, 2, 3, 4)}
    grid = []
    for street in streets:
        cells = []
        for q in (1, 2, 3, 4):
            report = reports.get((street.pk, q))
            label, colour, late = cell_state(
                report, dues[q], quarter_bounds(year.year, q)[1], today
            )
            cells.append(Cell(street, q, report, dues[q], label, colour, late))
        grid.append((street, cells))
    return grid
