"""Exchange files for the import and export tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from counsel.apps.org.models import AssessmentYear
from counsel.apps.org.services import assessment_year_create


def minimal(**lists: Any) -> dict[str, Any]:
    """A `counsel/1` object of year 2025 with the given lists."""
    data: dict[str, Any] = {"format": "counsel/1", "year": 2025}
    data.update(lists)
    return data


@pytest.fixture
def exchange_file(tmp_path: Path) -> Callable[..., Path]:
    """`exchange_file(data)` → the path of a JSON exchange file holding `data`."""

    def write(data: dict[str, Any], name: str = "input.json") -> Path:
        path = tmp_path / name
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return path

    return write


@pytest.fixture
def empty_year(db: None) -> AssessmentYear:
    """Year 2025 in a database that has no district yet."""
    return assessment_year_create(year=2025, actor=None)
