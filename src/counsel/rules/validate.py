"""R1, R9, R11: what makes an input unusable, each problem with where it is.

Reference and uniqueness checks (`duplicate_id`, `unknown_reference`), period and value
checks (`bad_value`, `overlapping_periods`, `score_out_of_range`) and what is missing for a
full-year engagement (`missing_score`, `missing_rating`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from counsel.rules.exact import ZERO, plain
from counsel.rules.periods import QUARTERS, Service, overlap, service
from counsel.rules.policy import Policy
from counsel.rules.types import (
    NOWHERE,
    BonusRecord,
    BonusStatus,
    Community,
    Engagement,
    Issue,
    Origin,
    QuarterRecord,
    Rating,
    YearInput,
)


@dataclass(frozen=True)
class Checked:
    """The usable part of an input, indexed, and the problems found on the way."""

    communities: Mapping[str, Community]
    engagements: Mapping[str, Engagement]  # those with a known community
    services: Mapping[str, Service]  # engagement id → days served in the year
    scores: Mapping[str, Mapping[int, Decimal]]
    ratings: Mapping[str, Mapping[int, Rating]]
    bonuses: Mapping[str, tuple[BonusRecord, ...]]
    issues: tuple[Issue, ...]


def _unique(items: Iterable[object], key: str, what: str, issues: list[Issue]) -> dict[str, object]:
    seen: dict[str, object] = {}
    for item in items:
        ident = getattr(item, key)
        if ident in seen:
            issues.append(
                Issue.at(
                    "duplicate_id",
                    f"{what} {ident} 重复出现",
                    getattr(item, "origin"),  # noqa: B009 - every record type has one
                    engagement=ident if what == "结对编号" else None,
                    field=what,
                )
            )
            continue
        seen[ident] = item
    return seen


def check_input(data: YearInput, policy: Policy) -> Checked:
    issues: list[Issue] = []
    communities: dict[str, Community] = {
        k: v
        for k, v in _unique(data.communities, "code", "社区代码", issues).items()
        if isinstance(v, Community)
    }
    lawyers = _unique(data.lawyers, "id", "律师编号", issues)
    engagements: dict[str, Engagement] = {}
    services: dict[str, Service] = {}
    for ident, item in _unique(data.engagements, "id", "结对编号", issues).items():
        assert isinstance(item, Engagement)
        usable = _check_engagement(item, communities, lawyers, issues)
        if usable:
            engagements[ident] = item
            services[ident] = service(item.periods, data.year)
    _check_overlaps(engagements, services, communities, issues)
    known = {e.id for e in data.engagements}
    scores, ratings = _check_quarters(
        data.quarters, known, engagements, services, communities, policy, issues
    )
    bonuses = _check_bonuses(data.bonuses, known, engagements, communities, policy, issues)
    _check_missing(engagements, services, communities, data.quarters, scores, ratings, issues)
    return Checked(communities, engagements, services, scores, ratings, bonuses, tuple(issues))


def _check_engagement(
    item: Engagement,
    communities: Mapping[str, Community],
    lawyers: Mapping[str, object],
    issues: list[Issue],
) -> bool:
    usable = True
    if item.lawyer not in lawyers:
        issues.append(
            Issue.at(
                "unknown_reference",
                f"结对 {item.id} 的律师编号 {item.lawyer} 不存在",
                item.origin,
                engagement=item.id,
                field="律师编号",
            )
        )
    if item.community not in communities:
        usable = False
        issues.append(
            Issue.at(
                "unknown_reference",
                f"结对 {item.id} 的社区代码 {item.community} 不存在",
                item.origin,
                engagement=item.id,
                field="社区代码",
            )
        )
    if not item.periods:
        usable = False
        issues.append(
            Issue.at(
                "bad_value",
                f"结对 {item.id} 没有服务期间",
                item.origin,
                engagement=item.id,
                field="开始日期",
            )
        )
    for period in item.periods:
        if period.end is not None and period.end < period.start:
            issues.append(
                Issue.at(
                    "bad_value",
                    f"结对 {item.id} 的结束日期 {period.end} 早于开始日期 {period.start}",
                    period.origin,
                    engagement=item.id,
                    field="结束日期",
                )
            )
    return usable


def _check_overlaps(
    engagements: Mapping[str, Engagement],
    services: Mapping[str, Service],
    communities: Mapping[str, Community],
    issues: list[Issue],
) -> None:
    """R1: a community has at most one lawyer at a time (checked within the year)."""
    # Doubt (R1): only the days of year Y are compared, since an overlap in an earlier year
    # does not change this year's pay; the other reading refuses any overlap of the periods.
    by_community: dict[str, list[str]] = {}
    for ident, item in engagements.items():
        by_community.setdefault(item.community, []).append(ident)
    for code, idents in by_community.items():
        if len(idents) < 2:
            continue
        idents.sort(key=lambda i: (services[i].first_day is None, services[i].first_day, i))
        for a_index, a in enumerate(idents):
            for b in idents[a_index + 1 :]:
                shared = overlap(services[a], services[b])
                if shared:
                    issues.append(
                        Issue.at(
                            "overlapping_periods",
                            f"社区 {code} 的结对 {a} 与 {b} 服务期间重叠"
                            f"（{shared[0]} 至 {shared[1]}），同一社区同一时间只能有一名社区律师",
                            engagements[b].origin,
                            engagement=b,
                            street=communities[code].street,
                        )
                    )


def _check_quarters(
    records: Iterable[QuarterRecord],
    known: set[str],
    engagements: Mapping[str, Engagement],
    services: Mapping[str, Service],
    communities: Mapping[str, Community],
    policy: Policy,
    issues: list[Issue],
) -> tuple[dict[str, dict[int, Decimal]], dict[str, dict[int, Rating]]]:
    scores: dict[str, dict[int, Decimal]] = {}
    ratings: dict[str, dict[int, Rating]] = {}
    # The quarters of each engagement met so far, as bits: one look-up by id a record
    # rather than a (id, quarter) pair made and hashed for a set of a million.
    seen: dict[str, int] = {}
    top = policy.quarter_full_marks
    # The street is looked up only for a message: a clean year has none to write.
    for r in records:
        ident, quarter = r.engagement, r.quarter
        item = engagements.get(ident)
        if item is None:
            if ident not in known:
                issues.append(
                    Issue.at(
                        "unknown_reference",
                        f"季度考核记录引用的结对 {ident} 不存在",
                        r.origin,
                        engagement=ident,
                        quarter=quarter,
                        field="结对编号",
                    )
                )
            continue
        # The id as the engagement holds it: later look-ups match by identity, not by text.
        ident = item.id
        if quarter not in QUARTERS:
            issues.append(
                Issue.at(
                    "bad_value",
                    f"结对 {ident} 的季度 {quarter} 应为 1–4",
                    r.origin,
                    engagement=ident,
                    street=communities[item.community].street,
                    field="季度",
                )
            )
            continue
        quarters_seen = seen.get(ident, 0)
        if quarters_seen & (1 << quarter):
            issues.append(
                Issue.at(
                    "duplicate_id",
                    f"结对 {ident} 第{quarter}季度的考核记录重复",
                    r.origin,
                    engagement=ident,
                    quarter=quarter,
                    street=communities[item.community].street,
                    field="季度",
                )
            )
            continue
        seen[ident] = quarters_seen | (1 << quarter)
        basic, rating = r.basic, r.rating
        if quarter not in services[ident].active_quarters:
            if basic is not None or rating is not None or r.invalid:
                issues.append(
                    Issue.at(
                        "bad_value",
                        f"结对 {ident} 第{quarter}季度不在服务期间内，不能打分或评价",
                        r.origin,
                        engagement=ident,
                        quarter=quarter,
                        street=communities[item.community].street,
                        field="季度",
                    )
                )
            continue
        if basic is not None:
            if ZERO <= basic <= top:
                scores_of = scores.get(ident)
                if scores_of is None:
                    scores_of = scores[ident] = {}
                scores_of[quarter] = basic
            else:
                issues.append(
                    Issue.at(
                        "score_out_of_range",
                        f"结对 {ident} 第{quarter}季度基础履职得分 {plain(basic)} "
                        f"超出 0–{plain(top)} 分",
                        r.origin,
                        engagement=ident,
                        quarter=quarter,
                        street=communities[item.community].street,
                        field="基础履职得分",
                    )
                )
        if rating is not None:
            ratings_of = ratings.get(ident)
            if ratings_of is None:
                ratings_of = ratings[ident] = {}
            ratings_of[quarter] = rating
    return scores, ratings


def _check_bonuses(
    records: Iterable[BonusRecord],
    known: set[str],
    engagements: Mapping[str, Engagement],
    communities: Mapping[str, Community],
    policy: Policy,
    issues: list[Issue],
) -> dict[str, tuple[BonusRecord, ...]]:
    """R9/R10: references, non-negative points, at most the item's value per occurrence."""
    out: dict[str, list[BonusRecord]] = {}
    for r in records:
        item = engagements.get(r.engagement)
        if item is None:
            if r.engagement not in known:
                issues.append(
                    Issue.at(
                        "unknown_reference",
                        f"加分记录引用的结对 {r.engagement} 不存在",
                        r.origin,
                        engagement=r.engagement,
                        field="结对编号",
                    )
                )
            continue
        street = communities[item.community].street
        catalog = policy.bonus_item(r.item) if r.item else None
        if r.item and catalog is None:
            issues.append(
                Issue.at(
                    "unknown_reference",
                    f"加分项目 {r.item} 不在加分目录中",
                    r.origin,
                    engagement=r.engagement,
                    street=street,
                    field="加分项目",
                )
            )
            continue
        if r.points < ZERO:
            issues.append(
                Issue.at(
                    "bad_value",
                    f"结对 {r.engagement} 的加分分值 {plain(r.points)} 不得为负数",
                    r.origin,
                    engagement=r.engagement,
                    street=street,
                    field="分值",
                )
            )
            continue
        if catalog and r.status is BonusStatus.APPROVED and r.points > catalog.points:
            issues.append(
                Issue.at(
                    "bad_value",
                    f"结对 {r.engagement} 的“{catalog.name}”审定 {plain(r.points)} 分，"
                    f"超过该项目每次 {plain(catalog.points)} 分",
                    r.origin,
                    engagement=r.engagement,
                    street=street,
                    field="分值",
                )
            )
        out.setdefault(item.id, []).append(r)  # its id as held: see _check_quarters
    return {k: tuple(v) for k, v in out.items()}


def _check_missing(
    engagements: Mapping[str, Engagement],
    services: Mapping[str, Service],
    communities: Mapping[str, Community],
    records: Iterable[QuarterRecord],
    scores: Mapping[str, Mapping[int, Decimal]],
    ratings: Mapping[str, Mapping[int, Rating]],
    issues: list[Issue],
) -> None:
    """R11: a full-year engagement needs every quarter's score and rating; a gap is never 0.

    A value present but invalid (or out of range) has been reported already, not again.
    """
    # Most years have every quarter of every full-year engagement: four scores and four
    # ratings (of quarters 1–4, _check_quarters keeps no other) leave nothing missing, and
    # the indexes of the records are built only for an engagement with a gap.
    reported: set[tuple[str, int, str]] | None = None
    origins: dict[tuple[str, int], Origin] = {}
    whole = len(QUARTERS)
    for ident, item in engagements.items():
        if not services[ident].full_year:
            continue
        if len(scores.get(ident, ())) == whole and len(ratings.get(ident, ())) == whole:
            continue
        if reported is None:
            reported = set()
            origins = {(r.engagement, r.quarter): r.origin for r in records}
            for r in records:
                for name in r.invalid:
                    reported.add((r.engagement, r.quarter, name))
                if r.basic is not None:
                    reported.add((r.engagement, r.quarter, "basic"))
        street = communities[item.community].street
        for q in QUARTERS:
            if q not in scores.get(ident, {}) and (ident, q, "basic") not in reported:
                issues.append(
                    Issue.at(
                        "missing_score",
                        f"结对 {ident} 缺少第{q}季度基础履职得分",
                        origins.get((ident, q), NOWHERE),
                        engagement=ident,
                        quarter=q,
                        street=street,
                        field="基础履职得分",
                    )
                )
            if q not in ratings.get(ident, {}) and (ident, q, "rating") not in reported:
                issues.append(
                    Issue.at(
                        "missing_rating",
                        f"结对 {ident} 缺少第{q}季度满意度评价",
                        origins.get((ident, q), NOWHERE),
                        engagement=ident,
                        quarter=q,
                        street=street,
                        field="满意度评价",
                    )
                )
