"""The user pages of the bureau, the password page of everyone, the login page."""

from __future__ import annotations

import pytest
from django.test import Client

from counsel.apps.accounts.models import User
from tests.fixtures.world import PASSWORD

pytestmark = pytest.mark.django_db


def test_creating_an_office_account_shows_its_password_once(world, as_persona) -> None:
    response = as_persona("bureau").post(
        "/accounts/users/new/",
        {
            "username": "hubin2",
            "display_name": "湖滨所二",
            "role": "judicial_office",
            "street": world.street_a.pk,
        },
    )

    page = response.content.decode()
    user = User.objects.get(username="hubin2")
    assert "密码只显示这一次" in page and user.street == world.street_a
    password = page.split('class="password">')[1].split("<")[0]
    assert user.check_password(password)


def test_an_office_account_needs_its_street(world, as_persona) -> None:
    response = as_persona("bureau").post(
        "/accounts/users/new/", {"username": "x", "display_name": "x", "role": "judicial_office"}
    )

    assert "请选择司法所所在的街道" in response.content.decode()
    assert not User.objects.filter(username="x").exists()


def test_a_lawyer_has_one_account_only(world, as_persona) -> None:
    response = as_persona("bureau").post(
        "/accounts/users/new/",
        {"username": "x", "display_name": "x", "role": "lawyer", "lawyer": world.lawyer_a1.pk},
    )

    assert "已有账号" in response.content.decode()


def test_the_user_list_filters_by_role(world, as_persona) -> None:
    page = as_persona("bureau").get("/accounts/users/?role=judicial_office").content.decode()

    assert "office_a" in page and "office_b" in page and ">lawyer<" not in page


def test_a_user_changes_their_own_password(world, as_persona) -> None:
    client = as_persona("lawyer")

    response = client.post(
        "/accounts/password/",
        {
            "old_password": PASSWORD,
            "new_password1": "Another-pass-2026",
            "new_password2": "Another-pass-2026",
        },
    )

    assert response.status_code == 302
    assert User.objects.get(username="lawyer").check_password("Another-pass-2026")


def test_a_wrong_password_is_answered_in_chinese(world) -> None:
    response = Client().post("/login/", {"username": "lawyer", "password": "wrong"})

    assert "用户名或密码不正确" in response.content.decode()


def test_each_role_logs_in_and_lands_on_the_home_page(world) -> None:
    client = Client()

    response = client.post("/login/", {"username": "office_b", "password": PASSWORD}, follow=True)

    assert response.redirect_chain[-1][0] == "/" and "清波司法所" in response.content.decode()


def _header(page: str) -> str:
    return page.split('<div class="who">')[1].split("</div>")[0]


def test_a_lawyer_s_header_names_them_once_beside_their_firm(world, as_persona) -> None:
    header = _header(as_persona("lawyer").get("/").content.decode())

    assert header.count("示例律师甲") == 1 and header.count("社区律师") == 1
    assert "示例律师事务所" in header


def test_an_account_named_otherwise_shows_the_lawyer_it_belongs_to(world) -> None:
    user = world.users["lawyer"]
    user.display_name = "lawyer01"

    assert user.scope_label == "示例律师甲（示例律师事务所）"
