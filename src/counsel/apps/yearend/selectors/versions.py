"""The stored versions of a year's result, and what their input says about names."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.http import Http404, HttpRequest

from counsel.apps.org.models import AssessmentYear
from counsel.apps.yearend.compare import Comparison, compare
from counsel.apps.yearend.models import ResultVersion


def current_version(year: AssessmentYear) -> ResultVersion | None:
    return ResultVersion.objects.filter(year=year, current=True).first()


def latest_computed_year(before: AssessmentYear) -> AssessmentYear | None:
    """The latest year before `before` that has a result (where to look instead)."""
    return (
        AssessmentYear.objects.filter(year__lt=before.year, result_versions__current=True)
        .order_by("-year")
        .first()
    )


def versions(year: AssessmentYear) -> list[ResultVersion]:
    return list(
        ResultVersion.objects.filter(year=year)
        .select_related("created_by")
        .defer("input_json", "result_json", "trace_json")
        .order_by("-number")
    )


def version_get(year: AssessmentYear, number: int) -> ResultVersion:
    found = ResultVersion.objects.filter(year=year, number=number).first()
    if found is None:
        raise Http404("没有这个版本")
    return found


def requested_version(request: HttpRequest, year: AssessmentYear) -> ResultVersion | None:
    """`?version=N` when given (404 if unknown), else the current version (or None)."""
    raw = request.GET.get("version", "")
    if raw:
        if not raw.isdigit():
            raise Http404("版本号无效")
        return version_get(year, int(raw))
    return current_version(year)


@dataclass(frozen=True)
class Names:
    """Who and where, from a version's input (the names as they were when it was run)."""

    lawyers: Mapping[str, Mapping[str, Any]]
    communities: Mapping[str, Mapping[str, Any]]

    def lawyer(self, ident: str) -> str:
        return str(self.lawyers.get(ident, {}).get("name", ident))

    def firm(self, ident: str) -> str:
        return str(self.lawyers.get(ident, {}).get("firm", ""))

    def community(self, code: str) -> str:
        return str(self.communities.get(code, {}).get("name", code))

    def lawyer_names(self) -> dict[str, str]:
        return {ident: str(row.get("name", ident)) for ident, row in self.lawyers.items()}

    def community_names(self) -> dict[str, str]:
        return {code: str(row.get("name", code)) for code, row in self.communities.items()}


def names(version: ResultVersion) -> Names:
    data = version.input_json
    return Names(
        lawyers={row["id"]: row for row in data.get("lawyers", [])},
        communities={row["code"]: row for row in data.get("communities", [])},
    )


def previous_version(version: ResultVersion) -> ResultVersion | None:
    return (
        ResultVersion.objects.filter(year=version.year_id, number__lt=version.number)
        .order_by("-number")
        .first()
    )


def comparison(version: ResultVersion, against: ResultVersion) -> Comparison:
    """This version against another (usually the previous one): who moved, what it costs."""
    who = names(version)
    return compare(
        against.result_json, version.result_json, who.lawyer_names(), who.community_names()
    )
