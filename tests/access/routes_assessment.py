"""Import is the bureau's; export gives each office its own street (tested in
tests/apps/assessment/test_exporting.py), so every office reaches it."""

from tests.access.registry import BUREAU, Route

EVERY_OFFICE = BUREAU | {"office_a", "office_b"}

ROUTES = [
    Route("assessment:exchange", EVERY_OFFICE),
    Route("assessment:import", BUREAU),
    Route("assessment:import", BUREAU, method="post", data=lambda w: {"year": w.year.year}),
    Route("assessment:export", EVERY_OFFICE, query="?year=2025&format=json"),
    Route("assessment:export", EVERY_OFFICE, query="?year=2025&format=xlsx"),
    Route("assessment:template", EVERY_OFFICE),
]
