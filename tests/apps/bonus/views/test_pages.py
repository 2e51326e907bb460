"""The lists by role, and the declaration's A4 print form with the 附件2 fields."""

from __future__ import annotations

import pytest
from django.urls import reverse

from counsel.apps.bonus.services import review
from tests.apps.bonus.helpers import claims, confirmed, draft, submitted

pytestmark = pytest.mark.django_db


def test_the_bureau_filters_the_list_by_street_and_status(world, as_persona) -> None:
    submitted(world)
    draft(world, engagement=world.eb1)
    client = as_persona("bureau")
    everything = client.get(reverse("bonus:list")).context["rows"]
    by_street = client.get(reverse("bonus:list"), {"street": world.street_b.code}).context["rows"]
    by_status = client.get(reverse("bonus:list"), {"status": "submitted"}).context["rows"]
    assert len(everything) == 2
    assert [d.engagement.code for d in by_street] == ["E9003"]
    assert [d.engagement.code for d in by_status] == ["E9001"]


def test_the_community_sees_only_its_declarations(world, as_persona) -> None:
    submitted(world)
    draft(world, engagement=world.ea2)
    rows = as_persona("community").get(reverse("bonus:list")).context["rows"]
    assert [d.engagement.code for d in rows] == ["E9001"]


def test_the_print_form_has_the_fields_of_annex_2_and_the_signature_lines(
    world, as_persona
) -> None:
    declaration = confirmed(world)
    first, second = claims(declaration)
    review.claim_decide(claim=first, actor=world.users["office_a"], decision=review.APPROVE)
    review.claim_decide(claim=second, actor=None, decision=review.REJECT, reason="非本社区事项")
    page = as_persona("lawyer").get(reverse("bonus:print", kwargs={"pk": declaration.pk}))
    text = page.content.decode()
    for label in (
        "附件2",
        "申报人",
        "执业机构",
        "结对社区（村）",
        "所属街道",
        "2025年度",
        "加分项目",
        "事由",
        "发生日期",
        "申报<br>分值",
        "佐证材料",
        "审定<br>分值",
        "社区（村）<br>确认意见",
        "司法所<br>审定意见",
        "报送区司法局<br>律工科",
        "申报人（签字）",
        "确认人（签字）",
        "审定人（签字）",
        "（盖章）",
    ):
        assert label in text, label
    assert "示例律师甲" in text and "示例甲社区" in text and "湖滨街道" in text
    assert "获杭州市优秀社区律师" in text and "附 1 份" in text
    assert "第2项不予认定：非本社区事项" in text
    assert "☑ 同意" in text
