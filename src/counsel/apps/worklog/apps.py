from django.apps import AppConfig


class WorklogConfig(AppConfig):
    name = "counsel.apps.worklog"
    label = "worklog"
    verbose_name = "工作登记"
