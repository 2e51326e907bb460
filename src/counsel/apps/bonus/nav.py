from counsel.web.nav import NavItem

NAV = [
    NavItem("加分申报", "bonus:mine", ("lawyer",), order=40),
    NavItem("加分申报", "bonus:list", ("bureau", "judicial_office", "community"), order=40),
]
