from counsel.web.nav import NavItem

NAV = [
    NavItem("首页", "home", ("bureau", "judicial_office", "community", "lawyer"), order=0),
    NavItem("用户", "accounts:user_list", ("bureau",), order=96),
]
