"""Where to fix a problem the engine reports: the screens of the other areas (the quarter's
scoring screen of an engagement-quarter, a street's rating screen, an engagement's page).

The engine names engagements by code and streets by name; the quarter's screens take
primary keys, so the readiness selector passes both maps in (`Places`)."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse

from counsel.apps.org.models import Engagement, Street


@dataclass(frozen=True)
class Places:
    """Engagement code → (pk, street name); street name → pk."""

    engagements: dict[str, tuple[int, str]]
    streets: dict[str, int]

    @classmethod
    def load(cls) -> Places:
        return cls(
            engagements={
                code: (pk, street)
                for code, pk, street in Engagement.objects.values_list(
                    "code", "pk", "community__street__name"
                )
            },
            streets=dict(Street.objects.values_list("name", "pk")),
        )

    def street_of(self, engagement: str) -> str:
        return self.engagements.get(engagement, (0, ""))[1]


def score_url(places: Places, year: int, engagement: str, quarter: int) -> str | None:
    """The scoring screen of one engagement-quarter."""
    found = places.engagements.get(engagement)
    if found is None:
        return None
    kwargs = {"engagement": found[0], "year": year, "quarter": quarter}
    return reverse("quarter:score", kwargs=kwargs)


def ratings_url(places: Places, year: int, street: str, quarter: int) -> str | None:
    """The street's satisfaction rating screen for one quarter."""
    pk = places.streets.get(street)
    if pk is None:
        return None
    return reverse("quarter:ratings", kwargs={"street": pk, "year": year, "quarter": quarter})


def engagement_url(places: Places, engagement: str) -> str | None:
    if engagement not in places.engagements:
        return None
    return reverse("org:engagement_detail", kwargs={"code": engagement})
