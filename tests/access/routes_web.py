from tests.access.registry import ALL, Route

ROUTES = [
    Route("home", ALL),
]
