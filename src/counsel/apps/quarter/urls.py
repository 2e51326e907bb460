from django.urls import path

from counsel.apps.quarter.views import indicators, overview, ratings, reports, scoring

app_name = "quarter"

STREET_QUARTER = "street/<int:street>/<int:year>/<int:quarter>/"
ENGAGEMENT_QUARTER = "engagement/<int:engagement>/<int:year>/<int:quarter>/"

urlpatterns = [
    path("", overview.quarter_home, name="home"),
    path("reports/", overview.overview, name="overview"),
    path("indicators/", indicators.indicator_table, name="indicators"),
    path("street/<int:street>/", overview.street_page, name="street"),
    path(STREET_QUARTER + "scores/", scoring.score_list, name="scores"),
    path(ENGAGEMENT_QUARTER + "score/", scoring.score_edit, name="score"),
    path(ENGAGEMENT_QUARTER + "score/preview/", scoring.score_preview, name="score_preview"),
    path(STREET_QUARTER + "ratings/", ratings.ratings_page, name="ratings"),
    path(STREET_QUARTER + "ratings/quota/", ratings.quota_preview, name="quota_preview"),
    path(STREET_QUARTER + "report/", reports.report_page, name="report"),
    path(STREET_QUARTER + "report/submit/", reports.report_submit, name="report_submit"),
    path(STREET_QUARTER + "report/return/", reports.report_return, name="report_return"),
    path(STREET_QUARTER + "report/accept/", reports.report_accept, name="report_accept"),
    path(STREET_QUARTER + "report/reopen/", reports.report_reopen, name="report_reopen"),
    path(
        STREET_QUARTER + "report/summary.xlsx",
        reports.report_summary_xlsx,
        name="report_summary_xlsx",
    ),
]
