"""What the demo steps share: the seeded random source, the dates, what earlier steps
made (looked up by later ones), and the logins to print."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from counsel.apps.accounts.models import User
from counsel.apps.org.models import (
    AssessmentYear,
    Community,
    District,
    Engagement,
    LawFirm,
    Lawyer,
    Street,
)

SEED = 20250101
PASSWORD = "demo2026"


@dataclass
class Demo:
    today: dt.date
    rng: random.Random = field(default_factory=lambda: random.Random(SEED))
    district: District | None = None
    streets: dict[str, Street] = field(default_factory=dict)  # by name
    communities: list[Community] = field(default_factory=list)  # in code order
    firms: list[LawFirm] = field(default_factory=list)
    lawyers: list[Lawyer] = field(default_factory=list)
    engagements: list[Engagement] = field(default_factory=list)
    years: dict[int, AssessmentYear] = field(default_factory=dict)
    offices: dict[int, User] = field(default_factory=dict)  # street pk → the office's user
    bureau: User | None = None
    lawyer_users: dict[int, User] = field(default_factory=dict)  # lawyer pk → their account
    lawyer_quality: dict[int, float] = field(default_factory=dict)  # lawyer pk → 0..1

    @property
    def previous_year(self) -> int:
        """The year the demo scores completely and assesses (2025 when today is in 2026)."""
        return self.today.year - 1

    @property
    def current_year(self) -> int:
        return self.today.year

    def random_for(self, name: str) -> random.Random:
        """A random source of its own for each step, so that adding a step (or changing
        one) does not change what the others generate."""
        return random.Random(f"{SEED}:{name}")
