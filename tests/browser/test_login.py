"""Each persona logs in through the form and lands on their home page, in Chinese."""

import pytest

from tests.fixtures.world import PERSONAS


@pytest.mark.browser
@pytest.mark.parametrize("persona", PERSONAS)
def test_each_persona_logs_in_and_sees_their_scope(page_as, live_world, persona) -> None:
    page = page_as(persona)
    header = page.locator("header.topbar").inner_text()
    assert live_world.users[persona].scope_label in header
    assert "退出" in header
