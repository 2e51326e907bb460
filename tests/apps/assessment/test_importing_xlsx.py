"""Importing XLSX exchange files. These need the exchange module's XLSX reader
(`counsel.exchange.xlsx_io.read_input(path, year)`), which comes with the exchange work:
until it is merged they fail with the import page's “暂未启用” message."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from counsel.apps.assessment.exporting import exchange_export
from counsel.apps.assessment.importing import exchange_import
from tests.apps.assessment.conftest import minimal

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
