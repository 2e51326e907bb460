"""The policy in force: parameters, satisfaction points, deadlines, indicator table and
bonus catalog, loaded from a TOML file whose entries carry their rule and § (RULES.md).

A file or an override that breaks an invariant (`invariants.py`) is refused with a
`PolicyError` naming it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from typing import Any

from counsel.rules.invariants import PolicyError as PolicyError
from counsel.rules.invariants import check
from counsel.rules.types import Rating

CHOICES: dict[str, tuple[str, ...]] = {
    "basic_aggregation": ("mean", "sum"),
    "quota_base": ("communities", "rated"),
    "bottom_tier": ("symmetric", "include_90th"),
    "boundary_ties": ("favourable", "manual"),
    "week_rounding": ("floor", "half_up", "ceil"),
}
DECIMALS = (
    "quota_share",
    "tier_share",
    "annual_amount",
    "tier1_amount",
    "tier3_amount",
    "city_share",
    "basic_full_marks",
)
INTEGERS = ("weeks_per_year",)
OPTIONAL_DECIMALS = ("bonus_cap",)
PARAMETERS = (*CHOICES, *DECIMALS, *INTEGERS, *OPTIONAL_DECIMALS)
REQUIRED = ("annual_amount", "tier1_amount", "tier3_amount")
#: The parameters an input may override (EXCHANGE.md `policy`); a policy file may set
#: every one of PARAMETERS. `quota_share` (R8 fixes 10 %) and `basic_full_marks` (R3
#: fixes 82) are the policy file's, not a district's input's.
EXCHANGE_PARAMETERS = (
    "basic_aggregation",
    "quota_base",
    "bottom_tier",
    "boundary_ties",
    "week_rounding",
    "tier_share",
    "annual_amount",
    "tier1_amount",
    "tier3_amount",
    "weeks_per_year",
    "bonus_cap",
    "city_share",
)
#: The district a policy file is for when its `[meta]` does not say (the shipped one's).
DEFAULT_DISTRICT = "上城区"

#: Quarter scale under `basic_aggregation = sum` (R5): full marks × ¼.
QUARTER_SCALE_SUM = Decimal("0.25")


@dataclass(frozen=True)
class Indicator:
    """R6 §4.2.1: one item of the basic-duty indicator table."""

    key: str
    name: str
    full_marks: Decimal
    requirement: str
    deduction: str
    per_deduction: Decimal
    deduction_only: bool = False
    registration_kind: str | None = None
    required_count: int | None = None


@dataclass(frozen=True)
class BonusItem:
    """R10 §4.2.3: one item of the bonus catalog (附件1)."""

    key: str
    name: str
    points: Decimal
    annual_cap: Decimal | None


@dataclass(frozen=True)
class Deadline:
    """R18 §4.5: a due date, relative to the assessment year Y (year = 0 or 1)."""

    key: str
    year_offset: int
    month: int
    day: int
    role: str
    label: str
    ref: str
    quarter: int | None = None


@dataclass(frozen=True)
class Policy:
    basic_aggregation: str
    quota_base: str
    quota_share: Decimal
    bottom_tier: str
    boundary_ties: str
    week_rounding: str
    tier_share: Decimal
    annual_amount: Decimal
    tier1_amount: Decimal
    tier3_amount: Decimal
    weeks_per_year: int
    bonus_cap: Decimal | None
    city_share: Decimal
    basic_full_marks: Decimal
    satisfaction_points: Mapping[Rating, Decimal]
    indicators: tuple[Indicator, ...]
    bonus_items: tuple[BonusItem, ...]
    deadlines: tuple[Deadline, ...]
    refs: Mapping[str, str]
    name: str = ""
    district: str = DEFAULT_DISTRICT

    @property
    def quarter_full_marks(self) -> Decimal:
        """R5: the most one quarter's basic score can be (82, or 20.5 under `sum`)."""
        if self.basic_aggregation == "sum":
            return self.basic_full_marks * QUARTER_SCALE_SUM
        return self.basic_full_marks

    def bonus_item(self, key: str) -> BonusItem | None:
        return next((item for item in self.bonus_items if item.key == key), None)

    def parameters(self) -> dict[str, object]:
        """Every parameter in force, as the result's `policy` object shows them."""
        out: dict[str, object] = {}
        for name in PARAMETERS:
            value = getattr(self, name)
            out[name] = value if value is None or isinstance(value, str | int) else str(value)
        return out

    def with_overrides(self, overrides: Mapping[str, object]) -> Policy:
        """Apply parameter overrides (the input's `policy` object); PolicyError if bad."""
        changes = {name: parse_parameter(name, value) for name, value in overrides.items()}
        policy = replace(self, **changes)
        check(policy)
        return policy


def parse_parameter(name: str, value: object) -> Any:
    """One parameter value from a file or an override, checked against its set."""
    if name not in PARAMETERS:
        raise PolicyError(name, "未知参数")
    if name in CHOICES:
        if not isinstance(value, str) or value not in CHOICES[name]:
            raise PolicyError(name, f"取值 {value!r} 不在 {'、'.join(CHOICES[name])} 之中")
        return value
    if name in OPTIONAL_DECIMALS and (value is None or value in ("none", "null", "")):
        return None
    number = _decimal(name, value)
    if name in INTEGERS:
        if number != number.to_integral_value() or number <= 0:
            raise PolicyError(name, f"应为正整数，实为 {value!r}")
        return int(number)
    if number < 0:
        raise PolicyError(name, f"不得为负数，实为 {value!r}")
    return number


def _decimal(name: str, value: object) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
        raise PolicyError(name, f"应为数值，实为 {value!r}")
    try:
        # A TOML float (0.5, 4.5, 20.0) is read through its shortest repr, which is the
        # number as written: exact for any value a policy file has reason to hold.
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise PolicyError(name, f"应为数值，实为 {value!r}") from None
    if not number.is_finite():
        raise PolicyError(name, f"应为有限数值，实为 {value!r}")
    if number and not -20 <= number.adjusted() < 15:
        # Beyond, a number is a mistake, and exact arithmetic on it takes unbounded time.
        raise PolicyError(name, f"超出可处理的范围（应在 1e-20 与 1e15 之间），实为 {value!r}")
    return number


def load(path: str | Path | None = None) -> Policy:
    """Read a policy TOML file (the shipped Shangcheng policy when `path` is None)."""
    if path is None:
        text = (
            resources.files("counsel.rules")
            .joinpath("policies/shangcheng.toml")
            .read_text(encoding="utf-8")
        )
    else:
        text = Path(path).read_text(encoding="utf-8")
    return loads(text)


def loads(text: str) -> Policy:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib says why in English, "… (at line 3, column 7)": the place is what helps.
        place = re.search(r"line (\d+), column (\d+)", str(exc))
        where = f"（第 {place[1]} 行第 {place[2]} 列）" if place else ""
        raise PolicyError("file", f"不是有效的 TOML{where}") from None
    return from_mapping(data)


def from_mapping(data: Mapping[str, Any]) -> Policy:
    params = _table(data, "parameters")
    unknown = sorted(set(params) - set(PARAMETERS))
    if unknown:
        raise PolicyError(unknown[0], "未知参数")
    missing = [name for name in REQUIRED if name not in params]
    if missing:
        raise PolicyError(missing[0], "缺少必需的补贴金额")
    values: dict[str, Any] = {}
    refs: dict[str, str] = {}
    defaults = _fallbacks()
    for name in PARAMETERS:
        entry = params.get(name)
        if entry is None:
            values[name] = defaults[name]
            continue
        if isinstance(entry, dict) and "value" not in entry:
            # A table without `value` must not fall back silently (for `bonus_cap` a
            # missing value would read as "no cap").
            raise PolicyError(name, "缺少 value")
        raw = entry["value"] if isinstance(entry, dict) else entry
        values[name] = parse_parameter(name, raw)
        if isinstance(entry, dict) and "ref" in entry:
            refs[name] = str(entry["ref"])
    meta = _table(data, "meta")
    policy = Policy(
        **values,
        satisfaction_points=_satisfaction(_table(data, "satisfaction")),
        indicators=tuple(_indicator(row) for row in _items(data, "indicators")),
        bonus_items=tuple(_bonus_item(row) for row in _items(data, "bonus")),
        deadlines=tuple(_deadline(row) for row in _rows(data.get("deadlines", []), "deadlines")),
        refs=refs,
        name=str(meta.get("name", "")),
        district=str(meta.get("district") or DEFAULT_DISTRICT),
    )
    check(policy)
    return policy


def _table(data: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    """The table `name` of the file (empty when absent); PolicyError when it is not one."""
    table = data.get(name, {})
    if not isinstance(table, Mapping):
        raise PolicyError(name, f"应为表（[{name}]），实为 {table!r}")
    return table


def _items(data: Mapping[str, Any], name: str) -> list[Mapping[str, Any]]:
    """The rows of `[[name.items]]`."""
    return _rows(_table(data, name).get("items", []), f"{name}.items")


def _rows(value: object, name: str) -> list[Mapping[str, Any]]:
    """An array of tables (`[[name]]`); PolicyError naming it, or the row, when not."""
    if not isinstance(value, list):
        raise PolicyError(name, f"应为表的数组（[[{name}]]），实为 {value!r}")
    for index, row in enumerate(value):
        if not isinstance(row, Mapping):
            raise PolicyError(f"{name}[{index}]", f"应为表，实为 {row!r}")
    return value


def _fallbacks() -> dict[str, Any]:
    """Values of the optional parameters when a file leaves them out (RULES.md defaults)."""
    return {
        "basic_aggregation": "mean",
        "quota_base": "communities",
        "quota_share": Decimal(10),
        "bottom_tier": "symmetric",
        "boundary_ties": "favourable",
        "week_rounding": "floor",
        "tier_share": Decimal(10),
        "weeks_per_year": 52,
        "bonus_cap": None,
        "city_share": Decimal(50),
        "basic_full_marks": Decimal(82),
    }


def _satisfaction(table: Mapping[str, Any]) -> dict[Rating, Decimal]:
    points: dict[Rating, Decimal] = {}
    for rating in Rating:
        if rating.value in table:
            points[rating] = _decimal(f"satisfaction.{rating.value}", table[rating.value])
    return points


def _field(row: Mapping[str, Any], name: str, where: str) -> Any:
    if name not in row:
        raise PolicyError(where, f"缺少字段 {name}")
    return row[name]


def _integer(where: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise PolicyError(where, f"应为整数，实为 {value!r}")
    return value


def _indicator(row: Mapping[str, Any]) -> Indicator:
    where = f"indicators.{row.get('key', '?')}"
    required = row.get("required_count")
    kind = row.get("registration_kind")
    return Indicator(
        key=str(_field(row, "key", where)),
        name=str(_field(row, "name", where)),
        full_marks=_decimal(where, _field(row, "full_marks", where)),
        requirement=str(row.get("requirement", "")),
        deduction=str(row.get("deduction", "")),
        per_deduction=_decimal(where, row.get("per_deduction", "0")),
        deduction_only=bool(row.get("deduction_only", False)),
        registration_kind=None if kind is None else str(kind),
        required_count=None if required is None else _integer(where, required),
    )


def _bonus_item(row: Mapping[str, Any]) -> BonusItem:
    where = f"bonus.{row.get('key', '?')}"
    cap = row.get("annual_cap")
    return BonusItem(
        key=str(_field(row, "key", where)),
        name=str(_field(row, "name", where)),
        points=_decimal(where, _field(row, "points", where)),
        annual_cap=None if cap is None else _decimal(where, cap),
    )


def _deadline(row: Mapping[str, Any]) -> Deadline:
    where = f"deadlines.{row.get('key', '?')}"
    return Deadline(
        key=str(_field(row, "key", where)),
        year_offset=_integer(where, _field(row, "year", where)),
        month=_integer(where, _field(row, "month", where)),
        day=_integer(where, _field(row, "day", where)),
        role=str(_field(row, "role", where)),
        label=str(_field(row, "label", where)),
        ref=str(row.get("ref", "R18 §4.5")),
        quarter=None if row.get("quarter") is None else _integer(where, row["quarter"]),
    )


def field_names() -> tuple[str, ...]:
    return tuple(f.name for f in fields(Policy))
