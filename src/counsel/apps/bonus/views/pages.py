"""The declaration page as each role sees it, its A4 print form, the lists."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from counsel.apps.accounts import scope
from counsel.apps.accounts.decorators import any_role, role_required
from counsel.apps.accounts.models import Role
from counsel.apps.assessment.selectors import due_for
from counsel.apps.bonus import selectors
from counsel.apps.bonus.duplicates import possible_duplicates
from counsel.apps.bonus.forms import ClaimForm, DecisionForm, EvidenceForm, OpinionForm
from counsel.apps.bonus.models import BonusDeclaration, DeclarationStatus
from counsel.web.years import selected_year

#: Rows the printed form shows at least, so it can be filled by hand too.
PRINT_ROWS = 5


def actions(user: Any, declaration: BonusDeclaration) -> dict[str, bool]:
    """What this user may do with the declaration now (the services check again)."""
    open_year = declaration.year.is_open
    status = declaration.status
    return {
        "edit": open_year and user.is_lawyer and status == DeclarationStatus.DRAFT,
        "opinion": open_year and user.is_community and status == DeclarationStatus.SUBMITTED,
        "decide": open_year
        and user.is_office
        and status
        in (DeclarationStatus.CONFIRMED, DeclarationStatus.REVIEWED, DeclarationStatus.REPORTED),
    }


def detail_context(
    request: HttpRequest,
    declaration: BonusDeclaration,
    *,
    claim_form: ClaimForm | None = None,
    opinion_form: OpinionForm | None = None,
    decision_forms: dict[int, DecisionForm] | None = None,
    evidence_forms: dict[int, EvidenceForm] | None = None,
) -> dict[str, Any]:
    user = request.user
    can = actions(user, declaration)
    claims = list(declaration.claims.all())
    decision_forms = decision_forms or {}
    evidence_forms = evidence_forms or {}
    decided = selectors.decisions(declaration)
    rows = []
    for claim in claims:
        rows.append(
            {
                "claim": claim,
                "evidence_form": evidence_forms.get(claim.pk)
                or EvidenceForm(prefix=f"e{claim.pk}"),
                "decision_form": decision_forms.get(claim.pk)
                or DecisionForm(
                    prefix=f"c{claim.pk}",
                    initial=_decision_initial(claim),
                ),
                "duplicates": possible_duplicates(claim) if can["decide"] else [],
                "decisions": decided.get(claim.pk, []),
            }
        )
    return {
        "declaration": declaration,
        "rows": rows,
        "can": can,
        "caps": selectors.caps(declaration),
        "catalog_points": {str(i.pk): str(i.points) for i in selectors.catalog(declaration.year)},
        "claim_form": claim_form or ClaimForm(year=declaration.year),
        "opinion_form": opinion_form or OpinionForm(),
        "due_declare": due_for(declaration.year, "lawyer_declaration"),
        "due_review": due_for(declaration.year, "annual_scoring"),
    }


def _decision_initial(claim: Any) -> dict[str, Any]:
    if not claim.is_decided:
        return {}
    decision = (
        "reject" if claim.status == "rejected" else "lower" if claim.is_lowered else "approve"
    )
    return {
        "decision": decision,
        "points": claim.approved_points if claim.is_lowered else None,
        "reason": claim.decision_reason,
    }


@any_role
def declaration_detail(request: HttpRequest, pk: int) -> HttpResponse:
    declaration = selectors.declaration_get(request.user, pk)  # type: ignore[arg-type]
    return render(request, "bonus/declaration.html", detail_context(request, declaration))


@any_role
def declaration_print(request: HttpRequest, pk: int) -> HttpResponse:
    declaration = selectors.declaration_get(request.user, pk)  # type: ignore[arg-type]
    claims = list(declaration.claims.all())
    return render(
        request,
        "bonus/print.html",
        {
            "declaration": declaration,
            "claims": claims,
            "blanks": range(max(0, PRINT_ROWS - len(claims))),
            "declared_total": sum((c.declared_points for c in claims), Decimal(0)),
            "approved_total": sum(
                (c.approved_points or 0 for c in claims if c.status == "approved"), Decimal(0)
            ),
        },
    )


@any_role
def declaration_list(request: HttpRequest) -> HttpResponse:
    """Community: its declarations; office: its street's; bureau: all, by street/status."""
    year = selected_year(request)
    street = request.GET.get("street", "")
    status = request.GET.get("status", "")
    rows = selectors.declarations(request.user, year, street=street, status=status)  # type: ignore[arg-type]
    return render(
        request,
        "bonus/list.html",
        {
            "year": year,
            "rows": rows,
            "streets": scope.streets(request.user),  # type: ignore[arg-type]
            "street": street,
            "status": status,
            "statuses": DeclarationStatus.choices,
            "due_declare": due_for(year, "lawyer_declaration"),
            "due_review": due_for(year, "annual_scoring"),
            "reportable": rows.filter(status=DeclarationStatus.REVIEWED).count()
            if getattr(request.user, "is_office", False)
            else 0,
        },
    )


@role_required(Role.LAWYER)
def mine(request: HttpRequest) -> HttpResponse:
    """The lawyer's engagements of the year and their declarations (due 1/10 of Y+1)."""
    year = selected_year(request)
    return render(
        request,
        "bonus/mine.html",
        {
            "year": year,
            "serving": selectors.lawyer_engagements(request.user, year),  # type: ignore[arg-type]
            "due_declare": due_for(year, "lawyer_declaration"),
        },
    )
