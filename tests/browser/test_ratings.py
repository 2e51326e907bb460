"""The judicial office rates a street-quarter of 20 communities (quota ⌈20/10⌉ = 2): with
three 满意 the screen names the problem as the selects change and refuses the submission."""

from __future__ import annotations

import pytest

from counsel.apps.quarter.models import QuarterReport
from tests.apps.factories import add_communities, full_score
from tests.browser.conftest import screenshot

EXPECTED = "湖滨街道第1季度评价“满意” 3 个，超过上限 ⌈社区（村）数 20 × 10%⌉ = 2 个，须减少 1 个"


@pytest.mark.browser
def test_the_rating_screen_refuses_a_broken_quota(page_as, live_world) -> None:
    w = live_world
    engagements = [w.ea1, w.ea2, *add_communities(w, w.street_a, 18)]
    for engagement in engagements:
        full_score(w.users["office_a"], engagement, w.year, 1)
    page = page_as("office_a")
    page.goto(f"{page.base_url}/quarter/street/{w.street_a.pk}/2025/1/ratings/")
    assert "⌈社区（村）数 20 × 10%⌉ = 2" in page.locator("#quota-box").inner_text()
    for n, engagement in enumerate(engagements):
        value = "满意" if n < 3 else "普通" if n < 5 else "良好"
        page.select_option(f"select[name=rating_{engagement.pk}]", value)
    box = page.locator("#quota-box")
    box.get_by_text(EXPECTED).wait_for()
    assert box.locator("[data-satisfied]").inner_text() == "3"
    screenshot(page, "ratings-quota-live")
    page.get_by_role("button", name="保存并报送本季度").click()
    page.wait_for_load_state()
    refusal = page.locator(".q-refusal").inner_text()
    assert "未能报送" in refusal and EXPECTED in refusal
    assert not QuarterReport.objects.filter(status="submitted").exists()
    screenshot(page, "ratings-submit-refused")
