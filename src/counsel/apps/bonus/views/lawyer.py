"""The lawyer's actions on a draft declaration: items, evidence files, submission."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from counsel.apps.accounts import scope
from counsel.apps.accounts.decorators import role_required
from counsel.apps.accounts.models import Role
from counsel.apps.bonus import selectors
from counsel.apps.bonus.forms import ClaimForm, EvidenceForm, apply_errors
from counsel.apps.bonus.services import declaration as services
from counsel.apps.bonus.views.pages import detail_context
from counsel.web.years import selected_year

lawyer_only = role_required(Role.LAWYER)


def claim_values(form: ClaimForm) -> dict[str, Any]:
    """The claim as the services take it (item, 事由, 发生日期, 申报分值)."""
    return {name: form.cleaned_data[name] for name in ("item", "reason", "occurred_on", "points")}


@lawyer_only
@require_POST
def declaration_start(request: HttpRequest, code: str) -> HttpResponse:
    engagement = get_object_or_404(scope.engagements(request.user), code=code)  # type: ignore[arg-type]
    year = selected_year(request)
    try:
        declaration = services.declaration_open(
            year=year,
            engagement=engagement,
            actor=request.user,  # type: ignore[arg-type]
        )
    except ValidationError as error:
        messages.error(request, "；".join(error.messages))
        return redirect("bonus:mine")
    return redirect("bonus:declaration", pk=declaration.pk)


@lawyer_only
@require_POST
def claim_add(request: HttpRequest, pk: int) -> HttpResponse:
    declaration = selectors.declaration_get(request.user, pk)  # type: ignore[arg-type]
    form = ClaimForm(request.POST, year=declaration.year)
    if form.is_valid():
        try:
            services.claim_add(
                declaration=declaration,
                actor=request.user,  # type: ignore[arg-type]
                **claim_values(form),
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "已添加加分事项，请上传佐证材料。")
            return redirect("bonus:declaration", pk=declaration.pk)
    context = detail_context(request, declaration, claim_form=form)
    return render(request, "bonus/declaration.html", context, status=400)


@lawyer_only
def claim_edit(request: HttpRequest, pk: int) -> HttpResponse:
    claim = selectors.claim_get(request.user, pk)  # type: ignore[arg-type]
    declaration = claim.declaration
    if request.method == "POST":
        form = ClaimForm(request.POST, year=declaration.year)
        if form.is_valid():
            try:
                services.claim_update(
                    claim=claim,
                    actor=request.user,  # type: ignore[arg-type]
                    **claim_values(form),
                )
            except ValidationError as error:
                apply_errors(form, error)
            else:
                messages.success(request, "已保存。")
                return redirect("bonus:declaration", pk=declaration.pk)
    else:
        form = ClaimForm(
            year=declaration.year,
            initial={
                "item": claim.item_id,
                "reason": claim.reason,
                "occurred_on": claim.occurred_on,
                "points": claim.declared_points,
            },
        )
    return render(
        request,
        "bonus/claim_edit.html",
        {
            "claim": claim,
            "declaration": declaration,
            "form": form,
            "catalog_points": {
                str(i.pk): str(i.points) for i in selectors.catalog(declaration.year)
            },
        },
    )


@lawyer_only
@require_POST
def claim_delete(request: HttpRequest, pk: int) -> HttpResponse:
    claim = selectors.claim_get(request.user, pk)  # type: ignore[arg-type]
    declaration = claim.declaration
    try:
        services.claim_delete(claim=claim, actor=request.user)  # type: ignore[arg-type]
    except ValidationError as error:
        messages.error(request, "；".join(error.messages))
    else:
        messages.success(request, "已删除该加分事项。")
    return redirect("bonus:declaration", pk=declaration.pk)


@lawyer_only
@require_POST
def evidence_add(request: HttpRequest, pk: int) -> HttpResponse:
    claim = selectors.claim_get(request.user, pk)  # type: ignore[arg-type]
    declaration = claim.declaration
    form = EvidenceForm(request.POST, request.FILES, prefix=f"e{claim.pk}")
    if form.is_valid():
        try:
            services.evidence_add(
                claim=claim,
                actor=request.user,  # type: ignore[arg-type]
                upload=form.cleaned_data["file"],
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "已上传佐证材料。")
            return redirect("bonus:declaration", pk=declaration.pk)
    declaration = selectors.declaration_get(request.user, declaration.pk)  # type: ignore[arg-type]
    context = detail_context(request, declaration, evidence_forms={claim.pk: form})
    return render(request, "bonus/declaration.html", context, status=400)


@lawyer_only
@require_POST
def evidence_delete(request: HttpRequest, pk: int) -> HttpResponse:
    evidence = selectors.evidence_get(request.user, pk)  # type: ignore[arg-type]
    declaration_pk = evidence.claim.declaration_id
    try:
        services.evidence_delete(evidence=evidence, actor=request.user)  # type: ignore[arg-type]
    except ValidationError as error:
        messages.error(request, "；".join(error.messages))
    else:
        messages.success(request, "已删除该佐证材料。")
    return redirect("bonus:declaration", pk=declaration_pk)


@lawyer_only
@require_POST
def declaration_submit(request: HttpRequest, pk: int) -> HttpResponse:
    declaration = selectors.declaration_get(request.user, pk)  # type: ignore[arg-type]
    try:
        services.declaration_submit(declaration=declaration, actor=request.user)  # type: ignore[arg-type]
    except ValidationError as error:
        messages.error(request, "；".join(error.messages))
    else:
        if declaration.submitted_late:
            messages.warning(request, "申报表已提交，待社区确认。提交时已过截止日期，标记为逾期。")
        else:
            messages.success(request, "申报表已提交，待社区确认。")
    return redirect("bonus:declaration", pk=declaration.pk)
