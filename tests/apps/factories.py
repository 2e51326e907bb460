"""Objects the tests of the worklog and the quarter build on top of the world."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile

from counsel.apps.accounts.models import User
from counsel.apps.org.models import (
    AssessmentYear,
    Community,
    Engagement,
    EngagementPeriod,
    Lawyer,
    Street,
)
from counsel.apps.quarter.models import QuarterReport, ReportStatus
from counsel.apps.quarter.services.ratings import RatingEntry, satisfaction_ratings_save
from counsel.apps.quarter.services.scores import ItemEntry, quarter_score_save
from counsel.apps.worklog.models import WorkKind, WorkRecord, WorkStatus
from counsel.rules.deadlines import CHINA_STANDARD_TIME
from tests.fixtures.world import World

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n%test\n"


def cst(y: int, m: int, d: int, hh: int = 12, mm: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, tzinfo=CHINA_STANDARD_TIME)


def png(name: str = "签到表.png") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PNG, content_type="image/png")


def record(
    world: World,
    engagement: Engagement | None = None,
    *,
    day: dt.date = dt.date(2025, 2, 10),
    kind: str = WorkKind.DUTY,
    status: str = WorkStatus.SUBMITTED,
    start: dt.time = dt.time(9, 0),
    end: dt.time = dt.time(12, 0),
    people: int = 3,
    late: bool = False,
) -> WorkRecord:
    """A registration written directly (services are tested on their own)."""
    return WorkRecord.objects.create(
        engagement=engagement or world.ea1,
        date=day,
        start_time=start,
        end_time=end,
        place="社区服务中心",
        kind=kind,
        people_served=people,
        content="解答居民咨询",
        status=status,
        late=late,
        registered_at=cst(day.year, day.month, day.day, 18),
    )


def add_communities(world: World, street: Street, count: int) -> list[Engagement]:
    """More communities (each with a lawyer engaged all along) so a street reaches a size."""
    made = []
    base = Community.objects.filter(street=street).count()
    for n in range(count):
        code = f"{street.code}{900 + base + n:03d}"
        community = Community.objects.create(street=street, code=code, name=f"测试{base + n}社区")
        lawyer = Lawyer.objects.create(code=f"T{code[-6:]}", name=f"测试律师{base + n}")
        engagement = Engagement.objects.create(code=f"E{code}", lawyer=lawyer, community=community)
        EngagementPeriod.objects.create(engagement=engagement, start=dt.date(2024, 1, 1))
        made.append(engagement)
    return made


def full_score(office: User, engagement: Engagement, year: AssessmentYear, quarter: int):  # type: ignore[no-untyped-def]
    """Full marks on every item."""
    return quarter_score_save(
        actor=office, engagement=engagement, year=year, quarter=quarter, entries={}
    )


def score_with(
    office: User,
    engagement: Engagement,
    year: AssessmentYear,
    quarter: int,
    **shortfalls: int,
):  # type: ignore[no-untyped-def]
    entries = {
        key: ItemEntry(key, shortfalls=n, remark=f"{key} 扣 {n} 次")
        for key, n in shortfalls.items()
    }
    return quarter_score_save(
        actor=office, engagement=engagement, year=year, quarter=quarter, entries=entries
    )


def rate(
    office: User, street: Street, year: AssessmentYear, quarter: int, ratings: dict[Engagement, str]
):  # type: ignore[no-untyped-def]
    entries = [
        RatingEntry(e.pk, value, "居民多次投诉" if value == "普通（不赋分）" else "")
        for e, value in ratings.items()
    ]
    return satisfaction_ratings_save(
        actor=office, street=street, year=year, quarter=quarter, entries=entries
    )


def ready_street_a(world: World, quarter: int = 1) -> None:
    """Street A's quarter complete and within the quota (2 communities: 1 满意, 1 普通)."""
    office = world.users["office_a"]
    for engagement in (world.ea1, world.ea2):
        full_score(office, engagement, world.year, quarter)
    rate(office, world.street_a, world.year, quarter, {world.ea1: "满意", world.ea2: "普通"})


def report(world: World, status: str = ReportStatus.SUBMITTED, quarter: int = 1) -> QuarterReport:
    found, _ = QuarterReport.objects.get_or_create(
        street=world.street_a, year=world.year, quarter=quarter, defaults={"status": status}
    )
    return found


def xlsx(rows: list[list[object]], title: str = "工作登记") -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


ZERO = Decimal(0)
