"""`python -m counsel.web.demo [--port P] [--reset] [--no-serve]`: set up a safe local
environment (a generated SECRET_KEY kept in var/, DEBUG off, hosts 127.0.0.1/localhost,
SQLite under var/), migrate, collect the static files, load the demo district (once: its
last step stores last year's assessment as provisional version 1), print the assessment's
summary and one login per role, and serve on 127.0.0.1."""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import time
import unicodedata
from pathlib import Path


def _environment(home: Path) -> None:
    var = home / "var"
    var.mkdir(exist_ok=True)
    key_file = var / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50), encoding="utf-8")
        key_file.chmod(0o600)
    os.environ["SECRET_KEY"] = key_file.read_text(encoding="utf-8").strip()
    os.environ["DJANGO_SETTINGS_MODULE"] = "counsel.web.settings"
    os.environ["COUNSEL_HOME"] = str(home)
    os.environ["COUNSEL_VAR"] = str(var)
    os.environ["ALLOWED_HOSTS"] = "127.0.0.1,localhost"
    # The demo is the production configuration on one machine: no debug, SQLite in var/.
    os.environ.pop("COUNSEL_DEBUG", None)
    os.environ.pop("DATABASE_URL", None)
    os.environ["DJANGO_RUNSERVER_HIDE_WARNING"] = "true"  # said below, in Chinese


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m counsel.web.demo", description="上城区演示数据与本机服务"
    )
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT") or 8000))
    parser.add_argument("--reset", action="store_true", help="清空数据库后重新载入演示数据")
    parser.add_argument("--no-serve", action="store_true", help="只载入数据，不启动服务")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    home = Path.cwd()
    _environment(home)

    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import timezone

    from counsel.apps.org.models import AssessmentYear
    from counsel.web.demo.context import PASSWORD
    from counsel.web.demo.steps import load_demo
    from counsel.web.demo.summary import assessment_summary

    print("== 迁移数据库（SQLite：var/counsel.sqlite3）")
    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    if args.reset:
        print("== 清空数据库")
        call_command("flush", interactive=False, verbosity=0)
    started = time.monotonic()
    today = timezone.localdate()
    print(f"== 载入演示数据（上城区，今天 {today}）")
    demo = load_demo(today, report=lambda label: print(f"   · {label}", flush=True))
    if demo is None:
        print("   演示数据已存在，跳过载入（--reset 可重新载入）")
    else:
        for line in demo.notes:
            print(f"   {line}")
        print(f"   完成，用时 {time.monotonic() - started:.1f} 秒")
    previous = AssessmentYear.objects.filter(year=today.year - 1).first()
    if previous is not None:
        print("== 年度考核")
        for line in assessment_summary(previous):
            print("   " + line)
    _print_logins(args.port, PASSWORD)
    if args.no_serve:
        return 0
    print(
        f"== 本机演示服务 http://127.0.0.1:{args.port}/（DEBUG 关闭；仅供本机演示，按 Ctrl+C 停止）"
    )
    sys.stdout.flush()
    call_command("runserver", f"127.0.0.1:{args.port}", use_reloader=False)
    return 0


def _print_logins(port: int, password: str) -> None:
    from counsel.web.demo.users import demo_logins

    print(f"== 登录 http://127.0.0.1:{port}/ （密码均为 {password}）")
    for role, username, scope in demo_logins():
        print(f"   {_pad(role, 16)}{_pad(username, 12)}{scope}")


def _pad(text: str, width: int) -> str:
    """Left-justify for a terminal, where a Chinese character takes two columns."""
    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(1, width - used)
