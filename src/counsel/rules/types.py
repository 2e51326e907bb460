"""The vocabulary of the measures as frozen dataclasses (RULES.md R1–R20).

Everything the engine reads and returns is here. No Django, no float: scores and money
are `Decimal`, counts are `int`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum, IntEnum


class Rating(Enum):
    """R7 §4.2.2: the four satisfaction levels (the value is the Chinese label)."""

    SATISFIED = "满意"
    GOOD = "良好"
    ORDINARY = "普通"
    ORDINARY_ZERO = "普通（不赋分）"

    @property
    def is_ordinary(self) -> bool:
        return self in (Rating.ORDINARY, Rating.ORDINARY_ZERO)


class BonusStatus(Enum):
    """R9 §4.2.3: a declaration's place in declare → confirm → approve."""

    DECLARED = "declared"
    CONFIRMED = "confirmed"
    APPROVED = "approved"
    REJECTED = "rejected"


class Tier(IntEnum):
    """R13 §4.4: the three pay tiers."""

    FIRST = 1
    SECOND = 2
    THIRD = 3


@dataclass(frozen=True)
class Origin:
    """Where an input record came from, so an error can say where (sheet and row)."""

    sheet: str | None = None
    row: int | None = None


NOWHERE = Origin()


@dataclass(frozen=True)
class Community:
    code: str
    name: str
    street: str
    kind: str = "社区"
    origin: Origin = NOWHERE


@dataclass(frozen=True)
class Lawyer:
    id: str
    name: str
    firm: str = ""
    origin: Origin = NOWHERE


@dataclass(frozen=True)
class Period:
    """A stretch of service; `end` is inclusive, None means still serving."""

    start: dt.date
    end: dt.date | None = None
    origin: Origin = NOWHERE


@dataclass(frozen=True)
class Engagement:
    """R1 §4.1: one lawyer × one community × the periods of service."""

    id: str
    lawyer: str
    community: str
    periods: tuple[Period, ...]
    origin: Origin = NOWHERE


@dataclass(frozen=True)
class QuarterRecord:
    """R4/R7: one quarter's basic-duty score and satisfaction rating of an engagement.

    `invalid` names the fields that were present in the input but could not be read; the
    engine then reports them once, as invalid, and not also as missing (R11).
    """

    engagement: str
    quarter: int
    basic: Decimal | None = None
    rating: Rating | None = None
    origin: Origin = NOWHERE
    invalid: frozenset[str] = frozenset()


@dataclass(frozen=True)
class BonusRecord:
    """R9: one declared bonus occurrence; only APPROVED ones count."""

    engagement: str
    item: str | None
    points: Decimal
    status: BonusStatus
    origin: Origin = NOWHERE


@dataclass(frozen=True)
class TieOrder:
    """R14 under `boundary_ties = manual`: the bureau's recorded order of a tied group."""

    engagements: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class PolicyOverride:
    """A parameter the input sets for itself (the `policy` object, the sheet 参数)."""

    name: str
    value: object
    origin: Origin = NOWHERE


@dataclass(frozen=True)
class YearInput:
    """Everything the assessment of one year reads (the exchange format's content)."""

    year: int
    communities: tuple[Community, ...] = ()
    lawyers: tuple[Lawyer, ...] = ()
    engagements: tuple[Engagement, ...] = ()
    quarters: tuple[QuarterRecord, ...] = ()
    bonuses: tuple[BonusRecord, ...] = ()
    tie_orders: tuple[TieOrder, ...] = ()
    overrides: tuple[PolicyOverride, ...] = ()


@dataclass(frozen=True)
class Issue:
    """One problem found in the input, with where it is (EXCHANGE.md `errors[]`)."""

    code: str
    message: str
    engagement: str | None = None
    quarter: int | None = None
    street: str | None = None
    sheet: str | None = None
    row: int | None = None
    field: str | None = None

    @staticmethod
    def at(
        code: str,
        message: str,
        origin: Origin = NOWHERE,
        *,
        engagement: str | None = None,
        quarter: int | None = None,
        street: str | None = None,
        field: str | None = None,
    ) -> Issue:
        return Issue(
            code=code,
            message=message,
            engagement=engagement,
            quarter=quarter,
            street=street,
            sheet=origin.sheet,
            row=origin.row,
            field=field,
        )


@dataclass(frozen=True)
class TraceStep:
    """One step of an explanation: the rule and § applied, to what, giving what."""

    rule: str
    section: str
    text: str

    def __str__(self) -> str:
        return f"{self.rule} {self.text}"


@dataclass(frozen=True)
class EngagementResult:
    id: str
    lawyer: str
    community: str
    street: str
    full_year: bool
    days: int
    weeks: int | None
    basic: Decimal
    satisfaction: Decimal
    bonus: Decimal
    total: Decimal
    rank: int | None
    tier: Tier | None
    amount: Decimal
    city_share: Decimal
    district_share: Decimal
    flags: tuple[str, ...] = ()
    trace: tuple[TraceStep, ...] = ()
    first_day: dt.date | None = None


@dataclass(frozen=True)
class QuotaCheck:
    """R8: one street-quarter's satisfaction quota and counts."""

    street: str
    quarter: int
    base: int
    max_satisfied: int
    min_ordinary: int
    satisfied: int
    ordinary: int
    rated: int

    @property
    def satisfied_ok(self) -> bool:
        return self.satisfied <= self.max_satisfied

    @property
    def ordinary_ok(self) -> bool:
        return self.ordinary >= self.min_ordinary

    @property
    def ok(self) -> bool:
        return self.satisfied_ok and self.ordinary_ok


@dataclass(frozen=True)
class TieGroup:
    """R14: engagements equal on total, bonus and satisfaction that straddle a boundary."""

    engagements: tuple[str, ...]
    boundary: int  # 1: between 第一档 and 第二档; 3: between 第二档 and 第三档
    positions: tuple[int, int]  # first and last position the group occupies
    extra: int  # engagements the favourable reading lifts into the better tier
    cost: Decimal  # what those extra engagements cost beyond the symmetric payout


@dataclass(frozen=True)
class Totals:
    communities: int
    ranked: int
    tier1: int
    tier2: int
    tier3: int
    part_year: int
    pool: Decimal
    payout: Decimal
    city: Decimal
    district: Decimal

    @property
    def difference(self) -> Decimal:
        """R16: pool minus payout (negative when the year pays out more than it raised)."""
        return self.pool - self.payout


@dataclass(frozen=True)
class Result:
    year: int
    final: bool
    policy: dict[str, object]
    engagements: tuple[EngagementResult, ...]
    quota: tuple[QuotaCheck, ...]
    errors: tuple[Issue, ...]
    totals: Totals
    ties: tuple[TieGroup, ...] = field(default=())
