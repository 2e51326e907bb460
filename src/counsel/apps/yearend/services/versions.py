"""R11–R17: the year run through `counsel.rules`, kept as numbered versions.

`year_assess` stores a provisional version (the year's assessment as it stands);
`year_finalise` stores a final one only when the result is final (nothing missing, no
quota broken, every manual tie ordered) and closes the year; `year_reopen` records why a
finalised year is opened again, after which the next finalisation makes a new version.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction

from counsel.apps.accounts.models import User
from counsel.apps.org.models import AssessmentYear, YearStatus
from counsel.apps.yearend import snapshot
from counsel.apps.yearend.models import Reopening, ResultVersion
from counsel.apps.yearend.selectors.runs import Run, year_run
from counsel.exchange.json_io import result_dict
from counsel.rules.types import Result


class FinalisationBlocked(ValidationError):
    """The result is not final: nothing was stored; `result` carries every problem."""

    def __init__(self, result: Result) -> None:
        super().__init__(f"尚有 {len(result.errors)} 个问题，不能定案", code="not_final")
        self.result = result


def _store(
    year: AssessmentYear, run: Run, *, actor: User | None, reason: str, final: bool
) -> ResultVersion:
    last = ResultVersion.objects.filter(year=year).order_by("-number").first()
    for previous in ResultVersion.objects.filter(year=year, current=True):
        previous.current = False
        previous._history_user = actor  # type: ignore[attr-defined]
        previous.save(update_fields=["current"])
    version = ResultVersion(
        year=year,
        number=(last.number if last else 0) + 1,
        final=final,
        current=True,
        reason=reason,
        created_by=actor,
        parameters=run.result.policy,
        policy_toml=year.policy_toml,
        catalog=snapshot.catalog_list(run.policy),
        tie_orders=snapshot.tie_orders_list(run.data.tie_orders),
        input_json=snapshot.input_dict(run.data, run.policy),
        result_json=result_dict(run.result),
        trace_json=snapshot.trace_dict(run.result),
    )
    version._history_user = actor  # type: ignore[attr-defined]
    version.save()
    return version


def _locked(year: AssessmentYear) -> AssessmentYear:
    return AssessmentYear.objects.select_for_update().get(pk=year.pk)


@transaction.atomic
def year_assess(*, year: AssessmentYear, actor: User | None, reason: str = "") -> ResultVersion:
    """Compute the year as it stands and keep it as a provisional (试算) version, problems
    and all; refused once the year is finalised (the final version stays current)."""
    year = _locked(year)
    if not year.is_open:
        raise ValidationError(
            f"{year.year}年度已定案，当前版本为定案结果；如需重新计算，请先记录重新开启。",
            code="year_finalised",
        )
    run = year_run(year)
    return _store(year, run, actor=actor, reason=reason or "年度考核试算", final=False)


@transaction.atomic
def year_finalise(*, year: AssessmentYear, actor: User | None, reason: str = "") -> ResultVersion:
    """R11–R17: finalise the year. When the engine reports any problem (a missing score or
    rating, a broken quota, an unordered manual tie …) nothing is stored and
    `FinalisationBlocked` carries the result; otherwise a final version is stored, made
    current, and the year is closed."""
    year = _locked(year)
    if not year.is_open:
        raise ValidationError(f"{year.year}年度已经定案。", code="year_finalised")
    run = year_run(year)
    if not run.result.final:
        raise FinalisationBlocked(run.result)
    version = _store(year, run, actor=actor, reason=reason or "年度考核定案", final=True)
    year.status = YearStatus.FINALISED
    year._history_user = actor  # type: ignore[attr-defined]
    year._change_reason = f"定案（第{version.number}版）"  # type: ignore[attr-defined]
    year.save()
    return version


@transaction.atomic
def year_reopen(*, year: AssessmentYear, actor: User | None, reason: str) -> Reopening:
    """Open a finalised year again for a change; who, when and why are recorded. The final
    version stays current until the year is finalised again (as a new version)."""
    year = _locked(year)
    if year.is_open:
        raise ValidationError(f"{year.year}年度尚未定案，无需重新开启。", code="year_open")
    reason = reason.strip()
    if not reason:
        raise ValidationError("重新开启须写明理由。", code="reason_required")
    reopening = Reopening(
        year=year,
        reason=reason,
        reopened_by=actor,
        from_version=ResultVersion.objects.filter(year=year, current=True).first(),
    )
    reopening._history_user = actor  # type: ignore[attr-defined]
    reopening.save()
    year.status = YearStatus.OPEN
    year._history_user = actor  # type: ignore[attr-defined]
    year._change_reason = f"重新开启：{reason}"  # type: ignore[attr-defined]
    year.save()
    return reopening
