"""The embedded engine: Whoosh index in the instance folder, ranked on sets."""

import logging
import threading
import time
from collections.abc import Callable, Iterable

from catalogue.models.base import today
from catalogue.search.base import (
    Criteria,
    SearchUnavailable,
    Suggestion,
    log_failure,
    pick_corrections,
)
from catalogue.search.text import ParsedQuery
from catalogue.search.whoosh_index import SCHEMA_VERSION, IndexStore
from catalogue.search.whoosh_query import Search, suggest
from catalogue.search.whoosh_snapshot import Snapshot

log = logging.getLogger(__name__)
PENDING_CHECK_SECONDS = 5.0
INDEX_WAIT_SECONDS = 3.0


class WhooshEngine:
    """Search over a Whoosh index that follows the database."""

    name = "whoosh"
    follows_sessions = True

    def __init__(self, root, engine_getter: Callable, sync_rebuild_max: int = 5000):
        self.store = IndexStore(root)
        self._db_engine = engine_getter
        self.sync_rebuild_max = sync_rebuild_max
        self._snapshot: Snapshot | None = None
        self._arrays: dict = {}
        self._lock = threading.RLock()
        self._rebuilding: threading.Thread | None = None
        self._pending_checked = 0.0

    # Keeping the index in step

    def index(self, ids: Iterable[int]) -> None:
        """(Re)index these products after a commit (unpublished ones are removed)."""
        ids = set(ids)
        if not ids:
            return
        self.store.queue(ids)
        if not self.store.exists():
            return  # the next search builds the whole index
        try:
            # Whoever holds the lock applies queued ids before letting go, so
            # waiting briefly is enough; a search catches up with any leftover.
            self.store.drain(self._db_engine(), timeout=INDEX_WAIT_SECONDS)
        except TimeoutError:
            log.info("search index busy; %d ids stay queued", len(ids))

    def rebuild(self, progress=None) -> int:
        """Rebuild the whole index from the database."""
        count = self.store.rebuild(self._db_engine(), progress)
        self.reset()
        return count

    def reset(self) -> None:
        """Forget the open searcher (the next search opens the latest index)."""
        with self._lock:
            if self._snapshot is not None:
                self._snapshot.close()
            self._snapshot = None
            self._arrays.clear()

    def healthy(self) -> bool:
        """True when the index exists and Whoosh can read it."""
        if not self.store.exists():
            return False
        try:
            with self.store.open().searcher() as searcher:
                searcher.doc_count()
            return True
        except Exception:  # noqa: BLE001 - any failure means unhealthy
            log_failure(log, "search index unreadable", logging.WARNING)
            return False

    def ensure(self, published_count: Callable[[], int], app=None) -> bool:
        """Build a missing or broken index: now when small, else in the background."""
        if self._rebuilding is not None and self._rebuilding.is_alive():
            return False
        if published_count() <= self.sync_rebuild_max:
            try:
                self.rebuild()
                return True
            except TimeoutError:
                return False  # another process is building it
        if app is not None:
            self._rebuilding = threading.Thread(
                target=self._background_rebuild, args=(app,), daemon=True
            )
            self._rebuilding.start()
        return False

    def _background_rebuild(self, app) -> None:
        with app.app_context():
            try:
                self.rebuild()
            except TimeoutError:
                log.info("search index rebuild already running elsewhere")
            except Exception:  # noqa: BLE001 - logged; search keeps its fallback
                log_failure(log, "search index rebuild failed")

    def wait(self, timeout: float | None = None) -> None:
        """Wait for a background rebuild (tests, CLI)."""
        if self._rebuilding is not None:
            self._rebuilding.join(timeout)

    # Reading

    def _marker(self) -> tuple:
        stat = (self.store.path / f"schema-{SCHEMA_VERSION}").stat()
        return (stat.st_ino, stat.st_mtime_ns)

    def _current(self) -> Snapshot:
        """The process's snapshot, refreshed when the index or the day changed."""
        snap = self._snapshot
        on = today()
        try:
            marker = self._marker()
        except FileNotFoundError:
            raise SearchUnavailable("no search index") from None
        if snap is not None and snap.marker == marker and snap.day == on:
            if snap.searcher.up_to_date():
                self._drain_stale()
                return snap
            searcher = snap.searcher.refresh()
        else:
            if snap is not None:
                snap.close()
                self._arrays.clear()
            searcher = self.store.open().searcher()
        self._snapshot = Snapshot(searcher, marker, self._arrays, on)
        if self._snapshot.expired:
            # Certificates that expired since indexing: index those products again.
            self.store.queue(self._snapshot.product[d] for d in self._snapshot.expired)
        return self._snapshot

    def _drain_stale(self) -> None:
        """Apply ids left queued by a writer that gave up (checked now and then)."""
        now = time.monotonic()
        if now - self._pending_checked < PENDING_CHECK_SECONDS:
            return
        self._pending_checked = now
        if self.store.has_pending():
            try:
                self.store.drain(self._db_engine(), timeout=0)
            except TimeoutError:
                pass

    def search(self, q: ParsedQuery, criteria: Criteria, offset: int, limit: int):
        """A page of matching published products, with facets."""
        with self._lock:
            snap = self._current()
            return Search(snap, q, criteria).run(offset, limit)

    def suggest(self, q: ParsedQuery, limit: int) -> list[Suggestion]:
        """Products whose name starts with what was typed, best first."""
        with self._lock:
            snap = self._current()
            return suggest(snap, q, limit)

    def nearest(self, q: ParsedQuery) -> list[str]:
        """The query with unknown words replaced by the closest indexed ones."""
        with self._lock:
            snap = self._current()
            out = []
            for term in q.terms:
                if snap.has_word(term) or len(term) < 3:
                    out.append(term)
                    continue
                fixes = pick_corrections(term, snap.near_words(term, 2), limit=2)
                if fixes:
                    out.append(fixes[0])  # words nothing is near are left out
            return [" ".join(out)]

    def size_bytes(self) -> int:
        """Index size on disk."""
        return self.store.size_bytes()


__all__ = ["WhooshEngine"]
