"""What each persona may reach: every URL pattern of the app is declared here (by the
`routes_*.py` modules beside this one), with the personas allowed and the object it is
tested on. The permission matrix visits every route with every persona."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tests.fixtures.world import PERSONAS, World

ALL = frozenset(PERSONAS)
BUREAU = frozenset({"bureau"})
OFFICES = frozenset({"bureau", "office_a"})  # on street A objects: the bureau and street A
STREET_A = frozenset({"bureau", "office_a", "community", "lawyer"})  # objects of EA1 / A1


@dataclass(frozen=True)
class Route:
    """One URL pattern as tested: `kwargs(world)` picks an object (of street A, so that
    office_b proves another street's object answers 404)."""

    name: str
    allowed: frozenset[str]
    kwargs: Callable[[World], dict[str, Any]] = field(default=lambda w: {})
    method: str = "get"
    data: Callable[[World], dict[str, Any]] | None = None
    query: str = ""
