"""Exact arithmetic helpers (R17): the only place ROUND_HALF_UP is applied."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

CENT = Decimal("0.01")
ZERO = Decimal(0)


def two_places(value: Decimal) -> Decimal:
    """R5/R15/R16/R17: round half-up to 2 decimals (published scores, money to the fen)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def share_floor(n: int, percent: Decimal) -> int:
    """⌊n × percent %⌋ in integers (R13): never through binary floating point."""
    f = Fraction(percent)
    return (n * f.numerator) // (100 * f.denominator)


def share_ceil(n: int, percent: Decimal) -> int:
    """⌈n × percent %⌉ in integers (R8): (C + 9) // 10 for 10 %."""
    f = Fraction(percent)
    return -((-n * f.numerator) // (100 * f.denominator))


def share_is_whole(n: int, percent: Decimal) -> bool:
    """Whether n × percent % is a whole number (R13 `include_90th`: 10 divides n)."""
    f = Fraction(percent)
    return (n * f.numerator) % (100 * f.denominator) == 0


def plain(value: Decimal) -> str:
    """A decimal as a clerk writes it: 80.5, 81, 0.5 (no trailing zeros, no exponent)."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text
