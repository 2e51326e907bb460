"""Services of work registration (R19): each writes atomically and records who did it."""

from counsel.apps.worklog.services.importing import ImportRefused, RowError, work_record_import_xlsx
from counsel.apps.worklog.services.records import (
    WorkInput,
    work_record_confirm,
    work_record_register,
    work_record_return,
    work_record_update,
)

__all__ = [
    "ImportRefused",
    "RowError",
    "WorkInput",
    "work_record_confirm",
    "work_record_import_xlsx",
    "work_record_register",
    "work_record_return",
    "work_record_update",
]
