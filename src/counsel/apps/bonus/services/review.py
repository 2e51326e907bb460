"""R9, R18: the community gives its opinion, the judicial office approves, lowers (with a
reason) or rejects each item by 1/20 of Y+1, and reports to the bureau."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction

from counsel.apps.accounts.models import User
from counsel.apps.bonus.models import BonusClaim, BonusDeclaration, ClaimStatus, DeclarationStatus
from counsel.apps.bonus.services.common import late, moment, save
from counsel.apps.org.models import AssessmentYear, Street
from counsel.apps.yearend.locks import ensure_year_open
from counsel.rules.exact import plain

APPROVE, LOWER, REJECT = "approve", "lower", "reject"
DECISIONS = ((APPROVE, "认定"), (LOWER, "核减分值"), (REJECT, "不予认定"))


@transaction.atomic
def community_opinion_give(
    *,
    declaration: BonusDeclaration,
    actor: User | None,
    agrees: bool,
    remark: str,
    now: dt.datetime | None = None,
) -> BonusDeclaration:
    """社区（村）确认意见: agree, or disagree with a remark; either way the declaration goes
    on to the judicial office, which sees the opinion. Agreeing confirms every item."""
    ensure_year_open(declaration.year)
    if declaration.status != DeclarationStatus.SUBMITTED:
        raise ValidationError("该申报表不在待社区确认状态。", code="bad_status")
    remark = remark.strip()
    if not agrees and not remark:
        raise ValidationError({"remark": "不同意时须写明意见（哪一项、什么原因）。"})
    declaration.community_by = actor
    declaration.community_at = moment(now)
    declaration.community_agrees = agrees
    declaration.community_remark = remark
    declaration.status = DeclarationStatus.CONFIRMED
    save(declaration, actor, "社区同意" if agrees else "社区不同意")
    if agrees:
        for claim in declaration.claims.filter(status=ClaimStatus.DECLARED):
            claim.status = ClaimStatus.CONFIRMED
            save(claim, actor, "社区确认")
    return declaration


@transaction.atomic
def claim_decide(
    *,
    claim: BonusClaim,
    actor: User | None,
    decision: str,
    points: Decimal | None = None,
    reason: str = "",
    now: dt.datetime | None = None,
) -> BonusClaim:
    """司法所审定 of one item (R9): approve the declared points, lower them (a reason is
    required; never above the item's points per occurrence) or reject (a reason is
    required). When every item is decided the declaration is reviewed; a later change
    to a reported declaration sends it back to be reported again."""
    declaration = claim.declaration
    ensure_year_open(declaration.year)
    if declaration.status not in (
        DeclarationStatus.CONFIRMED,
        DeclarationStatus.REVIEWED,
        DeclarationStatus.REPORTED,
    ):
        raise ValidationError("社区尚未出具确认意见，暂不能审定。", code="bad_status")
    reason = reason.strip()
    item_points = claim.item.points if claim.item else None
    if decision == APPROVE:
        approved = claim.declared_points
        if item_points is not None and approved > item_points:
            raise ValidationError(
                {
                    "points": f"申报 {plain(approved)} 分超过该项目每次 {plain(item_points)} 分，只能核减（R9）。"
                }
            )
        status = ClaimStatus.APPROVED
    elif decision == LOWER:
        errors = {}
        if points is None:
            errors["points"] = "请填写核减后的审定分值。"
        elif points <= 0:
            errors["points"] = "审定分值应大于 0；不予认定请选“不予认定”。"
        elif points >= claim.declared_points:
            errors["points"] = f"核减后的分值应低于申报的 {plain(claim.declared_points)} 分。"
        elif item_points is not None and points > item_points:
            errors["points"] = f"审定分值不得超过该项目每次 {plain(item_points)} 分（R9）。"
        if not reason:
            errors["reason"] = "核减分值须写明理由（R9）。"
        if errors:
            raise ValidationError(errors)
        approved = points
        status = ClaimStatus.APPROVED
    elif decision == REJECT:
        if not reason:
            raise ValidationError({"reason": "不予认定须写明理由。"})
        approved = None
        status = ClaimStatus.REJECTED
    else:
        raise ValidationError({"decision": "请选择审定结果。"})
    at = moment(now)
    before = decision_text(claim.status, claim.approved_points)
    claim.status = status
    claim.approved_points = approved
    claim.decision_reason = reason
    claim.decided_by = actor
    claim.decided_at = at
    after = decision_text(status, approved)
    save(claim, actor, f"{dict(DECISIONS)[decision]}：{before} → {after}")
    _review_state(declaration, actor, at)
    return claim


def decision_text(status: str, approved: Decimal | None) -> str:
    """A claim's decision as the history writes it: 审定 1 分, 不予认定, 未审定."""
    if status == ClaimStatus.APPROVED and approved is not None:
        return f"审定 {plain(approved)} 分"
    if status == ClaimStatus.REJECTED:
        return "不予认定"
    return "未审定"


def _review_state(declaration: BonusDeclaration, actor: User | None, at: dt.datetime) -> None:
    if declaration.claims.exclude(status__in=(ClaimStatus.APPROVED, ClaimStatus.REJECTED)).exists():
        return
    declaration.status = DeclarationStatus.REVIEWED
    declaration.reviewed_by = actor
    declaration.reviewed_at = at
    declaration.reviewed_late = late(declaration.year, "annual_scoring", at)
    declaration.reported_at = None
    declaration.reported_by = None
    save(declaration, actor, "司法所审定")


@transaction.atomic
def declarations_report(
    *,
    year: AssessmentYear,
    street: Street,
    actor: User | None,
    now: dt.datetime | None = None,
) -> int:
    """报送区司法局律工科: every reviewed declaration of the street; returns how many."""
    ensure_year_open(year)
    at = moment(now)
    count = 0
    for declaration in BonusDeclaration.objects.filter(
        year=year, engagement__community__street=street, status=DeclarationStatus.REVIEWED
    ):
        declaration.status = DeclarationStatus.REPORTED
        declaration.reported_by = actor
        declaration.reported_at = at
        save(declaration, actor, "报送区司法局")
        count += 1
    return count
