"""Demo step: every street reports its 2025 year (one of them late), then the bureau's
assessment of 2025 is run and kept as provisional version 1 — not finalised, so the
bureau can finalise it on the demo."""

from __future__ import annotations

import datetime as dt
import random
from typing import TextIO

from django.core.exceptions import ValidationError

from counsel.apps.accounts.models import Role, User
from counsel.apps.org.models import AssessmentYear, Street
from counsel.apps.yearend.services.reports import annual_report_submit
from counsel.apps.yearend.services.versions import year_assess
from counsel.rules.deadlines import CHINA_STANDARD_TIME

YEAR = 2025


def step(*, rng: random.Random, stdout: TextIO) -> None:
    year = AssessmentYear.objects.filter(year=YEAR).first()
    if year is None:
        stdout.write("年度报送：没有 2025 年度，跳过\n")
        return
    streets = list(Street.objects.order_by("code"))
    late_one = rng.choice(streets).pk if streets else None
    reported = refused = late = 0
    for street in streets:
        office = (
            User.objects.filter(role=Role.JUDICIAL_OFFICE, street=street).order_by("pk").first()
        )
        day = 27 if street.pk == late_one else rng.randint(20, 25)
        when = dt.datetime(
            YEAR + 1, 1, day, rng.randint(9, 17), rng.randint(0, 59), tzinfo=CHINA_STANDARD_TIME
        )
        try:
            report = annual_report_submit(year=year, street=street, actor=office, now=when)
        except ValidationError as error:
            refused += 1
            stdout.write(f"  {street.name} 未能报送：{'；'.join(error.messages)}\n")
        else:
            reported += 1
            late += report.late
    stdout.write(f"年度报送：{reported} 个街道已报送（{late} 个逾期），{refused} 个未能报送\n")
    bureau = User.objects.filter(role=Role.BUREAU).order_by("pk").first()
    version = year_assess(year=year, actor=bureau, reason="演示数据载入后的年度考核试算")
    totals = version.result_json["totals"]
    stdout.write(
        f"年度考核试算：第{version.number}版，排名 {totals['ranked']} 个、按周计发 "
        f"{totals['part_year']} 个，实发 {totals['payout']} 元（资金池 {totals['pool']} 元）；"
        f"{'可以定案' if version.result_json['final'] else '尚有问题，不能定案'}\n"
    )
