"""The exchange format by file name: `.json` or `.xlsx`, in and out (EXCHANGE.md)."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from counsel.exchange import json_io
from counsel.exchange.errors import UnreadableInput
from counsel.exchange.values import text
from counsel.rules.policy import Policy
from counsel.rules.types import Issue, Result, YearInput

SUFFIXES = (".json", ".xlsx")


@dataclass(frozen=True)
class Loaded:
    """An input as read: the engine's input, the problems found, the year it states and a
    note for the user (how the year was inferred), if any."""

    data: YearInput
    issues: tuple[Issue, ...]
    stated_year: int | None
    note: str | None = None


def suffix(path: str | Path, role: str) -> str:
    """`.json` or `.xlsx`; UnreadableInput for anything else."""
    ending = Path(path).suffix.lower()
    if ending not in SUFFIXES:
        raise UnreadableInput(
            f"{role} {path} 的类型 “{ending or '无扩展名'}” 不受支持，应为 .json 或 .xlsx"
        )
    return ending


def item_keys(policy: Policy) -> dict[str, str]:
    """Bonus catalog names → keys, so a sheet may name an item as the catalog does."""
    return {text(item.name): item.key for item in policy.bonus_items}


def read_input(
    path: str | Path, year: int | None = None, keys: Mapping[str, str] | None = None
) -> Loaded:
    if suffix(path, "输入文件") == ".json":
        raw = json_io.load_json(path)
        data, issues = json_io.parse_input(raw, year, keys)
        return Loaded(data, tuple(issues), json_io.stated_year(raw))
    from counsel.exchange import xlsx_io  # openpyxl is a third of start-up; JSON needs none

    reading = xlsx_io.read_workbook(path, year, keys)
    return Loaded(reading.data, tuple(reading.issues), reading.stated_year, reading.note)


def write_result(
    result: Result, data: YearInput, path: str | Path, *, district: str = "", policy_name: str = ""
) -> None:
    if suffix(path, "输出文件") == ".json":
        json_io.write_result(result, path)
    else:
        from counsel.exchange import xlsx_io

        xlsx_io.write_result(result, data, path, district=district, policy_name=policy_name)


def district(policy_path: str | Path | None = None) -> str:
    """The district the policy is for (`meta.district`), for the result workbook's title."""
    if policy_path is None:
        source = resources.files("counsel.rules").joinpath("policies/shangcheng.toml")
        text = source.read_text(encoding="utf-8")
    else:
        text = Path(policy_path).read_text(encoding="utf-8")
    meta = tomllib.loads(text).get("meta", {})
    return str(meta.get("district", "")) if isinstance(meta, dict) else ""
