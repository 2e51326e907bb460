"""A case file loaded into the database with a bureau user, for pages that need a whole
district rather than the small world."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from counsel.apps.accounts.models import Role, User
from counsel.apps.org.models import AssessmentYear
from tests.apps.yearend.cases import case, load_case


@pytest.fixture
def loaded(db: None) -> Callable[[str], tuple[AssessmentYear, Client]]:
    """`loaded("twenty-ranked")` → the case's year and a client logged in as the bureau."""

    def load(name: str) -> tuple[AssessmentYear, Client]:
        year = load_case(case(name))
        user = User.objects.create(username="bureau-case", role=Role.BUREAU)
        client = Client()
        client.force_login(user)
        return year, client

    return load
