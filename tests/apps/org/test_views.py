"""The master data pages: personal data masked except for the bureau on the lawyer's page
(and the phone for the community the lawyer serves); other streets' objects are 404."""

from __future__ import annotations

import pytest

from counsel.apps.org.models import Community, Engagement

pytestmark = pytest.mark.django_db

PHONE, LICENCE = "13800000001", "13301202510000001"
PHONE_MASKED, LICENCE_MASKED = "138****0001", "1330*********0001"


def _text(client, url):  # type: ignore[no-untyped-def]
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_an_office_sees_a_lawyer_masked_on_the_lawyer_page(world, as_persona) -> None:
    page = _text(as_persona("office_a"), "/org/lawyers/L9001/")

    assert PHONE_MASKED in page and LICENCE_MASKED in page
    assert PHONE not in page and LICENCE not in page


def test_the_bureau_sees_a_lawyer_in_full_on_the_lawyer_page(world, as_persona) -> None:
    page = _text(as_persona("bureau"), "/org/lawyers/L9001/")

    assert PHONE in page and LICENCE in page


def test_lists_mask_personal_data_even_for_the_bureau(world, as_persona) -> None:
    page = _text(as_persona("bureau"), "/org/lawyers/")

    assert PHONE_MASKED in page and PHONE not in page and LICENCE not in page


def test_a_community_head_sees_the_phone_of_their_lawyer_but_not_the_licence(
    world, as_persona
) -> None:
    page = _text(as_persona("community"), f"/org/communities/{world.a1.code}/")

    assert PHONE in page and LICENCE not in page and LICENCE_MASKED in page


def test_a_lawyer_sees_their_own_data_masked_like_anyone_but_the_bureau(world, as_persona) -> None:
    page = _text(as_persona("lawyer"), "/org/engagements/E9001/")

    assert PHONE not in page and PHONE_MASKED in page


@pytest.mark.parametrize(
    ("persona", "url"),
    [
        ("office_b", "/org/communities/330102003051/"),
        ("office_b", "/org/lawyers/L9001/"),
        ("office_b", "/org/engagements/E9001/"),
        ("office_b", "/org/streets/330102003/"),
        ("community", "/org/communities/330102003052/"),
        ("community", "/org/engagements/E9002/"),
        ("community", "/org/lawyers/L9003/"),
        ("lawyer", "/org/communities/330102001051/"),
        ("lawyer", "/org/engagements/E9003/"),
        ("lawyer", "/org/lawyers/L9002/"),
    ],
)
def test_an_object_outside_the_scope_answers_404(world, as_persona, persona, url) -> None:
    assert as_persona(persona).get(url).status_code == 404


def test_an_office_list_shows_its_street_only(world, as_persona) -> None:
    page = _text(as_persona("office_b"), "/org/communities/")

    assert world.b1.name in page and world.a1.name not in page


def test_the_community_list_filters_by_street_and_search(world, as_persona) -> None:
    client = as_persona("bureau")

    by_street = _text(client, f"/org/communities/?street={world.street_b.pk}")
    by_text = _text(client, "/org/communities/?q=乙")

    assert world.b1.name in by_street and world.a1.name not in by_street
    assert world.a2.name in by_text and world.a1.name not in by_text


def test_the_bureau_changes_a_community_lawyer_mid_year(world, as_persona) -> None:
    response = as_persona("bureau").post(
        f"/org/communities/{world.a1.code}/change-lawyer/",
        {"lawyer": world.lawyer_b1.pk, "day": "2025-07-01"},
    )

    assert response.status_code == 302
    assert Engagement.objects.filter(community=world.a1, lawyer=world.lawyer_b1).exists()


def test_an_overlapping_period_is_refused_with_a_clear_message(world, as_persona) -> None:
    response = as_persona("bureau").post(
        "/org/engagements/new/",
        {"lawyer": world.lawyer_b1.pk, "community": world.a1.pk, "start": "2025-03-01"},
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "同一社区（村）同一时间只能有一名社区律师" in page and "E9001" in page


def test_a_community_is_edited_by_the_bureau_and_the_change_kept(world, as_persona) -> None:
    as_persona("bureau").post(
        f"/org/communities/{world.a1.code}/edit/",
        {"street": world.street_a.pk, "code": world.a1.code, "name": "新名社区", "kind": "社区"},
    )

    community = Community.objects.get(pk=world.a1.pk)
    assert community.name == "新名社区"
    assert community.history.first().history_user == world.users["bureau"]


def test_a_community_code_must_have_twelve_digits(world, as_persona) -> None:
    response = as_persona("bureau").post(
        "/org/communities/new/",
        {"street": world.street_a.pk, "code": "123", "name": "甲", "kind": "社区"},
    )

    assert "12 位数字" in response.content.decode()


def test_the_year_page_shows_each_parameter_with_its_rule(world, as_persona) -> None:
    page = _text(as_persona("lawyer"), "/org/years/2025/")

    assert "R5 §4.2.1" in page and "basic_aggregation" in page and "2026-01-10" in page


def test_the_bureau_opens_a_year(world, as_persona) -> None:
    response = as_persona("bureau").post("/org/years/new/", {"year": "2026"})

    assert response.status_code == 302 and response["Location"] == "/org/years/2026/"
