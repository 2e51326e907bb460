from counsel.web.nav import NavItem

NAV = [
    NavItem("工作登记", "worklog:list", ("lawyer",), order=10),
    NavItem("登记确认", "worklog:list", ("community",), order=10),
    NavItem("工作登记", "worklog:list", ("judicial_office", "bureau"), order=40),
    NavItem("值班登记汇总", "worklog:summary_index", ("judicial_office", "bureau"), order=41),
]
