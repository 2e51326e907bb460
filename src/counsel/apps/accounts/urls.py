from django.urls import path

from counsel.apps.accounts import views

app_name = "accounts"
urlpatterns = [
    path("users/", views.user_list, name="user_list"),
    path("users/new/", views.user_create, name="user_create"),
    path("users/<int:pk>/", views.user_edit, name="user_edit"),
    path("users/<int:pk>/reset-password/", views.user_password_reset, name="user_password_reset"),
    path("password/", views.password_change, name="password_change"),
]
