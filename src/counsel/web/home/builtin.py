"""The cards every role gets from the web foundation: the deadlines (R18), the scope, the
district overview for the bureau, a lawyer's engagements, a community's lawyer."""

from __future__ import annotations

from django.urls import reverse

from counsel.apps.accounts import scope
from counsel.apps.accounts.models import User
from counsel.apps.org import selectors
from counsel.apps.org.models import AssessmentYear
from counsel.apps.org.views.common import contact
from counsel.web.home.cards import Card, Item, card, today
from counsel.web.home.deadlines import RECENT, due_items

EVERYONE = ("bureau", "judicial_office", "community", "lawyer")
TONE = {"late": "late", "soon": "soon", "done": "done", "passed": "info", "open": ""}


@card(roles=EVERYONE, order=10)
def deadlines_card(user: User, year: AssessmentYear | None) -> Card:
    items = due_items(user, today())
    late = [i for i in items if i.state == "late"]
    ahead = [i for i in items if i.days >= 0]
    # What has passed is shown while it is recent, and when done (the year's progress).
    rest = [
        i
        for i in items
        if i.days < 0 and (i.state == "done" or (i.state == "passed" and i.days >= -RECENT))
    ]
    shown = [
        Item(
            label=i.label,
            detail=f"{i.year}年度 · {i.detail}" if i.detail else _detail(user, i.year),
            date=i.due.date,
            status=i.status,
            tone=TONE[i.state],
            url=i.url,
        )
        for i in (*late, *ahead, *rest)
    ]
    note = (
        "截止日当天 24:00（北京时间）前完成的不算逾期；逾期提交的予以接收并标注逾期（R18 §4.5）。"
    )
    if late:
        note = f"有 {len(late)} 项已逾期。" + note
    return Card("截止事项", shown, empty="当前没有截止事项。", note=note)


def _detail(user: User, year: int) -> str:
    if user.is_community:
        return f"{year}年度 · 社区须及时核对确认律师的工作登记和加分申报（R9、R19）"
    return f"{year}年度"


@card(roles=("bureau", "judicial_office"), order=30)
def scope_card(user: User, year: AssessmentYear | None) -> Card:
    day = today()
    communities = scope.communities(user).count()
    engagements = selectors.active_engagements(user, day).count()
    lawyers = (
        scope.lawyers(user)
        .filter(engagements__in=selectors.active_engagements(user, day))
        .distinct()
        .count()
    )
    stats = [
        ("社区（村）", communities, reverse("org:community_list")),
        ("今日在岗结对", engagements, reverse("org:engagement_list") + "?status=active"),
        ("在岗社区律师", lawyers, reverse("org:lawyer_list")),
    ]
    return Card(
        "我的范围",
        template="web/home/_stats.html",
        context={"stats": stats, "scope": user.scope_label},
    )


@card(roles=("bureau",), order=5)
def district_card(user: User, year: AssessmentYear | None) -> Card:
    """The district overview: communities and today's engagements per street, coverage."""
    rows = selectors.street_rows(user, today())
    total = sum(r.communities for r in rows)
    served = sum(r.active for r in rows)
    chart = {
        "streets": [r.street.name for r in rows],
        "communities": [r.communities for r in rows],
        "engagements": [r.engagements for r in rows],
        "coverage": [r.coverage for r in rows],
    }
    return Card(
        "全区概况",
        template="web/home/_district.html",
        context={
            "rows": rows,
            "chart": chart,
            "total": total,
            "served": served,
            "coverage": served * 100 // total if total else 0,
            "uncovered": total - served,
        },
        wide=True,
    )


@card(roles=("lawyer",), order=20)
def my_engagements_card(user: User, year: AssessmentYear | None) -> Card:
    day = today()
    items = []
    for e in selectors.engagement_list(user, day):
        active = e.is_active_on(day)
        spans = "；".join(str(p) for p in e.periods.all())
        items.append(
            Item(
                label=f"{e.community.name}（{e.community.street.name}）",
                detail=f"结对 {e.code} · {e.community.street.office_name} · {spans}",
                url=reverse("org:engagement_detail", args=[e.code]),
                status="在岗" if active else "已结束",
                tone="done" if active else "info",
            )
        )
    return Card("我的结对", items, empty="您目前没有结对社区，请联系区司法局律工科。")


@card(roles=("community",), order=20)
def our_lawyer_card(user: User, year: AssessmentYear | None) -> Card:
    community = user.community
    assert community is not None
    current = selectors.serving_engagement(community, today())
    return Card(
        "我们的社区律师",
        template="web/home/_our_lawyer.html",
        context={
            "community": community,
            "current": current,
            "contact": contact(user, current.lawyer, detail=True) if current else None,
        },
    )
