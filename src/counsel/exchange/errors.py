"""Errors of the exchange layer."""

from __future__ import annotations


class UnreadableInput(Exception):
    """The file cannot be read at all (not JSON, not a workbook, wrong format): exit 2."""
