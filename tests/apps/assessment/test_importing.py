"""Importing an exchange file: everything checked first, nothing written on any problem,
every problem with its sheet, row and field; incompleteness only warns."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from counsel.apps.assessment.importing import exchange_import, exchange_validate, read_any
from counsel.apps.assessment.selectors import policy_for, year_input
from counsel.apps.bonus.models import BonusClaim, BonusDeclaration, DeclarationStatus
from counsel.apps.org.models import (
    AssessmentYear,
    Community,
    Engagement,
    EngagementPeriod,
    Lawyer,
    Street,
    YearStatus,
)
from counsel.apps.quarter.models import QuarterScore, ReportStatus, SatisfactionRating
from counsel.exchange.errors import UnreadableInput
from counsel.exchange.json_io import result_dict
from counsel.rules import assess
from tests.apps.assessment.conftest import minimal
from tests.apps.factories import report
from tests.conftest import PUBLIC_CASES

pytestmark = pytest.mark.django_db

A1_QUARTERS = [
    {"engagement": "E9001", "quarter": q, "basic": "80", "rating": "良好"} for q in (1, 2)
]


def test_a_public_case_imports_into_an_empty_district_and_assesses_as_the_file_does(
    empty_year,
) -> None:
    report = exchange_import(
        year=empty_year, source=PUBLIC_CASES / "shangcheng-2025.in.json", actor=None
    )

    assert report.errors == [] and report.written
    assert Street.objects.count() == 14 and Community.objects.count() == 203
    expected = json.loads((PUBLIC_CASES / "shangcheng-2025.expect.json").read_text("utf-8"))
    got = result_dict(assess(year_input(empty_year), policy_for(empty_year)))
    assert got["totals"] == {**expected["totals"], "difference": got["totals"]["difference"]}
    keys = ("id", "rank", "tier", "total", "amount", "weeks")
    assert [{k: e[k] for k in keys} for e in got["engagements"]] == [
        {k: e[k] for k in keys} for e in expected["engagements"]
    ]


def test_a_new_street_takes_its_code_from_the_community_and_its_office_from_its_name(
    empty_year, exchange_file
) -> None:
    path = exchange_file(
        minimal(communities=[{"code": "330102004051", "name": "甲社区", "street": "小营街道"}])
    )

    exchange_import(year=empty_year, source=path, actor=None)

    street = Street.objects.get()
    assert (street.code, street.name, street.office_name) == ("330102004", "小营街道", "小营司法所")


def test_one_bad_row_and_nothing_is_written(world, exchange_file) -> None:
    path = exchange_file(
        minimal(
            communities=[{"code": "330102003053", "name": "新社区", "street": "湖滨街道"}],
            quarters=[{"engagement": "E9001", "quarter": 1, "basic": "八十"}],
        )
    )

    report = exchange_import(year=world.year, source=path, actor=world.users["bureau"])

    assert not report.written
    assert [(i.code, i.sheet, i.row, i.field) for i in report.errors] == [
        ("bad_value", "季度考核", 1, "基础履职得分")
    ]
    assert not Community.objects.filter(code="330102003053").exists()


def test_every_problem_is_listed_with_its_sheet_row_and_field(world, exchange_file) -> None:
    path = exchange_file(
        minimal(
            communities=[
                {"code": "330102003060", "name": "甲", "street": "湖滨街道"},
                {"code": "330102003060", "name": "甲again", "street": "湖滨街道"},
            ],
            engagements=[
                {"id": "E1", "lawyer": "L404", "community": "330102003060",
                 "periods": [{"start": "2025-01-01", "end": None}]},
            ],
            quarters=[{"engagement": "E9002", "quarter": 3, "basic": "90"}],
            bonuses=[{"engagement": "E9002", "item": "no_such_item", "points": "1",
                      "status": "approved"}],
        )
    )  # fmt: skip

    report = exchange_validate(year=world.year, source=path)[1]

    found = {(i.code, i.sheet, i.row, i.field) for i in report.errors}
    assert found == {
        ("duplicate_id", "社区", 2, "社区代码"),
        ("unknown_reference", "结对", 1, "律师编号"),
        ("score_out_of_range", "季度考核", 1, "基础履职得分"),
        ("unknown_reference", "加分", 1, "加分项目"),
    }


def test_an_engagement_overlapping_a_stored_one_of_the_community_is_refused(
    world, exchange_file
) -> None:
    path = exchange_file(
        minimal(
            engagements=[
                {"id": "E2", "lawyer": "L9003", "community": world.a1.code,
                 "periods": [{"start": "2025-03-01", "end": None}]},
            ]
        )
    )  # fmt: skip

    report = exchange_import(year=world.year, source=path, actor=None)

    assert [i.code for i in report.errors] == ["overlapping_periods"]
    assert "E9001" in report.errors[0].message and "E2" in report.errors[0].message
    assert not Engagement.objects.filter(code="E2").exists()


def test_a_mid_year_change_ending_the_stored_period_is_accepted(world, exchange_file) -> None:
    path = exchange_file(
        minimal(
            engagements=[
                {"id": "E9001", "lawyer": "L9001", "community": world.a1.code,
                 "periods": [{"start": "2024-01-01", "end": "2025-06-30"}]},
                {"id": "E2", "lawyer": "L9003", "community": world.a1.code,
                 "periods": [{"start": "2025-07-01", "end": None}]},
            ]
        )
    )  # fmt: skip

    report = exchange_import(year=world.year, source=path, actor=None)

    assert report.errors == []
    assert str(EngagementPeriod.objects.get(engagement__code="E9001").end) == "2025-06-30"
    assert Engagement.objects.get(code="E2").lawyer == world.lawyer_b1


def test_missing_scores_and_an_unmet_quota_only_warn(world, exchange_file) -> None:
    path = exchange_file(
        minimal(
            quarters=[
                {"engagement": "E9001", "quarter": 1, "basic": "80", "rating": "满意"},
                {"engagement": "E9002", "quarter": 1, "basic": "81", "rating": "满意"},
            ]
        )
    )

    report = exchange_import(year=world.year, source=path, actor=None)

    assert report.errors == [] and report.written
    codes = {i.code for i in report.warnings}
    assert {"quota_satisfied_exceeded", "quota_ordinary_short", "missing_score"} <= codes
    assert SatisfactionRating.objects.filter(year=world.year, rating="满意").count() == 2


def test_importing_the_same_file_twice_changes_nothing_the_second_time(
    world, exchange_file
) -> None:
    path = exchange_file(minimal(quarters=A1_QUARTERS))
    first = exchange_import(year=world.year, source=path, actor=None)
    history = QuarterScore.history.count()

    second = exchange_import(year=world.year, source=path, actor=None)

    assert first.changed == 2 + 2 and second.changed == 0
    assert QuarterScore.history.count() == history


def test_each_change_is_recorded_under_the_importing_user(world, exchange_file) -> None:
    path = exchange_file(minimal(quarters=A1_QUARTERS))

    exchange_import(year=world.year, source=path, actor=world.users["bureau"])

    score = QuarterScore.objects.get(engagement=world.ea1, quarter=1)
    assert score.basic == Decimal("80") and score.updated_by == world.users["bureau"]
    assert score.history.get().history_user == world.users["bureau"]


def test_a_blank_value_in_the_file_does_not_erase_a_stored_one(world, exchange_file) -> None:
    exchange_import(
        year=world.year, source=exchange_file(minimal(quarters=A1_QUARTERS)), actor=None
    )
    path = exchange_file(
        minimal(quarters=[{"engagement": "E9001", "quarter": 1, "rating": "满意"}])
    )

    exchange_import(year=world.year, source=path, actor=None)

    assert QuarterScore.objects.get(engagement=world.ea1, quarter=1).basic == Decimal("80")


def test_bonuses_become_one_declaration_per_engagement_and_year(world, exchange_file) -> None:
    path = exchange_file(
        minimal(
            bonuses=[
                {"engagement": "E9001", "item": "media", "points": "0.5", "status": "approved"},
                {"engagement": "E9001", "item": "key_task", "points": "1", "status": "rejected"},
                {"engagement": "E9002", "item": None, "points": "1", "status": "confirmed"},
            ]
        )
    )

    exchange_import(year=world.year, source=path, actor=None)

    declaration = BonusDeclaration.objects.get(engagement=world.ea1, year=world.year)
    assert declaration.status == DeclarationStatus.REVIEWED
    claims = list(declaration.claims.order_by("id"))
    assert [(c.item.key, c.status, c.approved_points) for c in claims] == [
        ("media", "approved", Decimal("0.5")),
        ("key_task", "rejected", None),
    ]
    assert BonusDeclaration.objects.get(engagement=world.ea2).status == DeclarationStatus.CONFIRMED
    assert BonusClaim.objects.count() == 3


def test_the_file_policy_parameters_are_kept_for_the_year(world, exchange_file) -> None:
    path = exchange_file(minimal(policy={"week_rounding": "ceil"}))

    report = exchange_import(year=world.year, source=path, actor=None)

    world.year.refresh_from_db()
    assert report.parameters == {"week_rounding": "ceil"}
    assert world.year.parameters == {"week_rounding": "ceil"}


def test_an_unknown_policy_parameter_is_a_problem(world, exchange_file) -> None:
    report = exchange_import(
        year=world.year, source=exchange_file(minimal(policy={"speed": "fast"})), actor=None
    )

    assert [(i.code, i.field) for i in report.errors] == [("bad_value", "speed")]


def test_a_file_of_another_year_is_refused(world, exchange_file) -> None:
    report = exchange_import(
        year=world.year, source=exchange_file({"format": "counsel/1", "year": 2024}), actor=None
    )

    assert "2024" in report.errors[0].message and not report.written


def test_a_finalised_year_takes_no_import(world, exchange_file) -> None:
    world.year.status = YearStatus.FINALISED
    world.year.save()

    report = exchange_import(year=world.year, source=exchange_file(minimal()), actor=None)

    assert [i.code for i in report.errors] == ["year_finalised"]


def test_a_file_that_is_not_json_is_one_problem_without_a_place(world, tmp_path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")

    report = exchange_import(year=world.year, source=path, actor=None)

    assert [i.code for i in report.errors] == ["unreadable"]
    assert "JSON" in report.errors[0].message


def test_only_json_and_xlsx_files_are_read(tmp_path) -> None:
    path = tmp_path / "data.csv"
    path.write_text("code,name\n", encoding="utf-8")

    with pytest.raises(UnreadableInput, match="csv"):
        read_any(path)


def test_a_zero_rating_without_a_written_reason_is_a_warning(world, exchange_file) -> None:
    path = exchange_file(
        minimal(quarters=[{"engagement": "E9001", "quarter": 1, "rating": "普通（不赋分）"}])
    )

    report = exchange_import(year=world.year, source=path, actor=None)

    assert "reason_missing" in {i.code for i in report.warnings} and report.written


def test_a_lawyer_in_the_file_keeps_the_personal_data_the_file_has_no_column_for(
    world, exchange_file
) -> None:
    path = exchange_file(minimal(lawyers=[{"id": "L9001", "name": "改名律师", "firm": "新所"}]))

    exchange_import(year=world.year, source=path, actor=None)

    lawyer = Lawyer.objects.get(code="L9001")
    assert (lawyer.name, lawyer.firm.name) == ("改名律师", "新所")
    assert lawyer.phone == "13800000001" and lawyer.licence_no == "13301202510000001"


def _e9001(periods: list[dict[str, object]]) -> dict[str, object]:
    stored = Engagement.objects.select_related("lawyer", "community").get(code="E9001")
    return {
        "id": "E9001",
        "lawyer": stored.lawyer.code,
        "community": stored.community.code,
        "periods": periods,
    }


def test_an_import_may_not_change_who_served_in_a_finalised_year(world, exchange_file) -> None:
    AssessmentYear.objects.create(year=2024, status=YearStatus.FINALISED, policy_toml="")
    path = exchange_file(minimal(engagements=[_e9001([{"start": "2024-07-01", "end": None}])]))

    report = exchange_import(year=world.year, source=path, actor=world.users["bureau"])

    assert not report.written
    assert [(i.code, i.engagement) for i in report.errors] == [("year_finalised", "E9001")]
    assert "2024年度" in report.errors[0].message
    assert EngagementPeriod.objects.get(engagement__code="E9001").start.year == 2024


def test_ending_a_period_after_the_finalised_year_is_no_change_to_it(world, exchange_file) -> None:
    AssessmentYear.objects.create(year=2024, status=YearStatus.FINALISED, policy_toml="")
    path = exchange_file(
        minimal(engagements=[_e9001([{"start": "2024-01-01", "end": "2025-06-30"}])])
    )

    report = exchange_validate(year=world.year, source=path)[1]

    assert "year_finalised" not in {i.code for i in report.errors}


@pytest.mark.parametrize("status", [ReportStatus.SUBMITTED, ReportStatus.ACCEPTED])
def test_an_import_may_not_change_a_quarter_the_bureau_holds_or_has_locked(
    world, exchange_file, status
) -> None:
    exchange_import(
        year=world.year, source=exchange_file(minimal(quarters=A1_QUARTERS)), actor=None
    )
    report(world, status=status, quarter=1)
    changed = [
        {"engagement": "E9001", "quarter": 1, "basic": "10", "rating": "良好"},
        {"engagement": "E9001", "quarter": 2, "basic": "70", "rating": "良好"},
    ]

    result = exchange_import(
        year=world.year, source=exchange_file(minimal(quarters=changed)), actor=None
    )

    assert [(i.code, i.engagement, i.quarter) for i in result.errors] == [
        ("quarter_locked", "E9001", 1)
    ]
    assert "湖滨街道2025年第一季度" in result.errors[0].message
    assert "80 → 10" in result.errors[0].message
    assert not result.written
    assert QuarterScore.objects.get(engagement=world.ea1, quarter=1).basic == Decimal("80")


def test_an_import_repeating_what_a_locked_quarter_holds_is_no_change(world, exchange_file) -> None:
    path = exchange_file(minimal(quarters=A1_QUARTERS))
    exchange_import(year=world.year, source=path, actor=None)
    report(world, status=ReportStatus.ACCEPTED, quarter=1)

    result = exchange_import(year=world.year, source=path, actor=None)

    assert result.errors == [] and result.written and result.changed == 0


def test_an_imported_score_or_rating_change_says_old_and_new_in_its_history(
    world, exchange_file
) -> None:
    exchange_import(
        year=world.year, source=exchange_file(minimal(quarters=A1_QUARTERS)), actor=None
    )
    changed = [{"engagement": "E9001", "quarter": 1, "basic": "70.5", "rating": "满意"}]

    exchange_import(
        year=world.year,
        source=exchange_file(minimal(quarters=changed)),
        actor=world.users["bureau"],
    )

    score = QuarterScore.objects.get(engagement=world.ea1, quarter=1).history.first()
    rating = SatisfactionRating.objects.get(engagement=world.ea1, quarter=1).history.first()
    assert score.history_user == world.users["bureau"]
    assert score.history_change_reason == "由交换文件导入：基础履职 80 → 70.5"
    assert rating.history_change_reason == "由交换文件导入：满意度 良好 → 满意"
