"""The demo's year end: every street reports last year by 25 January (one of them two
days late), then the bureau's assessment of last year is run and kept as provisional
version 1 — not finalised, so that the bureau finalises it on the demo (R11–R18)."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError

from counsel.apps.yearend.services.reports import annual_report_submit
from counsel.apps.yearend.services.versions import year_assess
from counsel.web.demo.context import Demo, office_hours


def load_year_end(demo: Demo) -> None:
    year = demo.years.get(demo.previous_year)
    if year is None:
        return
    rng = demo.random_for("year-end")
    streets = sorted(demo.streets.values(), key=lambda s: s.code)
    late_one = rng.choice(streets).pk if streets else None
    late = 0
    for street in streets:
        day = 27 if street.pk == late_one else rng.randint(20, 25)
        when = office_hours(dt.date(year.year + 1, 1, day), rng)
        try:
            report = annual_report_submit(
                year=year, street=street, actor=demo.offices.get(street.pk), now=when
            )
        except ValidationError as error:
            demo.say(f"{street.name}未能报送{year.year}年度：{'；'.join(error.messages)}")
        else:
            late += report.late
    version = year_assess(year=year, actor=demo.bureau, reason="演示数据载入后的年度考核试算")
    totals = version.result_json["totals"]
    demo.say(
        f"{year.year}年度：{len(streets)} 个街道报送（{late} 个逾期）；考核试算第{version.number}版"
        f"（未定案）：排名 {totals['ranked']} 个、按周计发 {totals['part_year']} 个"
    )
