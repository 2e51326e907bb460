from django.apps import AppConfig


class AssessmentConfig(AppConfig):
    name = "counsel.apps.assessment"
    label = "assessment"
    verbose_name = "考核数据交换"
