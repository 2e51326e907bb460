"""Writing a checked exchange file into the database: upserts keyed on the codes of the
format, in one transaction, each change recorded in history under the importing user.
Rows the file leaves as they are stay untouched, so importing a file twice changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction

from counsel.apps.accounts.models import User
from counsel.apps.bonus.models import (
    BonusCatalogItem,
    BonusClaim,
    BonusDeclaration,
    DeclarationStatus,
)
from counsel.apps.org.models import (
    AssessmentYear,
    Community,
    District,
    Engagement,
    EngagementPeriod,
    LawFirm,
    Lawyer,
    Street,
)
from counsel.apps.org.services import record_delete, record_save
from counsel.apps.quarter.models import QuarterScore, SatisfactionRating
from counsel.rules.exact import plain
from counsel.rules.types import BonusRecord, BonusStatus, YearInput

IMPORTED = "由交换文件导入"


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0


KINDS = {
    "streets": "街道",
    "communities": "社区（村）",
    "firms": "执业机构",
    "lawyers": "社区律师",
    "engagements": "结对",
    "periods": "服务期间",
    "scores": "季度基础履职得分",
    "ratings": "满意度评价",
    "claims": "加分事项",
    "parameters": "政策参数",
}


class _Writer:
    def __init__(self, year: AssessmentYear, actor: User | None) -> None:
        self.year = year
        self.actor = actor
        self.counts = {kind: Counts() for kind in KINDS}

    def save(
        self,
        kind: str,
        record: object,
        changes: dict[str, object],
        also: dict[str, object] | None = None,
    ) -> bool:
        """Set the fields that differ (and `also`, only then) and save; count it."""
        created = getattr(record, "pk", None) is None
        changed = created or any(getattr(record, k) != v for k, v in changes.items())
        if not changed:
            self.counts[kind].unchanged += 1
            return False
        for name, value in {**changes, **(also or {})}.items():
            setattr(record, name, value)
        record_save(record, self.actor)  # type: ignore[arg-type]
        if created:
            self.counts[kind].created += 1
        else:
            self.counts[kind].updated += 1
        return True

    # -------------------------------------------------------------- master data

    def streets(self, data: YearInput) -> dict[str, Street]:
        streets = {s.name: s for s in Street.objects.all()}
        for community in data.communities:
            if community.street in streets:
                continue
            # A street the district does not have yet: its code is the first 9 digits of
            # the community's division code (统计用区划代码), its office named after it.
            district = District.objects.order_by("pk").first()
            if district is None:
                district = District(
                    code=community.code[:6], name="上城区", bureau_name="上城区司法局"
                )
                record_save(district, self.actor)
            street = Street(district=district)
            office = community.street.removesuffix("街道").removesuffix("镇") + "司法所"
            self.save(
                "streets",
                street,
                {"code": community.code[:9], "name": community.street, "office_name": office},
            )
            streets[community.street] = street
        return streets

    def communities(self, data: YearInput, streets: dict[str, Street]) -> dict[str, Community]:
        stored = {c.code: c for c in Community.objects.all()}
        for c in data.communities:
            record = stored.get(c.code) or Community(code=c.code)
            self.save(
                "communities",
                record,
                {"name": c.name, "street_id": streets[c.street].pk, "kind": c.kind or "社区"},
            )
            stored[c.code] = record
        return stored

    def lawyers(self, data: YearInput) -> dict[str, Lawyer]:
        firms = {f.name: f for f in LawFirm.objects.all()}
        stored = {lw.code: lw for lw in Lawyer.objects.all()}
        for lw in data.lawyers:
            firm = None
            if lw.firm:
                firm = firms.get(lw.firm)
                if firm is None:
                    firm = LawFirm()
                    self.save("firms", firm, {"name": lw.firm})
                    firms[lw.firm] = firm
            record = stored.get(lw.id) or Lawyer(code=lw.id)
            self.save("lawyers", record, {"name": lw.name, "firm_id": firm.pk if firm else None})
            stored[lw.id] = record
        return stored

    def engagements(
        self, data: YearInput, lawyers: dict[str, Lawyer], communities: dict[str, Community]
    ) -> dict[str, Engagement]:
        stored = {e.code: e for e in Engagement.objects.prefetch_related("periods")}
        for e in data.engagements:
            record = stored.get(e.id) or Engagement(code=e.id)
            self.save(
                "engagements",
                record,
                {"lawyer_id": lawyers[e.lawyer].pk, "community_id": communities[e.community].pk},
            )
            stored[e.id] = record
            self.periods(record, [(p.start, p.end) for p in e.periods])
        return stored

    def periods(self, engagement: Engagement, wanted: list[tuple[object, object]]) -> None:
        """The file lists every period of the engagement: keep those it lists, remove the
        others (a period ended in the file is ended here)."""
        current = list(EngagementPeriod.objects.filter(engagement=engagement).order_by("start"))
        spans = sorted(wanted, key=lambda span: str(span[0]))
        if [(p.start, p.end) for p in current] == spans:
            self.counts["periods"].unchanged += len(current)
            return
        by_start = {p.start: p for p in current}
        for start, end in spans:
            record = by_start.pop(start, None) or EngagementPeriod(engagement=engagement)  # type: ignore[arg-type]
            self.save("periods", record, {"start": start, "end": end})
        for leftover in by_start.values():
            record_delete(leftover, self.actor)
            self.counts["periods"].deleted += 1

    # -------------------------------------------------------------- the year's records

    def quarters(self, data: YearInput, engagements: dict[str, Engagement]) -> None:
        scores = {
            (s.engagement_id, s.quarter): s for s in QuarterScore.objects.filter(year=self.year)
        }
        ratings = {
            (r.engagement_id, r.quarter): r
            for r in SatisfactionRating.objects.filter(year=self.year)
        }
        for q in data.quarters:
            engagement = engagements[q.engagement]
            key = (engagement.pk, q.quarter)
            if q.basic is not None:
                score = scores.get(key) or QuarterScore(
                    year=self.year, engagement=engagement, quarter=q.quarter
                )
                if score.pk and score.basic != q.basic:
                    # The item-by-item points no longer add up to the imported score.
                    for item in score.items.all():
                        record_delete(item, self.actor)
                before = plain(score.basic) if score.pk else "—"
                score._change_reason = f"{IMPORTED}：基础履职 {before} → {plain(q.basic)}"  # type: ignore[attr-defined]
                self.save(
                    "scores",
                    score,
                    {"basic": q.basic},
                    {"updated_by": self.actor, "remark": IMPORTED},
                )
            if q.rating is not None:
                rating = ratings.get(key) or SatisfactionRating(
                    year=self.year, engagement=engagement, quarter=q.quarter
                )
                before = rating.rating if rating.pk else "—"
                rating._change_reason = f"{IMPORTED}：满意度 {before} → {q.rating.value}"  # type: ignore[attr-defined]
                self.save("ratings", rating, {"rating": q.rating.value}, {"updated_by": self.actor})

    def bonuses(self, data: YearInput, engagements: dict[str, Engagement]) -> None:
        catalog = {b.key: b for b in BonusCatalogItem.objects.filter(year=self.year)}
        given: dict[str, list[BonusRecord]] = defaultdict(list)
        for b in data.bonuses:
            given[b.engagement].append(b)
        for code, records in given.items():
            engagement = engagements[code]
            declaration = BonusDeclaration.objects.filter(
                year=self.year, engagement=engagement
            ).first()
            if declaration is None:
                declaration = BonusDeclaration(year=self.year, engagement=engagement)
                record_save(declaration, self.actor)
            claims = list(declaration.claims.select_related("item").order_by("id"))
            now = [(c.item.key if c.item else None, c.counted_points, c.status) for c in claims]
            wanted = [(r.item, r.points, r.status.value) for r in records]
            if now == wanted:
                self.counts["claims"].unchanged += len(claims)
                continue
            for claim in claims:
                record_delete(claim, self.actor)
                self.counts["claims"].deleted += 1
            for r in records:
                approved = r.status is BonusStatus.APPROVED
                claim = BonusClaim(
                    declaration=declaration,
                    item=catalog.get(r.item) if r.item else None,
                    declared_points=r.points,
                    approved_points=r.points if approved else None,
                    status=r.status.value,
                    decision_reason=IMPORTED if r.status is BonusStatus.REJECTED else "",
                )
                self.save("claims", claim, {})
            status = _declaration_status([r.status for r in records])
            if declaration.status != status:
                declaration.status = status
                record_save(declaration, self.actor)

    def parameters(self, data: YearInput) -> None:
        overrides = parameter_overrides(data)
        if overrides:
            merged = {**self.year.parameters, **overrides}
            self.save("parameters", self.year, {"parameters": merged})


def parameter_overrides(data: YearInput) -> dict[str, object]:
    """The file's policy parameters as the year stores them (JSON: decimals as text)."""
    return {
        o.name: str(o.value) if isinstance(o.value, Decimal) else o.value for o in data.overrides
    }


def _declaration_status(statuses: list[BonusStatus]) -> str:
    """R9: the form's place in declare → confirm → review, from its items."""
    if any(s is BonusStatus.DECLARED for s in statuses):
        return DeclarationStatus.SUBMITTED
    if any(s is BonusStatus.CONFIRMED for s in statuses):
        return DeclarationStatus.CONFIRMED
    return DeclarationStatus.REVIEWED


@transaction.atomic
def write_input(*, year: AssessmentYear, data: YearInput, actor: User | None) -> dict[str, Counts]:
    writer = _Writer(year, actor)
    streets = writer.streets(data)
    communities = writer.communities(data, streets)
    lawyers = writer.lawyers(data)
    engagements = writer.engagements(data, lawyers, communities)
    writer.quarters(data, engagements)
    writer.bonuses(data, engagements)
    writer.parameters(data)
    return {kind: c for kind, c in writer.counts.items() if c != Counts()}
