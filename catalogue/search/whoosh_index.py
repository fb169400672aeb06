"""The Whoosh index on disk: schema, opening, rebuilding and safe concurrent updates.

Layout under <instance>/search-index: `whoosh/` (the index), `write.lock` (one
writer at a time across processes) and `pending/` (ids waiting to be indexed).
A change is first written to pending/, then whoever holds the lock drains every
pending file, reading the products from the database while holding it: the last
writer always indexes the latest committed state and no update is lost when
several workers commit at once.
"""

import fcntl
import logging
import os
import shutil
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from whoosh import columns, fields, formats, index
from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer
from whoosh.codec.whoosh3 import W3Codec
from whoosh.support.charset import accent_map
from whoosh.writing import CLEAR

from catalogue.search.base import log_failure
from catalogue.search.documents import Document, documents
from catalogue.search.text import WORD, fold, lower_nfc, words

log = logging.getLogger(__name__)
INDEX_NAME = "catalogue"
SCHEMA_VERSION = 1
LOCK_TIMEOUT = 30.0


class NFCTokenizer(RegexTokenizer):
    """RegexTokenizer on NFC text (decomposed input would split words at accents)."""

    def __call__(self, value, **kwargs):
        return super().__call__(unicodedata.normalize("NFC", value), **kwargs)


def fold_analyzer():
    """NFC, word tokens (keeps `an` and one-letter words), lower case, no accents."""
    return NFCTokenizer(r"\w+") | LowercaseFilter() | CharsetFilter(accent_map)


class ListCodec(W3Codec):
    """Whoosh's codec without per-posting length statistics.

    Nothing here is scored by Whoosh (ranking is done on sets, see base.py), and
    the length lookups cost one file-system call per posting when building.
    """

    length_stats = False

    def __init__(self, blocklimit=1024, compression=3, inlinelimit=1):
        # Big posting blocks: postings are only ever read whole, never skipped.
        super().__init__(blocklimit, compression, inlinelimit)


def _words_field(analyzer) -> fields.TEXT:
    # Existence postings: which documents hold a word, nothing more.
    field = fields.TEXT(analyzer=analyzer, phrase=False)
    field.format = formats.Existence()
    field.scorable = False
    return field


def schema() -> fields.Schema:
    """Folded word fields for matching, columns for facets and ranking."""
    return fields.Schema(
        key=fields.ID(unique=True),
        names=_words_field(fold_analyzer()),
        name_exact=_words_field(NFCTokenizer(r"\w+") | LowercaseFilter()),
        about=_words_field(fold_analyzer()),
        body=_words_field(fold_analyzer()),
        label=fields.STORED(),
        product=fields.COLUMN(columns.NumericColumn("I")),
        stars=fields.COLUMN(columns.NumericColumn("B")),
        group=fields.COLUMN(columns.NumericColumn("I")),
        commune=fields.COLUMN(columns.NumericColumn("I")),
        name_len=fields.COLUMN(columns.NumericColumn("H")),
        until=fields.COLUMN(columns.NumericColumn("I")),
    )


def fields_for(doc: Document) -> dict:
    """A product as Whoosh fields; word fields get lists of folded words."""
    about = "\n".join((doc.producer, doc.commune, doc.group, doc.standards, doc.codes))
    # Only words with diacritics: the exact tier counts words typed with them.
    exact = {w for w in WORD.findall(lower_nfc(doc.names)) if fold(w) != w}
    return {
        "key": str(doc.id),
        "names": sorted(set(words(doc.names))),
        "name_exact": sorted(exact),
        "about": sorted(set(words(about))),
        "body": sorted(set(words(f"{doc.summary}\n{doc.story}"))),
        "label": (doc.slug, doc.name_vi, doc.name_en),
        "product": doc.id,
        "stars": doc.stars,
        "group": doc.group_id,
        "commune": doc.commune_id,
        "name_len": min(len(doc.name_vi), 65535),
        "until": doc.stars_until.toordinal() if doc.stars_until else 0,
    }


class IndexStore:
    """The index folder of one instance."""

    def __init__(self, root: str | Path):
        self.root = Path(root)
        self.path = self.root / "whoosh"
        self.pending = self.root / "pending"
        self.lock_path = self.root / "write.lock"

    def exists(self) -> bool:
        """True when an index of the current schema is on disk."""
        marker = self.path / f"schema-{SCHEMA_VERSION}"
        return marker.exists() and index.exists_in(str(self.path), INDEX_NAME)

    def open(self) -> index.Index:
        """Open the index (raises when it is missing or unreadable)."""
        return index.open_dir(str(self.path), indexname=INDEX_NAME)

    @contextmanager
    def locked(self, timeout: float = LOCK_TIMEOUT):
        """Hold the cross-process write lock (raises TimeoutError when busy)."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + timeout
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise TimeoutError("search index is busy") from None
                    time.sleep(0.02)
            yield
        finally:
            os.close(fd)  # closing releases the lock

    def queue(self, ids: Iterable[int]) -> None:
        """Record product ids to (re)index, durably, before trying to index them."""
        self.pending.mkdir(parents=True, exist_ok=True)
        name = self.pending / f"{uuid.uuid4().hex}.ids"
        tmp = name.with_suffix(".tmp")
        tmp.write_text("\n".join(str(i) for i in sorted(set(ids))))
        os.replace(tmp, name)

    def has_pending(self) -> bool:
        """True when some ids wait to be indexed."""
        return self.pending.is_dir() and any(self.pending.glob("*.ids"))

    def drain(self, engine: Engine, timeout: float = LOCK_TIMEOUT) -> int:
        """Index every pending id under the lock; returns how many were applied."""
        with self.locked(timeout):
            if not self.exists():
                return 0  # a rebuild will read everything anyway
            return self._apply_pending(engine)

    def _apply_pending(self, engine: Engine) -> int:
        """Apply queued ids until none are left (the caller holds the lock)."""
        applied = 0
        while True:
            files = sorted(self.pending.glob("*.ids")) if self.pending.is_dir() else []
            if not files:
                return applied
            ids = set()
            for path in files:
                ids.update(int(x) for x in path.read_text().split() if x.isdigit())
            self._write(engine, ids)
            for path in files:
                path.unlink(missing_ok=True)
            applied += len(ids)

    def _write(self, engine: Engine, ids: set[int]) -> None:
        ix = self.open()
        writer = ix.writer(codec=ListCodec(), timeout=LOCK_TIMEOUT)
        try:
            for product_id in ids:
                writer.delete_by_term("key", str(product_id))
            with engine.connect() as conn:
                for doc in documents(conn, ids):
                    writer.add_document(**fields_for(doc))
        except BaseException:
            writer.cancel()
            raise
        writer.commit()

    def rebuild(
        self, engine: Engine, progress: Callable[[int], None] | None = None
    ) -> int:
        """Build the whole index afresh (old one stays readable until the commit)."""
        with self.locked(timeout=max(LOCK_TIMEOUT, 600)):
            ix = self._fresh_or_existing()
            writer = ix.writer(codec=ListCodec(), limitmb=256, timeout=LOCK_TIMEOUT)
            count = 0
            try:
                with engine.connect() as conn:
                    for doc in documents(conn):
                        writer.add_document(**fields_for(doc))
                        count += 1
                        if progress and count % 500 == 0:
                            progress(500)
            except BaseException:
                writer.cancel()
                raise
            writer.commit(mergetype=CLEAR)
            if progress:
                progress(count % 500)
            (self.path / f"schema-{SCHEMA_VERSION}").touch()
            # Changes queued meanwhile were read before or after our snapshot:
            # index them again while the lock is still ours.
            self._apply_pending(engine)
        log.info("search index rebuilt: %d products", count)
        return count

    def _fresh_or_existing(self) -> index.Index:
        """The current index when healthy, else an empty one in a cleared folder."""
        if self.exists():
            try:
                ix = self.open()
                with ix.searcher() as searcher:
                    searcher.doc_count()
                return ix
            except Exception:  # noqa: BLE001 - any damage means start over
                log_failure(
                    log, "search index unreadable; recreating it", logging.WARNING
                )
        shutil.rmtree(self.path, ignore_errors=True)
        self.path.mkdir(parents=True)
        return index.create_in(str(self.path), schema(), indexname=INDEX_NAME)

    def size_bytes(self) -> int:
        """Bytes on disk (for benchmarks)."""
        return sum(p.stat().st_size for p in self.path.glob("*") if p.is_file())
