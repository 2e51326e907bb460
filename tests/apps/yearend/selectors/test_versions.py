"""Versions of a year's result: current, by number, names from the stored input."""

from __future__ import annotations

import pytest
from django.http import Http404
from django.test import RequestFactory

from counsel.apps.yearend.selectors import versions
from counsel.apps.yearend.services.versions import year_assess, year_finalise
from tests.apps.yearend.helpers import score_world

pytestmark = pytest.mark.django_db


def test_the_current_version_and_the_requested_one(world) -> None:
    score_world(world)
    first = year_assess(year=world.year, actor=None)
    second = year_finalise(year=world.year, actor=None)
    factory = RequestFactory()
    assert versions.current_version(world.year) == second
    assert versions.requested_version(factory.get("/"), world.year) == second
    assert versions.requested_version(factory.get("/?version=1"), world.year) == first
    with pytest.raises(Http404):
        versions.requested_version(factory.get("/?version=7"), world.year)
    with pytest.raises(Http404):
        versions.requested_version(factory.get("/?version=x"), world.year)
    assert [v.number for v in versions.versions(world.year)] == [2, 1]
    assert versions.previous_version(second) == first and versions.previous_version(first) is None


def test_names_are_those_of_the_input_the_version_was_run_on(world) -> None:
    score_world(world)
    version = year_assess(year=world.year, actor=None)
    world.lawyer_a1.name = "改名后"
    world.lawyer_a1.save()
    who = versions.names(version)
    assert who.lawyer("L9001") == "示例律师甲" and who.firm("L9001") == "示例律师事务所"
    assert who.community("330102003051") == "示例甲社区"
    assert who.lawyer("L0000") == "L0000"
