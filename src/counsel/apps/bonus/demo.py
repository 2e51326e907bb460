"""Demo step: the 2025 bonus declarations taken through the whole workflow — submitted
(one late), confirmed by the communities (one disagreement), decided by the offices (some
lowered with a reason, some rejected) — by the people whose work it is."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import TextIO

from django.core.files.base import ContentFile

from counsel.apps.accounts.models import Role, User
from counsel.apps.bonus.models import (
    BonusClaim,
    BonusDeclaration,
    ClaimStatus,
    DeclarationStatus,
)
from counsel.apps.bonus.services import declaration as lawyer_services
from counsel.apps.bonus.services import review
from counsel.apps.org.models import AssessmentYear
from counsel.rules.deadlines import CHINA_STANDARD_TIME

YEAR = 2025
CENT = Decimal("0.01")
LOWER_REASONS = (
    "佐证材料仅能证明参与，不能证明主办，按半数认定",
    "报道为街道公众号转载，按区级以下媒体核减",
)
REJECT_REASONS = ("事项发生在结对社区以外，不属于本结对工作", "佐证材料不足，无法核实")

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


def _at(rng: random.Random, month: int, first: int, last: int) -> dt.datetime:
    day = rng.randint(first, last)
    return dt.datetime(
        YEAR + 1, month, day, rng.randint(9, 17), rng.randint(0, 59), tzinfo=CHINA_STANDARD_TIME
    )


def _user(role: str, **scope: object) -> User | None:
    return User.objects.filter(role=role, **scope).order_by("pk").first()


def _submit_and_confirm(
    declaration: BonusDeclaration, rng: random.Random, *, late: bool, agrees: bool
) -> tuple[bool, bool]:
    """Take a declaration to the office: evidence, submission, the community's opinion."""
    engagement = declaration.engagement
    lawyer = _user(Role.LAWYER, lawyer=engagement.lawyer_id)
    community = _user(Role.COMMUNITY, community=engagement.community_id)
    submitted = confirmed = False
    if declaration.status == DeclarationStatus.DRAFT and declaration.claims.exists():
        for claim in declaration.claims.all():
            if not claim.evidence.exists():
                upload = ContentFile(PDF, name=f"佐证材料-{claim.pk}.pdf")
                lawyer_services.evidence_add(claim=claim, actor=lawyer, upload=upload)
        when = _at(rng, 1, 11, 12) if late else _at(rng, 1, 2, 10)
        lawyer_services.declaration_submit(declaration=declaration, actor=lawyer, now=when)
        submitted = True
    if declaration.status == DeclarationStatus.SUBMITTED:
        review.community_opinion_give(
            declaration=declaration,
            actor=community,
            agrees=agrees,
            remark="" if agrees else "第1项活动由街道组织，律师为协助参与，请司法所核实分值",
            now=_at(rng, 1, 12, 15),
        )
        confirmed = True
    return submitted, confirmed


def step(*, rng: random.Random, stdout: TextIO) -> None:
    year = AssessmentYear.objects.filter(year=YEAR).first()
    if year is None:
        stdout.write("加分申报：没有 2025 年度，跳过\n")
        return
    declarations = list(
        BonusDeclaration.objects.filter(year=year)
        .select_related("engagement__lawyer", "engagement__community__street")
        .order_by("engagement__code")
    )
    submitted = confirmed = 0
    for index, declaration in enumerate(declarations):
        late = index == len(declarations) - 1
        agrees = index != len(declarations) // 2 or len(declarations) < 3
        s, c = _submit_and_confirm(declaration, rng, late=late, agrees=agrees)
        submitted += s
        confirmed += c
    pending = list(
        BonusClaim.objects.filter(
            declaration__year=year,
            declaration__status=DeclarationStatus.CONFIRMED,
            status__in=(ClaimStatus.DECLARED, ClaimStatus.CONFIRMED),
        )
        .select_related("item", "declaration__engagement__community")
        .order_by("declaration__engagement__code", "id")
    )
    # About one item in nine is lowered and one in nine rejected; at least one of each.
    lowered = {c.pk for c in pending[4::9] or pending[-2:-1] if c.item is not None}
    rejected = {c.pk for c in pending[7::9] or pending[-1:]} - lowered
    for claim in pending:
        office = _user(
            Role.JUDICIAL_OFFICE, street=claim.declaration.engagement.community.street_id
        )
        when = _at(rng, 1, 15, 20)
        if claim.pk in lowered:
            review.claim_decide(
                claim=claim,
                actor=office,
                decision=review.LOWER,
                points=(claim.declared_points / 2).quantize(CENT),
                reason=rng.choice(LOWER_REASONS),
                now=when,
            )
        elif claim.pk in rejected:
            review.claim_decide(
                claim=claim,
                actor=office,
                decision=review.REJECT,
                reason=rng.choice(REJECT_REASONS),
                now=when,
            )
        else:
            review.claim_decide(claim=claim, actor=office, decision=review.APPROVE, now=when)
    stdout.write(
        f"加分申报：提交 {submitted} 份，社区确认 {confirmed} 份；审定 {len(pending)} 项，"
        f"其中核减 {len(lowered)} 项、不予认定 {len(rejected)} 项\n"
    )
