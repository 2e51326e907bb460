"""The demo's work registrations (R19): each engagement's duty sessions and services,
quarter by quarter up to today; a good lawyer misses fewer duty sessions. Run before the
quarter's step: its duty item follows the confirmed sessions, and the quarterly reports
take their duty-registration summary from these registrations.
"""

from __future__ import annotations

import datetime as dt
import functools
import random
from decimal import Decimal

from simple_history.utils import bulk_create_with_history

from counsel.apps.accounts.models import User
from counsel.apps.org.models import AssessmentYear, Engagement
from counsel.apps.quarter.active import service_of
from counsel.apps.worklog.models import WorkKind, WorkRecord, WorkStatus
from counsel.rules.deadlines import china_date
from counsel.rules.periods import quarter_bounds
from counsel.web.demo.context import Demo, at
from counsel.web.demo.people import DEMO_COMMUNITY

PLACES = ("社区服务中心法律服务室", "社区党群服务中心", "居委会议事厅", "小区文化广场", "居民家中")
CONTENT: dict[str, tuple[str, ...]] = {
    WorkKind.DUTY: (
        "驻点值班，接待来访居民，解答婚姻家庭、邻里纠纷等法律问题",
        "驻点值班，解答劳动合同、工资支付方面的咨询",
        "驻点值班，解答房屋租赁、物业服务合同方面的咨询",
    ),
    WorkKind.CONSULT: (
        "通过社区法律服务群答复居民关于继承的咨询",
        "电话答复居民关于交通事故赔偿的咨询",
        "答复居民关于民间借贷的咨询",
    ),
    WorkKind.EDUCATION: (
        "开展《民法典》婚姻家庭编专题讲座",
        "开展防范电信网络诈骗法治宣传活动",
        "开展老年人权益保障法律知识讲座",
    ),
    WorkKind.MEDIATION: ("参与调解邻里噪音纠纷", "参与调解物业费纠纷", "参与调解家庭赡养纠纷"),
    WorkKind.REVIEW: ("审查社区物业服务合同", "审查社区居民公约修订稿", "审查社区活动场地租赁合同"),
    WorkKind.LEGAL_AID: ("引导困难居民申请法律援助", "为残疾居民提供法律援助申请指引"),
    WorkKind.OTHER: ("参加社区网格工作例会，通报法律服务情况", "协助社区开展矛盾纠纷排查"),
}
RESULTS = ("已当场答复", "已出具书面意见", "双方达成和解", "已引导至相关部门", "居民表示满意")
RETURN_REASONS = (
    "时间与社区值班记录不符，请核对",
    "服务内容过于简略，请补充",
    "未附签到表，请补充附件",
)
#: How many of each kind a quarter usually holds (low, high).
OTHER_COUNTS = {
    WorkKind.CONSULT: (2, 6),
    WorkKind.EDUCATION: (1, 2),
    WorkKind.MEDIATION: (0, 2),
    WorkKind.REVIEW: (0, 2),
    WorkKind.LEGAL_AID: (0, 1),
    WorkKind.OTHER: (0, 1),
}
DUTY_REQUIRED = 6
RECENT_DAYS = 7  # registrations of the last week still wait for their community


def _duty_target(quality: float, rng: random.Random) -> int:
    """Duty sessions in a full quarter: six required (R6); a good lawyer rarely misses one."""
    missed = sum(1 for _ in range(3) if rng.random() < 0.03 + (1 - quality) * 0.3)
    return DUTY_REQUIRED - missed + (rng.random() < 0.15 * quality)


@functools.cache
def _workdays(first: dt.date, last: dt.date) -> tuple[dt.date, ...]:
    span = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    return tuple(d for d in span if d.weekday() < 5) or tuple(span)


def _days(first: dt.date, last: dt.date, count: int, rng: random.Random) -> list[dt.date]:
    workdays = _workdays(first, last)
    if not workdays:
        return []
    return sorted(rng.choice(workdays) for _ in range(count))


def _record(
    engagement: Engagement,
    kind: str,
    day: dt.date,
    rng: random.Random,
    quarter_end: dt.date,
    today: dt.date,
    lawyer_user: User | None,
    community_user: User | None,
    returned: bool = False,
) -> WorkRecord:
    start_hour = (
        rng.choice((9, 9, 13, 14)) if kind == WorkKind.DUTY else rng.choice((9, 10, 14, 15, 19))
    )
    length = 180 if kind == WorkKind.DUTY else rng.choice((30, 60, 90, 120))
    start = dt.time(start_hour, rng.choice((0, 30)))
    end_minutes = start.hour * 60 + start.minute + length
    end = dt.time(end_minutes // 60, end_minutes % 60)
    late = quarter_end < today and rng.random() < 0.03
    registered_day = (
        quarter_end + dt.timedelta(days=rng.randint(3, 20))
        if late
        else day + dt.timedelta(days=rng.randint(0, 2))
    )
    registered_day = min(registered_day, today - dt.timedelta(days=1))
    registered_at = at(registered_day, rng.randint(17, 21), rng.randint(0, 59))
    recent = (today - registered_day).days <= RECENT_DAYS
    status = (
        WorkStatus.RETURNED
        if returned
        else WorkStatus.SUBMITTED
        if recent
        else WorkStatus.CONFIRMED
    )
    reviewed_at = None
    if status != WorkStatus.SUBMITTED:
        reviewed_day = registered_day + dt.timedelta(days=rng.randint(1, 3))
        reviewed_at = at(min(reviewed_day, today - dt.timedelta(days=1)), 10)
    record = WorkRecord(
        engagement=engagement,
        date=day,
        start_time=start,
        end_time=end,
        place=rng.choice(PLACES),
        kind=kind,
        people_served=rng.randint(1, 6) if kind != WorkKind.EDUCATION else rng.randint(20, 60),
        content=rng.choice(CONTENT[kind]),
        result=rng.choice(RESULTS),
        status=status,
        return_reason=rng.choice(RETURN_REASONS) if returned else "",
        late=china_date(registered_at) > quarter_end,
        registered_at=registered_at,
        registered_by=lawyer_user,
        reviewed_at=reviewed_at,
        reviewed_by=community_user if reviewed_at else None,
    )
    return record


def load_registrations(demo: Demo) -> None:
    """Registrations for every engagement and every quarter begun before today: the ended
    quarters' confirmed by the community (a few registered late), the last week's waiting
    for it, and in the quarter under way some returned for correction — one of them the
    demo lawyer's."""
    rng = demo.random_for("registrations")
    today = demo.today
    engagements = list(
        Engagement.objects.select_related("community", "lawyer")
        .prefetch_related("periods")
        .order_by("code")
    )
    records: list[WorkRecord] = []
    for year in sorted(demo.years.values(), key=lambda y: y.year):
        for quarter in (1, 2, 3, 4):
            if quarter_bounds(year.year, quarter)[0] >= today:
                continue
            for engagement in engagements:
                records += _quarter(demo, engagement, year, quarter, rng)
    bulk_create_with_history(records, WorkRecord, batch_size=2000, default_change_reason="登记")
    waiting = sum(1 for r in records if r.status == WorkStatus.SUBMITTED)
    returned = sum(1 for r in records if r.status == WorkStatus.RETURNED)
    demo.say(f"工作登记 {len(records)} 条（待社区确认 {waiting} 条，退回待修改 {returned} 条）")


def _quarter(
    demo: Demo, engagement: Engagement, year: AssessmentYear, quarter: int, rng: random.Random
) -> list[WorkRecord]:
    today = demo.today
    first, last = quarter_bounds(year.year, quarter)
    spans = [
        (max(a, first), min(b, last, today - dt.timedelta(days=1)))
        for a, b in service_of(engagement, year.year).intervals
        if a <= last and b >= first
    ]
    spans = [(a, b) for a, b in spans if a <= b]
    if not spans:
        return []
    a, b = spans[0][0], spans[-1][1]
    share = Decimal((b - a).days + 1) / Decimal((last - first).days + 1)
    target = _duty_target(demo.quality(engagement.lawyer_id), rng)
    under_way = last >= today
    if share < 1:  # part of the quarter served, or the quarter under way
        target = int(target * share + Decimal("0.5"))
    args = (
        rng,
        last,
        today,
        demo.lawyer_users.get(engagement.lawyer_id),
        demo.community_users.get(engagement.community_id),
    )
    out = [_record(engagement, WorkKind.DUTY, day, *args) for day in _days(a, b, target, rng)]
    for kind, (low, high) in OTHER_COUNTS.items():
        count = int(rng.randint(low, high) * share + Decimal("0.5"))
        out += [_record(engagement, kind, day, *args) for day in _days(a, b, count, rng)]
    if under_way:
        # This week's work waits for the community; now and then one came back.
        week = _days(max(a, b - dt.timedelta(days=6)), b, rng.randint(1, 2), rng)
        out += [_record(engagement, WorkKind.CONSULT, d, *args) for d in week]
        if rng.random() < 0.12 or engagement.community.code == DEMO_COMMUNITY:
            day = _days(a, max(a, b - dt.timedelta(days=10)), 1, rng)
            out += [_record(engagement, WorkKind.CONSULT, d, *args, returned=True) for d in day]
    return out
