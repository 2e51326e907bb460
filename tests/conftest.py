"""Shared test set-up: settings for tests, the shared data paths."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PUBLIC_CASES = REPO / "tests" / "cases" / "public"
COMMUNITIES_CSV = REPO / "src" / "counsel" / "data" / "shangcheng_communities.csv"
