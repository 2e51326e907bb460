from django.urls import path

from counsel.apps.yearend.views import exports, overview, ranking, report, ties, whatif

app_name = "yearend"
urlpatterns = [
    path("overview/", overview.overview, name="overview"),
    path("assess/", overview.assess, name="assess"),
    path("finalise/", overview.finalise, name="finalise"),
    path("reopen/", overview.reopen, name="reopen"),
    path("ties/", ties.tie, name="tie"),
    path("versions/<int:number>/", overview.version_detail, name="version"),
    path(
        "versions/<int:number>/<str:kind>.json",
        overview.version_json,
        name="version_json",
    ),
    path("ranking/", ranking.ranking, name="ranking"),
    path("explain/<str:code>/", ranking.explanation, name="explanation"),
    path("paytable.xlsx", exports.paytable, name="paytable"),
    path("disclosure/", exports.disclosure, name="disclosure"),
    path("disclosure.xlsx", exports.disclosure_workbook, name="disclosure_xlsx"),
    path("whatif/", whatif.whatif, name="whatif"),
    path("report/", report.annual_report, name="report"),
]
