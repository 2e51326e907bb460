"""The home page's cards: each area registers functions that take (user, year) and return
a Card (or None when it has nothing to say to that user).

    # counsel/apps/quarter/home.py
    from counsel.web.home.cards import Card, Item, card

    @card(roles=("judicial_office",), order=20)
    def scoring_open(user, year):
        return Card("本季度考核", [Item("第四季度尚未打分的结对", detail="3 个", url=...)])

Modules named `home` in the project's apps are imported on first use, as `nav.py` are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import import_module
from typing import Any

from django.apps import apps

from counsel.apps.accounts.models import User
from counsel.apps.org.models import AssessmentYear
from counsel.apps.org.views.common import today as today  # the day the cards are for

TONES = ("late", "soon", "done", "info", "")


@dataclass(frozen=True)
class Item:
    """One line of a card: what, optional detail, where to do it, when it is due."""

    label: str
    detail: str = ""
    url: str = ""
    date: dt.date | None = None
    status: str = ""  # the short status shown at the right: 已逾期 3 天, 还有 12 天, 已完成
    tone: str = ""  # late (red), soon (amber), done (green), info


@dataclass(frozen=True)
class Card:
    title: str
    items: Sequence[Item] = ()
    empty: str = "暂无事项"
    note: str = ""
    template: str = "web/home/_card.html"  # a card with more than a list brings its own
    context: Mapping[str, Any] = field(default_factory=dict)
    wide: bool = False


CardFunction = Callable[[User, AssessmentYear | None], Card | None]


@dataclass(frozen=True)
class CardSpec:
    function: CardFunction
    roles: tuple[str, ...]
    order: int


REGISTRY: list[CardSpec] = []
_discovered = False


def card(*, roles: Sequence[str], order: int = 100) -> Callable[[CardFunction], CardFunction]:
    """Register a card for the given roles; lower `order` comes first."""

    def register(function: CardFunction) -> CardFunction:
        REGISTRY.append(CardSpec(function, tuple(roles), order))
        return function

    return register


def discover() -> None:
    """Import the `home` module of every app (their cards, deadline checks and links)."""
    global _discovered
    if _discovered:
        return
    import_module("counsel.web.home.builtin")
    for config in apps.get_app_configs():
        if config.name.startswith("counsel.apps."):
            try:
                import_module(f"{config.name}.home")
            except ModuleNotFoundError as exc:
                if exc.name != f"{config.name}.home":
                    raise
    _discovered = True


def cards_for(user: User, year: AssessmentYear | None) -> list[Card]:
    discover()
    shown: list[Card] = []
    for spec in sorted(REGISTRY, key=lambda s: s.order):
        if user.role not in spec.roles:
            continue
        result = spec.function(user, year)
        if result is not None:
            shown.append(result)
    return shown
