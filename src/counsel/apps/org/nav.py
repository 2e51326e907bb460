from counsel.web.nav import NavItem

EVERYONE = ("bureau", "judicial_office", "community", "lawyer")

NAV = [
    NavItem(
        "社区（村）", "org:community_list", ("bureau", "judicial_office", "community"), order=10
    ),
    NavItem("社区律师", "org:lawyer_list", ("bureau", "judicial_office"), order=11),
    NavItem("结对", "org:engagement_list", EVERYONE, order=12),
    NavItem("街道与司法所", "org:street_list", ("bureau",), order=13),
    NavItem("考核年度", "org:year_list", EVERYONE, order=85),
    NavItem("变更记录", "org:history", ("bureau",), order=95),
]
