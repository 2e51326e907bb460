"""The lawyer fills the declaration through the pages: start, add items (errors on the
field), upload evidence, edit, delete, submit."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from counsel.apps.bonus.models import BonusClaim, BonusDeclaration, DeclarationStatus
from tests.apps.bonus.helpers import claims, draft, item

pytestmark = pytest.mark.django_db


def _start(client, world) -> BonusDeclaration:  # type: ignore[no-untyped-def]
    response = client.post(reverse("bonus:start", kwargs={"code": world.ea1.code}) + "?year=2025")
    declaration = BonusDeclaration.objects.get(engagement=world.ea1)
    assert response.url == reverse("bonus:declaration", kwargs={"pk": declaration.pk})
    return declaration


def test_the_lawyer_declares_uploads_and_submits(world, as_persona) -> None:
    client = as_persona("lawyer")
    declaration = _start(client, world)
    page = client.get(reverse("bonus:declaration", kwargs={"pk": declaration.pk}))
    assert "2026年1月10日" in page.content.decode() and "添加加分事项" in page.content.decode()

    url = reverse("bonus:claim_add", kwargs={"pk": declaration.pk})
    response = client.post(
        url,
        {
            "item": item(world, "media").pk,
            "reason": "经验被区级媒体刊用",
            "occurred_on": "2025-05-06",
        },
    )
    assert response.status_code == 302
    claim = BonusClaim.objects.get(declaration=declaration)
    assert str(claim.declared_points) == "0.50"

    upload = SimpleUploadedFile("报道截图.png", b"\x89PNG\r\n", content_type="image/png")
    response = client.post(
        reverse("bonus:evidence_add", kwargs={"pk": claim.pk}), {f"e{claim.pk}-file": upload}
    )
    assert response.status_code == 302 and claim.evidence.get().original_name == "报道截图.png"

    response = client.post(reverse("bonus:submit", kwargs={"pk": declaration.pk}), follow=True)
    declaration.refresh_from_db()
    assert declaration.status == DeclarationStatus.SUBMITTED and declaration.submitted_late
    assert "标记为逾期" in response.content.decode()
    assert (
        not response.context["can"]["edit"]
        and "<h2>添加加分事项</h2>" not in response.content.decode()
    )


def test_a_refused_item_is_shown_on_its_field(world, as_persona) -> None:
    client = as_persona("lawyer")
    declaration = _start(client, world)
    response = client.post(
        reverse("bonus:claim_add", kwargs={"pk": declaration.pk}),
        {
            "item": item(world, "media").pk,
            "reason": "x",
            "occurred_on": "2025-05-06",
            "points": "2",
        },
    )
    assert response.status_code == 400
    assert "申报分值 2 超过" in response.context["claim_form"].errors["points"][0]
    assert not BonusClaim.objects.exists()


def test_an_unsupported_file_is_refused_on_the_upload_field(world, as_persona) -> None:
    claim = claims(draft(world, evidence=False))[0]
    response = as_persona("lawyer").post(
        reverse("bonus:evidence_add", kwargs={"pk": claim.pk}),
        {f"e{claim.pk}-file": SimpleUploadedFile("病毒.exe", b"MZ")},
    )
    assert response.status_code == 400 and "文件类型不支持" in response.content.decode()


def test_the_lawyer_edits_and_deletes_an_item(world, as_persona) -> None:
    client = as_persona("lawyer")
    declaration = draft(world)
    first, second = claims(declaration)
    url = reverse("bonus:claim_edit", kwargs={"pk": first.pk})
    assert client.get(url).context["form"].initial["reason"] == first.reason
    client.post(
        url,
        {
            "item": first.item_id,
            "reason": "获杭州市优秀社区律师称号",
            "occurred_on": "2025-06-02",
            "points": "1.5",
        },
    )
    first.refresh_from_db()
    assert (first.reason, str(first.declared_points)) == ("获杭州市优秀社区律师称号", "1.50")
    client.post(reverse("bonus:claim_delete", kwargs={"pk": second.pk}))
    assert list(declaration.claims.all()) == [first]


def test_another_lawyers_draft_is_not_found(world, as_persona) -> None:
    theirs = draft(world, engagement=world.ea2)
    response = as_persona("lawyer").get(reverse("bonus:declaration", kwargs={"pk": theirs.pk}))
    assert response.status_code == 404


def test_the_lawyers_page_lists_the_engagements_to_declare(world, as_persona) -> None:
    page = as_persona("lawyer").get(reverse("bonus:mine")).content.decode()
    assert "示例甲社区" in page and "填写申报表" in page and "示例乙社区" not in page
