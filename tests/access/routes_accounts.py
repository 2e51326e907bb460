"""User management is the bureau's; every user may change their own password."""

from tests.access.registry import ALL, BUREAU, Route

ROUTES = [
    Route("accounts:user_list", BUREAU),
    Route("accounts:user_create", BUREAU),
    Route(
        "accounts:user_create",
        BUREAU,
        method="post",
        data=lambda w: {
            "username": "office_a2",
            "display_name": "湖滨所二",
            "role": "judicial_office",
            "street": w.street_a.pk,
        },
    ),
    Route("accounts:user_edit", BUREAU, kwargs=lambda w: {"pk": w.users["lawyer"].pk}),
    Route(
        "accounts:user_password_reset",
        BUREAU,
        kwargs=lambda w: {"pk": w.users["lawyer"].pk},
        method="post",
    ),
    Route("accounts:password_change", ALL),
]
