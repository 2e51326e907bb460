app_name = "quarter"
urlpatterns: list[object] = []
