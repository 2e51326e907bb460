from django.contrib.auth import views as auth_views
from django.urls import include, path

from counsel.web import views

urlpatterns = [
    path("", views.home, name="home"),
    path(
        "login/",
        auth_views.LoginView.as_view(
            template_name="registration/login.html", redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/", include("counsel.apps.accounts.urls")),
    path("org/", include("counsel.apps.org.urls")),
    path("assessment/", include("counsel.apps.assessment.urls")),
    path("worklog/", include("counsel.apps.worklog.urls")),
    path("quarter/", include("counsel.apps.quarter.urls")),
    path("bonus/", include("counsel.apps.bonus.urls")),
    path("yearend/", include("counsel.apps.yearend.urls")),
]

handler403 = "counsel.web.views.forbidden"
handler404 = "counsel.web.views.not_found"
