"""R9: one event may be declared in one engagement only.

An event is recognised by its catalog item and its date: the same item on the same day in
another engagement of the same lawyer is the same event declared twice, and is refused;
within one declaration the same item on the same day with a similar 事由 is refused too.
Claims that only look alike (same item, similar 事由 on another day, or the same item and
day declared by another lawyer of the street) are shown to the reviewer as warnings.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from difflib import SequenceMatcher

from django.db.models import Q

from counsel.apps.bonus.models import BonusCatalogItem, BonusClaim, BonusDeclaration

#: How alike two 事由 must be to count as the same account of an event.
SIMILAR = 0.8
_NOISE = re.compile(r"[\s\W_]+", re.UNICODE)


def _normal(text: str) -> str:
    return _NOISE.sub("", unicodedata.normalize("NFKC", text or "")).lower()


def similar(a: str, b: str) -> bool:
    """Two accounts of an event read alike (ignoring spaces, punctuation, width)."""
    x, y = _normal(a), _normal(b)
    if not x or not y:
        return False
    return x == y or SequenceMatcher(None, x, y).ratio() >= SIMILAR


def duplicate_of(
    *,
    declaration: BonusDeclaration,
    item: BonusCatalogItem,
    occurred_on: dt.date | None,
    reason: str,
    exclude: int | None = None,
) -> BonusClaim | None:
    """The claim this one would declare again, if any (R9)."""
    others = (
        BonusClaim.objects.filter(
            declaration__year=declaration.year,
            declaration__engagement__lawyer=declaration.engagement.lawyer_id,
            item=item,
            occurred_on=occurred_on,
        )
        .exclude(pk=exclude)
        .select_related("declaration__engagement__community")
    )
    for other in others:
        if other.declaration_id != declaration.pk or similar(other.reason, reason):
            return other
    return None


def possible_duplicates(claim: BonusClaim) -> list[BonusClaim]:
    """Claims that may be the same event as this one, for the reviewer to look at."""
    declaration = claim.declaration
    engagement = declaration.engagement
    if claim.item_id is None:
        return []
    candidates = (
        BonusClaim.objects.filter(declaration__year=declaration.year, item=claim.item_id)
        .filter(
            Q(declaration__engagement__lawyer=engagement.lawyer_id)
            | Q(declaration__engagement__community__street=engagement.community.street_id)
        )
        .exclude(pk=claim.pk)
        .select_related("declaration__engagement__community", "declaration__engagement__lawyer")
    )
    found = []
    for other in candidates:
        same_day = claim.occurred_on is not None and other.occurred_on == claim.occurred_on
        if same_day or similar(other.reason, claim.reason):
            found.append(other)
    return found
