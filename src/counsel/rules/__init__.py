"""The measures as code: a pure engine (no Django, Decimal only) — RULES.md R1–R20.

from counsel.rules import assess, policy
result = assess(year_input, policy.load())
"""

from counsel.rules.assess import assess

__all__ = ["assess"]
