"""Plain records passed between the pipeline stages.

Every stage (ingest -> extract -> resolve -> graph -> export) hands the next
one these frozen dataclasses. They hold only strings, numbers and tuples, so
they pickle, cross process boundaries and serialise to JSON unchanged; they
never hold spaCy, kiwipiepy or rdflib objects.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Article:
    """One input article after decoding and cleaning.

    ``text`` is the decoded input text (for HTML, the main text trafilatura
    extracted). All offsets elsewhere in the pipeline index ``text``.
    ``blocks`` are the ``(start, end)`` spans of ``text`` that are article
    content; page furniture (navigation, ad markers, credits, bylines,
    copyright lines, "most read" lists) lies outside every block.

    >>> a = Article(id="a1", text="Hello.", lang="en", source="a1.txt", blocks=((0, 6),))
    >>> a.content()
    'Hello.'
    """

    id: str
    text: str
    lang: str
    source: str
    blocks: tuple[tuple[int, int], ...]
    title: str | None = None
    url: str | None = None
    published: str | None = None
    format: str = "txt"
    encoding: str = "utf-8"
    content_hash: str = ""

    def content(self) -> str:
        """Return the content blocks joined by blank lines (offsets not kept)."""
        return "\n\n".join(self.text[s:e] for s, e in self.blocks)


@dataclass(frozen=True)
class Mention:
    """A typed span of an article's text.

    ``text == article.text[start:end]`` always holds. ``name`` is the
    normalised name the span stands for (quotes, particles and leading
    determiners removed), used to group mentions into entities.
    """

    doc: str
    start: int
    end: int
    text: str
    type: str
    score: float
    name: str
    lang: str
    extractor: str

    def to_json(self) -> dict:
        """The public ``kg extract --format jsonl`` shape of this mention."""
        return {
            "doc": self.doc,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class Sentence:
    """A sentence span of an article (offsets into ``Article.text``)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Relation:
    """A typed link between two mentions, with the sentence that supports it.

    ``predicate`` is the local name of a ``kg:`` property (see
    :mod:`kg.vocab`). ``object`` is a mention, or ``None`` when ``value``
    carries a literal (a date or a quantity) instead.
    """

    doc: str
    subject: Mention
    predicate: str
    object: Mention | None
    sentence: Sentence
    score: float
    extractor: str
    value: str | None = None
    datatype: str | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything one extractor found in one article."""

    article: Article
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    sentences: tuple[Sentence, ...] = ()
    aliases: tuple[tuple[Mention, Mention], ...] = field(default=())
    """Pairs ``(alias, antecedent)``: e.g. "Mayor Oh" -> "Seoul Mayor Oh Se-hoon"."""


@dataclass(frozen=True)
class Entity:
    """One real-world thing after resolution, possibly named in many languages.

    ``key`` is stable for the same input and is what the graph turns into an
    IRI. ``labels`` are ``(text, lang)`` pairs, preferred first per language;
    ``aliases`` likewise.
    """

    key: str
    type: str
    labels: tuple[tuple[str, str], ...]
    aliases: tuple[tuple[str, str], ...] = ()
    docs: tuple[str, ...] = ()

    def label(self, lang: str | None = None) -> str:
        """The preferred label, in ``lang`` when there is one."""
        for text, tag in self.labels:
            if lang is None or tag == lang:
                return text
        return self.labels[0][0]


@dataclass(frozen=True)
class Fact:
    """A resolved ``subject predicate object`` triple and its evidence."""

    subject: str
    predicate: str
    object: str | None
    relation: Relation
    value: str | None = None
    datatype: str | None = None


@dataclass(frozen=True)
class Resolution:
    """The resolver's output: entities, facts, and which entity each mention is."""

    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]
    mention_entity: tuple[tuple[Mention, str], ...]
    articles: tuple[Article, ...]
    same_as: tuple[tuple[str, str, float], ...] = ()
    dates: tuple[Mention, ...] = ()
    """Date mentions of every article, for dating events."""


def to_dict(record) -> dict:
    """Return a record as plain JSON-ready data."""
    return asdict(record)
