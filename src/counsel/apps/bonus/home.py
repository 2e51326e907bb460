"""The bonus declarations on the home page (R9, R18): a lawyer's declaration of each
engagement due 1/10, the declarations a community is to confirm, those an office is to
review by 1/20 and report, the bureau's count by status; and, for the deadline card,
whether a lawyer's declarations are submitted and where they are made."""

from __future__ import annotations

from django.urls import reverse

from counsel.apps.accounts.models import User
from counsel.apps.bonus import selectors
from counsel.apps.bonus.models import DeclarationStatus
from counsel.apps.org.models import AssessmentYear
from counsel.rules.deadlines import Due
from counsel.web.home.cards import Card, Item, card, today
from counsel.web.home.deadlines import Done, deadline_check, deadline_link, due_years, tone


def _listed(year: AssessmentYear, status: str = "") -> str:
    return reverse("bonus:list") + f"?year={year.year}" + (f"&status={status}" if status else "")


def _counts(user: User, year: AssessmentYear) -> dict[str, int]:
    return {
        status: selectors.declarations(user, year, status=status).count()
        for status in DeclarationStatus.values
    }


@card(roles=("lawyer",), order=25)
def lawyer_declarations(user: User, year: AssessmentYear | None) -> Card:
    day = today()
    items = []
    for record, due in due_years("lawyer_declaration", day):
        for row in selectors.lawyer_engagements(user, record):
            declaration = row.declaration
            pending = declaration is None or declaration.is_draft
            kind, status = tone(day, due, pending)
            if declaration is None:
                detail, url = "尚未填写申报表（无加分事项可不申报）", reverse("bonus:mine")
                url += f"?year={record.year}"
            else:
                detail = declaration.get_status_display()
                url = reverse("bonus:declaration", kwargs={"pk": declaration.pk})
                if not pending:
                    kind, status = "done", "已提交"
            items.append(
                Item(
                    label=f"{record.year}年度加分申报：{row.engagement.community.name}",
                    detail=detail,
                    url=url,
                    date=due.date,
                    status=status,
                    tone=kind,
                )
            )
    return Card("加分申报", items, empty="目前没有需要申报的年度。")


@card(roles=("community",), order=35)
def community_declarations(user: User, year: AssessmentYear | None) -> Card:
    day = today()
    items = []
    for record, due in due_years("annual_scoring", day):
        waiting = selectors.declarations(user, record, status=DeclarationStatus.SUBMITTED).count()
        if waiting:
            items.append(
                Item(
                    label=f"{record.year}年度待确认的加分申报 {waiting} 份",
                    detail="核对事由和佐证材料，出具同意或不同意的意见（R9）",
                    url=_listed(record, DeclarationStatus.SUBMITTED),
                    status="待确认",
                    tone="late" if tone(day, due, True)[0] == "late" else "soon",
                )
            )
    return Card("加分申报确认", items, empty="没有待确认的加分申报。")


@card(roles=("judicial_office",), order=30)
def office_declarations(user: User, year: AssessmentYear | None) -> Card:
    day = today()
    items = []
    for record, due in due_years("annual_scoring", day):
        counts = _counts(user, record)
        waiting = counts[DeclarationStatus.CONFIRMED]
        kind, status = tone(day, due, bool(waiting))
        items.append(
            Item(
                label=f"{record.year}年度待审定的加分申报 {waiting} 份",
                detail="逐项认定、核减（写明理由）或不予认定",
                url=_listed(record, DeclarationStatus.CONFIRMED),
                date=due.date,
                status=status if waiting else "无待审定",
                tone=kind if waiting else "",
            )
        )
        for key, label in (
            (DeclarationStatus.SUBMITTED, "待社区确认"),
            (DeclarationStatus.REVIEWED, "已审定、待报区司法局"),
        ):
            if counts[key]:
                items.append(
                    Item(label=f"{label} {counts[key]} 份", url=_listed(record, key), tone="info")
                )
    return Card("加分申报审定", items, empty="目前没有需要审定的年度。")


@card(roles=("bureau",), order=40)
def bureau_declarations(user: User, year: AssessmentYear | None) -> Card:
    items = []
    labels = dict(DeclarationStatus.choices)
    for record, _ in due_years("annual_scoring", today()):
        counts = _counts(user, record)
        shown = [f"{labels[s]} {n}" for s, n in counts.items() if n]
        items.append(
            Item(
                label=f"{record.year}年度加分申报 {sum(counts.values())} 份",
                detail="；".join(shown) or "尚无申报",
                url=_listed(record),
            )
        )
    return Card("加分申报", items, empty="目前没有申报中的年度。")


# ------------------------------------------------------------------ the deadline card


@deadline_check("lawyer_declaration")
def declarations_submitted(user: User, year: AssessmentYear, due: Due) -> Done | None:
    """A lawyer's declarations begun are all submitted (declaring is not compulsory: a
    lawyer who began none is not told they are late)."""
    if not user.is_lawyer:
        return None
    rows = [r for r in selectors.lawyer_engagements(user, year) if r.declaration is not None]
    drafts = [r for r in rows if r.declaration is not None and r.declaration.is_draft]
    if not rows:
        return None
    if drafts:
        return Done(False, f"{len(drafts)} 份申报表尚未提交")
    return Done(True)


@deadline_link("lawyer_declaration")
def declarations_page(user: User, year: AssessmentYear, due: Due) -> str | None:
    if user.is_lawyer:
        return reverse("bonus:mine") + f"?year={year.year}"
    if user.is_community or user.is_bureau:
        return _listed(year, DeclarationStatus.SUBMITTED if user.is_community else "")
    return None
