from counsel.web.nav import NavItem

NAV = [
    NavItem("首页", "home", ("bureau", "judicial_office", "community", "lawyer"), order=0),
]
