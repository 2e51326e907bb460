"""R9–R10, R18: the lawyer fills the declaration (附件2) and submits it by 1/10 of Y+1."""

from __future__ import annotations

import datetime as dt
import mimetypes
from decimal import Decimal
from pathlib import PurePath
from uuid import uuid4

from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction

from counsel.apps.accounts.models import User
from counsel.apps.bonus.duplicates import duplicate_of
from counsel.apps.bonus.models import (
    BonusCatalogItem,
    BonusClaim,
    BonusDeclaration,
    BonusEvidence,
    DeclarationStatus,
)
from counsel.apps.bonus.services.common import late, moment, save
from counsel.apps.org.models import AssessmentYear, Engagement
from counsel.apps.quarter.active import service_of
from counsel.apps.yearend.locks import ensure_year_open
from counsel.rules.exact import plain

EVIDENCE_TYPES = (".pdf", ".jpg", ".jpeg", ".png", ".ofd", ".doc", ".docx", ".xls", ".xlsx")
EVIDENCE_MAX_BYTES = 10 * 1024 * 1024


@transaction.atomic
def declaration_open(
    *, year: AssessmentYear, engagement: Engagement, actor: User | None
) -> BonusDeclaration:
    """The engagement's declaration of the year, created as a draft the first time."""
    found = BonusDeclaration.objects.filter(year=year, engagement=engagement).first()
    if found is not None:
        return found
    ensure_year_open(year)
    if not service_of(engagement, year.year).days:
        raise ValidationError(
            f"结对 {engagement.code} 在{year.year}年度没有服务期间，不能申报加分。",
            code="not_serving",
        )
    declaration = BonusDeclaration(year=year, engagement=engagement)
    _fill_header(declaration)
    save(declaration, actor)
    return declaration


def _fill_header(declaration: BonusDeclaration) -> None:
    """附件2's header, from the engagement (frozen once submitted)."""
    engagement = declaration.engagement
    declaration.applicant_name = engagement.lawyer.name
    declaration.firm_name = engagement.lawyer.firm.name if engagement.lawyer.firm else ""
    declaration.community_name = engagement.community.name
    declaration.street_name = engagement.community.street.name


def _editable(declaration: BonusDeclaration) -> None:
    ensure_year_open(declaration.year)
    if not declaration.is_draft:
        raise ValidationError("申报表已提交，不能再修改。", code="submitted")


def _check_claim(
    declaration: BonusDeclaration,
    item: BonusCatalogItem,
    reason: str,
    occurred_on: dt.date | None,
    points: Decimal,
    exclude: int | None = None,
) -> None:
    errors: dict[str, str] = {}
    year = declaration.year.year
    if item.year_id != declaration.year_id:
        errors["item"] = f"“{item.name}”不是{year}年度加分目录中的项目。"
    if not reason.strip():
        errors["reason"] = "请填写事由。"
    if occurred_on is None:
        errors["occurred_on"] = "请填写发生日期。"
    elif occurred_on.year != year:
        errors["occurred_on"] = f"发生日期 {occurred_on} 不在{year}年度内。"
    if points <= 0:
        errors["points"] = "申报分值应大于 0。"
    elif points > item.points:
        errors["points"] = (
            f"申报分值 {plain(points)} 超过“{item.name}”每次 {plain(item.points)} 分（R9：每次不得超过该项目分值）。"
        )
    if errors:
        raise ValidationError(errors)
    other = duplicate_of(
        declaration=declaration,
        item=item,
        occurred_on=occurred_on,
        reason=reason,
        exclude=exclude,
    )
    if other is not None:
        where = other.declaration.engagement.community.name
        raise ValidationError(
            {
                "occurred_on": (
                    f"同一事项已在{where}的申报中申报过（{other.item}，{other.occurred_on}）；"
                    "R9：同一事项只能在一个结对中申报。"
                )
            },
            code="duplicate_event",
        )


@transaction.atomic
def claim_add(
    *,
    declaration: BonusDeclaration,
    actor: User | None,
    item: BonusCatalogItem,
    reason: str,
    occurred_on: dt.date | None,
    points: Decimal | None = None,
) -> BonusClaim:
    """Add one occurrence of a catalog item; the points default to the item's (R9)."""
    _editable(declaration)
    points = item.points if points is None else points
    _check_claim(declaration, item, reason, occurred_on, points)
    claim = BonusClaim(
        declaration=declaration,
        item=item,
        reason=reason.strip(),
        occurred_on=occurred_on,
        declared_points=points,
    )
    save(claim, actor)
    return claim


@transaction.atomic
def claim_update(
    *,
    claim: BonusClaim,
    actor: User | None,
    item: BonusCatalogItem,
    reason: str,
    occurred_on: dt.date | None,
    points: Decimal | None = None,
) -> BonusClaim:
    _editable(claim.declaration)
    points = item.points if points is None else points
    _check_claim(claim.declaration, item, reason, occurred_on, points, exclude=claim.pk)
    claim.item = item
    claim.reason = reason.strip()
    claim.occurred_on = occurred_on
    claim.declared_points = points
    save(claim, actor)
    return claim


@transaction.atomic
def claim_delete(*, claim: BonusClaim, actor: User | None) -> None:
    _editable(claim.declaration)
    claim._history_user = actor  # type: ignore[attr-defined]
    for evidence in claim.evidence.all():
        evidence_delete(evidence=evidence, actor=actor)
    claim.delete()


@transaction.atomic
def evidence_add(*, claim: BonusClaim, actor: User | None, upload: File) -> BonusEvidence:
    """Attach a file (佐证材料) to a claim: PDF, images, Office documents, up to 10 MB."""
    _editable(claim.declaration)
    name = PurePath(upload.name or "").name
    if PurePath(name).suffix.lower() not in EVIDENCE_TYPES:
        raise ValidationError(
            {
                "file": f"“{name}”的文件类型不支持；请上传 PDF、图片（JPG/PNG）、OFD 或 Word/Excel 文件。"
            }
        )
    if (upload.size or 0) > EVIDENCE_MAX_BYTES:
        raise ValidationError({"file": f"“{name}”超过 10 MB，请压缩后再上传。"})
    evidence = BonusEvidence(
        claim=claim,
        token=uuid4().hex,
        original_name=name[:200],
        content_type=(mimetypes.guess_type(name)[0] or "")[:100],
        size=upload.size or 0,
        uploaded_by=actor,
    )
    evidence.file.save(name, upload, save=False)
    save(evidence, actor)
    return evidence


@transaction.atomic
def evidence_delete(*, evidence: BonusEvidence, actor: User | None) -> None:
    _editable(evidence.claim.declaration)
    evidence._history_user = actor  # type: ignore[attr-defined]
    stored = evidence.file.name
    storage = evidence.file.storage
    evidence.delete()
    transaction.on_commit(lambda: storage.delete(stored) if stored else None)


@transaction.atomic
def declaration_submit(
    *, declaration: BonusDeclaration, actor: User | None, now: dt.datetime | None = None
) -> BonusDeclaration:
    """R9/R18: submit to the community; after 1/10 of Y+1 (CST) it is accepted and marked
    late. The header is frozen as it stands."""
    _editable(declaration)
    claims = list(declaration.claims.prefetch_related("evidence"))
    if not claims:
        raise ValidationError("申报表中还没有加分事项，请先添加。", code="empty")
    bare = [c for c in claims if not c.evidence.all()]
    if bare:
        names = "、".join(f"“{c.item}”（{c.occurred_on}）" for c in bare)
        raise ValidationError(f"以下事项还没有佐证材料：{names}。", code="no_evidence")
    at = moment(now)
    _fill_header(declaration)
    declaration.status = DeclarationStatus.SUBMITTED
    declaration.submitted_at = at
    declaration.submitted_late = late(declaration.year, "lawyer_declaration", at)
    save(declaration, actor, "提交申报")
    return declaration
