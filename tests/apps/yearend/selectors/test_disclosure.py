"""The public list (公示): masked names; no codes, licence numbers or phones."""

from __future__ import annotations

import pytest

from counsel.apps.yearend.selectors.disclosure import public_rows
from counsel.apps.yearend.selectors.ranking import all_rows
from counsel.apps.yearend.services.versions import year_finalise
from tests.apps.yearend.cases import case, load_case

pytestmark = pytest.mark.django_db


def test_the_public_list_masks_every_name_and_holds_no_codes() -> None:
    version = year_finalise(year=load_case(case("twenty-ranked")), actor=None)
    rows = all_rows(version)
    public = public_rows(rows)
    assert [p.name for p in public][:2] == ["欧*****", "欧*****"]
    assert {p.name for p in public} >= {"王****"}
    text = repr(public)
    for row in rows:
        assert row.lawyer not in text and row.lawyer_id not in text and row.id not in text
    assert [(p.rank, p.tier, str(p.amount)) for p in public][:2] == [
        (1, "第一档", "14000.00"),
        (2, "第一档", "14000.00"),
    ]
