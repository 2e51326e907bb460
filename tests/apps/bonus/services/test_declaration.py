"""R9–R10, R18: the lawyer's declaration — catalog items within their points, evidence,
one event in one engagement, submission by 1/10 of Y+1 (late accepted, marked late)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from counsel.apps.bonus.models import BonusEvidence, DeclarationStatus
from counsel.apps.bonus.services import declaration as services
from counsel.apps.org.models import Community, Engagement, EngagementPeriod, LawFirm
from counsel.apps.yearend.services.versions import year_finalise
from tests.apps.bonus.helpers import claims, draft, item, pdf
from tests.apps.yearend.helpers import cst, score_world

pytestmark = pytest.mark.django_db


def _add(world, declaration, key, reason, day):  # type: ignore[no-untyped-def]
    return services.claim_add(
        declaration=declaration, actor=None, item=item(world, key), reason=reason, occurred_on=day
    )


def test_a_declaration_opens_once_per_engagement_and_year_with_the_header(world) -> None:
    first = services.declaration_open(year=world.year, engagement=world.ea1, actor=None)
    again = services.declaration_open(year=world.year, engagement=world.ea1, actor=None)
    assert first.pk == again.pk and first.is_draft
    assert (first.applicant_name, first.firm_name, first.community_name, first.street_name) == (
        "示例律师甲",
        "示例律师事务所",
        "示例甲社区",
        "湖滨街道",
    )


def test_an_engagement_without_a_day_in_the_year_cannot_declare(world) -> None:
    gone = Engagement.objects.create(code="E9009", lawyer=world.lawyer_a1, community=world.a2)
    EngagementPeriod.objects.create(
        engagement=gone, start=dt.date(2023, 1, 1), end=dt.date(2024, 12, 31)
    )
    with pytest.raises(ValidationError, match="没有服务期间"):
        services.declaration_open(year=world.year, engagement=gone, actor=None)


def test_the_declared_points_default_to_the_items_points(world) -> None:
    declaration = draft(world, claims=(("media", "案例被区级媒体刊用", dt.date(2025, 3, 3), None),))
    assert claims(declaration)[0].declared_points == Decimal("0.50")


@pytest.mark.parametrize(
    ("points", "day", "reason", "field", "message"),
    [
        (
            Decimal("1.5"),
            dt.date(2025, 5, 1),
            "事由",
            "points",
            "申报分值 1.5 超过“获区级表彰”每次 1 分",
        ),
        (Decimal("0"), dt.date(2025, 5, 1), "事由", "points", "应大于 0"),
        (None, dt.date(2024, 12, 31), "事由", "occurred_on", "不在2025年度内"),
        (None, None, "事由", "occurred_on", "请填写发生日期"),
        (None, dt.date(2025, 5, 1), " ", "reason", "请填写事由"),
    ],
)
def test_a_claim_outside_the_rules_is_refused_saying_which_field(
    world, points, day, reason, field, message
) -> None:
    declaration = services.declaration_open(year=world.year, engagement=world.ea1, actor=None)
    with pytest.raises(ValidationError) as error:
        services.claim_add(
            declaration=declaration,
            actor=None,
            item=item(world, "honour_district"),
            reason=reason,
            occurred_on=day,
            points=points,
        )
    assert message in " ".join(error.value.message_dict[field])
    assert not declaration.claims.exists()


def _second_engagement(world):  # type: ignore[no-untyped-def]
    a3 = Community.objects.create(street=world.street_a, code="330102003053", name="示例丁社区")
    other = Engagement.objects.create(code="E9004", lawyer=world.lawyer_a1, community=a3)
    EngagementPeriod.objects.create(engagement=other, start=dt.date(2025, 3, 1))
    return other


def test_one_event_is_declared_in_one_engagement_only(world) -> None:
    draft(world, claims=(("honour_district", "获评区级优秀社区律师", dt.date(2025, 6, 1), None),))
    other = services.declaration_open(
        year=world.year, engagement=_second_engagement(world), actor=None
    )
    with pytest.raises(ValidationError) as error:
        _add(world, other, "honour_district", "区级优秀社区律师", dt.date(2025, 6, 1))
    assert "同一事项只能在一个结对中申报" in error.value.message_dict["occurred_on"][0]
    assert "示例甲社区" in error.value.message_dict["occurred_on"][0]


def test_the_same_event_twice_in_one_declaration_is_refused_but_two_events_that_day_are_not(
    world,
) -> None:
    declaration = draft(
        world,
        claims=(("legal_aid_case", "承办居民王某劳动争议法律援助案件", dt.date(2025, 4, 9), None),),
    )
    with pytest.raises(ValidationError, match="同一事项"):
        _add(
            world,
            declaration,
            "legal_aid_case",
            "承办居民王某劳动争议法律援助案件。",
            dt.date(2025, 4, 9),
        )
    _add(
        world,
        declaration,
        "legal_aid_case",
        "承办居民李某交通事故赔偿法律援助案件",
        dt.date(2025, 4, 9),
    )
    assert declaration.claims.count() == 2


def test_another_lawyer_may_declare_their_own_part_in_an_event_of_the_same_day(world) -> None:
    draft(world, claims=(("major_dispute", "化解某小区群体纠纷", dt.date(2025, 8, 1), None),))
    theirs = services.declaration_open(year=world.year, engagement=world.ea2, actor=None)
    _add(world, theirs, "major_dispute", "化解某小区群体纠纷", dt.date(2025, 8, 1))
    assert theirs.claims.count() == 1


def test_submission_needs_items_and_evidence_for_each(world) -> None:
    empty = services.declaration_open(year=world.year, engagement=world.ea2, actor=None)
    with pytest.raises(ValidationError, match="还没有加分事项"):
        services.declaration_submit(declaration=empty, actor=None)
    bare = draft(world, evidence=False)
    with pytest.raises(ValidationError, match="还没有佐证材料"):
        services.declaration_submit(declaration=bare, actor=None)
    assert bare.status == DeclarationStatus.DRAFT


@pytest.mark.parametrize(
    ("moment", "late"),
    [(cst(2026, 1, 10, 23, 59), False), (cst(2026, 1, 11, 0, 30), True)],
    ids=["23:59 on 1/10", "00:30 on 1/11"],
)
def test_submission_after_10_january_cst_is_accepted_and_marked_late(world, moment, late) -> None:
    declaration = draft(world)
    services.declaration_submit(declaration=declaration, actor=world.users["lawyer"], now=moment)
    declaration.refresh_from_db()
    assert declaration.status == DeclarationStatus.SUBMITTED
    assert declaration.submitted_at == moment and declaration.submitted_late is late
    assert declaration.history.first().history_user == world.users["lawyer"]


def test_the_header_is_frozen_at_submission(world) -> None:
    declaration = draft(world)
    services.declaration_submit(declaration=declaration, actor=None)
    world.lawyer_a1.firm = LawFirm.objects.create(name="后来的律师事务所")
    world.lawyer_a1.save()
    declaration.refresh_from_db()
    assert declaration.firm_name == "示例律师事务所"


def test_a_submitted_declaration_cannot_be_edited(world) -> None:
    declaration = draft(world)
    services.declaration_submit(declaration=declaration, actor=None)
    claim = claims(declaration)[0]
    with pytest.raises(ValidationError, match="已提交"):
        services.claim_update(
            claim=claim,
            actor=None,
            item=claim.item,
            reason="改",
            occurred_on=claim.occurred_on,
        )
    with pytest.raises(ValidationError, match="已提交"):
        services.evidence_add(claim=claim, actor=None, upload=pdf())
    with pytest.raises(ValidationError, match="已提交"):
        services.claim_delete(claim=claim, actor=None)


@pytest.mark.parametrize(
    ("name", "size", "message"),
    [("证明.exe", 10, "文件类型不支持"), ("扫描件.pdf", 10 * 1024 * 1024 + 1, "超过 10 MB")],
)
def test_evidence_must_be_a_document_or_image_up_to_10_mb(world, name, size, message) -> None:
    declaration = draft(world, evidence=False)
    upload = ContentFile(b"x" * size, name=name)
    with pytest.raises(ValidationError, match=message):
        services.evidence_add(claim=claims(declaration)[0], actor=None, upload=upload)
    assert not BonusEvidence.objects.exists()


def test_evidence_keeps_its_name_but_is_stored_under_a_neutral_one(world) -> None:
    declaration = draft(world, evidence=False)
    evidence = services.evidence_add(
        claim=claims(declaration)[0], actor=None, upload=pdf("王某 获奖证书.pdf")
    )
    assert evidence.original_name == "王某 获奖证书.pdf"
    assert "王某" not in evidence.file.name and evidence.file.name.endswith(".pdf")
    assert evidence.content_type == "application/pdf"
    services.evidence_delete(evidence=evidence, actor=None)
    assert not BonusEvidence.objects.exists()


def test_editing_a_claim_rechecks_it_against_the_others(world) -> None:
    declaration = draft(world)
    first, second = claims(declaration)
    services.claim_update(
        claim=second,
        actor=None,
        item=item(world, "major_dispute"),
        reason="化解某小区物业费群体纠纷（补充说明）",
        occurred_on=dt.date(2025, 8, 13),
        points=Decimal("0.5"),
    )
    second.refresh_from_db()
    assert second.declared_points == Decimal("0.50") and second.occurred_on == dt.date(2025, 8, 13)
    assert first.declared_points == Decimal("2.00")


def test_nothing_can_be_declared_once_the_year_is_finalised(world) -> None:
    score_world(world)
    declaration = services.declaration_open(year=world.year, engagement=world.ea1, actor=None)
    year_finalise(year=world.year, actor=None)
    with pytest.raises(ValidationError, match="已定案"):
        _add(world, declaration, "media", "x", dt.date(2025, 2, 2))
