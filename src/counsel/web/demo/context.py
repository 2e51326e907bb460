"""What the demo steps share: the seeded random source, the dates, what earlier steps
made (looked up by later ones), the logins to print and what each step has to say."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from counsel.apps.accounts.models import Role, User
from counsel.apps.org.models import (
    AssessmentYear,
    Community,
    District,
    Engagement,
    LawFirm,
    Lawyer,
    Street,
)
from counsel.rules.deadlines import CHINA_STANDARD_TIME

SEED = 20250101
PASSWORD = "demo2026"


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """A moment of the day in China Standard Time (the zone of every R18 deadline)."""
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=CHINA_STANDARD_TIME)


def office_hours(day: dt.date, rng: random.Random) -> dt.datetime:
    """A moment of a working day, between 9:00 and 17:59."""
    return at(day, rng.randint(9, 17), rng.randint(0, 59))


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
    community_users: dict[int, User] = field(default_factory=dict)  # community pk → its head
    lawyer_quality: dict[int, float] = field(default_factory=dict)  # lawyer pk → 0..1
    notes: list[str] = field(default_factory=list)  # what the steps made, to print

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

    def quality(self, lawyer_id: int) -> float:
        """How well the lawyer works (0..1): registrations, scores and ratings follow it."""
        return self.lawyer_quality.get(lawyer_id, 0.6)

    def say(self, line: str) -> None:
        self.notes.append(line)

    @classmethod
    def of_database(cls, today: dt.date) -> Demo:
        """A context over what the database holds (a step run on its own, as in tests)."""
        demo = cls(today=today)
        demo.streets = {s.name: s for s in Street.objects.order_by("code")}
        demo.communities = list(Community.objects.order_by("code"))
        demo.lawyers = list(Lawyer.objects.order_by("code"))
        demo.engagements = list(Engagement.objects.order_by("code"))
        demo.years = {y.year: y for y in AssessmentYear.objects.all()}
        users = list(User.objects.exclude(role="").order_by("pk"))
        demo.bureau = next((u for u in users if u.role == Role.BUREAU), None)
        for user in reversed(users):  # the first account of each scope wins
            if user.role == Role.JUDICIAL_OFFICE and user.street_id:
                demo.offices[user.street_id] = user
            elif user.role == Role.LAWYER and user.lawyer_id:
                demo.lawyer_users[user.lawyer_id] = user
            elif user.role == Role.COMMUNITY and user.community_id:
                demo.community_users[user.community_id] = user
        return demo
