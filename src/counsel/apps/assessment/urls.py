from django.urls import path

from counsel.apps.assessment import views

app_name = "assessment"
urlpatterns = [
    path("exchange/", views.exchange, name="exchange"),
    path("import/", views.import_file, name="import"),
    path("export/", views.export_file, name="export"),
    path("template.xlsx", views.template_file, name="template"),
]
