"""The accounts: the bureau, one per judicial office (named after its street in pinyin),
one per community head and one per lawyer, all with the demo password."""

from __future__ import annotations

from django.contrib.auth.hashers import make_password
from django.db.models import Count

from counsel.apps.accounts.models import Role, User
from counsel.apps.org.models import Community, Lawyer, Street
from counsel.web.demo.context import PASSWORD, Demo
from counsel.web.demo.people import DEMO_COMMUNITY

PINYIN = {
    "清波街道": "qingbo",
    "湖滨街道": "hubin",
    "小营街道": "xiaoying",
    "南星街道": "nanxing",
    "紫阳街道": "ziyang",
    "望江街道": "wangjiang",
    "凯旋街道": "kaixuan",
    "采荷街道": "caihe",
    "闸弄口街道": "zhanongkou",
    "四季青街道": "sijiqing",
    "彭埠街道": "pengbu",
    "笕桥街道": "jianqiao",
    "丁兰街道": "dinglan",
    "九堡街道": "jiubao",
}


def community_username(code: str) -> str:
    """330102016001 → sq016001 (street and community digits; the district is one)."""
    return "sq" + code[6:]


def load_users(demo: Demo) -> None:
    # One hash for all: hashing 400 passwords with argon2 would take most of a minute.
    password = make_password(PASSWORD)
    users = [User(username="bureau", role=Role.BUREAU, display_name="律工科（示例）")]
    for street in demo.streets.values():
        users.append(
            User(
                username=PINYIN.get(street.name, street.code),
                role=Role.JUDICIAL_OFFICE,
                street=street,
                display_name=f"{street.office_name}（示例）",
            )
        )
    for community in demo.communities:
        users.append(
            User(
                username=community_username(community.code),
                role=Role.COMMUNITY,
                community=community,
                display_name=f"{community.name}（示例）",
            )
        )
    for lawyer in demo.lawyers:
        users.append(
            User(
                username=lawyer.code.lower(),
                role=Role.LAWYER,
                lawyer=lawyer,
                display_name=lawyer.name,
            )
        )
    for user in users:
        user.password = password
    saved = User.objects.bulk_create(users)
    demo.bureau = saved[0]
    demo.offices = {u.street_id: u for u in saved if u.role == Role.JUDICIAL_OFFICE}
    demo.lawyer_users = {u.lawyer_id: u for u in saved if u.role == Role.LAWYER}
    demo.community_users = {u.community_id: u for u in saved if u.role == Role.COMMUNITY}


def demo_logins() -> list[tuple[str, str, str]]:
    """One login per role to print: the bureau, the 笕桥 and 湖滨 offices, the head of
    笕桥社区 and that community's lawyer (role, username, what they see)."""
    community = Community.objects.select_related("street").get(code=DEMO_COMMUNITY)
    lawyer = Lawyer.objects.filter(engagements__community=community).order_by("code").first()
    streets = {s.name: s for s in Street.objects.annotate(n=Count("communities"))}
    logins = [
        (
            "区司法局律工科",
            "bureau",
            f"全区 {len(streets)} 个街道、{Community.objects.count()} 个社区（村）",
        ),
        ("司法所", "jianqiao", f"笕桥司法所（笕桥街道，{streets['笕桥街道'].n} 个社区）"),  # type: ignore[attr-defined]
        ("司法所", "hubin", f"湖滨司法所（湖滨街道，{streets['湖滨街道'].n} 个社区）"),  # type: ignore[attr-defined]
        (
            "社区（村）",
            community_username(community.code),
            f"{community.name}（{community.street.name}）",
        ),
    ]
    if lawyer is not None:
        logins.append(
            ("社区律师", lawyer.code.lower(), f"{lawyer.name}（{community.name}的社区律师）")
        )
    return logins
