"""The exchange format by file name: `.json` or `.xlsx`, in and out (EXCHANGE.md)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from counsel.exchange import json_io, years
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
    ending = suffix(path, "输入文件")
    if Path(path).is_dir():
        raise UnreadableInput(f"输入文件 {path} 是一个目录，不是文件")
    if ending == ".json":
        raw = json_io.load_json(path)
        stated = json_io.stated_year(raw)
        if year is None and stated is not None:
            years.usable(stated, f"{path} 的 year")
        data, issues = json_io.parse_input(raw, year, keys)
        return Loaded(data, tuple(issues), stated)
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


def same_file(first: str | Path, second: str | Path) -> bool:
    """The two paths name one file (also through a link, or a path spelled otherwise)."""
    try:
        return os.path.samefile(first, second)
    except OSError:  # one of them does not exist (yet)
        return Path(first).resolve() == Path(second).resolve()
