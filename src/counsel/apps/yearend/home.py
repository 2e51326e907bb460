"""The year end on the home page: the bureau's year to finalise (the streets' reports, what
still stops the finalisation), an office's street ready or not to report by 1/25, a
lawyer's and a community's result with its explanation; and, for the deadline card,
whether the annual reports are in and where they are made (R11–R18)."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from counsel.apps.accounts import scope
from counsel.apps.accounts.models import User
from counsel.apps.org.models import AssessmentYear
from counsel.apps.yearend.models import AnnualReport, ResultVersion
from counsel.apps.yearend.selectors import ranking
from counsel.apps.yearend.selectors.readiness import readiness
from counsel.apps.yearend.selectors.reports import street_reports, street_year
from counsel.rules.deadlines import Due
from counsel.web.home.cards import Card, Item, card, today
from counsel.web.home.deadlines import (
    Done,
    deadline_check,
    deadline_link,
    due_years,
    streets_named,
    tone,
)


def _overview(year: AssessmentYear, anchor: str = "") -> str:
    return reverse("yearend:overview") + f"?year={year.year}{anchor}"


def _ended(year: AssessmentYear) -> bool:
    return year.year < today().year


@card(roles=("bureau",), order=15)
def bureau_finalisation(user: User, year: AssessmentYear | None) -> Card | None:
    """The years that have ended and are not finalised; else the last one finalised."""
    ended = AssessmentYear.objects.filter(year__lt=today().year).order_by("-year")
    shown = [y for y in ended if y.is_open] or list(ended[:1])
    if not shown:
        return None
    items = []
    for record in shown:
        if not record.is_open:
            version = ResultVersion.objects.filter(year=record, current=True).first()
            items.append(
                Item(
                    label=f"{record.year}年度已定案",
                    detail=f"第{version.number}版" if version else "",
                    url=_overview(record),
                    status="已定案",
                    tone="done",
                )
            )
            continue
        states = [s.state for s in street_reports(record)]
        ready = readiness(record)
        detail = (
            f"街道年度报送：已报送 {states.count('reported') + states.count('late')} 个"
            f"（逾期 {states.count('late')} 个），未报送 {states.count('missing')} 个"
        )
        if ready.pending_declarations:
            detail += f"；{ready.pending_declarations} 份加分申报尚未审定"
        items.append(
            Item(
                label=f"{record.year}年度考核定案",
                detail=detail,
                url=_overview(record, "#problems"),
                status="可以定案" if ready.final else f"尚有 {len(ready.problems)} 个问题",
                tone="soon" if ready.final else "late",
            )
        )
    return Card("年度定案", items)


@card(roles=("judicial_office",), order=35)
def office_annual_report(user: User, year: AssessmentYear | None) -> Card | None:
    """Once the year has ended: can the street report, or what stops it."""
    day = today()
    items = []
    for record, due in due_years("annual_report", day):
        if not _ended(record) or user.street is None:
            continue
        state = street_year(record, user.street)
        url = reverse("yearend:report") + f"?year={record.year}"
        if state.report is not None:
            when = timezone.localtime(state.report.reported_at)
            detail = f"已于 {when:%Y-%m-%d %H:%M} 报送" + ("（逾期）" if state.report.late else "")
            kind, status = "done", "已报送"
        else:
            detail = (
                "评分、评价、配额和加分审定均已完成，可以报送"
                if state.ready
                else f"尚有 {len(state.problems)} 个问题、{len(state.to_review)} 份加分申报待审定"
            )
            kind, status = tone(day, due, True)
        items.append(
            Item(
                label=f"{record.year}年度考核结果报送",
                detail=detail,
                url=url,
                date=due.date,
                status=status,
                tone=kind,
            )
        )
    return Card("年度报送", items) if items else None


@card(roles=("lawyer", "community"), order=40)
def my_result(user: User, year: AssessmentYear | None) -> Card | None:
    """The latest year with a computed result: each engagement's tier and amount, and the
    way to its explanation."""
    version = (
        ResultVersion.objects.filter(current=True).select_related("year").order_by("-year__year")
    ).first()
    if version is None:
        return None
    rows = ranking.rows(user, version)
    if not rows:
        return None
    query = f"?year={version.year.year}"
    items = [
        Item(
            label=f"{r.community}：{r.tier_label}，{r.amount} 元",
            detail=(f"总分 {r.total}，全区第 {r.rank} 名" if r.rank else f"按周计发 {r.weeks} 周")
            + "；点击查看得分说明",
            url=reverse("yearend:explanation", kwargs={"code": r.id}) + query,
        )
        for r in rows
    ]
    kind = "定案" if version.final else "试算，尚未定案"
    return Card(f"{version.year.year}年度考核结果（{kind}）", items)


# ------------------------------------------------------------------ the deadline card


@deadline_check("annual_report")
def annual_reports_in(user: User, year: AssessmentYear, due: Due) -> Done | None:
    if not (user.is_office or user.is_bureau):
        return None
    streets = list(scope.streets(user))
    reported = set(
        AnnualReport.objects.filter(year=year, street__in=streets).values_list(
            "street_id", flat=True
        )
    )
    missing = [s.name for s in streets if s.pk not in reported]
    if not missing:
        return Done(True)
    if user.is_office:
        return Done(False, "尚未报送")
    return Done(False, streets_named(missing, "未报送"))


@deadline_link("annual_report")
def annual_report_page(user: User, year: AssessmentYear, due: Due) -> str | None:
    if user.is_office:
        return reverse("yearend:report") + f"?year={year.year}"
    if user.is_bureau:
        return _overview(year)
    return None
