"""Where articles come from: files, folders, JSON Lines batches, feeds and URLs → RawItems.

Each source that cannot be read yields an IngestError for itself alone, and the
iteration goes on. Doc names (what exports call an article): the file name for
files (also for a JSON Lines record that points at a file with `path`), the URL
for web pages, and for other JSON Lines records their `doc` or `<file name>#<line>`.
"""
from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from accord.ingest.errors import IngestError
from accord.ingest.feeds import looks_like_feed, parse_feed
from accord.ingest.fetch import fetch_url

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
PAGE_MAX_BYTES = 5_000_000
_META_FIELDS = ("doc", "url", "published", "lang", "title")


@dataclass
class RawItem:
    source: str                 # where it came from: path, URL, "batch.jsonl:17"
    doc: str                    # name in exports
    data: bytes | str
    kind: str = "text"          # "text" | "html"
    url: str | None = None
    published: str | None = None    # from metadata, unchecked
    lang: str | None = None         # from metadata, unchecked
    title: str | None = None
    charset: str | None = None      # declared by the source (HTTP Content-Type)


def _size_error(source: str, size: int, limit: int) -> IngestError:
    return IngestError(source, f"too large: {size:,} bytes > {limit:,} byte limit, not a single article")


def _read_file(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; IngestError for missing, unreadable and oversized files."""
    source = str(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # a named pipe would wait for a writer forever, a device would never end
            raise IngestError(source, "not a regular file (a pipe, socket or device)")
        size = info.st_size
        if size > max_bytes:
            raise _size_error(source, size, max_bytes)
        with path.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except PermissionError:
        raise IngestError(source, "permission denied") from None
    except FileNotFoundError:
        reason = "broken symbolic link" if path.is_symlink() else "no such file or folder"
        raise IngestError(source, reason) from None
    except IsADirectoryError:
        raise IngestError(source, "is a folder") from None
    except OSError as exc:
        raise IngestError(source, f"cannot read: {exc.strerror or exc}") from None


def _kind_of(suffix: str) -> str:
    return "html" if suffix in HTML_SUFFIXES else "text"


def iter_sources(
    paths: list[str], *, allow_private: bool = False, max_bytes: int = 20_000_000,
) -> Iterator[RawItem | IngestError]:
    """RawItems of every article the paths name, an IngestError for each one that fails."""
    for entry in paths:
        if entry.startswith(("http://", "https://")):
            yield from _from_url(entry, allow_private)
            continue
        path = Path(entry)
        if path.is_dir():
            yield from _from_folder(path, allow_private, max_bytes)
        else:
            yield from _from_file(path, allow_private, max_bytes)


def _from_folder(folder: Path, allow_private: bool, max_bytes: int) -> Iterator[RawItem | IngestError]:
    unreadable: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=unreadable.append):
        while unreadable:
            exc = unreadable.pop()
            yield IngestError(str(exc.filename or root), f"cannot list folder: {exc.strerror or exc}")
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if is_listed(name):
                yield from _from_file(Path(root) / name, allow_private, max_bytes)


def is_listed(name: str) -> bool:
    """Is a file found in a folder read? Not hidden files, nor a gold set's annotation files
    (GOLD.md) beside its articles."""
    return not name.startswith(".") and not name.endswith(".gold.json") and name != "links.json"


def read_extensions() -> str:
    """The file name endings `accord ingest` reads, for help texts and error messages."""
    return (f"text {' '.join(sorted(s for s in TEXT_SUFFIXES if s))} (or none), html {' '.join(sorted(HTML_SUFFIXES))}, "
            f"JSON Lines {' '.join(sorted(JSONL_SUFFIXES))}, .json, feeds {' '.join(sorted(FEED_SUFFIXES))}, "
            ".parquet")


def _from_file(path: Path, allow_private: bool, max_bytes: int) -> Iterator[RawItem | IngestError]:
    suffix = path.suffix.lower()
    source = str(path)
    if suffix in JSONL_SUFFIXES:
        yield from _from_jsonl(path, allow_private, max_bytes)
        return
    if suffix in (".parquet", ".pq"):
        from accord.engine.corpus import iter_parquet  # pyarrow comes with the "ray" extra

        yield from iter_parquet(path, max_bytes=max_bytes)
        return
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | {".json"}:
        yield IngestError(source, f"unsupported file type {suffix!r} (accord reads {read_extensions()})")
        return
    try:
        data = _read_file(path, max_bytes)
    except IngestError as exc:
        yield exc
        return
    if suffix == ".json":
        yield from _from_json(path, data, max_bytes)
    elif suffix in FEED_SUFFIXES:
        yield from _from_feed(source, data, "", allow_private)
    else:
        yield RawItem(source=source, doc=path.name, data=data, kind=_kind_of(suffix))


def record_item(record: object, where: str, default_doc: str, base: Path, max_bytes: int) -> RawItem:
    """One JSON record → RawItem; IngestError (with `where` as source) when it is unusable."""
    if not isinstance(record, dict):
        raise IngestError(where, f"record is a JSON {type(record).__name__}, not an object")
    meta: dict[str, str | None] = {}
    for name in _META_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise IngestError(where, f"field {name!r} must be a string, not {type(value).__name__}")
        meta[name] = value
    doc = meta.pop("doc") or default_doc
    for kind in ("text", "html"):
        if isinstance(record.get(kind), str):
            return RawItem(source=where, doc=doc, data=record[kind], kind=kind, **meta)
    if isinstance(record.get("path"), str):
        target = (base / record["path"]).resolve()
        data = _read_file(target, max_bytes)
        return RawItem(source=where, doc=record.get("doc") or target.name, data=data,
                       kind=_kind_of(target.suffix.lower()), **meta)
    raise IngestError(where, "record has no 'text', 'html' or 'path' string")


def _from_jsonl(path: Path, allow_private: bool, max_bytes: int) -> Iterator[RawItem | IngestError]:
    try:
        handle = path.open("rb")
    except PermissionError:
        yield IngestError(str(path), "permission denied")
        return
    except FileNotFoundError:
        yield IngestError(str(path), "broken symbolic link" if path.is_symlink() else "no such file or folder")
        return
    with handle:
        number = 0
        while True:
            # Bounded readline: one oversized line cannot fill memory.
            line = handle.readline(max_bytes + 1)
            if not line:
                break
            number += 1
            where = f"{path}:{number}"
            if len(line) > max_bytes:
                while line and not line.endswith(b"\n"):
                    line = handle.readline(max_bytes + 1)
                yield IngestError(where, f"JSON Lines line {number}: longer than {max_bytes:,} bytes")
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError:
                yield IngestError(where, f"JSON Lines line {number}: not UTF-8")
                continue
            except json.JSONDecodeError as exc:
                yield IngestError(where, f"JSON Lines line {number}: invalid JSON: {exc.msg} (column {exc.colno})")
                continue
            try:
                yield record_item(record, where, f"{path.name}#{number}", path.parent, max_bytes)
            except IngestError as exc:
                yield IngestError(where, f"JSON Lines line {number}: {exc.reason}")


def _from_json(path: Path, data: bytes, max_bytes: int) -> Iterator[RawItem | IngestError]:
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        yield IngestError(str(path), f"invalid JSON: {exc}")
        return
    records = value if isinstance(value, list) else [value]
    for index, record in enumerate(records, 1):
        where = f"{path}#{index}" if isinstance(value, list) else str(path)
        default_doc = f"{path.name}#{index}" if isinstance(value, list) else path.name
        try:
            yield record_item(record, where, default_doc, path.parent, max_bytes)
        except IngestError as exc:
            yield exc


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name.lower() == "charset" and value:
            return value.strip('"\' ')
    return None


def _from_url(url: str, allow_private: bool, feeds: bool = True) -> Iterator[RawItem | IngestError]:
    """The page at `url`, or the pages a feed at `url` links to (`feeds=False`: a feed's own items)."""
    try:
        body, content_type, final = fetch_url(url, allow_private=allow_private, max_bytes=PAGE_MAX_BYTES)
    except IngestError as exc:
        yield exc
        return
    media = content_type.split(";")[0].strip().lower()
    is_feed = media in ("application/rss+xml", "application/atom+xml") \
        or (media not in ("text/html", "text/plain") and looks_like_feed(body))
    if feeds and is_feed:
        yield from _from_feed(url, body, final, allow_private)
        return
    kind = "text" if media == "text/plain" else "html"
    yield RawItem(source=url, doc=url, data=body, kind=kind, url=final, charset=_charset(content_type))


def _from_feed(source: str, data: bytes, base_url: str, allow_private: bool) -> Iterator[RawItem | IngestError]:
    try:
        entries = parse_feed(data, base_url)
    except ValueError as exc:
        yield IngestError(source, f"not a feed: {exc}")
        return
    for entry in entries:
        for item in _from_url(entry.link, allow_private, feeds=False):
            if isinstance(item, RawItem):
                item.published = item.published or entry.published
                item.title = item.title or entry.title
                item.source = f"{source} → {entry.link}"
            yield item
