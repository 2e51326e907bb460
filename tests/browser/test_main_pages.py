"""Each persona logs in and goes through its main pages, in Chinese, without a script
error, on a phone for the community head and the lawyer (screenshots in
$COUNSEL_SCREENSHOTS)."""

from __future__ import annotations

import json

import pytest

from tests.browser.conftest import screenshot

PAGES = {
    "bureau": [
        ("/", "全区概况"),
        ("/org/communities/", "社区（村）"),
        ("/org/lawyers/", "社区律师"),
        ("/org/lawyers/L9001/", "示例律师甲"),
        ("/org/engagements/E9001/", "变更记录"),
        ("/org/streets/", "街道与司法所"),
        ("/org/years/2025/", "政策参数"),
        ("/org/history/", "变更记录"),
        ("/assessment/exchange/", "数据导入导出"),
        ("/accounts/users/", "用户"),
    ],
    "office_a": [
        ("/", "截止事项"),
        ("/org/communities/", "社区（村）"),
        ("/org/engagements/", "结对"),
        ("/org/streets/330102003/", "湖滨街道"),
        ("/assessment/exchange/", "导出（湖滨街道）"),
    ],
    "community": [("/", "我们的社区律师"), ("/org/communities/330102003051/", "示例甲社区")],
    "lawyer": [("/", "我的结对"), ("/org/engagements/E9001/", "服务期间")],
}
PHONE = (390, 844)


@pytest.mark.browser
@pytest.mark.parametrize("persona", list(PAGES))
def test_each_persona_goes_through_its_main_pages(page_as, persona) -> None:
    mobile = persona in ("community", "lawyer")
    page = page_as(persona, viewport=PHONE) if mobile else page_as(persona)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    for n, (path, heading) in enumerate(PAGES[persona]):
        response = page.goto(page.base_url + path)
        assert response is not None and response.status == 200, path
        assert heading in page.locator("main").inner_text(), path
        if mobile:  # nothing wider than the phone
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= PHONE[0] + 1, f"{path} is {width}px wide"
        screenshot(page, f"main-{persona}-{n}")
    assert errors == []


@pytest.mark.browser
def test_the_district_chart_is_drawn_on_the_bureau_home(page_as) -> None:
    page = page_as("bureau")

    page.wait_for_selector("#district-chart svg")

    assert "湖滨街道" in page.locator("#district-chart").inner_text()


@pytest.mark.browser
def test_the_bureau_uploads_a_file_and_sees_every_problem(page_as, tmp_path) -> None:
    bad = {
        "format": "counsel/1",
        "year": 2025,
        "quarters": [{"engagement": "E404", "quarter": 1, "basic": "80"}],
    }
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    page = page_as("bureau")
    page.goto(page.base_url + "/assessment/exchange/")

    page.set_input_files("input[name=file]", str(path))
    page.click("#import-form button[type=submit]")
    page.wait_for_selector("#import-result table.issues")

    result = page.locator("#import-result").inner_text()
    assert "未写入任何数据" in result and "E404" in result and "季度考核" in result
    screenshot(page, "import-problems")
