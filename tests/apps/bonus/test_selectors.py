"""Reading declarations: scoped by role (another street's → 404), the R10 caps as the
lawyer declares."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.http import Http404

from counsel.apps.bonus import selectors
from counsel.apps.bonus.models import BonusDeclaration
from tests.apps.bonus.helpers import claims, draft, submitted

pytestmark = pytest.mark.django_db


def test_each_role_sees_the_declarations_of_its_scope(world) -> None:
    mine = submitted(world)
    other = draft(world, engagement=world.eb1)
    seen = {
        name: set(
            selectors.declarations(world.users[name], world.year).values_list("pk", flat=True)
        )
        for name in ("bureau", "office_a", "office_b", "community", "lawyer")
    }
    assert seen == {
        "bureau": {mine.pk, other.pk},
        "office_a": {mine.pk},
        "office_b": {other.pk},
        "community": {mine.pk},
        "lawyer": {mine.pk},
    }


def test_the_bureau_filters_by_street_and_status(world) -> None:
    mine = submitted(world)
    draft(world, engagement=world.eb1)
    bureau = world.users["bureau"]
    by_street = selectors.declarations(bureau, world.year, street=world.street_a.code)
    by_status = selectors.declarations(bureau, world.year, status="submitted")
    assert [d.pk for d in by_street] == [mine.pk] == [d.pk for d in by_status]
    row = by_street.get()
    assert (row.claim_count, row.declared_total) == (2, Decimal("3.00"))


def test_another_streets_declaration_claim_and_evidence_are_not_found(world) -> None:
    declaration = draft(world)
    claim = claims(declaration)[0]
    office_b = world.users["office_b"]
    with pytest.raises(Http404):
        selectors.declaration_get(office_b, declaration.pk)
    with pytest.raises(Http404):
        selectors.claim_get(office_b, claim.pk)
    with pytest.raises(Http404):
        selectors.evidence_get(office_b, claim.evidence.get().pk)
    assert selectors.declaration_get(world.users["office_a"], declaration.pk) == declaration


def test_the_caps_show_what_counts_per_item_and_overall(world) -> None:
    declaration = draft(
        world,
        claims=(
            ("honour_city", "市级表彰一", dt.date(2025, 3, 1), None),
            ("honour_city", "市级表彰二", dt.date(2025, 4, 1), None),
            ("honour_city", "市级表彰三", dt.date(2025, 5, 1), None),
            ("major_dispute", "纠纷", dt.date(2025, 6, 1), None),
        ),
    )
    caps = selectors.caps(BonusDeclaration.objects.get(pk=declaration.pk))
    city = next(c for c in caps.items if c.item.key == "honour_city")
    assert (city.count, city.declared, city.over_cap) == (3, Decimal("6.00"), True)
    assert caps.declared == Decimal("7.00")
    assert caps.item_capped == Decimal("5.00")  # 4 (cap of 获市级表彰) + 1
    assert caps.countable == Decimal("5.00") and caps.overall_cap == Decimal("5")
    assert not caps.over_overall


def test_the_overall_cap_follows_the_years_parameters(world) -> None:
    world.year.parameters = {"bonus_cap": None}
    world.year.save()
    caps = selectors.caps(draft(world))
    assert caps.overall_cap is None and caps.countable == Decimal("3.00")


def test_the_lawyer_sees_the_engagements_serving_in_the_year(world) -> None:
    declaration = draft(world)
    serving = selectors.lawyer_engagements(world.users["lawyer"], world.year)
    assert [(s.engagement, s.days, s.declaration) for s in serving] == [
        (world.ea1, 365, declaration)
    ]


def test_the_community_sees_a_declaration_once_it_is_submitted(world) -> None:
    declaration = draft(world)
    community = world.users["community"]
    assert not selectors.declarations(community, world.year).exists()
    with pytest.raises(Http404):
        selectors.declaration_get(community, declaration.pk)
    assert selectors.declaration_get(world.users["office_a"], declaration.pk) == declaration
