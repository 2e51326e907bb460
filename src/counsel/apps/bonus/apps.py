from django.apps import AppConfig


class BonusConfig(AppConfig):
    name = "counsel.apps.bonus"
    label = "bonus"
    verbose_name = "加分申报"
