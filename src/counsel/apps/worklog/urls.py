from django.urls import path

from counsel.apps.worklog.views import files, records, summary

app_name = "worklog"
urlpatterns = [
    path("records/", records.record_list, name="list"),
    path("records/new/", records.record_create, name="create"),
    path("records/<int:pk>/", records.record_detail, name="detail"),
    path("records/<int:pk>/edit/", records.record_edit, name="edit"),
    path("records/<int:pk>/confirm/", records.record_confirm, name="confirm"),
    path("records/<int:pk>/return/", records.record_return, name="return"),
    path("records/attachment/<int:pk>/", files.attachment, name="attachment"),
    path("records/import/", files.import_sheet, name="import"),
    path("records/import/template.xlsx", files.import_template_download, name="import_template"),
    path("summary/", summary.summary_index, name="summary_index"),
    path("summary/<int:street>/<int:year>/<int:quarter>/", summary.summary_page, name="summary"),
    path(
        "summary/<int:street>/<int:year>/<int:quarter>/xlsx/",
        summary.summary_xlsx,
        name="summary_xlsx",
    ),
]
