"""The rating screen: every engagement of the street-quarter, the live quota box, drafts
saved, submission refused while the quota is broken."""

from __future__ import annotations

import pytest
from django.urls import reverse

from counsel.apps.quarter.models import QuarterReport, SatisfactionRating
from tests.apps.factories import add_communities, full_score

pytestmark = pytest.mark.django_db


def url(world, name: str = "quarter:ratings") -> str:  # type: ignore[no-untyped-def]
    return reverse(name, kwargs={"street": world.street_a.pk, "year": 2025, "quarter": 1})


def test_the_screen_lists_every_engagement_with_a_select(world, as_persona) -> None:
    page = as_persona("office_a").get(url(world)).content.decode()
    assert f'name="rating_{world.ea1.pk}"' in page and f'name="rating_{world.ea2.pk}"' in page
    assert "⌈社区（村）数 2 × 10%⌉ = 1" in page
    assert f'name="rating_{world.eb1.pk}"' not in page


def test_the_quota_box_follows_the_selects_without_saving(world, as_persona) -> None:
    data = {f"rating_{world.ea1.pk}": "满意", f"rating_{world.ea2.pk}": "满意"}
    box = as_persona("office_a").post(url(world, "quarter:quota_preview"), data).content.decode()
    assert (
        "湖滨街道第1季度评价“满意” 2 个，超过上限 ⌈社区（村）数 2 × 10%⌉ = 1 个，须减少 1 个" in box
    )
    assert 'data-satisfied class="bad">2<' in box
    assert not SatisfactionRating.objects.exists()


def test_a_draft_is_saved_even_when_the_quota_is_broken(world, as_persona) -> None:
    data = {f"rating_{world.ea1.pk}": "满意", f"rating_{world.ea2.pk}": "满意", "action": "draft"}
    response = as_persona("office_a").post(url(world), data, follow=True)
    assert "配额尚不符合要求" in response.content.decode()
    assert SatisfactionRating.objects.filter(rating="满意").count() == 2


def test_submitting_three_satisfied_of_twenty_is_refused_on_the_screen(world, as_persona) -> None:
    office = world.users["office_a"]
    engagements = [world.ea1, world.ea2, *add_communities(world, world.street_a, 18)]
    for e in engagements:
        full_score(office, e, world.year, 1)
    data = {f"rating_{e.pk}": "良好" for e in engagements}
    data.update({f"rating_{e.pk}": "满意" for e in engagements[:3]})
    data.update({f"rating_{e.pk}": "普通" for e in engagements[3:5]})
    data["action"] = "submit"
    page = as_persona("office_a").post(url(world), data).content.decode()
    assert "未能报送，评价已保存为草稿" in page
    assert "评价“满意” 3 个，超过上限 ⌈社区（村）数 20 × 10%⌉ = 2 个，须减少 1 个" in page
    assert not QuarterReport.objects.filter(status="submitted").exists()
    assert SatisfactionRating.objects.count() == 20


def test_a_complete_quarter_within_the_quota_is_submitted_from_the_screen(
    world, as_persona
) -> None:
    for e in (world.ea1, world.ea2):
        full_score(world.users["office_a"], e, world.year, 1)
    data = {f"rating_{world.ea1.pk}": "满意", f"rating_{world.ea2.pk}": "普通", "action": "submit"}
    response = as_persona("office_a").post(url(world), data)
    assert response["Location"] == url(world, "quarter:report")
    assert QuarterReport.objects.get().status == "submitted"


def test_a_zero_rating_without_a_reason_is_shown_and_not_saved(world, as_persona) -> None:
    data = {f"rating_{world.ea1.pk}": "普通（不赋分）", f"reason_{world.ea1.pk}": ""}
    page = as_persona("office_a").post(url(world), data).content.decode()
    assert "须写明理由" in page
    assert not SatisfactionRating.objects.exists()


def test_the_bureau_reads_the_screen_but_does_not_save(world, as_persona) -> None:
    client = as_persona("bureau")
    assert "区司法局只读查看" in client.get(url(world)).content.decode()
    client.post(url(world), {f"rating_{world.ea1.pk}": "良好"})
    assert not SatisfactionRating.objects.exists()


def test_another_street_is_not_found(world, as_persona) -> None:
    assert as_persona("office_b").get(url(world)).status_code == 404


def test_the_bureau_reads_who_changed_a_rating_when_and_from_what(world, as_persona) -> None:
    office = as_persona("office_a")
    office.post(url(world), {f"rating_{world.ea1.pk}": "良好", "action": "draft"})
    office.post(url(world), {f"rating_{world.ea1.pk}": "满意", "action": "draft"})

    page = as_persona("bureau").get(url(world)).content.decode()

    changes = page[page.index('data-testid="rating-changes"') :]
    assert "湖滨所示例" in changes and "示例甲社区（示例律师甲）" in changes
    assert changes.index("满意度 良好 → 满意") < changes.index("满意度 — → 良好")
