"""Import of an exchange file (EXCHANGE.md, JSON or XLSX) into the database, atomic.

Everything is checked first — the reader's problems, then the engine's reference,
duplicate, overlap (R1) and value checks on the district as it will be after the import
(the file over what the database holds), and the locks: a finalised year, a quarter the
bureau holds or has accepted — and if there is any problem nothing is written:
the report lists every problem with its sheet, row and field. What is merely incomplete in
the middle of a year (quota not yet met, a quarter not yet scored) is a warning, not a
blocker. Otherwise the file is written in one transaction (upserts, unchanged rows left
alone), each change recorded in history under the importing user.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from counsel.apps.accounts.models import User
from counsel.apps.assessment.finalised import finalised_days_changed
from counsel.apps.assessment.importing_write import Counts, parameter_overrides, write_input
from counsel.apps.assessment.locating import locate_json, locate_reader_issue
from counsel.apps.assessment.locked import locked_quarters_changed
from counsel.apps.assessment.selectors import policy_for, year_input
from counsel.apps.org.models import AssessmentYear
from counsel.exchange import json_io
from counsel.exchange.errors import UnreadableInput
from counsel.rules import assess
from counsel.rules.types import (
    BonusRecord,
    Issue,
    QuarterRecord,
    Rating,
    YearInput,
)

#: Problems that only say the year is not complete yet: shown, but the import goes on.
WARNING_CODES = frozenset(
    {
        "quota_satisfied_exceeded",
        "quota_ordinary_short",
        "missing_score",
        "missing_rating",
        "tie_unresolved",
    }
)


@dataclass
class ImportReport:
    year: int
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    counts: dict[str, Counts] = field(default_factory=dict)
    parameters: dict[str, object] = field(default_factory=dict)
    written: bool = False

    @property
    def changed(self) -> int:
        return sum(c.created + c.updated + c.deleted for c in self.counts.values())


def read_any(path: str | Path, year: int | None = None) -> tuple[YearInput, list[Issue]]:
    """An exchange file by its extension: `.json` through the JSON reader, `.xlsx`
    through the XLSX reader. Problems of single values come back as issues with their
    place; a file that cannot be read at all raises UnreadableInput."""
    suffix = Path(path).suffix.lower()
    if suffix == ".json":
        raw = json_io.load_json(path)
        given = raw.get("year") if isinstance(raw, dict) else None
        data, issues = json_io.parse_input(raw, year if given in (None, "") else None)
        return locate_json(data, raw), [locate_reader_issue(i) for i in issues]
    if suffix == ".xlsx":
        from counsel.exchange import xlsx_io

        reading = xlsx_io.read_workbook(path, year)
        if reading.stated_year is not None and reading.stated_year != reading.data.year:
            # The year the workbook states in 参数 (as a JSON file's "year") is not
            # overridden by the year chosen for the import: it is a file of another year.
            return replace(reading.data, year=reading.stated_year), reading.issues
        return reading.data, reading.issues
    raise UnreadableInput(
        f"不支持的文件类型“{suffix or '无扩展名'}”：请上传 .json 或 .xlsx 交换文件"
    )


def _merged(file: YearInput, db: YearInput) -> YearInput:
    """The district as it will be: the file's records (all of them, so that duplicates in
    the file are still seen) and the database's records the file does not touch. A value
    the file leaves blank does not erase the stored one."""
    stored_quarters = {(q.engagement, q.quarter): q for q in db.quarters}
    quarters: list[QuarterRecord] = []
    for q in file.quarters:
        old = stored_quarters.get((q.engagement, q.quarter))
        if old is not None:
            if q.basic is None and "basic" not in q.invalid:
                q = replace(q, basic=old.basic)
            if q.rating is None and "rating" not in q.invalid:
                q = replace(q, rating=old.rating)
        quarters.append(q)
    touched = {(q.engagement, q.quarter) for q in file.quarters}
    quarters.extend(q for k, q in stored_quarters.items() if k not in touched)
    declared = {b.engagement for b in file.bonuses}
    bonuses: list[BonusRecord] = [*file.bonuses]
    bonuses.extend(b for b in db.bonuses if b.engagement not in declared)

    def keep(stored: Iterable[object], given: Iterable[object], key: str) -> tuple[object, ...]:
        mine = {getattr(item, key) for item in given}
        return (*given, *(s for s in stored if getattr(s, key) not in mine))

    return replace(
        file,
        communities=keep(db.communities, file.communities, "code"),  # type: ignore[arg-type]
        lawyers=keep(db.lawyers, file.lawyers, "id"),  # type: ignore[arg-type]
        engagements=keep(db.engagements, file.engagements, "id"),  # type: ignore[arg-type]
        quarters=tuple(quarters),
        bonuses=tuple(bonuses),
    )


def _zero_without_reason(data: YearInput) -> list[Issue]:
    return [
        Issue.at(
            "reason_missing",
            f"结对 {q.engagement} 第{q.quarter}季度评为“普通（不赋分）”，文件未载明理由，"
            "请司法所在满意度评价中补写理由（R7）",
            q.origin,
            engagement=q.engagement,
            quarter=q.quarter,
            field="满意度评价",
        )
        for q in data.quarters
        if q.rating is Rating.ORDINARY_ZERO
    ]


def exchange_validate(
    *, year: AssessmentYear, source: str | Path
) -> tuple[YearInput | None, ImportReport]:
    """Read and check the file against the district as it will be; write nothing."""
    report = ImportReport(year=year.year)
    try:
        data, issues = read_any(source, year.year)
    except UnreadableInput as exc:
        # Said with the file's name, not the server's temporary folder it was saved in.
        message = str(exc).replace(str(source), Path(source).name)
        report.errors.append(Issue(code="unreadable", message=message))
        return None, report
    report.errors.extend(issues)
    if data.year != year.year:
        report.errors.append(
            Issue(
                code="bad_value",
                message=f"文件是 {data.year} 年度的数据，不能导入 {year.year} 年度",
                field="year",
            )
        )
        return None, report
    if not year.is_open:
        report.errors.append(
            Issue(code="year_finalised", message=f"{year.year}年度已定案，不能再导入数据")
        )
    report.errors.extend(finalised_days_changed(data))
    report.errors.extend(locked_quarters_changed(year, data))
    result = assess(_merged(data, year_input(year)), policy_for(year))
    for issue in result.errors:
        (report.warnings if issue.code in WARNING_CODES else report.errors).append(issue)
    report.warnings.extend(_zero_without_reason(data))
    report.parameters = parameter_overrides(data)
    return data, report


def exchange_import(
    *, year: AssessmentYear, source: str | Path, actor: User | None
) -> ImportReport:
    """Import the file into the year if it has no problem; otherwise write nothing."""
    data, report = exchange_validate(year=year, source=source)
    if data is None or report.errors:
        return report
    report.counts = write_input(year=year, data=data, actor=actor)
    report.written = True
    return report
