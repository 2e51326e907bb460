"""The bureau's user management: accounts with the scope of their role, passwords shown
once, never the bureau's own account locked out by itself."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from counsel.apps.accounts.models import Role, User
from counsel.apps.accounts.services import (
    ALPHABET,
    user_create,
    user_password_reset,
    user_update,
)

pytestmark = pytest.mark.django_db


def test_an_office_account_gets_its_street_and_a_generated_password(world) -> None:
    user, password = user_create(
        username="hubin2",
        display_name="湖滨所二",
        role=Role.JUDICIAL_OFFICE,
        street=world.street_a,
        community=world.a1,  # ignored: an office is scoped to a street only
        actor=world.users["bureau"],
    )

    assert (user.street, user.community) == (world.street_a, None)
    assert len(password) == 10 and set(password) <= set(ALPHABET)
    assert user.check_password(password)


def test_an_account_without_the_scope_of_its_role_is_refused(world) -> None:
    with pytest.raises(ValidationError):
        user_create(username="x", display_name="x", role=Role.COMMUNITY, actor=None)

    assert not User.objects.filter(username="x").exists()


def test_a_reset_password_replaces_the_old_one(world) -> None:
    lawyer = world.users["lawyer"]

    password = user_password_reset(user=lawyer, actor=world.users["bureau"])

    lawyer.refresh_from_db()
    assert lawyer.check_password(password) and not lawyer.check_password("counsel-test-pass")


def test_a_user_cannot_disable_their_own_account(world) -> None:
    bureau = world.users["bureau"]

    with pytest.raises(ValueError, match="自己"):
        user_update(
            user=bureau,
            display_name="x",
            role=Role.BUREAU,
            street=None,
            community=None,
            lawyer=None,
            is_active=False,
            actor=bureau,
        )


def test_moving_a_community_head_to_another_community(world) -> None:
    head = world.users["community"]

    user_update(
        user=head,
        display_name=head.display_name,
        role=Role.COMMUNITY,
        street=None,
        community=world.b1,
        lawyer=None,
        is_active=True,
        actor=world.users["bureau"],
    )

    head.refresh_from_db()
    assert head.community == world.b1
