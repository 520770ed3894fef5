"""Tell what a file is before any key is tried, so that a PDF or a plain SQLite file is
named for what it is instead of being reported as a wrong passphrase.

A SQLCipher file is indistinguishable from random bytes without its key (that is the point
of encryption), so what we can say before the key is: missing, empty, a known format, or
a size that is not a whole number of pages (truncated, or not a vault).
"""

from __future__ import annotations

import os

from crm_desktop.core.errors import NotAVault, VaultNotFound

PAGE_SIZE = 4096  # SQLCipher 4 default; every vault we write uses it.

_MAGIC: list[tuple[bytes, str]] = [
    (b"SQLite format 3\x00", "it is a plain, unencrypted SQLite database"),
    (b"%PDF", "it is a PDF document"),
    (b"PK\x03\x04", "it is a ZIP archive (or an Office document)"),
    (b"\x89PNG", "it is a PNG image"),
    (b"\xff\xd8\xff", "it is a JPEG image"),
    (b"BEGIN:VCARD", "it is a vCard file (import it instead)"),
    (b"\xd0\xcf\x11\xe0", "it is an old Office document"),
]


def check_file(path: str) -> int:
    """Raise VaultNotFound / NotAVault for files that cannot be a vault; return the size."""
    if not os.path.exists(path):
        raise VaultNotFound(path)
    if os.path.isdir(path):
        raise NotAVault(path, "it is a folder")
    size = os.path.getsize(path)
    if size == 0:
        raise NotAVault(path, "the file is empty (0 bytes)")
    try:
        with open(path, "rb") as fh:
            head = fh.read(512)
    except OSError as exc:
        raise NotAVault(path, f"it cannot be read ({exc.strerror})") from None
    for magic, why in _MAGIC:
        if head.startswith(magic):
            raise NotAVault(path, why)
    if _looks_like_text(head):
        raise NotAVault(path, "it is a text file (a CSV or vCard is imported, not opened)")
    # A write refused mid-checkpoint (disk full, file size limit) can leave the main file with
    # a partial last page; the -wal still holds every page whole and the next checkpoint
    # rewrites it. So a ragged size means "not a vault" only when no -wal stands beside it.
    if size % PAGE_SIZE and not _has_wal(path):
        raise NotAVault(
            path,
            f"its size ({size} bytes) is not a whole number of {PAGE_SIZE}-byte pages, "
            "so it is truncated or another kind of file",
        )
    return size


def _has_wal(path: str) -> bool:
    try:
        return os.path.getsize(path + "-wal") > 0
    except OSError:
        return False


def _looks_like_text(head: bytes) -> bool:
    """A vault starts with a random salt and ciphertext: 512 bytes of it being printable
    UTF-8 has a vanishing chance."""
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):  # UTF-8 / UTF-16 BOMs
        return True
    if b"\x00" in head:
        return False
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # not just a character cut at the end of the sample
            return False
        text = head[:exc.start].decode("utf-8")
    return bool(text) and all(ch.isprintable() or ch in "\r\n\t\f" for ch in text)
