"""An on-disk graph store: articles come and go, the graph stays resolved.

A store is a directory::

    STORE/kg-store.json        marks the directory as a kg store (format, version)
    STORE/oxigraph/            the quads, in a pyoxigraph (RocksDB) store
    STORE/extractions/*.json   each stored article's Extraction, as JSON

**Named graphs.** Every article is its own named graph, named by the
article's IRI from :func:`kg.graph.article_iri` (the start of its content
hash). It holds the triples that only that article can say: the article
node (headline, source path, hash, date), its ``schema:mentions``, the
reified provenance record of each fact it supports (evidence sentence,
offsets, extractor, ``prov:wasDerivedFrom`` the article) and its
``kg:Visit`` events. What resolution *concludes* from all articles together
(entity types, labels and aliases, the direct ``s p o`` fact triples,
offices) is in one shared graph, ``id:graph/entities``; the ontology is in
``id:graph/ontology``. Queries see the union of all named graphs as their
default graph.

The shared graph exists because pyoxigraph's union default graph does not
remove duplicates: if each article graph repeated the labels of every
entity it mentions, ``SELECT ?l { ?e rdfs:label ?l }`` would answer once per
article. Split this way, no triple lives in two graphs, and the union of
the store is exactly the graph :func:`kg.pipeline.build` makes from the same
articles.

**Changes.** Adding, editing or removing articles re-runs
:func:`kg.resolve.resolve` over every stored article's cached Extraction
(so only new or changed articles are extracted) and
:func:`kg.graph.build_graph` over the result, splits the triples into the
graphs above, compares each with what is stored and writes only the
differences, in one SPARQL Update, which pyoxigraph applies as one
transaction. Entity IRIs follow resolution (a new article can change an
entity's preferred label), so article graphs other than the added one may
change too; that is what keeps resolution consistent as articles come and
go. Re-adding an unchanged article changes nothing. An article is known by
its ``id`` (the file path for files, the record id for JSON Lines); an
article with a known id and new content replaces the old version.

**Crashes.** What the store holds is always the result of complete
transactions: extraction caches are written (atomically, with
:func:`kg.io.atomic_write`) before the transaction that uses them, and
cache files no stored article uses are deleted only after it. Large inputs
are committed in batches, so a failure mid-build keeps every batch before
it. Which articles are stored is read from the store itself (its article
graphs and their ``kg:sourcePath``), never from a separate index that
could disagree with it.

**Cost.** Each commit re-resolves every stored article and compares every
stored triple, so a commit takes time in proportion to the whole store
(about a second per hundred thousand triples); batch many articles into one
``add_articles`` call rather than adding them one at a time.

**Streaming.** ``add(..., stream=True)`` (what ``kg build --store`` and
:func:`kg.corpus.build_store` use) is for corpora too large to re-resolve
at every commit. Each batch is resolved on its own, and its entities are
matched to the entities already stored through an index read once from the
shared entity graph (the hash of the entity key that ends every entity IRI,
and the folded ``rdfs:label`` of each entity, within its kind). A matched
entity keeps its stored IRI, type and preferred labels; the batch's other
names for it become ``skos:altLabel``. Only the batch's new triples are
inserted, one transaction per batch, and nothing stored is rewritten, so
time and memory per batch do not depend on the size of the store (the
index holds a few strings per entity, never extractions). What streaming
gives up is the global view of a full re-resolve: an entity's preferred
label is the one it was first stored with rather than the most frequent
one; two stored entities that a later article shows to be one (an alias,
a cross-language link) stay two; and a new batch matches stored entities
by preferred label and key, not by every alias. The first batch into an
empty store, and any batch that edits a stored article, take the full
path above; a full re-resolve (an edit or ``kg remove``) rewrites the
store to exactly what :func:`kg.pipeline.build` makes.

>>> import tempfile
>>> with open_store(tempfile.mkdtemp()) as st:
...     len(st), st.articles()
(0, [])
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from kg.errors import KGError, QueryError, UsageError
from kg.records import Article, Extraction, Mention, Relation, Sentence
from kg.vocab import ENTITY_BASE, KG, SCHEMA

MARKER = "kg-store.json"
FORMAT_VERSION = 1
ENTITIES_GRAPH = f"{ENTITY_BASE}graph/entities"
ONTOLOGY_GRAPH = f"{ENTITY_BASE}graph/ontology"
ARTICLE_GRAPH_PREFIX = f"{ENTITY_BASE}article/"

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


class StoreError(KGError):
    """A store directory cannot be opened, read or changed (names the directory)."""


@dataclass(frozen=True)
class StoredArticle:
    """One article in a store: its graph IRI, content hash, id and source path."""

    iri: str
    content_hash: str
    id: str
    source: str


@dataclass
class Change:
    """What one ``add_articles`` or ``remove_article`` call did.

    ``added``, ``replaced``, ``unchanged`` and ``removed`` list article ids;
    ``graphs_changed`` counts the named graphs written; ``errors`` are the
    inputs that could not be read or extracted (the rest were stored).
    """

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    graphs_changed: int = 0
    quads_added: int = 0
    quads_removed: int = 0
    errors: list[KGError] = field(default_factory=list)

    def summary(self) -> str:
        """A one-line account for the command line.

        >>> Change(added=["a"], unchanged=["b"]).summary()
        '1 added, 0 replaced, 1 unchanged, 0 removed; 0 graphs changed (+0/-0 quads)'
        """
        return (f"{len(self.added)} added, {len(self.replaced)} replaced, {len(self.unchanged)} unchanged, "
                f"{len(self.removed)} removed; {self.graphs_changed} graphs changed "
                f"(+{self.quads_added}/-{self.quads_removed} quads)")


def is_store(path: str | os.PathLike) -> bool:
    """Whether ``path`` is a kg store directory (it has a ``kg-store.json``).

    >>> is_store("no/such/dir"), is_store(".")
    (False, False)
    """
    p = Path(path)
    return p.is_dir() and (p / MARKER).is_file()


class Store:
    """A kg store directory, open for reading (``read_only=True``) or writing.

    Use :func:`open_store` to open or create one. A store opened for writing
    holds a lock on the directory until :meth:`close` (or the end of a
    ``with`` block); read-only opens may run beside it.
    """

    def __init__(self, path: str | os.PathLike, *, read_only: bool = False, create: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        marker = self.path / MARKER
        if not marker.is_file():
            if not create:
                raise StoreError(f"{self.path}: not a kg store (no {MARKER}); create one with kg build --store")
            if self.path.exists() and any(self.path.iterdir()):
                raise StoreError(f"{self.path}: exists and is not empty; a new store needs an empty or new directory")
            from kg.io import atomic_write

            atomic_write(marker, json.dumps({"format": "kg-store", "version": FORMAT_VERSION}) + "\n")
        else:
            try:
                meta = json.loads(marker.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise StoreError(f"{marker}: unreadable store marker: {exc}") from exc
            if meta.get("version") != FORMAT_VERSION:
                raise StoreError(f"{self.path}: store format version {meta.get('version')!r}, "
                                 f"this kg reads version {FORMAT_VERSION}; rebuild the store")
        if not read_only:
            (self.path / "extractions").mkdir(exist_ok=True)
        try:
            db = str(self.path / "oxigraph")
            self._ox = ox.Store.read_only(db) if read_only else ox.Store(db)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot open the store ({exc}); is another kg process writing it?") from exc
        # What streaming commits need, read from the store once and kept up to date.
        self._versions_cache: dict[str, str] | None = None
        self._index: _EntityIndex | None = None

    # -- plumbing ---------------------------------------------------------

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store`` (for queries; change it only through this class)."""
        return self._ox

    def close(self) -> None:
        """Flush and release the store (and its directory lock)."""
        if getattr(self, "_ox", None) is not None:
            if not self.read_only:
                self._ox.flush()
            self._ox = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __len__(self) -> int:
        return len(self._ox)

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")

    # -- what is stored ---------------------------------------------------

    def articles(self) -> list[StoredArticle]:
        """The stored articles, sorted by id."""
        live = self._live_extractions()
        return sorted((StoredArticle(iri, ex.article.content_hash, ex.article.id, ex.article.source)
                       for iri, exs in live.items() for ex in exs), key=lambda a: (a.id, a.iri))

    def _stored_sources(self) -> dict[str, set[str]]:
        """Article graph IRI -> the source paths its article node names."""
        found: dict[str, set[str]] = defaultdict(set)
        for q in self._ox.quads_for_pattern(None, ox.NamedNode(str(KG.sourcePath)), None, None):
            g = q.graph_name
            if isinstance(g, ox.NamedNode) and g.value.startswith(ARTICLE_GRAPH_PREFIX) and q.subject == g:
                found[g.value].add(q.object.value)
        return found

    def _live_extractions(self) -> dict[str, list[Extraction]]:
        """Article graph IRI -> the cached extractions of the articles stored in it."""
        stored = self._stored_sources()
        live: dict[str, list[Extraction]] = defaultdict(list)
        for path in sorted((self.path / "extractions").glob("*.json")):
            iri = ARTICLE_GRAPH_PREFIX + path.name[:16]
            if iri not in stored:
                continue
            ex = _read_extraction(path)
            if ex.article.source in stored[iri]:
                live[iri].append(ex)
        missing = [iri for iri in stored if iri not in live]
        if missing:
            raise StoreError(f"{self.path}: no cached extraction for stored article(s) {', '.join(missing[:5])}; "
                             f"the extractions/ folder was changed by hand. Remove and re-add those articles")
        return live

    # -- changes ----------------------------------------------------------

    def has_article(self, article: Article) -> bool:
        """Whether an article with this id and this content is stored (nothing is extracted or loaded)."""
        article = _with_hash(article)
        return self._versions().get(_digest(article.id)) == article.content_hash

    def add(self, items: Iterable[Article | Extraction], *, batch_size: int = 200, stream: bool = False) -> Change:
        """Add or update articles; see :func:`add_articles`.

        ``items`` is consumed a batch at a time. With ``stream=True`` each
        batch is resolved against the stored entities instead of re-resolving
        the whole store (see the module docstring, *Streaming*).
        """
        self._writable()
        change = Change()
        add_batch = self._stream_batch if stream else self._add_batch
        batch: list[Article | Extraction] = []
        for item in items:
            batch.append(item)
            if len(batch) >= batch_size:
                add_batch(batch, change)
                batch = []
        if batch:
            add_batch(batch, change)
        return change

    def _versions(self) -> dict[str, str]:
        """Digest of each stored article id -> its content hash, from the cache file names alone."""
        if self._versions_cache is None:
            stored = set(self._stored_sources())
            versions: dict[str, str] = {}
            for path in (self.path / "extractions").glob("*.json"):
                if ARTICLE_GRAPH_PREFIX + path.name[:16] in stored:
                    content_hash, _, id_digest = path.stem.rpartition("-")
                    versions[id_digest] = content_hash
            self._versions_cache = versions
        return self._versions_cache

    def _stream_batch(self, batch: list[Article | Extraction], change: Change) -> None:
        versions = self._versions()
        fresh: dict[str, Article | Extraction] = {}
        unchanged: list[str] = []
        for item in batch:
            article = _with_hash(item.article if isinstance(item, Extraction) else item)
            old = versions.get(_digest(article.id))
            if old == article.content_hash:
                unchanged.append(article.id)
            elif old is not None:
                # An edit: the old version's facts must go, and which entities
                # they leave behind only a full re-resolve can tell.
                self._add_batch(batch, change)
                return
            else:
                fresh[article.id] = _with_article(item, article) if isinstance(item, Extraction) else article
        change.unchanged.extend(unchanged)
        ready = [item for item in fresh.values() if isinstance(item, Extraction)]
        todo = []
        for item in fresh.values():
            if isinstance(item, Article):
                cached = self._cache_path(item)
                if cached.is_file() and (ex := _read_extraction(cached)).article == item:
                    ready.append(ex)
                else:
                    todo.append(item)
        ready = self._extract_and_cache(ready, todo, change)
        if not ready:
            return
        if not versions:
            self._commit(ready, change)  # nothing stored to match: the full path, ontology included
        else:
            self._commit_increment(ready, change)
        versions = self._versions()
        for ex in ready:
            versions[_digest(ex.article.id)] = ex.article.content_hash
            change.added.append(ex.article.id)

    def _extract_and_cache(self, ready: list[Extraction], todo: list[Article], change: Change) -> list[Extraction]:
        """``ready`` plus the extractions of ``todo``, each written to the cache before any commit uses it."""
        if todo:
            from kg.pipeline import extract_articles

            extracted = extract_articles(todo)
            ready = ready + extracted.extractions
            change.errors.extend(extracted.errors)
        from kg.io import atomic_write, flush_to_disk

        # Each file is whole (written aside, then renamed); all are made
        # durable in one flush, before any commit refers to them.
        flush_to_disk([atomic_write(self._cache_path(ex.article), json.dumps(asdict(ex), ensure_ascii=False),
                                    durable=False) for ex in ready])
        return ready

    def _entity_index(self) -> _EntityIndex:
        if self._index is None:
            self._index = _EntityIndex.read(self._ox)
        return self._index

    def _commit_increment(self, extractions: list[Extraction], change: Change) -> None:
        """Insert the graph of new articles, their entities matched to the stored ones, in one transaction."""
        from kg.graph import build_graph, entity_iri
        from kg.resolve import resolve

        index = self._entity_index()
        extractions = sorted(extractions, key=lambda ex: (ex.article.id, ex.article.content_hash))
        resolution = resolve(extractions)
        rename: dict[str, str] = {}
        final: dict[str, tuple] = {}
        for e in resolution.entities:
            minted = str(entity_iri(e))
            stored = index.find(e, minted)
            if stored is not None and stored != minted:
                rename[minted] = stored
            final[rename.get(minted, minted)] = (e, minted)
        desired = _split(build_graph(resolution, include_ontology=False), rename, ontology=False)
        desired[ENTITIES_GRAPH] = self._merge_descriptions(desired.get(ENTITIES_GRAPH, set()))
        ops = []
        for name, triples in desired.items():
            graph = ox.NamedNode(name)
            new = [t for t in triples if ox.Quad(t.subject, t.predicate, t.object, graph) not in self._ox]
            if new:
                ops.append(_insert(name, new))
                change.graphs_changed += 1
                change.quads_added += len(new)
        if ops:
            self._apply(" ;\n".join(ops))
        for iri, (e, minted) in final.items():
            index.add(iri, e.type, [text for text, _ in e.labels], suffix=minted.rsplit("-", 1)[-1])

    def _merge_descriptions(self, triples: set[ox.Triple]) -> set[ox.Triple]:
        """The batch's entity triples, with stored entities keeping their type and preferred labels."""
        entities = ox.NamedNode(ENTITIES_GRAPH)
        rdf_type, label, alt = (ox.NamedNode(str(p)) for p in (rdflib.RDF.type, rdflib.RDFS.label, SKOS.altLabel))
        out: set[ox.Triple] = set()
        taken: dict[tuple, str] = {}  # (entity, language) -> preferred label, stored or given by this batch
        described = sorted((t for t in triples if t.predicate in (rdf_type, label, alt)), key=str)
        for t in triples:
            if t.predicate not in (rdf_type, label, alt):
                out.add(t)
        for t in described:
            s = t.subject
            stored_type = next(self._ox.quads_for_pattern(s, rdf_type, None, entities), None)
            if stored_type is None:
                out.add(t)  # a new entity: all of it is new
                continue
            if t.predicate == rdf_type:
                continue
            if ox.Quad(s, label, t.object, entities) in self._ox:
                continue
            if t.predicate == label:
                lang = t.object.language
                key = (s, lang)
                if key not in taken:
                    given = next((q.object.value for q in self._ox.quads_for_pattern(s, label, None, entities)
                                  if q.object.language == lang), None)
                    taken[key] = given if given is not None else t.object.value
                if taken[key] != t.object.value:
                    t = ox.Triple(s, alt, t.object)
            out.add(t)
        return out

    def _add_batch(self, batch: list[Article | Extraction], change: Change) -> None:
        live = self._live_extractions()
        by_id = {ex.article.id: ex for exs in live.values() for ex in exs}
        todo: list[Article] = []
        ready: list[Extraction] = []
        for item in batch:
            article = item.article if isinstance(item, Extraction) else item
            article = _with_hash(article)
            old = by_id.get(article.id)
            if old is not None and old.article == article:
                change.unchanged.append(article.id)
                continue
            cached = self._cache_path(article)
            if isinstance(item, Extraction):
                ready.append(_with_article(item, article))
            elif cached.is_file() and _read_extraction(cached).article == article:
                ready.append(_read_extraction(cached))
            else:
                todo.append(article)
        ready = self._extract_and_cache(ready, todo, change)
        if not ready:
            return
        for ex in ready:
            by_id_before = by_id.get(ex.article.id)
            (change.replaced if by_id_before is not None else change.added).append(ex.article.id)
            by_id[ex.article.id] = ex
        self._commit(list(by_id.values()), change)

    def remove(self, ref: str) -> Change:
        """Remove articles; see :func:`remove_article`."""
        self._writable()
        live = self._live_extractions()
        keep, gone = [], []
        for iri, exs in live.items():
            for ex in exs:
                a = ex.article
                hit = ref in (a.id, a.source, iri) or (len(ref) >= 8 and a.content_hash.startswith(ref))
                (gone if hit else keep).append(ex)
        if not gone:
            known = ", ".join(sorted({ex.article.id for exs in live.values() for ex in exs})[:10]) or "none"
            raise UsageError(f"No stored article {ref!r} (give its id, source path, IRI or content hash). "
                             f"Stored articles: {known}")
        change = Change(removed=sorted(ex.article.id for ex in gone))
        self._commit(keep, change)
        return change

    def _cache_path(self, article: Article) -> Path:
        return self.path / "extractions" / f"{article.content_hash}-{_digest(article.id)}.json"

    def _commit(self, extractions: list[Extraction], change: Change) -> None:
        """Make the store hold exactly the graph of ``extractions``, in one transaction."""
        desired = _graphs_of(extractions)
        current_names = {g.value for g in self._ox.named_graphs() if isinstance(g, ox.NamedNode)}
        ops: list[str] = []
        for name in sorted(current_names - set(desired)):
            ops.append(f"DROP SILENT GRAPH <{name}>")
            change.quads_removed += sum(1 for _ in self._ox.quads_for_pattern(None, None, None, ox.NamedNode(name)))
            change.graphs_changed += 1
        for name, triples in desired.items():
            graph = ox.NamedNode(name)
            stored = {q.triple for q in self._ox.quads_for_pattern(None, None, None, graph)}
            if name == ONTOLOGY_GRAPH:
                # Blank nodes get new ids at every parse: compare the rest and the count.
                same = len(stored) == len(triples) and _no_bnodes(stored) == _no_bnodes(triples)
                if not same:
                    ops.append(f"DROP SILENT GRAPH <{name}>")
                    ops.append(_insert(name, triples))
                    change.quads_removed += len(stored)
                    change.quads_added += len(triples)
                    change.graphs_changed += 1
                continue
            delete, insert = stored - triples, triples - stored
            if delete or insert:
                change.graphs_changed += 1
                change.quads_removed += len(delete)
                change.quads_added += len(insert)
            if delete:
                ops.append(f"DELETE DATA {{ GRAPH <{name}> {{ {_ntriples(delete)} }} }}")
            if insert:
                ops.append(_insert(name, insert))
        if ops:
            self._apply(" ;\n".join(ops))
        self._collect_garbage(extractions)
        self._versions_cache = self._index = None  # IRIs and labels may all have changed

    def _apply(self, update: str) -> None:
        try:
            self._ox.update(update)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"{self.path}: the change was not applied (nothing was written): {exc}") from exc

    def _collect_garbage(self, extractions: list[Extraction]) -> None:
        keep = {self._cache_path(ex.article).name for ex in extractions}
        for path in (self.path / "extractions").glob("*.json"):
            if path.name not in keep:
                path.unlink(missing_ok=True)

    # -- reading ----------------------------------------------------------

    def query(self, sparql: str):
        """Run SPARQL on the union of the store's graphs; see :func:`store_query`."""
        return _query(self._ox, sparql)

    def to_graph(self) -> rdflib.Graph:
        """The union of the store's graphs as one ``rdflib.Graph``; see :func:`store_to_rdflib`."""
        from kg.graph import new_graph

        graph = new_graph()
        bnodes: dict[str, BNode] = {}
        for q in self._ox.quads_for_pattern(None, None, None, None):
            graph.add((to_rdflib(q.subject, bnodes), to_rdflib(q.predicate), to_rdflib(q.object, bnodes)))
        from kg.sparql import DEFAULT_PREFIXES

        for prefix, ns in DEFAULT_PREFIXES.items():
            graph.bind(prefix, ns, override=False)
        return graph


class _EntityIndex:
    """Where a newly resolved entity lives in the store: by key hash, then by preferred label in its kind.

    Holds a few strings per stored entity, read once from the entity graph.
    """

    def __init__(self):
        self.by_suffix: dict[str, str] = {}
        self.by_name: dict[tuple[str, str], str] = {}

    @classmethod
    def read(cls, db: ox.Store) -> _EntityIndex:
        from kg.vocab import ENTITY_CLASSES

        type_of = {str(uri): name for name, uri in ENTITY_CLASSES.items()}
        entities = ox.NamedNode(ENTITIES_GRAPH)
        prefix = f"{ENTITY_BASE}entity/"
        types: dict[str, str] = {}
        for q in db.quads_for_pattern(None, ox.NamedNode(str(rdflib.RDF.type)), None, entities):
            if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(prefix):
                types[q.subject.value] = type_of.get(q.object.value, "Organization")
        labels: dict[str, list[str]] = defaultdict(list)
        for q in db.quads_for_pattern(None, ox.NamedNode(str(rdflib.RDFS.label)), None, entities):
            if q.subject.value in types:
                labels[q.subject.value].append(q.object.value)
        index = cls()
        for iri in sorted(types):
            index.add(iri, types[iri], labels.get(iri, []), suffix=iri.rsplit("-", 1)[-1])
        return index

    def add(self, iri: str, typ: str, names: Iterable[str], *, suffix: str) -> None:
        from kg.resolve import KIND, name_key

        kind = KIND.get(typ, typ)
        self.by_suffix.setdefault(suffix, iri)
        for name in names:
            self.by_name.setdefault((kind, name_key(name)), iri)

    def find(self, entity, minted: str) -> str | None:
        """The stored IRI of ``entity`` (whose own IRI would be ``minted``), or ``None`` when it is new."""
        from kg.resolve import KIND, name_key

        hit = self.by_suffix.get(minted.rsplit("-", 1)[-1])
        if hit is not None:
            return hit
        kind = KIND.get(entity.type, entity.type)
        for text, _ in entity.labels:
            hit = self.by_name.get((kind, name_key(text)))
            if hit is not None:
                return hit
        return None


# -- module API --------------------------------------------------------------


def open_store(path: str | os.PathLike, *, create: bool = True, read_only: bool = False) -> Store:
    """Open the store at ``path``, creating it when it does not exist.

    Args:
        path: the store directory.
        create: make a new store when ``path`` is not one (it must then be
            missing or empty).
        read_only: open without taking the write lock (for queries).

    Raises:
        StoreError: ``path`` is not a store (and ``create`` is false), is a
            non-empty directory that is not a store, or is locked by another
            writer.

    >>> import tempfile
    >>> with open_store(tempfile.mkdtemp()) as st:
    ...     st.query("ASK { ?s ?p ?o }").boolean
    False
    """
    return Store(path, read_only=read_only, create=create and not read_only)


def add_articles(store: Store, items: Iterable[Article | Extraction], *, batch_size: int = 200) -> Change:
    """Add articles (or ready extractions) to a store, replacing edited ones.

    Articles already stored with the same content are skipped; an article
    whose id is stored with other content replaces it. Articles are
    extracted unless their extraction is cached. Every ``batch_size``
    articles are committed as one transaction.

    Returns:
        A :class:`Change`; inputs that failed extraction are in ``errors``.

    >>> import tempfile
    >>> from kg.records import Article, Extraction, Mention
    >>> a = Article(id="a.txt", text="Ann Lee spoke.", lang="en", source="a.txt", blocks=((0, 14),))
    >>> ann = Mention("a.txt", 0, 7, "Ann Lee", "Person", 0.9, "Ann Lee", "en", "t")
    >>> with open_store(tempfile.mkdtemp()) as st:
    ...     first = add_articles(st, [Extraction(a, (ann,), ())])
    ...     again = add_articles(st, [Extraction(a, (ann,), ())])
    >>> first.added, again.unchanged, again.graphs_changed
    (['a.txt'], ['a.txt'], 0)
    """
    return store.add(items, batch_size=batch_size)


def add_paths(store: Store, paths: Sequence[str], *, lang: str | None = None, published: str | None = None,
              batch_size: int = 200) -> Change:
    """Read files or directories (as ``kg build`` does) and add their articles to a store.

    Unreadable inputs are reported in ``errors``, the others are stored.
    """
    from kg.ingest import read_articles

    articles, errors = read_articles(list(paths), lang=lang, published=published)
    change = store.add(articles, batch_size=batch_size)
    change.errors[:0] = errors
    return change


def remove_article(store: Store, ref: str) -> Change:
    """Remove the articles ``ref`` names: an id, source path, article IRI or content hash (8+ characters).

    Entities and facts that other stored articles support stay.

    Raises:
        UsageError: no stored article matches (the message lists some).
    """
    return store.remove(ref)


def store_query(source: str | os.PathLike | Store, sparql: str):
    """Run a SPARQL query on a store, directly on pyoxigraph.

    The default graph is the union of the store's graphs and the prefixes of
    :data:`kg.sparql.DEFAULT_PREFIXES` need not be declared. ``SERVICE``
    (which would fetch from the network) is refused.

    Returns:
        A :class:`kg.sparql.QueryResult` holding rdflib terms, ready for
        :func:`kg.sparql.format_result`.

    Raises:
        QueryError: the query is malformed, uses SERVICE or fails.

    >>> import tempfile
    >>> with open_store(tempfile.mkdtemp()) as st:
    ...     store_query(st, "SELECT ?x WHERE { BIND(kg:visited AS ?x) }").rows
    [(rdflib.term.URIRef('https://w3id.org/kg-news/ontology#visited'),)]
    """
    if isinstance(source, Store):
        return source.query(sparql)
    with open_store(source, create=False, read_only=True) as st:
        return st.query(sparql)


def store_to_rdflib(source: str | os.PathLike | Store) -> rdflib.Graph:
    """The union of a store's graphs as one ``rdflib.Graph`` (for validate and export).

    >>> import tempfile
    >>> with open_store(tempfile.mkdtemp()) as st:
    ...     len(store_to_rdflib(st))
    0
    """
    if isinstance(source, Store):
        return source.to_graph()
    with open_store(source, create=False, read_only=True) as st:
        return st.to_graph()


def load_graph_or_store(source) -> rdflib.Graph:
    """``kg.pipeline.load_graph`` that also reads store directories.

    >>> load_graph_or_store(rdflib.Graph()).__class__.__name__
    'Graph'
    """
    if isinstance(source, (str, os.PathLike)) and is_store(source):
        return store_to_rdflib(source)
    from kg.pipeline import load_graph

    return load_graph(source)


def read_dataset(path: str | os.PathLike) -> ox.Store:
    """An RDF file (any syntax, by extension) read into an in-memory ``pyoxigraph.Store``.

    Raises:
        UsageError: the file is missing, has an unknown extension or is not
            valid in its syntax (the message names it).

    >>> read_dataset("no/such/file.ttl")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    kg.errors.UsageError: no/such/file.ttl: no such file or store directory
    """
    from kg.sparql import RDF_FORMATS

    p = Path(path)
    ext = p.suffix.lower()
    fmt = ox.RdfFormat.JSON_LD if ext == ".json" else (ox.RdfFormat.from_extension(ext[1:]) if ext else None)
    if fmt is None:
        raise UsageError(f"{path}: not a kg store and not an RDF file. Give a store directory or a file ending in "
                         f"{', '.join(sorted(RDF_FORMATS))}")
    if not p.is_file():
        raise UsageError(f"{path}: no such file or store directory")
    dataset = ox.Store()
    try:
        dataset.load(path=str(p), format=fmt)
    except (SyntaxError, OSError, ValueError) as exc:
        raise UsageError(f"{path}: not valid {fmt.name}: {exc}") from exc
    return dataset


# -- SPARQL --------------------------------------------------------------------


def uses_keyword(sparql: str, keyword: str) -> bool:
    """Whether ``keyword`` occurs as a SPARQL keyword (not in a string, IRI, comment or name).

    >>> uses_keyword("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }", "SERVICE")
    True
    >>> uses_keyword('SELECT ?service { ?s ex:service "SERVICE" } # SERVICE', "SERVICE")
    False
    """
    return keyword.upper() in _keywords(sparql)


def _keywords(sparql: str) -> set[str]:
    """The bare words of a SPARQL text, upper-cased, skipping strings, IRIs, comments, names."""
    words: set[str] = set()
    i, n = 0, len(sparql)
    while i < n:
        ch = sparql[i]
        if ch == "#":
            j = sparql.find("\n", i)
            i = n if j < 0 else j + 1
        elif ch in "\"'":
            quote = sparql[i : i + 3] if sparql[i : i + 3] in ('"""', "'''") else ch
            j = i + len(quote)
            while j < n and not sparql.startswith(quote, j):
                j += 2 if sparql[j] == "\\" else 1
            i = j + len(quote)
        elif ch == "<":
            j = i + 1
            while j < n and sparql[j] not in "<>\"{}|^`\\ \t\r\n":
                j += 1
            i = j + 1 if j < n and sparql[j] == ">" else i + 1
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (sparql[j].isalnum() or sparql[j] in "_-."):
                j += 1
            word = sparql[i:j].rstrip(".")
            prev = sparql[i - 1] if i else " "
            nxt = sparql[i + len(word)] if i + len(word) < n else " "
            if prev not in "?$:" and nxt != ":":
                words.add(word.upper())
            i = j
        else:
            i += 1
    return words


def check_query_safe(sparql: str) -> None:
    """Refuse queries that would reach the network (``SERVICE``).

    >>> check_query_safe("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    kg.errors.QueryError: SERVICE is not allowed: ...
    """
    if uses_keyword(sparql, "SERVICE"):
        raise QueryError("SERVICE is not allowed: federated queries would reach the network; "
                         "query the local graph only")


def _query(db: ox.Store, sparql: str):
    from kg.sparql import DEFAULT_PREFIXES, QueryResult

    check_query_safe(sparql)
    try:
        result = db.query(sparql, prefixes=DEFAULT_PREFIXES, use_default_graph_as_union=True)
        if isinstance(result, ox.QueryBoolean):
            return QueryResult(kind="ask", boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            bnodes: dict[str, BNode] = {}
            rows = [tuple(to_rdflib(sol[i], bnodes) for i in range(len(names))) for sol in result]
            return QueryResult(kind="select", vars=names, rows=rows)
        graph = rdflib.Graph()
        for prefix, ns in DEFAULT_PREFIXES.items():
            graph.bind(prefix, ns)
        bnodes = {}
        for t in result:
            graph.add((to_rdflib(t.subject, bnodes), to_rdflib(t.predicate), to_rdflib(t.object, bnodes)))
        return QueryResult(kind="graph", graph=graph)
    except SyntaxError as exc:
        raise QueryError(f"Malformed SPARQL: {exc}") from exc
    except OSError as exc:
        raise QueryError(f"SPARQL query failed: {exc}") from exc


# -- terms -----------------------------------------------------------------------


def to_rdflib(term, bnodes: dict | None = None):
    """An rdflib term for a pyoxigraph term (``None`` stays ``None``).

    >>> to_rdflib(ox.Literal("x"))
    rdflib.term.Literal('x')
    >>> to_rdflib(ox.Literal("서울", language="ko"))
    rdflib.term.Literal('서울', lang='ko')
    """
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        if bnodes is None:
            return BNode(term.value)
        return bnodes.setdefault(term.value, BNode())
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value) if dt == _XSD_STRING else Literal(term.value, datatype=URIRef(dt))
    raise QueryError(f"unsupported RDF term in a result: {term!r}")


def to_oxigraph(term):
    """A pyoxigraph term for an rdflib term.

    >>> to_oxigraph(Literal("3", datatype=URIRef("http://www.w3.org/2001/XMLSchema#integer")))
    <Literal value=3 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>
    """
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None and str(term.datatype) != _RDF_LANGSTRING:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise KGError(f"unsupported RDF term: {term!r}")


def _triple(t) -> ox.Triple:
    return ox.Triple(to_oxigraph(t[0]), to_oxigraph(t[1]), to_oxigraph(t[2]))


def _no_bnodes(triples) -> set:
    return {t for t in triples if not any(isinstance(x, ox.BlankNode) for x in (t.subject, t.object))}


def _ntriples(triples) -> str:
    return " ".join(f"{t.subject} {t.predicate} {t.object} ." for t in sorted(triples, key=str))


def _insert(graph: str, triples) -> str:
    return f"INSERT DATA {{ GRAPH <{graph}> {{ {_ntriples(triples)} }} }}"


# -- graphs of a set of articles ---------------------------------------------------


def _graphs_of(extractions: list[Extraction]) -> dict[str, set[ox.Triple]]:
    """Graph IRI -> triples: one graph per article, the shared entity graph, the ontology."""
    from kg.graph import build_graph
    from kg.resolve import resolve

    if not extractions:
        return {}
    extractions = sorted(extractions, key=lambda ex: (ex.article.id, ex.article.content_hash))
    return _split(build_graph(resolve(extractions), include_ontology=False))


def _split(graph: rdflib.Graph, rename: dict[str, str] | None = None, *, ontology: bool = True
           ) -> dict[str, set[ox.Triple]]:
    """Split a built graph into article graphs and the shared entity graph (and the ontology).

    ``rename`` maps entity IRIs of ``graph`` to the IRIs to store them under.
    """
    from kg.graph import _ontology_graph

    rename = rename or {}
    articles = {str(s) for s in graph.subjects(rdflib.RDF.type, SCHEMA.NewsArticle)}
    # Records that say where they come from (fact provenance, visits) belong
    # to that article's graph; so does the article node itself.
    owner: dict[str, str] = {a: a for a in articles}
    for node, article in graph.subject_objects(PROV.wasDerivedFrom):
        if str(article) in articles:
            owner[str(node)] = str(article)
    # pyoxigraph stores literals in canonical form ("0.800"^^xsd:decimal is
    # kept as "0.8"): pass the triples through an in-memory store so they
    # compare equal to what the disk store gives back.
    canonical = ox.Store()
    entities, ontology_graph = ox.NamedNode(ENTITIES_GRAPH), ox.NamedNode(ONTOLOGY_GRAPH)
    quads = []
    for t in graph:
        home = owner.get(str(t[0])) if isinstance(t[0], URIRef) else None
        if rename:
            t = tuple(URIRef(rename[str(x)]) if isinstance(x, URIRef) and str(x) in rename else x for x in t)
        quads.append(ox.Quad(*_triple(t), ox.NamedNode(home) if home else entities))
    if ontology:
        quads.extend(ox.Quad(*_triple(t), ontology_graph) for t in _ontology_graph())
    canonical.extend(quads)
    graphs = {a: set() for a in articles}
    graphs[ENTITIES_GRAPH] = set()
    if ontology:
        graphs[ONTOLOGY_GRAPH] = set()
    for q in canonical:
        graphs[q.graph_name.value].add(q.triple)
    return graphs


# -- extraction cache ----------------------------------------------------------------


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _with_hash(article: Article) -> Article:
    if article.content_hash:
        return article
    from dataclasses import replace

    return replace(article, content_hash=hashlib.sha256(article.text.encode("utf-8")).hexdigest())


def _with_article(ex: Extraction, article: Article) -> Extraction:
    if ex.article is article:
        return ex
    from dataclasses import replace

    return replace(ex, article=article)


def _mention(d: dict) -> Mention:
    return Mention(**d)


def _sentence(d: dict) -> Sentence:
    return Sentence(**d)


def extraction_from_dict(d: dict) -> Extraction:
    """Rebuild an :class:`~kg.records.Extraction` from ``dataclasses.asdict`` output (e.g. read from JSON).

    >>> from kg.records import Article
    >>> a = Article(id="a", text="Hi.", lang="en", source="a", blocks=((0, 3),))
    >>> ex = Extraction(a, (), ())
    >>> extraction_from_dict(json.loads(json.dumps(asdict(ex)))) == ex
    True
    """
    art = dict(d["article"])
    art["blocks"] = tuple(tuple(b) for b in art["blocks"])
    relations = tuple(
        Relation(**{**r, "subject": _mention(r["subject"]),
                    "object": _mention(r["object"]) if r["object"] is not None else None,
                    "sentence": _sentence(r["sentence"])})
        for r in d["relations"]
    )
    return Extraction(
        article=Article(**art),
        mentions=tuple(_mention(m) for m in d["mentions"]),
        relations=relations,
        sentences=tuple(_sentence(s) for s in d.get("sentences", ())),
        aliases=tuple((_mention(a), _mention(b)) for a, b in d.get("aliases", ())),
    )


def _read_extraction(path: Path) -> Extraction:
    try:
        return extraction_from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StoreError(f"{path}: unreadable cached extraction ({exc}); remove and re-add the article") from exc


__all__ = ["Change", "Store", "StoreError", "StoredArticle", "add_articles", "add_paths", "check_query_safe",
           "extraction_from_dict", "is_store", "load_graph_or_store", "open_store", "read_dataset", "remove_article",
           "store_query", "store_to_rdflib", "to_oxigraph", "to_rdflib", "uses_keyword"]
