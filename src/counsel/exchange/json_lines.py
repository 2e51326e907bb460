"""An engagement of the result as its line of the result JSON, written straight from the
record: the text `json_io.lines` gives for its `result_dict` entry, byte for byte.

A district's year has tens of thousands of engagements with a trace each: building a
dict for each and encoding it took a fifth of `counsel assess` JSON→JSON. Here the
strings go through the same C encoder function json uses (so they are escaped alike),
the numbers and flags are written as json writes them. tests/exchange/test_json_io.py
holds both ways equal on every case.
"""

from __future__ import annotations

from collections.abc import Iterable
from json.encoder import encode_basestring

from counsel.rules.shared_rank import SharedRankStep
from counsel.rules.types import EngagementResult, TraceStep


class Encoded:
    """Records of a list already encoded as JSON, one per item, made as they are written
    (see json_io.lines): the lines of a district's year take more memory than the rest of
    the run, and memory the process has not yet touched costs a page fault per 4 KiB."""

    def __init__(self, items: Iterable[str], count: int) -> None:
        self.items = items
        self.count = count


def _number(value: int | None) -> str:
    return "null" if value is None else str(int(value))


def engagement_line(e: EngagementResult) -> str:
    """`_encode(result_dict(…)["engagements"][i])` for `e`; money as json_io.money."""
    text = encode_basestring
    flags = ", ".join([text(flag) for flag in e.flags])
    trace = ", ".join([_step(step) for step in e.trace])
    return (
        f'{{"id": {text(e.id)}, "lawyer": {text(e.lawyer)}, "community": {text(e.community)}, '
        f'"street": {text(e.street)}, "full_year": {"true" if e.full_year else "false"}, '
        f'"days": {_number(e.days)}, "weeks": {_number(e.weeks)}, "basic": "{e.basic:.2f}", '
        f'"satisfaction": "{e.satisfaction:.2f}", "bonus": "{e.bonus:.2f}", '
        f'"total": "{e.total:.2f}", "rank": {_number(e.rank)}, "tier": {_number(e.tier)}, '
        f'"amount": "{e.amount:.2f}", "city_share": "{e.city_share:.2f}", '
        f'"district_share": "{e.district_share:.2f}", "flags": [{flags}], "trace": [{trace}]}}'
    )


def _step(step: TraceStep) -> str:
    """The JSON string of `str(step)`. A shared rank's text names every other member of its
    group: it is escaped from the group's words and ids, escaped once (shared_rank.py)."""
    if isinstance(step, SharedRankStep):
        return f'"{_inside(f"{step.rule} ")}{step.escaped(_inside)}"'
    return encode_basestring(f"{step.rule} {step.text}")


def _inside(value: str) -> str:
    """What JSON writes for `value` between its quotes: each character escaped on its own."""
    return encode_basestring(value)[1:-1]
