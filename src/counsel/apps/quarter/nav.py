from counsel.web.nav import NavItem

NAV = [
    NavItem("季度考核", "quarter:home", ("judicial_office",), order=20),
    NavItem("季度报送", "quarter:overview", ("bureau",), order=20),
    NavItem("考核指标表", "quarter:indicators", ("bureau",), order=60),
]
