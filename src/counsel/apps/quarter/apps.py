from django.apps import AppConfig


class QuarterConfig(AppConfig):
    name = "counsel.apps.quarter"
    label = "quarter"
    verbose_name = "季度考核"
