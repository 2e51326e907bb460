"""`{{ name|parameter_label }}` and `{{ value|value_label }}` on the policy screens."""

from __future__ import annotations

from django import template

from counsel.apps.org import policy_labels

register = template.Library()
register.filter("parameter_label", policy_labels.parameter_label)
register.filter("value_label", policy_labels.value_label)
