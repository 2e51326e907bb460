from django.apps import AppConfig


class YearendConfig(AppConfig):
    name = "counsel.apps.yearend"
    label = "yearend"
    verbose_name = "年度考核与补贴"
