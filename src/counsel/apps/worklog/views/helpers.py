"""What the views of these areas share: a service's refusal shown on its form."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError


def show_refusal(form: forms.Form, exc: ValidationError) -> None:
    """Put a service's ValidationError on the form: by field where the form has it."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            target = field if field in form.fields else None
            for message in errors:
                form.add_error(target, message)
    else:
        for message in exc.messages:
            form.add_error(None, message)
