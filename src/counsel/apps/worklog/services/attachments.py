"""R19 evidence: photos and scanned sign-in sheets attached to a registration.

Only images and PDFs are kept, recognised by their first bytes (a renamed file is not
trusted), each at most MAX_BYTES; they are stored under MEDIA_ROOT with a random name and
served only through the scoped view.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile

from counsel.apps.accounts.models import User
from counsel.apps.worklog.models import WorkAttachment, WorkRecord

MAX_BYTES = 10 * 1024 * 1024
MAX_PER_RECORD = 12

#: Leading bytes → the content type the file is served with.
SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"WEBP", 8, "image/webp"),
    (b"ftypheic", 4, "image/heic"),
    (b"ftypheix", 4, "image/heic"),
    (b"ftypmif1", 4, "image/heif"),
    (b"%PDF-", 0, "application/pdf"),
)


def sniff(upload: UploadedFile) -> str | None:
    """The content type of an image or PDF by its first bytes, or None."""
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    for signature, offset, content_type in SIGNATURES:
        if head[offset : offset + len(signature)] == signature:
            return content_type
    return None


def check_uploads(
    uploads: Iterable[UploadedFile], *, already: int = 0
) -> list[tuple[UploadedFile, str]]:
    """Each upload with its content type; ValidationError naming every file refused."""
    checked: list[tuple[UploadedFile, str]] = []
    errors: list[str] = []
    uploads = list(uploads)
    if already + len(uploads) > MAX_PER_RECORD:
        errors.append(
            f"每条登记最多 {MAX_PER_RECORD} 个附件（已有 {already} 个，本次 {len(uploads)} 个）"
        )
    for upload in uploads:
        name = upload.name or "未命名文件"
        if upload.size is not None and upload.size > MAX_BYTES:
            errors.append(f"附件“{name}”大小 {upload.size / 1024 / 1024:.1f} MB，超过 10 MB 上限")
            continue
        content_type = sniff(upload)
        if content_type is None:
            errors.append(
                f"附件“{name}”不是图片或 PDF（仅接受 JPG、PNG、GIF、WEBP、HEIC 照片和 PDF）"
            )
            continue
        checked.append((upload, content_type))
    if errors:
        raise ValidationError(errors)
    return checked


@contextmanager
def stored_files() -> Iterator[list[WorkAttachment]]:
    """Attachments written inside the block; their files are deleted again if the block
    fails, so a refused registration leaves nothing on disk."""
    written: list[WorkAttachment] = []
    try:
        yield written
    except BaseException:
        for attachment in written:
            if attachment.file.name:
                attachment.file.storage.delete(attachment.file.name)
        raise


def attach(
    record: WorkRecord,
    files: list[tuple[UploadedFile, str]],
    actor: User,
    written: list[WorkAttachment],
) -> None:
    for upload, content_type in files:
        attachment = WorkAttachment(
            record=record,
            original_name=(upload.name or "附件")[:200],
            content_type=content_type,
            size=upload.size or 0,
            uploaded_by=actor,
        )
        attachment.file.save(upload.name or "附件", upload, save=False)
        written.append(attachment)
        attachment._history_user = actor  # type: ignore[attr-defined]
        attachment.save()
