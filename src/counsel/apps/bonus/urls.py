app_name = "bonus"
urlpatterns: list[object] = []
