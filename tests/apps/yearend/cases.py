"""The cases the year end is checked on: loaded through the import service the bureau uses
on the web (so what the year end computes is what `counsel assess` gives on the same
file), and the engine run the way `counsel assess` runs it (the shipped policy, the
file's `policy` object)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from counsel.apps.assessment.importing import exchange_import
from counsel.apps.org.models import AssessmentYear
from counsel.apps.org.services import assessment_year_create
from counsel.exchange import json_io
from counsel.rules import assess
from counsel.rules import policy as rules_policy
from counsel.rules.types import TieOrder
from tests.conftest import PUBLIC_CASES, REPO

OWN_CASES = REPO / "tests" / "cases" / "yearend"
PUBLIC = sorted(PUBLIC_CASES.glob("*.in.json"))
OWN = sorted(OWN_CASES.glob("*.in.json"))


def case(name: str) -> Path:
    for path in (*PUBLIC, *OWN):
        if path.name == f"{name}.in.json":
            return path
    raise FileNotFoundError(name)


def engine(path: Path, tie_orders: tuple[TieOrder, ...] = ()) -> dict[str, Any]:
    """`counsel assess PATH -o result.json`, as a dict."""
    data, issues = json_io.read_input(path)
    assert not issues, issues
    data = replace(data, tie_orders=tie_orders)
    return json_io.result_dict(assess(data, rules_policy.load()))


def load_case(path: Path) -> AssessmentYear:
    """The case file imported into its year (created when missing), as a clerk uploads it."""
    number = int(json.loads(path.read_text("utf-8"))["year"])
    year = AssessmentYear.objects.filter(year=number).first()
    if year is None:
        year = assessment_year_create(year=number, actor=None)
    report = exchange_import(year=year, source=path, actor=None)
    assert report.written, [i.message for i in report.errors]
    year.refresh_from_db()
    return year
