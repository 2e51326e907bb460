"""A lawyer registers a duty session on a phone (390×844), with a photo of the sign-in sheet."""

from __future__ import annotations

import pytest

from counsel.apps.worklog.models import WorkRecord, WorkStatus
from tests.apps.factories import PNG
from tests.browser.conftest import screenshot


@pytest.mark.browser
def test_a_lawyer_registers_a_session_on_a_phone(page_as, live_world) -> None:
    page = page_as("lawyer", viewport=(390, 844))
    page.goto(f"{page.base_url}/worklog/records/")
    page.get_by_role("link", name="＋ 登记工作").click()
    page.wait_for_url("**/worklog/records/new/")
    assert page.locator("input[name=date]").input_value()  # today, ready to submit
    page.fill("input[name=start_time]", "09:00")
    page.fill("input[name=end_time]", "11:30")
    page.select_option("select[name=kind]", "驻点值班")
    page.fill("input[name=place]", "社区服务中心法律服务室")
    page.fill("input[name=people_served]", "4")
    page.fill("textarea[name=content]", "驻点值班，解答居民婚姻家庭咨询 3 件")
    page.set_input_files(
        "input[name=photos]", files=[{"name": "签到表.png", "mimeType": "image/png", "buffer": PNG}]
    )
    assert page.locator("#chosen li").inner_text() == "签到表.png"
    # Touch targets: the main inputs and the submit button are at least 44 px high.
    for selector in ("input[name=place]", "select[name=kind]", ".wl-submit button"):
        assert page.locator(selector).bounding_box()["height"] >= 44
    screenshot(page, "worklog-register-390")
    page.get_by_role("button", name="提交登记").click()
    page.wait_for_url("**/worklog/records/")
    assert "等待社区确认" in page.locator(".messages").inner_text()
    card = page.locator(".wl-card").first
    assert "待确认" in card.inner_text() and "驻点值班" in card.inner_text()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways on a phone ({width}px)"
    screenshot(page, "worklog-list-390")
    record = WorkRecord.objects.get()
    assert (record.status, record.people_served) == (WorkStatus.SUBMITTED, 4)
    assert [a.original_name for a in record.attachments.all()] == ["签到表.png"]


@pytest.mark.browser
def test_a_long_unbroken_text_wraps_on_a_phone(page_as, live_world) -> None:
    from tests.apps.factories import record

    long = record(live_world, live_world.ea1)
    long.content = "https://example.invalid/" + "a" * 1500  # a pasted link, no spaces
    long.place = "服务中心" + "B" * 90
    long.save()
    page = page_as("community", viewport=(390, 844))
    for url in ("/worklog/records/?status=submitted", f"/worklog/records/{long.pk}/"):
        page.goto(f"{page.base_url}{url}")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{url} scrolls sideways on a phone ({width}px)"
