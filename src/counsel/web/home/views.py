"""The home page: the cards of the user's role (see cards.py)."""

from __future__ import annotations

from typing import cast

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from counsel.apps.accounts.decorators import any_role
from counsel.apps.accounts.models import User
from counsel.apps.org.models import AssessmentYear
from counsel.web.home.cards import cards_for, today


def current_year() -> AssessmentYear | None:
    """This calendar year's assessment year, else the latest one."""
    return (
        AssessmentYear.objects.filter(year=today().year).first()
        or AssessmentYear.objects.order_by("-year").first()
    )


@any_role
def home(request: HttpRequest) -> HttpResponse:
    user = cast(User, request.user)
    year = current_year()
    cards = cards_for(user, year)
    return render(
        request,
        "web/home.html",
        {
            "year": year,
            "today": today(),
            "wide_cards": [c for c in cards if c.wide],
            "cards": [c for c in cards if not c.wide],
        },
    )
