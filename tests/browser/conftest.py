"""Browser tests: Playwright for Python driving Debian's chromium (never a downloaded one)
against the live test server, logging in through the login form as each persona."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.db import connections
from playwright.sync_api import Browser, Page, sync_playwright

from tests.fixtures.world import PASSWORD, World, build_world

CHROMIUM = os.environ.get("COUNSEL_CHROMIUM", "/usr/bin/chromium")
SHOTS = Path(os.environ.get("COUNSEL_SCREENSHOTS", "/tmp/counsel-screenshots"))
# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests make
# there (building the world) are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def live_world(transactional_db: None) -> World:
    return build_world()


@pytest.fixture
def page_as(browser: Browser, live_server, live_world: World) -> Iterator[Callable[..., Page]]:  # type: ignore[no-untyped-def]
    """`page_as("lawyer", viewport=(390, 844))` → a page logged in as that persona."""
    contexts = []

    def open_as(persona: str, viewport: tuple[int, int] = (1280, 900)) -> Page:
        context = browser.new_context(
            viewport={"width": viewport[0], "height": viewport[1]}, locale="zh-CN"
        )
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto(f"{live_server.url}/login/")
        page.fill("input[name=username]", live_world.users[persona].username)
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(f"{live_server.url}/")
        page.base_url = live_server.url  # type: ignore[attr-defined]
        return page

    yield open_as
    for context in contexts:
        context.close()  # the server's threads see their sockets close and end
    connections.close_all()


def screenshot(page: Page, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
