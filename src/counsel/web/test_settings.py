"""Settings for the test suite: the development key and a fast password hasher."""

import os

os.environ.setdefault("COUNSEL_TESTING", "1")

from counsel.web.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
AXES_ENABLED = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True
# The live server of the browser tests answers in threads of its own: a connection kept
# open between requests (CONN_MAX_AGE) would outlive the test and keep PostgreSQL from
# dropping the test database. Each request closes its connection.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
STATIC_ROOT = None

# Uploaded files (bonus evidence) of a test run go to a directory of their own.
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="counsel-test-media-"))
