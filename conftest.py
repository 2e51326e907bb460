"""Loaded before Django settings: tests run with the development secret key."""

import os

os.environ.setdefault("COUNSEL_TESTING", "1")
