"""The RDF graph: the only place that mints IRIs and triples.

See ``docs/model.md`` for the shape of what is built here. IRIs are derived
from stable keys (entity keys, content hashes), so building the same input
twice gives the same IRIs, and the path segment is a percent-encoded slug,
so any name (spaces, quotes, angle brackets, Hangul) gives a valid IRI.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from kg.records import Article, Entity, Fact, Resolution
from kg.vocab import ENTITY_BASE, ENTITY_CLASSES, KG, ORG, SCHEMA

PREFIXES = {
    "kg": str(KG._NS),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "skos": str(SKOS),
    "org": str(ORG),
    "id": ENTITY_BASE,
}

_DATATYPES = {
    "date": XSD.date,
    "gYearMonth": XSD.gYearMonth,
    "gYear": XSD.gYear,
    "decimal": XSD.decimal,
    "integer": XSD.integer,
    "string": XSD.string,
}


def _digest(*parts: str, n: int = 16) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


def slug(text: str, limit: int = 60) -> str:
    """A readable, IRI-safe path segment for a name.

    >>> slug('Café "Le <Monde>"')
    'caf%C3%A9-le-monde'
    >>> slug("서울 시청")
    '%EC%84%9C%EC%9A%B8-%EC%8B%9C%EC%B2%AD'
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[^\w]+", "-", text).strip("-_")[:limit].strip("-") or "x"
    return quote(text, safe="-_")


def entity_iri(entity: Entity) -> URIRef:
    """The IRI of an entity: readable slug plus a hash of its key.

    >>> e = Entity(key="loc:springfield", type="Place", labels=(("Springfield", "en"),))
    >>> str(entity_iri(e))
    'https://w3id.org/kg-news/id/entity/springfield-794e9a05'
    """
    return URIRef(f"{ENTITY_BASE}entity/{slug(entity.label())}-{_digest(entity.key, n=8)}")


def article_iri(article: Article) -> URIRef:
    """The IRI of an article: the start of its content hash."""
    digest = article.content_hash or hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    return URIRef(f"{ENTITY_BASE}article/{digest[:16]}")


def _ontology_graph() -> Graph:
    from kg.resources import ontology_dir

    g = Graph()
    g.parse(ontology_dir() / "kg.ttl", format="turtle")
    return g


def new_graph() -> Graph:
    """An empty graph with the project's prefixes bound."""
    g = Graph(bind_namespaces="core")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


def build_graph(resolution: Resolution, *, include_ontology: bool = True) -> Graph:
    """Turn a resolution into an RDF graph with provenance for every fact.

    Args:
        resolution: the output of :func:`kg.resolve.resolve`.
        include_ontology: add the ontology's own triples (class labels,
            schema.org superclasses) so the file explains itself.

    Returns:
        An ``rdflib.Graph``.
    """
    g = new_graph()
    if include_ontology:
        onto = _ontology_graph()
        g += onto
        # Keep the ontology's own prefixes (dcterms, vann, owl ...) so the
        # Turtle is readable and identical from build to build.
        for prefix, ns in onto.namespaces():
            if prefix not in PREFIXES:
                g.bind(prefix, ns, override=False)

    iri_of: dict[str, URIRef] = {}
    for e in resolution.entities:
        node = entity_iri(e)
        iri_of[e.key] = node
        g.add((node, RDF.type, ENTITY_CLASSES.get(e.type, KG.Organization)))
        for text, lang in e.labels:
            g.add((node, RDFS.label, Literal(text, lang=lang)))
        for text, lang in e.aliases:
            g.add((node, SKOS.altLabel, Literal(text, lang=lang)))

    articles = {a.id: a for a in resolution.articles}
    article_node: dict[str, URIRef] = {}
    for a in resolution.articles:
        node = article_iri(a)
        article_node[a.id] = node
        _add_article(g, node, a)
    for m, key in resolution.mention_entity:
        if m.doc in article_node:
            g.add((article_node[m.doc], SCHEMA.mentions, iri_of[key]))

    entity_by_key = {e.key: e for e in resolution.entities}
    visits: dict[tuple, list[Fact]] = defaultdict(list)
    for fact in resolution.facts:
        art = articles.get(fact.relation.doc)
        if art is None:
            continue
        s = iri_of[fact.subject]
        if fact.predicate == "holdsOffice":
            office = _add_office(g, fact, iri_of, entity_by_key, art)
            _add_fact(g, s, KG.holdsOffice, office, fact, article_node[art.id], art)
            continue
        prop = KG[fact.predicate]
        if fact.object is not None:
            o = iri_of[fact.object]
        else:
            o = value_literal(fact.value, fact.datatype)
        _add_fact(g, s, prop, o, fact, article_node[art.id], art)
        if fact.predicate == "visited":
            visits[(fact.subject, art.id, fact.relation.sentence.start)].append(fact)

    # A trip's later stops rarely repeat its date: carry the last visit
    # date of the same article forward to visits whose sentence has none.
    carried: dict[str, str | None] = {}
    reports: list[_VisitReport] = []
    for (visitor, doc, start), facts in sorted(visits.items(), key=lambda kv: (kv[0][1], kv[0][2], kv[0][0])):
        when = _date_in(resolution, articles[doc], facts[0].relation.sentence) or carried.get(doc)
        carried[doc] = when
        reports.append(_VisitReport(visitor, frozenset(f.object for f in facts if f.object), articles[doc], when))
    for event in _same_visits(reports):
        _add_visit(g, event, iri_of, entity_by_key, article_node)
    return g


def value_literal(value: str | None, datatype: str | None) -> Literal:
    """A typed literal in canonical lexical form, so every syntax round-trips.

    >>> value_literal("220", "decimal")
    rdflib.term.Literal('220.0', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#decimal'))
    """
    dt = _DATATYPES.get(datatype or "string", XSD.string)
    text = value or ""
    if dt == XSD.decimal:
        # Turtle writes decimals with a point; match it in every syntax.
        text = format(Decimal(text).normalize(), "f")
        if "." not in text:
            text += ".0"
    return Literal(text, datatype=dt)


def _add_article(g: Graph, node: URIRef, a: Article) -> None:
    g.add((node, RDF.type, SCHEMA.NewsArticle))
    g.add((node, SCHEMA.inLanguage, Literal(a.lang)))
    g.add((node, KG.sourcePath, Literal(a.source)))
    digest = a.content_hash or hashlib.sha256(a.text.encode("utf-8")).hexdigest()
    g.add((node, KG.contentHash, Literal(digest)))
    if a.title:
        g.add((node, SCHEMA.headline, Literal(a.title, lang=a.lang)))
    if a.url:
        g.add((node, SCHEMA.url, Literal(a.url, datatype=XSD.anyURI)))
    if a.published:
        g.add((node, SCHEMA.datePublished, _date_literal(a.published)))


def _date_literal(text: str) -> Literal:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return Literal(text, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})?", text):
        return Literal(text, datatype=XSD.dateTime)
    return Literal(text)


def _add_fact(g: Graph, s, p, o, fact: Fact, article: URIRef, art: Article) -> None:
    """The direct triple plus one reified provenance record per evidence."""
    g.add((s, p, o))
    rel = fact.relation
    stmt = URIRef(
        f"{ENTITY_BASE}fact/"
        + _digest(str(s), str(p), str(o), str(article), str(rel.sentence.start), rel.extractor)
    )
    g.add((stmt, RDF.type, RDF.Statement))
    g.add((stmt, RDF.subject, s))
    g.add((stmt, RDF.predicate, p))
    g.add((stmt, RDF.object, o))
    g.add((stmt, PROV.wasDerivedFrom, article))
    g.add((stmt, KG.evidence, Literal(rel.sentence.text, lang=art.lang)))
    g.add((stmt, KG.startOffset, Literal(rel.sentence.start, datatype=XSD.integer)))
    g.add((stmt, KG.endOffset, Literal(rel.sentence.end, datatype=XSD.integer)))
    g.add((stmt, KG.extractor, Literal(rel.extractor)))
    g.add((stmt, KG.confidence, Literal(f"{max(0.0, min(1.0, rel.score)):.3f}", datatype=XSD.decimal)))


_OFFICE_NAMES_EN = "{title} of {place}"


def _add_office(g: Graph, fact: Fact, iri_of, entity_by_key: dict[str, Entity], art: Article) -> URIRef:
    """An office ("Mayor of X") as an org:Post, with its jurisdiction when the text names one.

    An office named without a place or body ("Prime Minister X") is that
    person's own office node: two unnamed jurisdictions may differ.
    """
    from kg.crosslingual import office_title

    place_key = fact.object
    title = (fact.value or "office").strip()
    entity = entity_by_key[place_key] if place_key is not None else None
    # One office whatever the language: "서울시장" and "Mayor of Seoul" share
    # the English title and the (already merged) place.
    names = [t for t, _ in entity.labels] + [t for t, _ in entity.aliases] if entity else []
    canonical = office_title(title, names)
    node = URIRef(f"{ENTITY_BASE}office/{slug(canonical)}-{_digest(canonical, place_key or fact.subject, n=8)}")
    g.add((node, RDF.type, KG.Office))
    if art.lang == "en" and entity is not None:
        label = _OFFICE_NAMES_EN.format(title=title[:1].upper() + title[1:], place=entity.label("en"))
    elif art.lang == "en":
        label = title[:1].upper() + title[1:]
    else:
        label = title
    literal = Literal(label, lang=art.lang)
    named = [n for n in g.objects(node, RDFS.label) if n.language == art.lang]
    # One office written two ways ("대한민국 대통령", "한국 대통령"; "CEO of X",
    # "Chief Executive Officer of X"): the longest spelling, the fullest
    # form of the title, names it whatever the order of the articles, and
    # the others are alternative labels. Spaces are not counted: Korean
    # writes "울산시장" and "울산 시장" alike. Of two as long, the first stays.
    if named and literal not in named and _letters(label) > _letters(named[0]):
        g.remove((node, RDFS.label, named[0]))
        g.add((node, SKOS.altLabel, named[0]))
        g.remove((node, SKOS.altLabel, literal))
        named = []
    g.add((node, SKOS.altLabel if named and literal not in named else RDFS.label, literal))
    if place_key is not None:
        g.add((node, KG.jurisdiction, iri_of[place_key]))
    return node


def _letters(label: str) -> int:
    """The length of a label without its spaces."""
    return len("".join(label.split()))


_RELATIVE_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+of\s+last\s+month|지난달\s*(\d{1,2})\s*일", re.IGNORECASE)


def resolve_relative_date(text: str, published: str | None) -> str | None:
    """Resolve "the 31st of last month" against a publication date.

    >>> resolve_relative_date("the 31st of last month", "2024-06-03")
    '2024-05-31'
    >>> resolve_relative_date("the 31st of last month", None) is None
    True
    """
    if not published:
        return None
    try:
        pub = date.fromisoformat(published[:10])
    except ValueError:
        return None
    m = _RELATIVE_DAY.search(text)
    if m:
        day = int(m.group(1) or m.group(2))
        last_month_end = pub.replace(day=1) - timedelta(days=1)
        try:
            return last_month_end.replace(day=day).isoformat()
        except ValueError:
            return None
    return None


@dataclass(frozen=True)
class _VisitReport:
    """One article's report of a person visiting places (one sentence)."""

    visitor: str
    places: frozenset[str]
    article: Article
    when: str | None

    @property
    def day(self) -> str | None:
        return resolve_relative_date(self.when, self.article.published) if self.when else None


# Reports of an undated visit are one visit only if their articles appeared
# within this many days of each other (or have no date).
_SAME_VISIT_DAYS = 14


def _same_visits(reports: list[_VisitReport]) -> list[list[_VisitReport]]:
    """Group the reports that describe one visit.

    The same person visiting the same places is one visit in every article
    and language that reports it (the English and the Korean version of a
    report give one kg:Visit), unless the days differ: two resolved dates
    must be equal, and undated reports join only reports from articles
    published within two weeks of theirs.
    """
    events: list[list[_VisitReport]] = []
    for r in reports:
        for event in events:
            first = event[0]
            if first.visitor != r.visitor or first.places != r.places:
                continue
            days = {e.day for e in event if e.day} | ({r.day} if r.day else set())
            if len(days) > 1 or not all(_published_close(e.article, r.article) for e in event):
                continue
            event.append(r)
            break
        else:
            events.append([r])
    return events


def _published_close(a: Article, b: Article) -> bool:
    if not a.published or not b.published:
        return True
    try:
        da, db = date.fromisoformat(a.published[:10]), date.fromisoformat(b.published[:10])
    except ValueError:
        return True
    return abs((da - db).days) <= _SAME_VISIT_DAYS


def _add_visit(g, reports: list[_VisitReport], iri_of, entity_by_key, article_node) -> None:
    """A kg:Visit event: a person, the places they visited, where it is reported and when."""
    first = reports[0]
    places = sorted(first.places)
    day = next((r.day for r in reports if r.day), None)
    # Named by what it is, not by who reported it: the same visit from
    # another article is the same node.
    anchor = day or min(r.article.id for r in reports)
    node = URIRef(f"{ENTITY_BASE}event/visit-{_digest(first.visitor, *places, anchor, n=12)}")
    g.add((node, RDF.type, KG.Visit))
    visitor = entity_by_key[first.visitor]
    for lang in sorted({r.article.lang for r in reports}):
        names = ", ".join(entity_by_key[p].label(lang) for p in places)
        if lang == "ko":
            label = f"{visitor.label('ko')}의 {names} 방문"
        else:
            label = f"{visitor.label('en')} visits {names}"
        g.add((node, RDFS.label, Literal(label, lang=lang)))
    g.add((node, KG.visitor, iri_of[first.visitor]))
    for p in places:
        g.add((node, KG.visitedPlace, iri_of[p]))
    for r in reports:
        g.add((node, PROV.wasDerivedFrom, article_node[r.article.id]))
        if r.when:
            g.add((node, KG.dateText, Literal(r.when)))
    if day:
        g.add((node, SCHEMA.startDate, Literal(day, datatype=XSD.date)))


def _date_in(resolution: Resolution, art: Article, sentence) -> str | None:
    """The first date phrase of a sentence that names a day by itself."""
    for m in resolution.dates:
        if m.doc == art.id and sentence.start <= m.start < sentence.end and not _ANAPHORIC_DATE.search(m.text):
            return m.text
    return None


# "On this day", "the same day", "이날": they point back to a date named before.
_ANAPHORIC_DATE = re.compile(r"\b(this|that|the same)\s+day\b|^이날$|^당일$|^같은 날$", re.IGNORECASE)
