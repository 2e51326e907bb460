"""R9, R18: the community's opinion, the office's decision on each item (approve, lower
with a reason, reject with a reason; never above the item's points), by 1/20 of Y+1, and
the report to the bureau — every step kept in history."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from counsel.apps.bonus.models import BonusClaim, ClaimStatus, DeclarationStatus
from counsel.apps.bonus.services import review
from counsel.apps.yearend.services.versions import year_finalise
from tests.apps.bonus.helpers import claims, confirmed, draft, submitted
from tests.apps.yearend.helpers import cst, score_world

pytestmark = pytest.mark.django_db


def test_the_community_agreeing_confirms_every_item(world) -> None:
    declaration = confirmed(world)
    assert declaration.status == DeclarationStatus.CONFIRMED
    assert declaration.community_agrees is True
    assert declaration.community_by == world.users["community"]
    assert {c.status for c in claims(declaration)} == {ClaimStatus.CONFIRMED}


def test_disagreeing_needs_a_remark_and_leaves_the_items_declared(world) -> None:
    declaration = submitted(world)
    with pytest.raises(ValidationError, match="须写明意见"):
        review.community_opinion_give(declaration=declaration, actor=None, agrees=False, remark="")
    review.community_opinion_give(
        declaration=declaration, actor=None, agrees=False, remark="第2项纠纷由街道调处"
    )
    declaration.refresh_from_db()
    assert declaration.status == DeclarationStatus.CONFIRMED
    assert declaration.community_agrees is False
    assert declaration.community_remark == "第2项纠纷由街道调处"
    assert {c.status for c in claims(declaration)} == {ClaimStatus.DECLARED}


def test_the_community_gives_its_opinion_only_on_a_submitted_declaration(world) -> None:
    with pytest.raises(ValidationError, match="不在待社区确认状态"):
        review.community_opinion_give(declaration=draft(world), actor=None, agrees=True, remark="")


def test_the_office_decides_only_after_the_community(world) -> None:
    claim = claims(submitted(world))[0]
    with pytest.raises(ValidationError, match="社区尚未出具确认意见"):
        review.claim_decide(claim=claim, actor=None, decision=review.APPROVE)


def test_approving_counts_the_declared_points(world) -> None:
    claim = claims(confirmed(world))[0]
    review.claim_decide(claim=claim, actor=world.users["office_a"], decision=review.APPROVE)
    claim.refresh_from_db()
    assert (claim.status, claim.approved_points, claim.decision_label) == (
        ClaimStatus.APPROVED,
        Decimal("2.00"),
        "认定",
    )
    assert claim.decided_by == world.users["office_a"] and claim.decided_at is not None


@pytest.mark.parametrize(
    ("points", "reason", "field", "message"),
    [
        (Decimal("1"), "", "reason", "核减分值须写明理由"),
        (None, "材料不足", "points", "请填写核减后的审定分值"),
        (Decimal("2"), "材料不足", "points", "应低于申报的 2 分"),
        (Decimal("0"), "材料不足", "points", "不予认定请选"),
    ],
)
def test_lowering_needs_a_reason_and_fewer_points(world, points, reason, field, message) -> None:
    claim = claims(confirmed(world))[0]
    with pytest.raises(ValidationError) as error:
        review.claim_decide(
            claim=claim, actor=None, decision=review.LOWER, points=points, reason=reason
        )
    assert message in " ".join(error.value.message_dict[field])
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.CONFIRMED


def test_approved_points_never_exceed_the_items_points_per_occurrence(world) -> None:
    declaration = confirmed(world)
    claim = claims(declaration)[0]  # 获市级表彰, 2 points per occurrence
    claim.declared_points = Decimal("3")  # as an old or imported claim might carry
    claim.save()
    with pytest.raises(ValidationError, match="只能核减"):
        review.claim_decide(claim=claim, actor=None, decision=review.APPROVE)
    with pytest.raises(ValidationError, match="不得超过该项目每次 2 分"):
        review.claim_decide(
            claim=claim, actor=None, decision=review.LOWER, points=Decimal("2.5"), reason="x"
        )
    review.claim_decide(
        claim=claim, actor=None, decision=review.LOWER, points=Decimal("2"), reason="按每次分值"
    )
    claim.refresh_from_db()
    assert claim.approved_points == Decimal("2.00") and claim.decision_label == "核减"


def test_rejecting_needs_a_reason(world) -> None:
    claim = claims(confirmed(world))[1]
    with pytest.raises(ValidationError, match="不予认定须写明理由"):
        review.claim_decide(claim=claim, actor=None, decision=review.REJECT)
    review.claim_decide(claim=claim, actor=None, decision=review.REJECT, reason="非结对社区事项")
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.REJECTED and claim.approved_points is None


@pytest.mark.parametrize(
    ("moment", "late"), [(cst(2026, 1, 20, 23, 59), False), (cst(2026, 1, 21, 0, 30), True)]
)
def test_the_declaration_is_reviewed_when_every_item_is_decided_late_after_20_january(
    world, moment, late
) -> None:
    declaration = confirmed(world)
    first, second = claims(declaration)
    review.claim_decide(claim=first, actor=None, decision=review.APPROVE, now=moment)
    declaration.refresh_from_db()
    assert declaration.status == DeclarationStatus.CONFIRMED
    review.claim_decide(
        claim=second,
        actor=world.users["office_a"],
        decision=review.LOWER,
        points=Decimal("0.5"),
        reason="仅参与调处",
        now=moment,
    )
    declaration.refresh_from_db()
    assert declaration.status == DeclarationStatus.REVIEWED
    assert declaration.reviewed_at == moment and declaration.reviewed_late is late


def test_reporting_sends_the_streets_reviewed_declarations_and_a_later_change_resends(
    world,
) -> None:
    declaration = confirmed(world)
    for claim in claims(declaration):
        review.claim_decide(claim=claim, actor=None, decision=review.APPROVE)
    count = review.declarations_report(
        year=world.year, street=world.street_b, actor=None, now=cst(2026, 1, 22)
    )
    assert count == 0
    count = review.declarations_report(
        year=world.year, street=world.street_a, actor=None, now=cst(2026, 1, 22)
    )
    declaration.refresh_from_db()
    assert count == 1 and declaration.status == DeclarationStatus.REPORTED
    review.claim_decide(
        claim=claims(declaration)[0], actor=None, decision=review.REJECT, reason="复核不符"
    )
    declaration.refresh_from_db()
    assert declaration.status == DeclarationStatus.REVIEWED and declaration.reported_at is None


def test_every_decision_is_kept_in_history(world) -> None:
    claim = claims(confirmed(world))[0]
    office = world.users["office_a"]
    review.claim_decide(claim=claim, actor=office, decision=review.APPROVE)
    review.claim_decide(
        claim=claim, actor=office, decision=review.LOWER, points=Decimal("1"), reason="复核"
    )
    history = list(BonusClaim.history.filter(id=claim.pk).order_by("history_date"))
    assert [h.status for h in history[-2:]] == [ClaimStatus.APPROVED, ClaimStatus.APPROVED]
    assert [h.approved_points for h in history[-2:]] == [Decimal("2.00"), Decimal("1.00")]
    assert {h.history_user for h in history[-2:]} == {office}
    assert history[-1].history_change_reason == "核减分值：审定 2 分 → 审定 1 分"


def test_no_decision_once_the_year_is_finalised(world) -> None:
    score_world(world)
    claim = claims(confirmed(world))[0]
    year_finalise(year=world.year, actor=None)
    with pytest.raises(ValidationError, match="已定案"):
        review.claim_decide(claim=claim, actor=None, decision=review.APPROVE)
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.CONFIRMED
