"""Where to fix a problem the engine reports: links to other areas' screens.

The scoring and rating screens belong to the quarter area; their URL names are tried in
turn, and a problem whose screen cannot be found is listed without a link (it still says
where, in words).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.urls import NoReverseMatch, reverse

Candidate = tuple[str, dict[str, Any], str]  # url name, kwargs, query string


def first_url(candidates: Sequence[Candidate]) -> str | None:
    for name, kwargs, query in candidates:
        try:
            return reverse(name, kwargs=kwargs) + query
        except NoReverseMatch:
            continue
    return None


def score_url(year: int, engagement: str, quarter: int) -> str | None:
    """The scoring screen of one engagement-quarter."""
    query = f"?year={year}"
    return first_url(
        [
            ("quarter:score", {"code": engagement, "quarter": quarter}, query),
            ("quarter:score_edit", {"code": engagement, "quarter": quarter}, query),
            ("quarter:score", {"engagement": engagement, "quarter": quarter}, query),
            ("quarter:scores", {}, f"{query}&quarter={quarter}&engagement={engagement}"),
        ]
    )


def ratings_url(year: int, street_code: str, quarter: int) -> str | None:
    """The street's satisfaction rating screen for one quarter."""
    query = f"?year={year}"
    return first_url(
        [
            ("quarter:ratings", {"street": street_code, "quarter": quarter}, query),
            ("quarter:ratings", {"quarter": quarter}, f"{query}&street={street_code}"),
            ("quarter:rating_sheet", {"quarter": quarter}, f"{query}&street={street_code}"),
        ]
    )


def engagement_url(engagement: str) -> str | None:
    return first_url(
        [
            ("org:engagement", {"code": engagement}, ""),
            ("org:engagement_detail", {"code": engagement}, ""),
        ]
    )
