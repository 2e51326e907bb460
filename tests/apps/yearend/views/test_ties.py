"""R14 manual: the bureau orders a tied group on a form; a reason is required."""

from __future__ import annotations

import pytest
from django.urls import reverse

from counsel.apps.yearend.models import ResultVersion, TieDecision

pytestmark = pytest.mark.django_db


def test_the_bureau_orders_the_group_with_a_reason_then_finalises(loaded) -> None:
    _, client = loaded("manual-tie")
    url = reverse("yearend:tie") + "?group=T01,T02"
    form = client.get(url).content.decode()
    assert "第一档与第二档之间" in form and "排序理由（必填）" in form

    refused = client.post(url, {"group": "T01,T02", "pos_T01": "2", "pos_T02": "2", "reason": "x"})
    assert refused.status_code == 400 and "每个位次只能用一次" in refused.content.decode()
    refused = client.post(url, {"group": "T01,T02", "pos_T01": "2", "pos_T02": "1", "reason": ""})
    assert refused.status_code == 400 and not TieDecision.objects.exists()

    client.post(
        url, {"group": "T01,T02", "pos_T01": "2", "pos_T02": "1", "reason": "T02 获表彰更多"}
    )
    decision = TieDecision.objects.get()
    assert decision.engagements == ["T02", "T01"] and decision.reason == "T02 获表彰更多"

    client.post(reverse("yearend:finalise"))
    tiers = {e["id"]: e["tier"] for e in ResultVersion.objects.get().result_json["engagements"]}
    assert (tiers["T02"], tiers["T01"]) == (1, 2)
