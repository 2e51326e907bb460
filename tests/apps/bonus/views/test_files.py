"""Evidence files are served only to whoever may see the declaration."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.apps.bonus.helpers import claims, draft

pytestmark = pytest.mark.django_db


def test_the_file_is_served_in_scope_and_hidden_elsewhere(world, as_persona) -> None:
    evidence = claims(draft(world))[0].evidence.get()
    url = reverse("bonus:evidence", kwargs={"pk": evidence.pk})
    response = as_persona("office_a").get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert as_persona("office_b").get(url).status_code == 404
    assert (
        evidence.file.url
        not in as_persona("lawyer")
        .get(reverse("bonus:declaration", kwargs={"pk": evidence.claim.declaration_id}))
        .content.decode()
    )
