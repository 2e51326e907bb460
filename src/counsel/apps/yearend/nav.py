from counsel.web.nav import NavItem

NAV = [
    NavItem("年度定案", "yearend:overview", ("bureau",), order=60),
    NavItem("年度报送", "yearend:report", ("judicial_office",), order=60),
    NavItem("考核排名", "yearend:ranking", ("bureau", "judicial_office"), order=61),
    NavItem("我的考核结果", "yearend:ranking", ("lawyer", "community"), order=61),
    NavItem("公示名单", "yearend:disclosure", ("bureau", "judicial_office"), order=62),
    NavItem("测算", "yearend:whatif", ("bureau",), order=63),
]
