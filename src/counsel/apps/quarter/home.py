"""The quarter on the home page: the office's quarters to score, rate and submit (returned
and reopened ones first), the bureau's reports awaiting acceptance and the streets that
are late; and, for the deadline card, whether a quarter's report is in and where it is
done (R4–R8, R18)."""

from __future__ import annotations

import datetime as dt

from django.urls import reverse

from counsel.apps.accounts import scope
from counsel.apps.accounts.models import User
from counsel.apps.assessment.selectors import policy_for
from counsel.apps.bonus.models import BonusDeclaration, DeclarationStatus
from counsel.apps.org.models import AssessmentYear, Street
from counsel.apps.quarter.active import quarter_label
from counsel.apps.quarter.models import QuarterReport, ReportStatus
from counsel.apps.quarter.selectors.progress import progress
from counsel.apps.quarter.selectors.reports import Cell, report_grid
from counsel.rules.deadlines import CHINA_STANDARD_TIME, Due
from counsel.rules.periods import quarter_bounds
from counsel.web.home.cards import Card, Item, card, today
from counsel.web.home.deadlines import (
    Done,
    deadline_check,
    deadline_link,
    relevant_years,
    streets_named,
    tone,
)

#: The deadlines of the quarterly reports; the fourth quarter's is the annual scoring.
REPORT_KEYS = ("q1_report", "q2_report", "q3_report", "annual_scoring")
IN = (ReportStatus.SUBMITTED, ReportStatus.ACCEPTED)


def _now(day: dt.date) -> dt.datetime:
    """Noon of the day in China Standard Time (the report grid judges by the CST day)."""
    return dt.datetime(day.year, day.month, day.day, 12, tzinfo=CHINA_STANDARD_TIME)


def _report_url(street: Street, year: int, quarter: int) -> str:
    return reverse("quarter:report", kwargs={"street": street.pk, "year": year, "quarter": quarter})


def _grids(
    user: User, day: dt.date
) -> list[tuple[AssessmentYear, list[tuple[Street, list[Cell]]]]]:
    """The report grid of each open year still being worked on (last year's and this)."""
    return [
        (year, report_grid(year, scope.streets(user), policy_for(year), _now(day)))
        for year in relevant_years(day)
        if year.is_open
    ]


def _todo(report: QuarterReport | None, street: Street, year: AssessmentYear, quarter: int) -> str:
    """What is left of an office's quarter, in its words."""
    if report is not None and report.status == ReportStatus.RETURNED:
        return f"区司法局已退回：{report.return_reason}"
    if report is not None and report.status == ReportStatus.REOPENED:
        return f"区司法局已重新开放：{report.return_reason}；修改后重新报送"
    state = progress(street, year, quarter, policy_for(year))
    parts = []
    if state.scored < state.total:
        parts.append(f"已评分 {state.scored}/{state.total}")
    if state.rated < state.total:
        parts.append(f"已评价 {state.rated}/{state.total}")
    if state.rated and not state.quota.ok:
        parts.append("满意度配额不符")
    return "、".join(parts) or "评分、评价已完成，待报送"


@card(roles=("judicial_office",), order=20)
def office_quarters(user: User, year: AssessmentYear | None) -> Card:
    """Every quarter begun and not yet with the bureau: to score, rate and submit."""
    day = today()
    items = []
    for record, grid in _grids(user, day):
        for street, cells in grid:
            for cell in cells:
                if day < quarter_bounds(record.year, cell.quarter)[0]:
                    continue
                if cell.report is not None and cell.report.status in IN:
                    continue
                kind, status = tone(day, cell.due, pending=True)
                if cell.report is not None and cell.report.status == ReportStatus.RETURNED:
                    kind, status = "late", "已退回"
                items.append(
                    Item(
                        label=f"{record.year}年{quarter_label(cell.quarter)}评分、评价与报送",
                        detail=_todo(cell.report, street, record, cell.quarter),
                        url=_report_url(street, record.year, cell.quarter),
                        date=cell.due.date,
                        status=status,
                        tone=kind,
                    )
                )
    items.sort(key=lambda i: (i.tone != "late", i.date or day))
    return Card("季度考核", items, empty="没有待评分或待报送的季度。")


@card(roles=("bureau",), order=20)
def bureau_reports(user: User, year: AssessmentYear | None) -> Card:
    """Reports awaiting acceptance, and streets whose report is overdue."""
    day = today()
    items = []
    for record, grid in _grids(user, day):
        for street, cells in grid:
            for cell in cells:
                where = f"{street.name}{record.year}年{quarter_label(cell.quarter)}"
                url = _report_url(street, record.year, cell.quarter)
                if cell.awaiting:
                    items.append(
                        Item(
                            label=f"{where}待接收",
                            detail="逾期提交" if cell.late else "按期提交",
                            url=url,
                            status="待接收",
                            tone="soon",
                        )
                    )
                elif cell.label == "未提交（逾期）":
                    items.append(
                        Item(
                            label=f"{where}逾期未报送",
                            url=url,
                            date=cell.due.date,
                            status=tone(day, cell.due, pending=True)[1],
                            tone="late",
                        )
                    )
    items.sort(key=lambda i: i.tone != "late")
    items.append(
        Item(
            label="各街道季度报送一览",
            detail="" if items else "没有待接收或逾期未报送的季度报告",
            url=reverse("quarter:overview"),
        )
    )
    return Card("季度报送", items)


# ------------------------------------------------------------------ the deadline card


def _quarter(due: Due) -> int:
    assert due.deadline.quarter is not None
    return due.deadline.quarter


@deadline_check(*REPORT_KEYS)
def reports_in(user: User, year: AssessmentYear, due: Due) -> Done | None:
    """Done when every street in the user's scope has submitted the quarter's report (and,
    for the annual scoring, no declaration confirmed by its community still waits for the
    office's decision, R9)."""
    if due.deadline.quarter is None or not (user.is_office or user.is_bureau):
        return None
    quarter = _quarter(due)
    streets = list(scope.streets(user))
    statuses = dict(
        QuarterReport.objects.filter(year=year, quarter=quarter, street__in=streets).values_list(
            "street_id", "status"
        )
    )
    missing = [s for s in streets if statuses.get(s.pk) not in IN]
    parts = []
    if user.is_office and missing:
        report = QuarterReport.objects.filter(year=year, quarter=quarter, street=missing[0]).first()
        todo = _todo(report, missing[0], year, quarter)
        held = report is not None and report.status != ReportStatus.DRAFT
        parts.append(todo if held else f"报告尚未提交（{todo}）")
    elif missing:
        parts.append(streets_named([s.name for s in missing], "未报送"))
    if due.key == "annual_scoring":
        pending = BonusDeclaration.objects.filter(
            year=year,
            engagement__in=scope.engagements(user),
            status=DeclarationStatus.CONFIRMED,
        ).count()
        if pending:
            parts.append(f"{pending} 份加分申报待审定")
    return Done(not parts, "；".join(parts))


@deadline_link(*REPORT_KEYS)
def report_page(user: User, year: AssessmentYear, due: Due) -> str | None:
    """The office's report page of the quarter; the bureau's overview of the year."""
    if user.is_office and user.street is not None:
        return _report_url(user.street, year.year, _quarter(due))
    if user.is_bureau:
        return reverse("quarter:overview") + f"?year={year.year}"
    return None
