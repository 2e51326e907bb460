"""Shared test set-up: settings for tests, the shared data paths."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PUBLIC_CASES = REPO / "tests" / "cases" / "public"
COMMUNITIES_CSV = REPO / "src" / "counsel" / "data" / "shangcheng_communities.csv"


import pytest  # noqa: E402
from django.test import Client  # noqa: E402

from tests.fixtures.world import PERSONAS, World, build_world  # noqa: E402


@pytest.fixture
def world(db: None) -> World:
    """Two streets, their communities, lawyers and engagements, and a persona per role."""
    return build_world()


@pytest.fixture
def as_persona(world: World):  # type: ignore[no-untyped-def]
    """`as_persona("office_a")` → a test client logged in as that persona."""

    def login(name: str) -> Client:
        assert name in PERSONAS, name
        client = Client()
        client.force_login(world.users[name])
        return client

    return login


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):  # type: ignore[no-untyped-def]
    """Uploaded files go to a directory of the test's own, never into the project's var/."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def today(monkeypatch):  # type: ignore[no-untyped-def]
    """`today(2025, 8, 1)` makes that date today for the home page and its cards."""
    import datetime as dt

    from django.utils import timezone

    def set_day(*ymd: int) -> dt.date:
        day = dt.date(*ymd)
        monkeypatch.setattr(timezone, "localdate", lambda *a, **k: day)
        return day

    return set_day
