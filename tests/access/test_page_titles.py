"""Every page says what it is in the browser's tab: “标题 · 社区律师考核系统”, with a title
of its own (no empty title, no doubled separator, no template code)."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from tests.access.test_permission_matrix import ROUTES

TITLE = re.compile(r"<title>(.*?)</title>", re.S)
SUFFIX = " · 社区律师考核系统"
PAGES = [r for r in ROUTES if r.method == "get"]


@pytest.mark.django_db
@pytest.mark.parametrize("route", PAGES, ids=lambda r: r.name)
def test_each_page_has_a_title_of_its_own(route, world, as_persona) -> None:  # type: ignore[no-untyped-def]
    persona = sorted(route.allowed)[0]
    response = as_persona(persona).get(
        reverse(route.name, kwargs=route.kwargs(world)) + route.query
    )
    if not response["Content-Type"].startswith("text/html") or response.status_code != 200:
        return  # a download or a redirect: no page
    found = TITLE.search(response.content.decode())
    if found is None:
        assert response.headers.get("HX-Request") or "<html" not in response.content.decode()
        return  # an htmx fragment
    title = " ".join(found.group(1).split())
    assert title.endswith(SUFFIX), title
    own = title.removesuffix(SUFFIX)
    assert own and "·  ·" not in title and not own.startswith("·"), title
    assert "{" not in own and "None" not in own, title
