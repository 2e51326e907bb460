"""The navigation: each area declares its entries in its own `nav.py` (NAV = [...]) and the
menu shows a user the entries of their role, so no shared template lists every link."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

from django.apps import apps
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    roles: tuple[str, ...]
    order: int = 100


def _declared() -> list[NavItem]:
    items: list[NavItem] = []
    for config in apps.get_app_configs():
        if not config.name.startswith("counsel."):
            continue
        try:
            module = import_module(f"{config.name}.nav")
        except ModuleNotFoundError:
            continue
        items.extend(getattr(module, "NAV", []))
    return sorted(items, key=lambda item: (item.order, item.label))


def navigation(request: HttpRequest) -> dict[str, object]:
    """Context processor: the menu entries of the user's role, the current one marked."""
    user = getattr(request, "user", None)
    role = getattr(user, "role", None)
    if not role:
        return {"nav_items": []}
    entries = []
    for item in _declared():
        if role not in item.roles:
            continue
        try:
            url = reverse(item.url_name)
        except NoReverseMatch:
            continue
        current = request.path == url or (url != "/" and request.path.startswith(url))
        entries.append({"label": item.label, "url": url, "current": current})
    return {"nav_items": entries}
