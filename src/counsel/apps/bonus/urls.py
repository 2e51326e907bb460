from django.urls import path

from counsel.apps.bonus.views import files, lawyer, pages, review

app_name = "bonus"
urlpatterns = [
    path("", pages.declaration_list, name="list"),
    path("mine/", pages.mine, name="mine"),
    path("start/<str:code>/", lawyer.declaration_start, name="start"),
    path("<int:pk>/", pages.declaration_detail, name="declaration"),
    path("<int:pk>/print/", pages.declaration_print, name="print"),
    path("<int:pk>/claims/add/", lawyer.claim_add, name="claim_add"),
    path("<int:pk>/submit/", lawyer.declaration_submit, name="submit"),
    path("<int:pk>/opinion/", review.opinion, name="opinion"),
    path("claims/<int:pk>/edit/", lawyer.claim_edit, name="claim_edit"),
    path("claims/<int:pk>/delete/", lawyer.claim_delete, name="claim_delete"),
    path("claims/<int:pk>/evidence/", lawyer.evidence_add, name="evidence_add"),
    path("claims/<int:pk>/decide/", review.decide, name="decide"),
    path("evidence/<int:pk>/", files.evidence_download, name="evidence"),
    path("evidence/<int:pk>/delete/", lawyer.evidence_delete, name="evidence_delete"),
    path("report/", review.report, name="report"),
]
