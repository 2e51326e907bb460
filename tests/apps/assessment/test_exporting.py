"""Exporting the year in the exchange format: scoped by role, no personal data, and a round
trip (import, export) gives the same content."""

from __future__ import annotations

import io
import json

import pytest
from openpyxl import load_workbook

from counsel.apps.assessment.exporting import exchange_export, input_dict, scoped_input
from counsel.apps.assessment.importing import exchange_import, read_any
from counsel.apps.assessment.selectors import year_input
from counsel.apps.bonus.models import BonusClaim, BonusDeclaration
from counsel.apps.org.models import Community, Engagement, LawFirm, Lawyer, Street
from counsel.apps.quarter.models import QuarterScore, SatisfactionRating
from counsel.exchange.json_io import parse_input
from tests.apps.assessment.conftest import minimal
from tests.conftest import PUBLIC_CASES

pytestmark = pytest.mark.django_db
CASE = PUBLIC_CASES / "shangcheng-2025.in.json"


def _content(path_or_data):  # type: ignore[no-untyped-def]
    """What a file says, whatever its order of records and its spelling of numbers
    (80.5 = "80.50"); a bonus's place among the same engagement's bonuses is kept."""
    data = (
        parse_input(path_or_data)[0]
        if isinstance(path_or_data, dict)
        else read_any(path_or_data)[0]
    )
    content = input_dict(data, {})
    for name, key in (("communities", "code"), ("lawyers", "id"), ("engagements", "id")):
        content[name].sort(key=lambda r, key=key: r[key])
    content["quarters"].sort(key=lambda r: (r["engagement"], r["quarter"]))
    content["bonuses"].sort(key=lambda r: r["engagement"])
    return content


def _wipe() -> None:
    for model in (BonusClaim, BonusDeclaration, QuarterScore, SatisfactionRating):
        model.objects.all().delete()
    for model in (Engagement, Lawyer, LawFirm, Community, Street):
        model.objects.all().delete()


def test_an_imported_file_exports_with_the_same_content(empty_year, bureau_user) -> None:
    exchange_import(year=empty_year, source=CASE, actor=None)

    exported = exchange_export(year=empty_year, user=bureau_user, fmt="json")

    assert _content(json.loads(exported.content)) == _content(CASE)


def test_exporting_importing_and_exporting_again_gives_the_same_file(
    empty_year, bureau_user, exchange_file
) -> None:
    exchange_import(year=empty_year, source=CASE, actor=None)
    first = exchange_export(year=empty_year, user=bureau_user, fmt="json").content
    _wipe()

    report = exchange_import(
        year=empty_year, source=exchange_file(json.loads(first), "export.json"), actor=None
    )
    second = exchange_export(year=empty_year, user=bureau_user, fmt="json").content

    assert report.errors == [] and second == first


def test_an_office_exports_its_own_street_only(world, as_persona) -> None:
    data = scoped_input(world.year, world.users["office_a"])

    assert {c.code for c in data.communities} == {world.a1.code, world.a2.code}
    assert {e.id for e in data.engagements} == {"E9001", "E9002"}
    assert {lw.id for lw in data.lawyers} == {"L9001", "L9002"}


def test_the_bureau_exports_the_whole_district(world) -> None:
    assert scoped_input(world.year, world.users["bureau"]) == year_input(world.year)


def test_no_licence_number_or_phone_leaves_in_an_export(world) -> None:
    for fmt in ("json", "xlsx"):
        content = exchange_export(year=world.year, user=world.users["bureau"], fmt=fmt).content
        if fmt == "xlsx":
            book = load_workbook(io.BytesIO(content))
            content = "".join(
                str(cell.value) for sheet in book for row in sheet.iter_rows() for cell in row
            ).encode()
        for lawyer in (world.lawyer_a1, world.lawyer_b1):
            assert lawyer.phone.encode() not in content
            assert lawyer.licence_no.encode() not in content


def test_the_workbook_has_the_sheets_and_headings_of_the_exchange_format(
    world, exchange_file
) -> None:
    exchange_import(
        year=world.year,
        source=exchange_file(
            minimal(
                quarters=[{"engagement": "E9001", "quarter": 1, "basic": "80.5", "rating": "良好"}]
            )
        ),
        actor=None,
    )

    export = exchange_export(year=world.year, user=world.users["office_a"], fmt="xlsx")

    book = load_workbook(io.BytesIO(export.content))
    assert book.sheetnames == ["社区", "律师", "结对", "季度考核", "加分", "参数"]
    assert [c.value for c in book["结对"][1]] == [
        "结对编号",
        "律师编号",
        "社区代码",
        "开始日期",
        "结束日期",
    ]
    assert [c.value for c in book["季度考核"][2]] == ["E9001", 1, 80.5, "良好"]
    assert book["结对"].max_row == 1 + 2  # street A's two engagements, one period each
    assert export.filename == "2025年度考核数据-湖滨街道.xlsx"


def test_the_export_page_sends_the_file_as_an_attachment(world, as_persona) -> None:
    response = as_persona("office_b").get("/assessment/export/?year=2025&format=json")

    body = b"".join(response.streaming_content)
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    assert world.b1.code.encode() in body and world.a1.code.encode() not in body


@pytest.fixture
def bureau_user(db):  # type: ignore[no-untyped-def]
    from counsel.apps.accounts.models import Role, User

    return User.objects.create(username="clerk", role=Role.BUREAU)
