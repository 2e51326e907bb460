"""Input records as the engine reads them, built from a JSON object or a sheet row alike.

A JSON record is a dict with the keys of EXCHANGE.md; a sheet row is turned into the same
dict (its Chinese headings mapped to those keys), so both formats share one set of
builders and say the same things about the same mistakes. Each builder returns the
record, or None when a required value is missing or unreadable (reported as `bad_value`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from counsel.exchange.values import (
    BadValue,
    CellError,
    FormulaWithoutValue,
    formula_message,
    is_blank,
    read_date,
    read_decimal,
    read_quarter,
    read_rating,
    read_status,
    text,
)
from counsel.rules.types import (
    NOWHERE,
    BonusRecord,
    Community,
    Issue,
    Lawyer,
    Origin,
    Period,
    QuarterRecord,
    YearInput,
)

T = TypeVar("T")


class Record:
    """One input record and the issues found reading it.

    `where` prefixes messages (JSON: `communities[3].`), `labels` gives a key the name the
    reader knows it by (XLSX: the Chinese column heading), `origin` the sheet and row.
    """

    def __init__(
        self,
        raw: Mapping[str, Any],
        issues: list[Issue],
        *,
        where: str = "",
        origin: Origin = NOWHERE,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        self.raw = raw
        self.issues = issues
        self.where = where
        self.origin = origin
        self.labels = labels or {}
        self.engagement: str | None = None
        self.quarter: int | None = None

    def label(self, name: str) -> str:
        return self.labels.get(name, name)

    def issue(self, name: str, message: str) -> None:
        label = self.label(name)
        self.issues.append(
            Issue.at(
                "bad_value",
                f"{self.where}{label}：{message}",
                self.origin,
                engagement=self.engagement,
                quarter=self.quarter,
                field=label,
            )
        )

    def required(self, name: str) -> str | None:
        raw = self.raw.get(name)
        if type(raw) is FormulaWithoutValue:
            self.issue(name, formula_message(raw))
            return None
        if type(raw) is CellError:
            self.issue(name, f"“{raw}”是 Excel 错误值，不是有效的值")
            return None
        value = text(raw)
        if not value:
            self.issue(name, "缺少必填项")
            return None
        return value

    def read(self, name: str, reader: Callable[[object], T]) -> T | None:
        """The value read by `reader`, None when blank; BadValue (reported) when unreadable."""
        value = self.raw.get(name)
        if is_blank(value):
            return None
        if type(value) is FormulaWithoutValue:
            self.issue(name, formula_message(value))
            raise BadValue(formula_message(value))
        try:
            return reader(value)
        except BadValue as exc:
            self.issue(name, str(exc))
            raise

    def optional(self, name: str, reader: Callable[[object], T]) -> tuple[T | None, bool]:
        """(value, ok): a value that is unreadable is reported and gives (None, False)."""
        try:
            return self.read(name, reader), True
        except BadValue:
            return None, False


def community(rec: Record) -> Community | None:
    code, name, street = rec.required("code"), rec.required("name"), rec.required("street")
    if code is None or name is None or street is None:
        return None
    kind = text(rec.raw.get("kind")) or "社区"
    return Community(code=code, name=name, street=street, kind=kind, origin=rec.origin)


def lawyer(rec: Record) -> Lawyer | None:
    ident, name = rec.required("id"), rec.required("name")
    if ident is None or name is None:
        return None
    return Lawyer(id=ident, name=name, firm=text(rec.raw.get("firm")), origin=rec.origin)


def period(rec: Record) -> Period | None:
    """One period of service (`end` inclusive, blank = still serving)."""
    start = rec.optional("start", read_date)[0] if rec.required("start") else None
    end, end_ok = rec.optional("end", read_date)
    if start is None or not end_ok:
        return None
    return Period(start=start, end=end, origin=rec.origin)


def quarter(rec: Record) -> QuarterRecord | None:
    """A quarter's score and rating; an unreadable one is kept as `invalid` (R11)."""
    ident = rec.required("engagement")
    rec.engagement = ident
    number = rec.optional("quarter", read_quarter)[0] if rec.required("quarter") else None
    rec.quarter = number
    basic, basic_ok = rec.optional("basic", read_decimal)
    rating, rating_ok = rec.optional("rating", read_rating)
    if ident is None or number is None:
        return None
    invalid = frozenset(n for n, good in (("basic", basic_ok), ("rating", rating_ok)) if not good)
    return QuarterRecord(
        engagement=ident,
        quarter=number,
        basic=basic,
        rating=rating,
        origin=rec.origin,
        invalid=invalid,
    )


def bonus(rec: Record, item_keys: Mapping[str, str] | None = None) -> BonusRecord | None:
    """A bonus declaration; `item_keys` maps catalog names (获区级表彰) to their keys."""
    ident = rec.required("engagement")
    rec.engagement = ident
    # An unreadable value is reported (bad_value) and the declaration left out.
    points = rec.optional("points", read_decimal)[0] if rec.required("points") else None
    status = rec.optional("status", read_status)[0] if rec.required("status") else None
    if ident is None or points is None or status is None:
        return None
    item = text(rec.raw.get("item")) or None
    if item is not None and item_keys:
        item = item_keys.get(item, item)
    return BonusRecord(engagement=ident, item=item, points=points, status=status, origin=rec.origin)


@dataclass
class Dropped:
    """Ids of records left out because a required value was missing or unreadable."""

    communities: set[str] = field(default_factory=set)
    lawyers: set[str] = field(default_factory=set)
    engagements: set[str] = field(default_factory=set)
    #: The community each engagement record names, where one does, also of those left out
    #: (so that an issue about one can name its street).
    engagement_communities: dict[str, str] = field(default_factory=dict)


def without_orphans(data: YearInput, dropped: Dropped) -> YearInput:
    """Leave out what refers to a record already reported and left out, so that one bad
    value is reported once (EXCHANGE.md) and not again as an unknown reference."""
    kept_communities = {c.code for c in data.communities}
    kept_lawyers = {item.id for item in data.lawyers}
    gone_communities = dropped.communities - kept_communities
    gone_lawyers = dropped.lawyers - kept_lawyers
    engagements = tuple(
        e
        for e in data.engagements
        if e.community not in gone_communities and e.lawyer not in gone_lawyers
    )
    kept = {e.id for e in engagements}
    gone = (dropped.engagements | {e.id for e in data.engagements}) - kept
    if not gone:
        return replace(data, engagements=engagements)
    return replace(
        data,
        engagements=engagements,
        quarters=tuple(q for q in data.quarters if q.engagement not in gone),
        bonuses=tuple(b for b in data.bonuses if b.engagement not in gone),
    )


def with_streets(
    issues: list[Issue], data: YearInput, named: Mapping[str, str] | None = None
) -> list[Issue]:
    """Reader issues about an engagement also name its street, as the engine's do;
    `named` gives the community of engagement records left out."""
    if not issues:
        return issues
    streets = {c.code: c.street for c in data.communities}
    street_of = {ident: streets.get(code) for ident, code in (named or {}).items()}
    street_of.update((e.id, streets.get(e.community)) for e in data.engagements)
    return [
        replace(i, street=street_of.get(i.engagement)) if i.engagement and i.street is None else i
        for i in issues
    ]
