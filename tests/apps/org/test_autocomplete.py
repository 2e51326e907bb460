"""Autocomplete offers only what the user may see."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def _labels(client, kind, q):  # type: ignore[no-untyped-def]
    response = client.get("/org/autocomplete/", {"kind": kind, "q": q})
    assert response.status_code == 200
    return [r["label"] for r in response.json()["results"]]


def test_an_office_is_offered_the_lawyers_of_its_street_only(world, as_persona) -> None:
    assert _labels(as_persona("office_b"), "lawyer", "示例") == [
        "L9003 示例律师丙（示例律师事务所）"
    ]


def test_the_bureau_is_offered_every_community_matching(world, as_persona) -> None:
    assert _labels(as_persona("bureau"), "community", "社区") == [
        "清波街道 · 示例丙社区（330102001051）",
        "湖滨街道 · 示例甲社区（330102003051）",
        "湖滨街道 · 示例乙社区（330102003052）",
    ]


def test_a_lawyer_is_offered_their_own_engagements(world, as_persona) -> None:
    assert _labels(as_persona("lawyer"), "engagement", "E") == ["E9001 示例律师甲—示例甲社区"]


def test_an_unknown_kind_is_a_bad_request(world, as_persona) -> None:
    assert as_persona("bureau").get("/org/autocomplete/", {"kind": "user"}).status_code == 400


def test_no_personal_data_is_offered(world, as_persona) -> None:
    body = as_persona("bureau").get("/org/autocomplete/", {"kind": "lawyer", "q": "L"}).content

    assert b"13800000001" not in body
