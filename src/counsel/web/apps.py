from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "counsel.web"
    label = "web"
    verbose_name = "社区律师考核"
