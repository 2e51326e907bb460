from counsel.web.nav import NavItem

NAV = [
    NavItem("数据导入导出", "assessment:exchange", ("bureau", "judicial_office"), order=90),
]
