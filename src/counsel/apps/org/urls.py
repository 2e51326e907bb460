from django.urls import path

from counsel.apps.org.views import (
    autocomplete,
    communities,
    engagements,
    history,
    lawyers,
    streets,
    years,
)

app_name = "org"
urlpatterns = [
    path("streets/", streets.street_list, name="street_list"),
    path("streets/new/", streets.street_create, name="street_create"),
    path("streets/<str:code>/", streets.street_detail, name="street_detail"),
    path("streets/<str:code>/edit/", streets.street_edit, name="street_edit"),
    path("communities/", communities.community_list, name="community_list"),
    path("communities/new/", communities.community_create, name="community_create"),
    path("communities/<str:code>/", communities.community_detail, name="community_detail"),
    path("communities/<str:code>/edit/", communities.community_edit, name="community_edit"),
    path(
        "communities/<str:code>/change-lawyer/",
        communities.community_lawyer_change,
        name="community_lawyer_change",
    ),
    path("lawyers/", lawyers.lawyer_list, name="lawyer_list"),
    path("lawyers/new/", lawyers.lawyer_create, name="lawyer_create"),
    path("lawyers/<str:code>/", lawyers.lawyer_detail, name="lawyer_detail"),
    path("lawyers/<str:code>/edit/", lawyers.lawyer_edit, name="lawyer_edit"),
    path("firms/", lawyers.firm_list, name="firm_list"),
    path("firms/new/", lawyers.firm_create, name="firm_create"),
    path("firms/<int:pk>/edit/", lawyers.firm_edit, name="firm_edit"),
    path("engagements/", engagements.engagement_list, name="engagement_list"),
    path("engagements/new/", engagements.engagement_create, name="engagement_create"),
    path("engagements/<str:code>/", engagements.engagement_detail, name="engagement_detail"),
    path("engagements/<str:code>/periods/new/", engagements.period_add, name="period_add"),
    path("periods/<int:pk>/end/", engagements.period_end, name="period_end"),
    path("years/", years.year_list, name="year_list"),
    path("years/new/", years.year_create, name="year_create"),
    path("years/<int:year>/", years.year_detail, name="year_detail"),
    path("history/", history.history_list, name="history"),
    path("autocomplete/", autocomplete.autocomplete, name="autocomplete"),
]
