"""How wide text is on screen and on paper: CJK characters take two columns."""

from __future__ import annotations

import unicodedata


def display_width(value: object) -> int:
    """Columns `value` takes in a terminal (East Asian wide and full-width count as 2)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in str(value))


def pad(value: object, width: int, *, right: bool = False) -> str:
    """`value` padded with spaces to `width` display columns (numbers align right)."""
    text = str(value)
    gap = " " * max(0, width - display_width(text))
    return gap + text if right else text + gap
