"""The community's opinion and the office's decisions through the pages."""

from __future__ import annotations

import pytest
from django.urls import reverse

from counsel.apps.bonus.models import ClaimStatus, DeclarationStatus
from tests.apps.bonus.helpers import claims, confirmed, submitted

pytestmark = pytest.mark.django_db


def test_the_community_confirms_from_the_declaration_page(world, as_persona) -> None:
    declaration = submitted(world)
    client = as_persona("community")
    page = client.get(reverse("bonus:declaration", kwargs={"pk": declaration.pk}))
    assert "提交确认意见" in page.content.decode()
    url = reverse("bonus:opinion", kwargs={"pk": declaration.pk})
    refused = client.post(url, {"agrees": "no", "remark": ""})
    assert refused.status_code == 400 and "须写明意见" in refused.content.decode()
    client.post(url, {"agrees": "yes", "remark": "属实"})
    declaration.refresh_from_db()
    assert declaration.status == DeclarationStatus.CONFIRMED and declaration.community_agrees


def test_the_office_lowers_with_a_reason_and_rejects(world, as_persona) -> None:
    declaration = confirmed(world)
    first, second = claims(declaration)
    client = as_persona("office_a")
    page = client.get(reverse("bonus:declaration", kwargs={"pk": declaration.pk})).content.decode()
    assert "审定" in page and "核减分值" in page

    url = reverse("bonus:decide", kwargs={"pk": first.pk})
    refused = client.post(url, {f"c{first.pk}-decision": "lower", f"c{first.pk}-points": "1"})
    assert refused.status_code == 400
    assert "核减分值须写明理由" in refused.content.decode()
    client.post(
        url,
        {
            f"c{first.pk}-decision": "lower",
            f"c{first.pk}-points": "1",
            f"c{first.pk}-reason": "区级",
        },
    )
    client.post(
        reverse("bonus:decide", kwargs={"pk": second.pk}),
        {f"c{second.pk}-decision": "reject", f"c{second.pk}-reason": "非本社区事项"},
    )
    first.refresh_from_db()
    second.refresh_from_db()
    declaration.refresh_from_db()
    assert (first.status, str(first.approved_points)) == (ClaimStatus.APPROVED, "1.00")
    assert second.status == ClaimStatus.REJECTED
    assert declaration.status == DeclarationStatus.REVIEWED and declaration.reviewed_late


def test_the_office_reports_its_reviewed_declarations(world, as_persona) -> None:
    declaration = confirmed(world)
    client = as_persona("office_a")
    for claim in claims(declaration):
        client.post(
            reverse("bonus:decide", kwargs={"pk": claim.pk}), {f"c{claim.pk}-decision": "approve"}
        )
    listing = client.get(reverse("bonus:list")).content.decode()
    assert "将 1 份已审定的申报表报送区司法局律工科" in listing
    response = client.post(reverse("bonus:report") + "?year=2025", follow=True)
    declaration.refresh_from_db()
    assert declaration.status == DeclarationStatus.REPORTED
    assert "已将 1 份" in response.content.decode()


def test_the_bureau_reads_but_does_not_decide(world, as_persona) -> None:
    declaration = confirmed(world)
    page = as_persona("bureau").get(reverse("bonus:declaration", kwargs={"pk": declaration.pk}))
    assert page.status_code == 200 and not page.context["can"]["decide"]


def test_the_bureau_reads_every_decision_on_an_item_with_old_and_new(world, as_persona) -> None:
    declaration = confirmed(world)
    first, _ = claims(declaration)
    office = as_persona("office_a")
    url = reverse("bonus:decide", kwargs={"pk": first.pk})
    office.post(url, {f"c{first.pk}-decision": "approve"})
    office.post(
        url,
        {
            f"c{first.pk}-decision": "lower",
            f"c{first.pk}-points": "1",
            f"c{first.pk}-reason": "复核",
        },
    )

    page = as_persona("bureau").get(reverse("bonus:declaration", kwargs={"pk": declaration.pk}))

    log = page.content.decode().split('data-testid="decisions"')[1].split("</details>")[0]
    assert "认定：未审定 → 审定 2 分" in log
    assert "核减分值：审定 2 分 → 审定 1 分" in log and "湖滨所示例" in log
