"""The demo's bonus declarations (附件2, R9–R10, R18), made through the services by the
people whose work it is: the lawyer declares items of the catalog with evidence and
submits, the community gives its opinion, the office approves, lowers (with a reason) or
rejects each item and reports the declarations to the bureau.

Last year's are all decided and reported (one submitted late, one community disagreeing,
some items lowered or rejected), so that the year can be finalised; this year's are under
way — drafts, some waiting for the community, a few for the office (one of them in
笕桥街道). The demo lawyer's declaration for 笕桥社区 waits for the community; the one for
the neighbouring community is still a draft, due 10 January.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from counsel.apps.bonus.models import BonusCatalogItem, BonusDeclaration, DeclarationStatus
from counsel.apps.bonus.services import declaration as lawyer_services
from counsel.apps.bonus.services import review
from counsel.apps.org.models import AssessmentYear, Engagement
from counsel.apps.quarter.active import service_of
from counsel.web.demo.context import Demo, office_hours
from counsel.web.demo.people import DEMO_COMMUNITY

REASONS = {
    "honour_district": "获评区级“优秀社区律师”",
    "honour_city": "获评市级“律师进社区（村）工作先进个人”",
    "honour_province": "获省级法律服务先进个人表彰",
    "media": "调解案例被区融媒体中心刊发",
    "major_dispute": "成功化解小区物业费群体性纠纷",
    "legal_aid_case": "承办本社区居民劳动争议法律援助案件",
    "key_task": "参与街道征迁政策法律咨询专班",
}
WEIGHTS = {
    "media": 5,
    "major_dispute": 5,
    "legal_aid_case": 6,
    "key_task": 4,
    "honour_district": 2,
    "honour_city": 1,
    "honour_province": 1,
}
LOWER_REASONS = (
    "佐证材料仅能证明参与，不能证明主办，按半数认定",
    "报道为街道公众号转载，按区级以下媒体核减",
)
REJECT_REASONS = ("事项发生在结对社区以外，不属于本结对工作", "佐证材料不足，无法核实")
DISAGREEMENT = "第1项活动由街道组织，律师为协助参与，请司法所核实分值"

# A one-page PDF that says what it is: the demo's evidence file.
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
    b"/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
    b"4 0 obj<</Length 44>>stream\nBT /F1 18 Tf 72 760 Td (Demo evidence) Tj ET\nendstream\nendobj\n"
    b"5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def _january(year: AssessmentYear, first: int, last: int, rng: random.Random) -> dt.datetime:
    """A working moment in January of the year after (when last year's work is done)."""
    return office_hours(dt.date(year.year + 1, 1, rng.randint(first, last)), rng)


class _Declarations:
    def __init__(self, demo: Demo, year: AssessmentYear) -> None:
        self.demo = demo
        self.year = year
        self.rng = demo.random_for(f"declarations-{year.year}")
        self.catalog = list(BonusCatalogItem.objects.filter(year=year).order_by("order"))
        self.last_day = min(dt.date(year.year, 12, 31), demo.today - dt.timedelta(days=1))

    def draft(self, engagement: Engagement) -> BonusDeclaration | None:
        """The lawyer's declaration with one to three items, each with its evidence."""
        rng = self.rng
        lawyer = self.demo.lawyer_users.get(engagement.lawyer_id)
        spans = [
            (a, min(b, self.last_day))
            for a, b in service_of(engagement, self.year.year).intervals
            if a <= self.last_day
        ]
        if not spans or not self.catalog:
            return None
        declaration = lawyer_services.declaration_open(
            year=self.year, engagement=engagement, actor=lawyer
        )
        weights = [WEIGHTS.get(c.key, 1) for c in self.catalog]
        for item in rng.choices(self.catalog, weights, k=rng.choice((1, 1, 2, 2, 3))):
            start, end = rng.choice(spans)
            day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
            try:
                claim = lawyer_services.claim_add(
                    declaration=declaration,
                    actor=lawyer,
                    item=item,
                    reason=REASONS.get(item.key, item.name),
                    occurred_on=day,
                )
            except ValidationError:
                continue  # the same event twice (R9): the lawyer would not declare it
            upload = ContentFile(PDF, name=f"佐证材料-{item.name}.pdf")
            lawyer_services.evidence_add(claim=claim, actor=lawyer, upload=upload)
        return declaration if declaration.claims.exists() else None

    def submit(self, declaration: BonusDeclaration, when: dt.datetime) -> None:
        lawyer = self.demo.lawyer_users.get(declaration.engagement.lawyer_id)
        lawyer_services.declaration_submit(declaration=declaration, actor=lawyer, now=when)

    def confirm(self, declaration: BonusDeclaration, when: dt.datetime, agrees: bool) -> None:
        review.community_opinion_give(
            declaration=declaration,
            actor=self.demo.community_users.get(declaration.engagement.community_id),
            agrees=agrees,
            remark="" if agrees else DISAGREEMENT,
            now=when,
        )

    def decide(self, declaration: BonusDeclaration, turn: int) -> tuple[int, int]:
        """The office decides every item: about one in nine lowered, one in nine rejected."""
        rng = self.rng
        office = self.demo.offices.get(declaration.engagement.community.street_id)
        lowered = rejected = 0
        claims = declaration.claims.select_related("item").order_by("id")
        for n, claim in enumerate(claims, start=turn):
            when = _january(self.year, 15, 20, rng)
            if n % 9 == 4 and claim.declared_points > Decimal("0.5"):
                points = (claim.declared_points / 2).quantize(Decimal("0.01"))
                reason = rng.choice(LOWER_REASONS)
                review.claim_decide(
                    claim=claim,
                    actor=office,
                    decision=review.LOWER,
                    points=points,
                    reason=reason,
                    now=when,
                )
                lowered += 1
            elif n % 9 == 7:
                reason = rng.choice(REJECT_REASONS)
                review.claim_decide(
                    claim=claim, actor=office, decision=review.REJECT, reason=reason, now=when
                )
                rejected += 1
            else:
                review.claim_decide(claim=claim, actor=office, decision=review.APPROVE, now=when)
        return lowered, rejected


def _declaring(
    demo: Demo, year: AssessmentYear, share: float, rng: random.Random
) -> list[Engagement]:
    engagements = Engagement.objects.select_related("community", "lawyer").prefetch_related(
        "periods"
    )
    mine = _demo_lawyers()
    chosen = []
    for engagement in engagements.order_by("code"):
        if service_of(engagement, year.year).days == 0:
            continue
        if engagement.lawyer_id in mine or rng.random() < share:
            chosen.append(engagement)
    return chosen


def _last_year(demo: Demo, year: AssessmentYear) -> None:
    work = _Declarations(demo, year)
    rng = work.rng
    made = [d for e in _declaring(demo, year, 0.45, rng) if (d := work.draft(e)) is not None]
    lowered = rejected = turn = 0
    for n, declaration in enumerate(made):
        late = n == len(made) - 1
        work.submit(
            declaration, _january(year, 11, 12, rng) if late else _january(year, 2, 10, rng)
        )
        work.confirm(declaration, _january(year, 12, 15, rng), agrees=n != len(made) // 2)
        declaration.refresh_from_db()
        low, rej = work.decide(declaration, turn)
        lowered, rejected, turn = lowered + low, rejected + rej, turn + declaration.claims.count()
    for office in demo.offices.values():
        street = office.street
        if street is not None:
            review.declarations_report(
                year=year, street=street, actor=office, now=_january(year, 20, 22, rng)
            )
    demo.say(
        f"{year.year}年度加分申报 {len(made)} 份：均已社区确认、司法所审定并报区司法局"
        f"（核减 {lowered} 项、不予认定 {rejected} 项，逾期提交 1 份）"
    )


def _this_year(demo: Demo, year: AssessmentYear) -> None:
    work = _Declarations(demo, year)
    rng = work.rng
    counts = {DeclarationStatus.DRAFT: 0, DeclarationStatus.SUBMITTED: 0}
    counts[DeclarationStatus.CONFIRMED] = 0
    mine = _demo_lawyers()
    demo_street = next((c.street_id for c in demo.communities if c.code == DEMO_COMMUNITY), None)
    office_waits = False  # one of the demo office's street waits for its decision
    for engagement in _declaring(demo, year, 0.15, rng):
        declaration = work.draft(engagement)
        if declaration is None:
            continue
        roll = rng.random()
        if engagement.community.code == DEMO_COMMUNITY:
            roll = 0.5  # waits for the demo community
        elif engagement.lawyer_id in mine:
            roll = 0.0  # the demo lawyer's other declaration: a draft, due 10 January
        elif engagement.community.street_id == demo_street and not office_waits:
            roll = 0.9
        office_waits |= engagement.community.street_id == demo_street and roll >= 0.8
        if roll >= 0.4:
            submitted = demo.today - dt.timedelta(days=rng.randint(2, 20))
            work.submit(declaration, office_hours(submitted, rng))
            if roll >= 0.8:
                confirmed = submitted + dt.timedelta(days=rng.randint(1, 3))
                confirmed = min(confirmed, demo.today - dt.timedelta(days=1))
                work.confirm(declaration, office_hours(confirmed, rng), agrees=True)
        declaration.refresh_from_db()
        counts[DeclarationStatus(declaration.status)] += 1
    demo.say(
        f"{year.year}年度加分申报：草稿 {counts[DeclarationStatus.DRAFT]} 份，"
        f"待社区确认 {counts[DeclarationStatus.SUBMITTED]} 份，"
        f"待司法所审定 {counts[DeclarationStatus.CONFIRMED]} 份"
    )


def _demo_lawyers() -> set[int]:
    """The lawyer of 笕桥社区, the demo's lawyer login (all their engagements declare)."""
    return set(
        Engagement.objects.filter(community__code=DEMO_COMMUNITY).values_list(
            "lawyer_id", flat=True
        )
    )


def load_declarations(demo: Demo) -> None:
    previous = demo.years.get(demo.previous_year)
    if previous is not None:
        _last_year(demo, previous)
    current = demo.years.get(demo.current_year)
    if current is not None:
        _this_year(demo, current)
