from django.apps import AppConfig


class OrgConfig(AppConfig):
    name = "counsel.apps.org"
    label = "org"
    verbose_name = "区、街道、社区与律师"
