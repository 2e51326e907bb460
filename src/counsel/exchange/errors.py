"""Errors of the exchange layer."""

from __future__ import annotations


class UnreadableInput(Exception):
    """The file cannot be read at all (not JSON, not a workbook, wrong format): exit 2."""


def os_reason(exc: OSError) -> str:
    """Why a file could not be opened, in Chinese (the system's words are English)."""
    if isinstance(exc, FileNotFoundError):
        return "文件不存在"
    if isinstance(exc, IsADirectoryError):
        return "是一个目录，不是文件"
    if isinstance(exc, PermissionError):
        return "没有访问权限"
    return f"系统错误（{exc.strerror or exc}）"
