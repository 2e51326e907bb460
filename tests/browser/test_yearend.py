"""The whole year end in the browser, on the small world: a lawyer declares on a phone,
the community confirms, the office approves and reports, the bureau finalises and
downloads the pay table (its numbers equal `counsel assess` on the exported input), and
the lawyer opens their explanation."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from counsel.apps.yearend.models import ResultVersion
from tests.apps.yearend.cases import engine
from tests.apps.yearend.helpers import score_world
from tests.browser.conftest import SHOTS, screenshot

pytestmark = pytest.mark.browser
PHONE = (390, 844)


def _declare(page) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{page.base_url}/bonus/mine/")
    page.get_by_role("button", name="填写申报表").click()
    page.select_option("select[name=item]", label="获市级表彰（每次 2 分，年度上限 4 分）")
    page.fill("input[name=occurred_on]", "2025-06-18")
    page.fill("textarea[name=reason]", "被评为杭州市优秀社区律师")
    page.get_by_role("button", name="添加", exact=True).click()
    page.get_by_text("已添加加分事项").wait_for()
    page.set_input_files(
        "input[type=file]",
        files=[{"name": "证书.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4\n%%EOF\n"}],
    )
    page.get_by_role("button", name="上传", exact=True).click()
    page.get_by_role("link", name="证书.pdf").wait_for()
    screenshot(page, "yearend-01-lawyer-draft")
    page.get_by_role("button", name="提交申报（送社区确认）").click()
    page.get_by_text("申报表已提交").wait_for()


def test_the_whole_year_end(page_as, live_world, tmp_path) -> None:
    score_world(live_world)

    lawyer = page_as("lawyer", viewport=PHONE)
    _declare(lawyer)
    declaration_url = lawyer.url
    screenshot(lawyer, "yearend-02-lawyer-submitted")

    community = page_as("community", viewport=PHONE)
    community.goto(declaration_url)
    community.get_by_label("同意", exact=True).check()
    community.get_by_role("button", name="提交确认意见").click()
    community.get_by_text("已出具确认意见").wait_for()
    screenshot(community, "yearend-03-community-confirmed")

    office = page_as("office_a")
    office.goto(declaration_url)
    office.get_by_label("认定", exact=True).check()
    office.get_by_role("button", name="审定", exact=True).click()
    office.get_by_text("已审定：获市级表彰").wait_for()
    screenshot(office, "yearend-04-office-approved")
    office.goto(f"{office.base_url}/yearend/report/")
    office.get_by_role("button", name="确认并报送区司法局律工科").click()
    office.get_by_text("已报送区司法局律工科").first.wait_for()

    printed = tmp_path / "declaration.pdf"
    office.goto(declaration_url + "print/")
    office.emulate_media(media="print")
    office.pdf(path=str(printed), format="A4", print_background=True)
    assert (
        printed.read_bytes().count(b"/Type /Page\n") + printed.read_bytes().count(b"/Type /Page>")
        >= 1
    )
    (SHOTS / "yearend-declaration.pdf").write_bytes(printed.read_bytes())

    bureau = page_as("bureau")
    bureau.goto(f"{bureau.base_url}/yearend/overview/")
    bureau.get_by_text("可以定案").wait_for()
    screenshot(bureau, "yearend-05-bureau-ready")
    asked: list[str] = []
    bureau.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.accept()))
    bureau.get_by_role("button", name="定案", exact=True).click()
    bureau.get_by_text("2025年度已定案（第1版）").wait_for()
    assert asked and asked[0].startswith("确认定案2025年度考核结果")
    screenshot(bureau, "yearend-06-bureau-version")

    bureau.goto(f"{bureau.base_url}/yearend/ranking/")
    bureau.locator("#histogram canvas").wait_for()
    screenshot(bureau, "yearend-07-ranking")
    with bureau.expect_download() as info:
        bureau.get_by_role("link", name="补贴发放表（XLSX）").click()
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    assert saved.name == "上城区2025年度律师进社区（村）工作补贴发放表.xlsx"
    workbook = load_workbook(saved).active

    version = ResultVersion.objects.get()
    exported = tmp_path / "input.json"
    exported.write_text(json.dumps(version.input_json, ensure_ascii=False), encoding="utf-8")
    expected = engine(exported)
    assert workbook["A1"].value == "上城区2025年度律师进社区（村）工作补贴发放表"
    for row, e in enumerate(expected["engagements"], start=4):
        cells = [workbook.cell(row=row, column=c).value for c in (9, 10, 13, 14, 15)]
        assert [f"{Decimal(str(cells[0])):.2f}", cells[1]] == [e["total"], e["rank"]]
        assert [f"{Decimal(str(v)):.2f}" for v in cells[2:]] == [
            e["amount"],
            e["city_share"],
            e["district_share"],
        ]
    assert expected["engagements"][0]["bonus"] == "2.00"

    lawyer.goto(f"{lawyer.base_url}/yearend/ranking/")
    lawyer.get_by_role("link", name="说明").click()
    lawyer.get_by_text("计算过程").wait_for()
    trace = lawyer.locator("[data-testid=trace]").inner_text()
    assert "R10" in trace and "§4.2.3" in trace and "获市级表彰 2" in trace
    assert lawyer.locator("[data-testid=amount]").inner_text() == "12,000.00"
    screenshot(lawyer, "yearend-08-lawyer-explanation")

    bureau.goto(f"{bureau.base_url}/yearend/disclosure/")
    assert "示例律师甲" not in bureau.content()
    screenshot(bureau, "yearend-09-disclosure")
