"""Exact arithmetic helpers (R17): the only place ROUND_HALF_UP is applied.

Rounding is done in integers on the exact ratio, so a result never depends on the ambient
`decimal` context (its precision, its rounding mode) and a quotient is rounded once, from
its exact value (R15: 12000 × weeks ÷ 52, not a 28-digit approximation of it rounded again).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, ROUND_HALF_UP, Context, Decimal
from fractions import Fraction
from functools import lru_cache

CENT = Decimal("0.01")
ZERO = Decimal(0)

#: Sums are worked out, and numbers written, in this context: its precision and exponents
#: have no practical limit, so nothing is rounded before the one half-up rounding (R17),
#: whatever the ambient context says (28 digits by default).
_EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, rounding=ROUND_HALF_UP)


def exact_sum(values: Iterable[Decimal]) -> Decimal:
    """R5/R7/R10/R17: the sum of `values`, exact (`sum()` rounds to the context's digits:
    80.0049999999999999999999999999 + 0 would be 80.00500000000000000000000000)."""
    add = _EXACT.add
    total = ZERO
    for value in values:
        total = add(total, value)
    return total


def _half_up_cents(numerator: int, denominator: int) -> Decimal:
    """R17: ROUND_HALF_UP of the exact rational numerator/denominator (denominator > 0) to
    the cent, in integers; halves go away from zero."""
    cents = (200 * abs(numerator) + denominator) // (2 * denominator)
    sign = "-" if numerator < 0 and cents else ""
    return Decimal(f"{sign}{cents}E-2")


def exact_product(first: Decimal, second: Decimal | int) -> Decimal:
    """R15/R16/R17: first × second, exact (a share of 33.3333… × an amount has more digits
    than the context keeps)."""
    return _EXACT.multiply(first, second)


def two_places(value: Decimal) -> Decimal:
    """R5/R15/R16/R17: round half-up to 2 decimals (published scores, money to the fen)."""
    numerator, denominator = value.as_integer_ratio()
    return _half_up_cents(numerator, denominator)


def ratio_two_places(numerator: Decimal, denominator: int | Decimal) -> Decimal:
    """numerator ÷ denominator rounded half-up to 2 decimals once, from the exact quotient.

    R5 §4.2.1 (the mean of the quarters), R15 §4.4 (annual amount × weeks ÷ 52), R16 §4.3
    (the city's share).
    """
    if denominator == 0:
        raise ZeroDivisionError("ratio_two_places: denominator is 0")
    p, q = numerator.as_integer_ratio()
    r, s = Decimal(denominator).as_integer_ratio()
    num, den = p * s, q * r
    if den < 0:
        num, den = -num, -den
    return _half_up_cents(num, den)


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
    # Traces and messages write the same few scores and amounts hundreds of thousands of
    # times; equal decimals are written alike, so the text is kept by value.
    if value.is_finite():
        return _plain(value)
    return _written(value)


@lru_cache(maxsize=4096)
def _plain(value: Decimal) -> str:
    return _written(value)


def _written(value: Decimal) -> str:
    if value.is_finite() and not -30 < value.adjusted() < 30:
        return str(value.normalize(_EXACT))  # 1E+1000000, not a million zeros
    text = format(value.normalize(_EXACT), "f")
    return "0" if text in ("-0", "") else text
