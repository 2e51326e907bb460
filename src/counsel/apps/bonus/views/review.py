"""The community's opinion, the office's decisions and its report to the bureau."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from counsel.apps.accounts.decorators import office_only, role_required
from counsel.apps.accounts.models import Role
from counsel.apps.bonus import selectors
from counsel.apps.bonus.forms import DecisionForm, OpinionForm, apply_errors
from counsel.apps.bonus.services import review as services
from counsel.apps.bonus.views.pages import detail_context
from counsel.web.years import selected_year


@role_required(Role.COMMUNITY)
@require_POST
def opinion(request: HttpRequest, pk: int) -> HttpResponse:
    declaration = selectors.declaration_get(request.user, pk)  # type: ignore[arg-type]
    form = OpinionForm(request.POST)
    if form.is_valid():
        try:
            services.community_opinion_give(
                declaration=declaration,
                actor=request.user,  # type: ignore[arg-type]
                agrees=form.agreed,
                remark=form.cleaned_data["remark"],
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, "已出具确认意见，申报表转司法所审定。")
            return redirect("bonus:declaration", pk=declaration.pk)
    context = detail_context(request, declaration, opinion_form=form)
    return render(request, "bonus/declaration.html", context, status=400)


@office_only
@require_POST
def decide(request: HttpRequest, pk: int) -> HttpResponse:
    claim = selectors.claim_get(request.user, pk)  # type: ignore[arg-type]
    form = DecisionForm(request.POST, prefix=f"c{claim.pk}")
    if form.is_valid():
        try:
            services.claim_decide(
                claim=claim,
                actor=request.user,  # type: ignore[arg-type]
                decision=form.cleaned_data["decision"],
                points=form.cleaned_data["points"],
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, f"已审定：{claim.item}。")
            url = reverse("bonus:declaration", kwargs={"pk": claim.declaration_id})
            return redirect(f"{url}#claim-{claim.pk}")
    declaration = selectors.declaration_get(request.user, claim.declaration_id)  # type: ignore[arg-type]
    context = detail_context(request, declaration, decision_forms={claim.pk: form})
    return render(request, "bonus/declaration.html", context, status=400)


@office_only
@require_POST
def report(request: HttpRequest) -> HttpResponse:
    year = selected_year(request)
    try:
        count = services.declarations_report(
            year=year,
            street=request.user.street,  # type: ignore[union-attr]
            actor=request.user,  # type: ignore[arg-type]
        )
    except ValidationError as error:
        messages.error(request, "；".join(error.messages))
    else:
        messages.success(request, f"已将 {count} 份审定完毕的申报表报送区司法局律工科。")
    return redirect(f"{reverse('bonus:list')}?year={year.year}")
