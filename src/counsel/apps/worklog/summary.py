"""R18/R19: the duty-registration summary (律师进社区值班登记汇总表) of a street-quarter.

One row per engagement (community × lawyer) active in the quarter or with registrations in
it: duty sessions and their hours, services by kind, people served, confirmed and not yet
confirmed, late. The quarterly report keeps a snapshot (`to_dict`) of what was submitted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from counsel.apps.org.models import Engagement, Street
from counsel.apps.quarter.active import active_engagements, quarter_label
from counsel.apps.worklog.models import WorkKind, WorkRecord, WorkStatus
from counsel.rules.periods import quarter_bounds

#: The service kinds counted in their own columns beside the duty sessions.
SERVICE_KINDS: tuple[str, ...] = tuple(k for k in WorkKind.values if k != WorkKind.DUTY)


@dataclass
class SummaryRow:
    community_code: str
    community: str
    lawyer: str
    engagement: str
    duty_sessions: int = 0
    duty_hours: Decimal = Decimal(0)
    services: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SERVICE_KINDS, 0))
    records: int = 0
    people: int = 0
    confirmed: int = 0
    unconfirmed: int = 0
    late: int = 0

    #: What `add` reads of a registration.
    FIELDS = (
        "engagement_id", "date", "start_time", "end_time", "kind", "people_served",
        "status", "late",
    )  # fmt: skip

    def add(self, record: WorkRecord) -> None:
        self.records += 1
        if record.kind == WorkKind.DUTY:
            self.duty_sessions += 1
            self.duty_hours += record.hours
        else:
            self.services[record.kind] = self.services.get(record.kind, 0) + 1
        self.people += record.people_served
        if record.status == WorkStatus.CONFIRMED:
            self.confirmed += 1
        else:
            self.unconfirmed += 1
        self.late += int(record.late)

    def merge(self, other: SummaryRow) -> None:
        self.duty_sessions += other.duty_sessions
        self.duty_hours += other.duty_hours
        for kind, count in other.services.items():
            self.services[kind] = self.services.get(kind, 0) + count
        self.records += other.records
        self.people += other.people
        self.confirmed += other.confirmed
        self.unconfirmed += other.unconfirmed
        self.late += other.late

    @property
    def hours_shown(self) -> Decimal:
        """Hours to one decimal, as the sheet shows them."""
        return self.duty_hours.quantize(Decimal("0.1"))

    def to_dict(self) -> dict[str, Any]:
        return {
            "community_code": self.community_code,
            "community": self.community,
            "lawyer": self.lawyer,
            "engagement": self.engagement,
            "duty_sessions": self.duty_sessions,
            "duty_hours": str(self.duty_hours),
            "services": dict(self.services),
            "records": self.records,
            "people": self.people,
            "confirmed": self.confirmed,
            "unconfirmed": self.unconfirmed,
            "late": self.late,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SummaryRow:
        values = dict(data)
        values["duty_hours"] = Decimal(values["duty_hours"])
        values["services"] = {k: int(v) for k, v in values["services"].items()}
        return cls(**values)


@dataclass
class DutySummary:
    street: str
    office: str
    year: int
    quarter: int
    rows: list[SummaryRow]
    made_at: str = ""

    @property
    def title(self) -> str:
        return f"{self.street}{self.year}年{quarter_label(self.quarter)}律师进社区值班登记汇总表"

    @property
    def bounds(self) -> tuple[dt.date, dt.date]:
        return quarter_bounds(self.year, self.quarter)

    @property
    def totals(self) -> SummaryRow:
        total = SummaryRow("", "合计", "", "")
        for row in self.rows:
            total.merge(row)
        return total

    def to_dict(self) -> dict[str, Any]:
        return {
            "street": self.street,
            "office": self.office,
            "year": self.year,
            "quarter": self.quarter,
            "made_at": self.made_at,
            "rows": [row.to_dict() for row in self.rows],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DutySummary:
        return cls(
            street=data["street"],
            office=data["office"],
            year=int(data["year"]),
            quarter=int(data["quarter"]),
            made_at=data.get("made_at", ""),
            rows=[SummaryRow.from_dict(row) for row in data["rows"]],
        )


def _row_of(engagement: Engagement) -> SummaryRow:
    return SummaryRow(
        community_code=engagement.community.code,
        community=engagement.community.name,
        lawyer=engagement.lawyer.name,
        engagement=engagement.code,
    )


def duty_summary(
    street: Street,
    year: int,
    quarter: int,
    *,
    made_at: str = "",
    active: list[Engagement] | None = None,
) -> DutySummary:
    """The summary as the registrations stand now (`active`: the street's engagements
    active in the quarter, when the caller has them already)."""
    start, end = quarter_bounds(year, quarter)
    if active is None:
        active = active_engagements(street, year, quarter)
    rows: dict[int, SummaryRow] = {e.pk: _row_of(e) for e in active}
    records = (
        WorkRecord.objects.filter(
            engagement__community__street=street, date__gte=start, date__lte=end
        )
        .only(*SummaryRow.FIELDS)
        .order_by("date", "start_time")
    )
    for record in records:
        if record.engagement_id not in rows:  # registered outside its service: still shown
            engagement = Engagement.objects.select_related("community", "lawyer").get(
                pk=record.engagement_id
            )
            rows[record.engagement_id] = _row_of(engagement)
        rows[record.engagement_id].add(record)
    ordered = sorted(rows.values(), key=lambda r: (r.community_code, r.engagement))
    return DutySummary(
        street=street.name,
        office=street.office_name,
        year=year,
        quarter=quarter,
        rows=ordered,
        made_at=made_at,
    )
