"""The change log: who, when, what, old → new; for the bureau only."""

from __future__ import annotations

import datetime as dt

import pytest

from counsel.apps.org.history import change_log, engagement_history
from counsel.apps.org.services import engagement_period_end, master_data_save

pytestmark = pytest.mark.django_db


def _rename(world) -> None:  # type: ignore[no-untyped-def]
    world.a1.name = "改名社区"
    master_data_save(record=world.a1, actor=world.users["bureau"])


def test_a_change_shows_who_and_the_old_and_new_value(world) -> None:
    _rename(world)

    entry = change_log(model_key="community")[0:1][0]

    assert entry.who == "律工科示例" and entry.kind == "修改"
    assert [(c.field, c.old, c.new) for c in entry.changes] == [
        ("社区（村）名称", "示例甲社区", "改名社区")
    ]


def test_the_log_is_newest_first_across_models(world) -> None:
    _rename(world)
    engagement_period_end(period=world.ea1.periods.get(), end=dt.date(2025, 6, 30), actor=None)

    first, second = change_log()[0:2]

    assert (first.model_key, second.model_key) == ("period", "community")
    assert first.changes[0].old == "（空）" and first.changes[0].new == "2025-06-30"


def test_the_log_counts_every_record_for_paging(world) -> None:
    log = change_log(model_key="engagement")

    assert log.count() == 3 and len(log[0:50]) == 3


def test_an_engagement_history_holds_its_periods(world) -> None:
    engagement_period_end(period=world.ea1.periods.get(), end=dt.date(2025, 6, 30), actor=None)

    kinds = [e.model_key for e in engagement_history(world.ea1)]

    assert kinds == ["period", "period", "engagement"]


def test_the_history_page_filters_by_model(world, as_persona) -> None:
    _rename(world)

    page = as_persona("bureau").get("/org/history/?model=community").content.decode()

    assert "改名社区" in page and "结对 E9001" not in page


def test_the_engagement_page_shows_its_history_to_the_bureau_only(world, as_persona) -> None:
    section = "<h2>变更记录</h2>"
    assert section in as_persona("bureau").get("/org/engagements/E9001/").content.decode()
    assert section not in as_persona("office_a").get("/org/engagements/E9001/").content.decode()
