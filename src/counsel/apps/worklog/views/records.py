"""The lawyer registers and corrects; the community confirms or returns; all in scope see."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from counsel.apps.accounts.decorators import any_role, role_required
from counsel.apps.accounts.models import Role
from counsel.apps.worklog import selectors
from counsel.apps.worklog.forms import RecordFilterForm, ReturnForm, WorkRecordForm
from counsel.apps.worklog.models import WorkRecord, WorkStatus
from counsel.apps.worklog.services import (
    work_record_confirm,
    work_record_register,
    work_record_return,
    work_record_update,
)
from counsel.apps.worklog.views.helpers import show_refusal

lawyer_only = role_required(Role.LAWYER)
community_only = role_required(Role.COMMUNITY)


@any_role
def record_list(request: HttpRequest) -> HttpResponse:
    """A lawyer's own registrations, a community's to confirm, a street's or the district's."""
    user = request.user
    qs = selectors.records(user)  # type: ignore[arg-type]
    counts = selectors.counts_by_status(qs)
    data = request.GET.copy()
    if user.role == Role.COMMUNITY and "status" not in data:  # type: ignore[union-attr]
        data["status"] = WorkStatus.SUBMITTED
    filters = RecordFilterForm(data)
    if filters.is_valid():
        if filters.cleaned_data["status"]:
            qs = qs.filter(status=filters.cleaned_data["status"])
        if filters.cleaned_data["kind"]:
            qs = qs.filter(kind=filters.cleaned_data["kind"])
        start, end = filters.dates()
        if start:
            qs = qs.filter(date__gte=start)
        if end:
            qs = qs.filter(date__lte=end)
    page = Paginator(qs, 20).get_page(request.GET.get("page"))
    query = data.copy()
    query.pop("page", None)
    return render(
        request,
        "worklog/list.html",
        {
            "page": page,
            "filters": filters,
            "counts": counts,
            "query": query.urlencode(),
            "return_form": ReturnForm(),
        },
    )


@any_role
def record_detail(request: HttpRequest, pk: int) -> HttpResponse:
    record = selectors.record_or_404(request.user, pk)  # type: ignore[arg-type]
    history = record.history.select_related("history_user").order_by("history_date")
    return render(
        request,
        "worklog/detail.html",
        {"record": record, "history": history, "return_form": ReturnForm()},
    )


@lawyer_only
def record_create(request: HttpRequest) -> HttpResponse:
    engagements = selectors.lawyer_engagements(request.user)  # type: ignore[arg-type]
    form = WorkRecordForm(request.POST or None, request.FILES or None, engagements=engagements)
    if request.method == "POST" and form.is_valid():
        try:
            record = work_record_register(
                actor=request.user,  # type: ignore[arg-type]
                engagement=form.cleaned_data["engagement"],
                data=form.work_input(),
                uploads=form.uploads(),
            )
        except ValidationError as exc:
            show_refusal(form, exc)
        else:
            text = f"已登记 {record.date:%m月%d日} {record.kind}，等待社区确认"
            if record.late:
                text += "（季度结束后登记，标记为逾期登记）"
            messages.success(request, text)
            return redirect("worklog:list")
    return render(request, "worklog/form.html", {"form": form, "record": None})


@lawyer_only
def record_edit(request: HttpRequest, pk: int) -> HttpResponse:
    record = selectors.record_or_404(request.user, pk)  # type: ignore[arg-type]
    if not record.editable:
        messages.error(request, "社区已确认的登记不能再修改")
        return redirect("worklog:detail", pk=record.pk)
    engagements = selectors.lawyer_engagements(request.user)  # type: ignore[arg-type]
    form = WorkRecordForm(
        request.POST or None,
        request.FILES or None,
        engagements=engagements.filter(pk=record.engagement_id),
        initial=WorkRecordForm.initial_of(record),
    )
    if request.method == "POST" and form.is_valid():
        remove = [int(v) for v in request.POST.getlist("remove") if v.isdigit()]
        try:
            work_record_update(
                actor=request.user,  # type: ignore[arg-type]
                record=record,
                data=form.work_input(),
                uploads=form.uploads(),
                remove=remove,
            )
        except ValidationError as exc:
            show_refusal(form, exc)
        else:
            messages.success(request, "已重新提交，等待社区确认")
            return redirect("worklog:list")
    return render(request, "worklog/form.html", {"form": form, "record": record})


def _back(request: HttpRequest, pk: int) -> HttpResponse:
    target = request.POST.get("next", "")
    if target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    return redirect(reverse("worklog:detail", kwargs={"pk": pk}))


def _decide(
    request: HttpRequest, pk: int, decide: Callable[[WorkRecord], object], done: str
) -> HttpResponse:
    record = selectors.record_or_404(request.user, pk)  # type: ignore[arg-type]
    try:
        decide(record)
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    else:
        messages.success(
            request,
            f"已{done} {record.engagement.lawyer.name} {record.date:%m月%d日}的{record.kind}",
        )
    return _back(request, record.pk)


@community_only
@require_POST
def record_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    return _decide(
        request,
        pk,
        lambda r: work_record_confirm(actor=request.user, record=r),
        "确认",  # type: ignore[arg-type]
    )


@community_only
@require_POST
def record_return(request: HttpRequest, pk: int) -> HttpResponse:
    form = ReturnForm(request.POST)
    if not form.is_valid():
        messages.error(request, "退回须写明理由")
        return _back(request, pk)
    reason = form.cleaned_data["reason"]
    return _decide(
        request,
        pk,
        lambda r: work_record_return(actor=request.user, record=r, reason=reason),  # type: ignore[arg-type]
        "退回",
    )
