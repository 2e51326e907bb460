"""Importing XLSX exchange files (the exchange module's reader), and the web's XLSX export
(the exchange module's writer) read back: the same content, whatever the bytes."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from counsel.apps.accounts.models import Role, User
from counsel.apps.assessment.exporting import exchange_export
from counsel.apps.assessment.importing import exchange_import
from counsel.apps.bonus.models import BonusClaim, BonusDeclaration
from counsel.apps.org.models import Community, Engagement, LawFirm, Lawyer, Street
from counsel.apps.quarter.models import QuarterScore, SatisfactionRating
from tests.apps.assessment.conftest import minimal
from tests.conftest import PUBLIC_CASES

pytestmark = pytest.mark.django_db

QUARTERS = [
    {"engagement": "E9001", "quarter": 1, "basic": "80.5", "rating": "良好"},
    {"engagement": "E9002", "quarter": 1, "basic": "79", "rating": "普通"},
]


def _export(world, tmp_path):  # type: ignore[no-untyped-def]
    content = exchange_export(year=world.year, user=world.users["bureau"], fmt="xlsx").content
    path = tmp_path / "export.xlsx"
    path.write_bytes(content)
    return path


def test_an_exported_workbook_imports_back_and_exports_the_same_content(
    world, exchange_file, tmp_path
) -> None:
    exchange_import(year=world.year, source=exchange_file(minimal(quarters=QUARTERS)), actor=None)
    before = exchange_export(year=world.year, user=world.users["bureau"], fmt="json").content

    report = exchange_import(year=world.year, source=_export(world, tmp_path), actor=None)

    assert report.errors == [] and report.changed == 0
    assert (
        exchange_export(year=world.year, user=world.users["bureau"], fmt="json").content == before
    )


def test_a_bad_cell_is_listed_with_its_sheet_row_and_column(world, exchange_file, tmp_path) -> None:
    exchange_import(year=world.year, source=exchange_file(minimal(quarters=QUARTERS)), actor=None)
    path = _export(world, tmp_path)
    book = load_workbook(path)
    book["季度考核"]["C3"] = "七十九"
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(buffer.getvalue())

    report = exchange_import(year=world.year, source=path, actor=None)

    assert not report.written
    assert [(i.sheet, i.row) for i in report.errors] == [("季度考核", 3)]


def _cells(content: bytes) -> dict[str, list[tuple[object, ...]]]:
    """What a workbook says, sheet by sheet (not its bytes: those carry a timestamp)."""
    book = load_workbook(io.BytesIO(content))
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book}


def test_an_xlsx_export_imported_into_an_empty_district_exports_the_same_workbook(
    empty_year, tmp_path
) -> None:
    clerk = User.objects.create(username="clerk", role=Role.BUREAU)
    empty_year.parameters = {"bottom_tier": "include_90th", "bonus_cap": None}
    empty_year.save()
    exchange_import(year=empty_year, source=PUBLIC_CASES / "small-street.in.json", actor=None)
    first = exchange_export(year=empty_year, user=clerk, fmt="xlsx").content
    path = tmp_path / "export.xlsx"
    path.write_bytes(first)
    for model in (BonusClaim, BonusDeclaration, QuarterScore, SatisfactionRating):
        model.objects.all().delete()
    for model in (Engagement, Lawyer, LawFirm, Community, Street):
        model.objects.all().delete()
    empty_year.parameters = {}
    empty_year.save()

    report = exchange_import(year=empty_year, source=path, actor=None)
    second = exchange_export(year=empty_year, user=clerk, fmt="xlsx").content

    assert report.errors == [] and report.written
    assert _cells(second) == _cells(first)
    assert ("bottom_tier", "include_90th") in _cells(first)["参数"]


def test_a_workbook_stating_another_year_is_refused_and_nothing_written(
    world, exchange_file, tmp_path
) -> None:
    exchange_import(year=world.year, source=exchange_file(minimal(quarters=QUARTERS)), actor=None)
    path = _export(world, tmp_path)
    book = load_workbook(path)
    book["参数"]["B2"] = world.year.year + 1  # next year's export, chosen for this year
    book["季度考核"]["C2"] = 81
    book.save(path)

    report = exchange_import(year=world.year, source=path, actor=None)

    assert [i.code for i in report.errors] == ["bad_value"]
    assert f"{world.year.year + 1} 年度" in report.errors[0].message and not report.written
    assert str(QuarterScore.objects.get(engagement__code="E9001", quarter=1).basic) == "80.50"
