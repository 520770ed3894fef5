"""Where import bytes come from (a path, or bytes in memory) and what format they are."""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass
from typing import BinaryIO

from .errors import ImportFileError

FORMATS = ("csv", "xlsx", "vcard", "json")
_EXT = {".csv": "csv", ".txt": "csv", ".tsv": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx",
        ".vcf": "vcard", ".vcard": "vcard", ".json": "json"}


@dataclass(frozen=True)
class Source:
    name: str  # shown in messages and kept on the import batch
    path: str | None = None
    data: bytes | None = None

    def open(self) -> BinaryIO:
        if self.data is not None:
            return io.BytesIO(self.data)
        assert self.path is not None
        try:
            return open(self.path, "rb")  # the caller closes it
        except OSError as exc:
            raise ImportFileError(self.name, f"cannot be opened ({exc.strerror or exc})") from None

    def size(self) -> int:
        if self.data is not None:
            return len(self.data)
        assert self.path is not None
        try:
            return os.path.getsize(self.path)
        except OSError as exc:
            raise ImportFileError(self.name, f"cannot be opened ({exc.strerror or exc})") from None

    def head(self, n: int) -> bytes:
        with self.open() as f:
            return f.read(n)

    def sha256(self) -> str:
        """Of the whole file, read in blocks (a re-import of the same file is recognized by it)."""
        h = hashlib.sha256()
        with self.open() as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
        return h.hexdigest()


def as_source(source: str | os.PathLike[str] | bytes | Source, name: str | None = None) -> Source:
    if isinstance(source, Source):
        return source
    if isinstance(source, bytes | bytearray):
        return Source(name or "data", data=bytes(source))
    path = os.fspath(source)
    return Source(name or os.path.basename(path), path=path)


def sniff_format(src: Source) -> str:
    """csv, xlsx, vcard or json, from the first bytes (then the name): a workbook named .csv is
    still read as a workbook, and an old binary .xls is refused with a way out."""
    if src.size() == 0:
        raise ImportFileError(src.name, "the file is empty")
    head = src.head(4096)
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(src.name, "this is an old Excel .xls workbook; save it as .xlsx or CSV "
                                        "in Excel and import that")
    text = head.lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n").replace(b"\x00", b"")
    if text[:11].upper() == b"BEGIN:VCARD":
        return "vcard"
    ext = os.path.splitext(src.name.lower())[1]
    if ext == ".json" or (text[:1] in (b"{", b"[") and ext not in (".csv", ".txt", ".tsv")):
        return "json"
    if _EXT.get(ext) == "xlsx":
        raise ImportFileError(src.name, "this is not an Excel workbook (.xlsx is a zip archive; "
                                        "the file may be damaged or truncated)")
    return "csv"
