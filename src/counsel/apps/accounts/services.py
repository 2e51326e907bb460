"""Services that manage the users (the bureau creates the accounts of offices,
communities and lawyers and resets their passwords)."""

from __future__ import annotations

import secrets

from django.db import transaction

from counsel.apps.accounts.models import Role, User
from counsel.apps.org.models import Community, Lawyer, Street

# No 0/O, 1/l/I: a password read out over the phone must not be misheard.
ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def password_generate(length: int = 10) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def _scope(
    user: User, street: Street | None, community: Community | None, lawyer: Lawyer | None
) -> None:
    """Keep only the scope the role uses (the model's constraint refuses any other mix)."""
    user.street = street if user.role == Role.JUDICIAL_OFFICE else None
    user.community = community if user.role == Role.COMMUNITY else None
    user.lawyer = lawyer if user.role == Role.LAWYER else None


@transaction.atomic
def user_create(
    *,
    username: str,
    display_name: str,
    role: str,
    street: Street | None = None,
    community: Community | None = None,
    lawyer: Lawyer | None = None,
    password: str = "",
    actor: User | None,
) -> tuple[User, str]:
    """A new account; returns it with its password (generated when none is given), which
    is shown once and never stored in clear."""
    user = User(username=username, display_name=display_name, role=role)
    _scope(user, street, community, lawyer)
    password = password or password_generate()
    user.set_password(password)
    user.full_clean(exclude=["password"])
    user.save()
    return user, password


@transaction.atomic
def user_update(
    *,
    user: User,
    display_name: str,
    role: str,
    street: Street | None,
    community: Community | None,
    lawyer: Lawyer | None,
    is_active: bool,
    actor: User | None,
) -> User:
    if user.pk == getattr(actor, "pk", None) and (not is_active or role != user.role):
        raise ValueError("不能停用自己的账号或更改自己的角色")
    user.display_name = display_name
    user.role = role
    user.is_active = is_active
    _scope(user, street, community, lawyer)
    user.full_clean(exclude=["password"])
    user.save()
    return user


@transaction.atomic
def user_password_reset(*, user: User, actor: User | None) -> str:
    """A new generated password for the user (the old one stops working at once)."""
    password = password_generate()
    user.set_password(password)
    user.save(update_fields=["password"])
    return password
