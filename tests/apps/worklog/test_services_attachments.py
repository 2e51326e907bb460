"""Evidence files: images and PDFs only, by their first bytes, each under the size limit."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from counsel.apps.worklog.services.attachments import (
    MAX_BYTES,
    MAX_PER_RECORD,
    check_uploads,
    sniff,
)
from tests.apps.factories import PDF, PNG


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"\xff\xd8\xff\xe0" + b"\x00" * 20, "image/jpeg"),
        (PNG, "image/png"),
        (b"GIF89a" + b"\x00" * 20, "image/gif"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b"\x00\x00\x00\x18ftypheic" + b"\x00" * 8, "image/heic"),
        (PDF, "application/pdf"),
        (b"PK\x03\x04 a zip or docx", None),
    ],
)
def test_the_type_is_read_from_the_first_bytes(head: bytes, expected: str | None) -> None:
    assert sniff(SimpleUploadedFile("x", head)) == expected


def test_a_renamed_file_is_not_trusted() -> None:
    with pytest.raises(ValidationError) as caught:
        check_uploads([SimpleUploadedFile("照片.jpg", b"#!/bin/sh\necho")])
    assert "照片.jpg" in caught.value.messages[0]
    assert "不是图片或 PDF" in caught.value.messages[0]


def test_a_file_over_the_limit_is_refused_with_its_size() -> None:
    big = SimpleUploadedFile("大图.png", PNG + b"\x00" * MAX_BYTES)
    with pytest.raises(ValidationError) as caught:
        check_uploads([big])
    assert "超过 10 MB" in caught.value.messages[0]


def test_too_many_files_for_one_record_are_refused() -> None:
    files = [SimpleUploadedFile(f"{n}.png", PNG) for n in range(3)]
    with pytest.raises(ValidationError) as caught:
        check_uploads(files, already=MAX_PER_RECORD - 2)
    assert f"最多 {MAX_PER_RECORD} 个附件" in caught.value.messages[0]


def test_good_files_come_back_with_their_type() -> None:
    checked = check_uploads([SimpleUploadedFile("a.pdf", PDF)])
    assert [content_type for _, content_type in checked] == ["application/pdf"]
