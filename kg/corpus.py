"""Extraction of large corpora: worker processes, a Dask cluster, a progress bar.

:func:`iter_extractions` turns a stream of articles into a stream of
:class:`~kg.records.Extraction` records, in input order, using every core:

* ``engine="local"`` (the default) starts ``processes`` worker processes
  (``os.cpu_count()`` by default). Each loads the extractors once and
  receives chunks of ``chunk_size`` articles; what crosses the process
  boundary is plain records (articles in, extractions out), never spaCy
  ``Doc`` objects, so the cost of talking to workers is small next to the
  cost of extracting. Inputs of one chunk or less are extracted in this
  process, since starting workers would take longer than the work.
* ``engine="dask"`` sends the chunks to the workers of an existing Dask
  distributed cluster (``scheduler="tcp://host:8786"``), or of a
  ``LocalCluster`` started for the run when ``scheduler`` is ``None`` or
  ``"local"``. Each Dask worker process loads the extractors once.

Only a few chunks are in flight at a time (twice the number of workers), so
memory does not grow with the corpus: the input is read as it is needed and
the output is consumed as it comes.

:func:`build_store` streams a corpus into a graph store with
:meth:`kg.store.Store.add` in its ``stream=True`` mode; see the store's
docstring for what streaming resolves and what it leaves to a full
re-resolve.

>>> from kg.records import Article
>>> empty = Article(id="a", text="", lang="en", source="a", blocks=())
>>> [type(x).__name__ for x in iter_extractions([empty], processes=1, progress=False)]
['Extraction']
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence

from kg.errors import ExtractError, IngestError, KGError
from kg.records import Article, Extraction

ENGINES = ("local", "dask")
DASK_HINT = 'install it with: pip install "kg[dask]"'
CONNECT_TIMEOUT = "10s"  # how long to try to reach a Dask scheduler

Item = Article | Extraction | IngestError


def iter_extractions(
    articles: Iterable[Item],
    *,
    processes: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    progress: bool = True,
    chunk_size: int = 8,
    total: int | None = None,
    prefetch: int | None = None,
) -> Iterator[Extraction | IngestError]:
    """Extract each article, in parallel, and yield the results in input order.

    Args:
        articles: :class:`~kg.records.Article` values. ``Extraction`` and
            :class:`~kg.errors.IngestError` values may be mixed in (as
            :func:`kg.ingest.iter_articles` yields errors); they are passed
            through in place.
        processes: worker processes for ``engine="local"`` (default: every
            core), or workers of the ``LocalCluster`` that ``engine="dask"``
            starts when no scheduler is given. ``1`` extracts in this process.
        engine: ``"local"`` (worker processes on this machine) or ``"dask"``.
        scheduler: with ``engine="dask"``, the address of a running Dask
            scheduler (``tcp://host:8786``); ``None`` or ``"local"`` starts
            a ``LocalCluster`` for the run.
        progress: show a progress bar on standard error (only when it is a
            terminal).
        chunk_size: articles sent to a worker at a time.
        total: the number of articles, when known, for the progress bar
            (taken from ``len(articles)`` when it has one).
        prefetch: with ``engine="local"``, how many articles the workers may
            extract ahead of the caller (default: two chunks per worker).
            A caller that stops to work on a batch of results (a store
            commit) should allow at least that batch, or the workers wait.

    Yields:
        An ``Extraction`` per article, or an ``IngestError`` for an input
        that could not be read or whose language has no extractor.

    Raises:
        UsageError: ``engine`` is unknown or ``processes`` is below 1.
        ExtractError: Dask is not installed or the scheduler cannot be reached.
    """
    from kg.errors import UsageError

    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r} (valid: {', '.join(ENGINES)})")
    if processes is not None and processes < 1:
        raise UsageError(f"processes must be 1 or more, not {processes}")
    if chunk_size < 1:
        raise UsageError(f"chunk_size must be 1 or more, not {chunk_size}")
    if total is None and isinstance(articles, Sequence):
        total = len(articles)
    chunks = _chunks(_checked(articles), chunk_size)
    if engine == "dask":
        results = _run_dask(chunks, scheduler=scheduler, workers=processes)
    else:
        processes = processes or os.cpu_count() or 1
        window = max(2 * processes, -(-(prefetch or 0) // chunk_size) + processes)
        results = _run_local(chunks, processes, window)
    bar = None
    try:
        for chunk in results:
            # The bar starts once the workers run: its monitor thread must not exist when they fork.
            bar = bar or progress_bar(total, enabled=progress)
            for item in chunk:
                yield item
                bar.update(1)
    finally:
        results.close()
        if bar is not None:
            bar.close()


def progress_bar(total: int | None = None, *, enabled: bool = True, stream=None):
    """A tqdm bar counting articles on standard error, silent unless it is a terminal.

    >>> bar = progress_bar(3, enabled=False)
    >>> bar.disable
    True
    """
    from tqdm import tqdm

    stream = stream if stream is not None else sys.stderr
    isatty = getattr(stream, "isatty", None)
    show = enabled and callable(isatty) and isatty()
    return tqdm(total=total, unit="article", desc="extract", file=stream, disable=not show, dynamic_ncols=True)


def build_store(
    store,
    paths: Sequence[str],
    *,
    lang: str | None = None,
    published: str | None = None,
    processes: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    progress: bool = True,
    batch_size: int = 100,
):
    """Stream the articles of ``paths`` into ``store``, extracting only new or changed ones.

    Articles are read, extracted and committed a batch at a time
    (``batch_size`` articles per transaction), so memory stays flat however
    large the corpus; see :meth:`kg.store.Store.add` (``stream=True``).

    Args:
        store: an open, writable :class:`kg.store.Store`.
        paths: files, directories or ``-``, as :func:`kg.ingest.iter_articles` reads them.
        lang, published: as for :func:`kg.ingest.iter_articles`.
        processes, engine, scheduler, progress: as for :func:`iter_extractions`.
        batch_size: articles per committed transaction.

    Returns:
        A :class:`kg.store.Change`; unreadable inputs are in ``errors``.
    """
    from kg.ingest import iter_articles

    errors: list[KGError] = []
    skipped: list[str] = []

    def todo() -> Iterator[Item]:
        for item in iter_articles(list(paths), lang=lang, published=published):
            if isinstance(item, Article) and store.has_article(item):
                skipped.append(item.id)  # stored with this content: not extracted again
                continue
            yield item

    def extractions() -> Iterator[Extraction]:
        # The workers go on extracting while this process commits a batch. A
        # quarter batch ahead keeps two Korean workers busy through a commit
        # (measured in bench/bench_corpus.py); more would only hold memory.
        for item in iter_extractions(todo(), processes=processes, engine=engine, scheduler=scheduler,
                                     progress=progress, total=_count_inputs(paths), prefetch=batch_size // 4):
            if isinstance(item, KGError):
                errors.append(item)
            else:
                yield item

    change = store.add(extractions(), batch_size=batch_size, stream=True)
    change.unchanged[:0] = skipped
    change.errors[:0] = errors
    return change


# -- local worker processes --------------------------------------------------------


def _run_local(chunks: Iterator[list[Item]], processes: int, window: int) -> Iterator[list[Item]]:
    """Extract chunks on ``processes`` workers, at most ``window`` chunks ahead of the consumer."""
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    if processes == 1 or second is None:
        yield _extract_chunk(first)
        if second is not None:
            yield _extract_chunk(second)
            for chunk in chunks:
                yield _extract_chunk(chunk)
        return
    context = multiprocessing.get_context(_start_method())
    with context.Pool(processes, initializer=_init_worker) as pool:
        pending: deque = deque()
        source = iter([first, second])
        for chunk in _chain(source, chunks):
            pending.append((chunk, pool.apply_async(_extract_articles, (_articles_of(chunk),))))
            if len(pending) >= window:
                yield _merge(*_ready(pending.popleft()))
        while pending:
            yield _merge(*_ready(pending.popleft()))


def _start_method() -> str:
    """``fork`` when this process has no other thread, else ``forkserver`` (or ``spawn``).

    Forked workers start at once, share the models this process has already
    loaded and need no ``if __name__ == "__main__"`` guard in the caller's
    script. Forking a process with threads (a Dask client, a server) can copy
    a lock that a thread holds and hang the worker, so then workers start
    from a clean process instead.
    """
    methods = multiprocessing.get_all_start_methods()
    # tqdm's monitor thread only ever holds tqdm's own lock, which workers never take.
    others = [t for t in threading.enumerate() if t is not threading.main_thread() and t.name != "tqdm_monitor"]
    if "fork" in methods and not others:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def _init_worker() -> None:
    from kg.extract import languages

    languages()  # import the extractor modules once; models load on first use


def _ready(entry):
    chunk, result = entry
    return chunk, result.get()


def _chain(*iterators):
    for it in iterators:
        yield from it


# -- Dask ---------------------------------------------------------------------------


_WORKER_LOCK = threading.Lock()


def _extract_on_worker(articles: list[Article]) -> list[Extraction]:
    # Extractors are cached per process by kg.extract.get_extractor; the lock
    # keeps the threads of one Dask worker from sharing a spaCy pipeline.
    with _WORKER_LOCK:
        return _extract_articles(articles)


def _run_dask(chunks: Iterator[list[Item]], *, scheduler: str | None, workers: int | None) -> Iterator[list[Item]]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ExtractError(f"the dask engine needs dask and distributed ({exc}); {DASK_HINT}") from exc
    cluster = None
    try:
        if scheduler in (None, "local"):
            cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                                   dashboard_address=None)
            client = Client(cluster)
        else:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise ExtractError(f"cannot reach the Dask scheduler {scheduler!r} ({exc}); start one with "
                           f"`dask scheduler` and workers with `dask worker ADDRESS --nthreads 1`, "
                           f"or give --engine local") from exc
    try:
        slots = max(1, sum(client.nthreads().values()))
        pending: deque = deque()
        for chunk in chunks:
            future = client.submit(_extract_on_worker, _articles_of(chunk), pure=False)
            pending.append((chunk, future))
            if len(pending) >= 2 * slots:
                chunk, future = pending.popleft()
                yield _merge(chunk, future.result())
        while pending:
            chunk, future = pending.popleft()
            yield _merge(chunk, future.result())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# -- chunks -----------------------------------------------------------------------


def _checked(items: Iterable[Item]) -> Iterator[Item]:
    """Articles in a language with no extractor become IngestErrors here, before any worker sees them."""
    from kg.extract import languages

    known = None
    for item in items:
        if isinstance(item, Article):
            known = known or languages()
            if item.lang not in known:
                item = IngestError(item.source, f"no extractor for language {item.lang!r} "
                                                f"(available: {', '.join(known)}); pass --lang to override")
        yield item


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    n_articles = 0
    for item in items:
        chunk.append(item)
        n_articles += isinstance(item, Article)
        if n_articles >= size:
            yield chunk
            chunk, n_articles = [], 0
    if chunk:
        yield chunk


def _articles_of(chunk: list[Item]) -> list[Article]:
    return [x for x in chunk if isinstance(x, Article)]


def _merge(chunk: list[Item], extracted: list[Extraction]) -> list[Extraction | IngestError]:
    """The chunk with each article replaced by its extraction (the rest stays in place)."""
    it = iter(extracted)
    return [next(it) if isinstance(x, Article) else x for x in chunk]


def _extract_chunk(chunk: list[Item]) -> list[Extraction | IngestError]:
    return _merge(chunk, _extract_articles(_articles_of(chunk)))


def _extract_articles(articles: list[Article]) -> list[Extraction]:
    """Extract articles of supported languages, grouped by language, in their order."""
    from kg.extract import get_extractor

    by_lang: dict[str, list[int]] = {}
    for i, a in enumerate(articles):
        by_lang.setdefault(a.lang, []).append(i)
    out: list[Extraction | None] = [None] * len(articles)
    for lang, idx in sorted(by_lang.items()):
        extractor = get_extractor(lang)
        many = getattr(extractor, "extract_many", None)
        batch = [articles[i] for i in idx]
        for i, ex in zip(idx, many(batch) if many else (extractor.extract(a) for a in batch)):
            out[i] = ex
    return out  # type: ignore[return-value]


def _count_inputs(paths: Sequence[str]) -> int | None:
    """The number of input files, when every input is a text or HTML file (a JSON Lines file holds many)."""
    from kg.ingest import _walk

    n = 0
    for p in paths:
        files = _walk(p) if os.path.isdir(p) else [p]
        if p == "-" or any(f.lower().endswith(".jsonl") for f in files):
            return None
        n += len(files)
    return n


__all__ = ["DASK_HINT", "ENGINES", "build_store", "iter_extractions", "progress_bar"]
