"""Settings that every page depends on."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from tests.apps.factories import record

pytestmark = pytest.mark.django_db


def test_a_browser_asking_for_english_still_gets_chinese_throughout(world, as_persona) -> None:
    client = as_persona("lawyer")
    record(world, world.ea1, day=dt.date(2025, 12, 2))
    listing = client.get(reverse("worklog:list"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert listing["Content-Language"] == "zh-hans"
    assert "星期二" in listing.content.decode() and "Tue" not in listing.content.decode()
    refused = client.post(reverse("worklog:create"), {"place": ""}, HTTP_ACCEPT_LANGUAGE="en")
    assert "这个字段是必填项。" in refused.content.decode()
    assert "This field is required." not in refused.content.decode()
