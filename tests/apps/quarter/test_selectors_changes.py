"""R7: a rating change reads as what was given, even when recorded with only its kind."""

from __future__ import annotations

from counsel.apps.quarter.selectors.changes import _said


def test_a_change_recorded_with_only_its_kind_says_the_rating_given() -> None:
    assert _said("满意度评价", "良好") == "满意度评价：良好"


def test_a_change_that_says_old_and_new_is_kept_as_said() -> None:
    assert _said("满意度 良好 → 满意", "满意") == "满意度 良好 → 满意"


def test_a_change_without_a_reason_says_the_new_rating() -> None:
    assert _said(None, "普通") == "满意度 → 普通"
