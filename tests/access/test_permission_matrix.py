"""Every URL pattern with every persona: allowed personas reach it, the others get 403 or
404 (another street's object answers 404), anonymous visitors go to the login page. A new
URL that no `routes_*.py` declares fails `test_every_url_pattern_is_covered`."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

import tests.access as access_package
from tests.access.registry import Route
from tests.fixtures.world import PERSONAS

PUBLIC = {"login", "logout"}


def _routes() -> list[Route]:
    routes: list[Route] = []
    for module in pkgutil.iter_modules(access_package.__path__):
        if module.name.startswith("routes_"):
            routes.extend(importlib.import_module(f"tests.access.{module.name}").ROUTES)
    return routes


ROUTES = _routes()


def _names(resolver: URLResolver, prefix: str = "") -> set[str]:
    names: set[str] = set()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            ns = f"{prefix}{pattern.namespace}:" if pattern.namespace else prefix
            names |= _names(pattern, ns)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.add(prefix + pattern.name)
    return names


def test_every_url_pattern_is_covered_by_the_matrix() -> None:
    declared = {route.name for route in ROUTES}
    missing = _names(get_resolver()) - declared - PUBLIC
    assert not missing, f"URL patterns missing from tests/access/routes_*.py: {sorted(missing)}"


def _request(client: Client, route: Route, world) -> int:  # type: ignore[no-untyped-def]
    url = reverse(route.name, kwargs=route.kwargs(world)) + route.query
    data = route.data(world) if route.data else {}
    response = client.post(url, data) if route.method == "post" else client.get(url, data)
    return response.status_code


@pytest.mark.django_db
@pytest.mark.parametrize("route", ROUTES, ids=lambda r: r.name)
def test_anonymous_visitors_are_sent_to_login(route: Route, world) -> None:  # type: ignore[no-untyped-def]
    status = _request(Client(), route, world)
    assert status in (302, 403), f"{route.name}: anonymous got {status}"


@pytest.mark.django_db
@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("route", ROUTES, ids=lambda r: r.name)
def test_each_persona_reaches_exactly_its_routes(
    route: Route, persona: str, world, as_persona
) -> None:  # type: ignore[no-untyped-def]
    status = _request(as_persona(persona), route, world)
    if persona in route.allowed:
        assert status < 400 or (status == 400 and route.method == "post"), (
            f"{route.name}: {persona} should reach it, got {status}"
        )
    else:
        assert status in (403, 404), f"{route.name}: {persona} should be refused, got {status}"
