"""R-never-silent: once the bureau finalises year Y, nothing that feeds the result may
change until a reopening is recorded (who, when, why)."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError

from counsel.apps.org.models import AssessmentYear, YearStatus


def ensure_year_open(year: AssessmentYear) -> None:
    """Refuse a change to a finalised year, saying what to do instead. The status is read
    from the database (an object loaded earlier may be stale)."""
    status = AssessmentYear.objects.values_list("status", flat=True).get(pk=year.pk)
    if status != YearStatus.OPEN:
        raise ValidationError(
            f"{year.year}年度考核结果已定案，不能再修改；如确需变更，请区司法局先记录重新开启（说明理由）。",
            code="year_finalised",
        )


def ensure_open_on(day: dt.date) -> None:
    """The same for something dated (a registration): the assessment year of its day, when
    there is one, must be open."""
    year = AssessmentYear.objects.filter(year=day.year).first()
    if year is not None:
        ensure_year_open(year)
