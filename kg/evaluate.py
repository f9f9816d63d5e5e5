"""Score the extractors against public NER datasets.

Two readers turn the datasets into raw text with gold character spans:

* :func:`read_conll2003`: CoNLL-2003 English (IOB1, ``-DOCSTART-`` breaks);
  one :class:`EvalDoc` per document, its tokens joined by single spaces and
  its sentences by newlines.
* :func:`read_klue`: KLUE-NER Korean (character-level IOB2); one
  :class:`EvalDoc` per sentence.

:func:`evaluate` runs the real pipeline on that text (the articles go
through :func:`kg.pipeline.extract_articles`, as ``kg extract`` does), maps
the mention types to the dataset's types and scores exact span-and-type
matches with :func:`score`. ``kg eval`` is the command line for it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import IngestError, UsageError

__all__ = [
    "DATASETS",
    "EvalDoc",
    "Scores",
    "TypeScore",
    "evaluate",
    "format_table",
    "map_mentions",
    "predict",
    "read_conll2003",
    "read_klue",
    "score",
    "select_half",
    "to_json_text",
]

Span = tuple[int, int, str]

#: Dataset name -> (language, scored types, our mention type -> dataset type).
#: Facilities count as locations: neither dataset has a facility type, and
#: both annotate buildings, airports and stadiums as locations.
DATASETS: dict[str, tuple[str, tuple[str, ...], dict[str, str]]] = {
    "conll2003": ("en", ("PER", "ORG", "LOC"),
                  {"Person": "PER", "Organization": "ORG", "Place": "LOC", "Facility": "LOC"}),
    "klue": ("ko", ("PS", "OG", "LC"),
             {"Person": "PS", "Organization": "OG", "Place": "LC", "Facility": "LC"}),
}

#: Datasets that annotate a name inside another ("[소치] 동계올림픽": KLUE tags
#: the place in the event). CoNLL-2003 spans never nest, so there a mention
#: inside another (the host of an event) is not scored.
NESTED = frozenset({"klue"})

HALVES = ("first", "second")


@dataclass(frozen=True)
class EvalDoc:
    """One evaluation document: raw text and its gold spans.

    ``gold`` holds ``(start, end, type)`` character spans of ``text``, sorted.

    >>> d = EvalDoc("d1", "Ann met Bo", "en", ((0, 3, "PER"), (8, 10, "PER")))
    >>> [d.text[s:e] for s, e, _ in d.gold]
    ['Ann', 'Bo']
    """

    id: str
    text: str
    lang: str
    gold: tuple[Span, ...] = ()


# ---------------------------------------------------------------------------
# Readers


def read_conll2003(path: str | Path, *, limit: int | None = None) -> list[EvalDoc]:
    """Read a CoNLL-2003 file (``token POS chunk NER``, IOB1 tags) as raw-text documents.

    Each ``-DOCSTART-`` line starts a document; a blank line ends a sentence.
    A document's text is its sentences joined by ``"\\n"``, each sentence its
    tokens joined by single spaces. IOB1 is decoded as CoNLL defines it:
    ``I-X`` continues an open ``X`` entity, and ``B-X`` starts a new one
    only where it directly follows another ``X`` entity.

    Args:
        path: the CoNLL file (``eng.train``, ``eng.testa``, ``eng.testb``).
        limit: read only the first ``limit`` sentences (the last document
            is cut at a sentence boundary).

    Returns:
        The documents in file order, ids ``<file name>#<n>`` counted from 1.

    Raises:
        IngestError: the file is missing or a line is not a token line.

    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "mini.conll"
    >>> _ = p.write_text("-DOCSTART- -X- O O\\n\\nEU NNP I-NP I-ORG\\nrejects VBZ I-VP O\\n"
    ...                  "German JJ I-NP I-MISC\\ncall NN I-NP O\\n\\n", encoding="utf-8")
    >>> doc = read_conll2003(p)[0]
    >>> doc.text, doc.gold
    ('EU rejects German call', ((0, 2, 'ORG'), (11, 17, 'MISC')))
    """
    path = Path(path)
    lines = _read_lines(path)
    docs: list[EvalDoc] = []
    sentences: list[tuple[str, list[Span]]] = []
    tokens: list[tuple[str, str]] = []
    n_sentences = 0

    def end_sentence() -> None:
        nonlocal tokens, n_sentences
        if tokens and (limit is None or n_sentences < limit):
            sentences.append(_iob1_sentence(tokens))
            n_sentences += 1
        tokens = []

    def end_document() -> None:
        nonlocal sentences
        end_sentence()
        if sentences:
            docs.append(_join_sentences(f"{path.name}#{len(docs) + 1}", sentences, "en"))
        sentences = []

    for number, line in enumerate(lines, start=1):
        parts = line.split()
        if not parts:
            end_sentence()
        elif parts[0] == "-DOCSTART-":
            end_document()
        elif len(parts) < 2 or not _is_tag(parts[-1]):
            raise IngestError(str(path), f"line {number}: expected 'token POS chunk TAG' with TAG O, I-X or B-X, "
                                         f"got {line!r}")
        else:
            tokens.append((parts[0], parts[-1]))
        if limit is not None and n_sentences >= limit:
            break
    end_document()
    return docs


def _is_tag(tag: str) -> bool:
    return tag == "O" or (len(tag) > 2 and tag[1] == "-" and tag[0] in "BI")


def _iob1_sentence(tokens: list[tuple[str, str]]) -> tuple[str, list[Span]]:
    """Join tokens with spaces and decode IOB1 tags into character spans."""
    spans: list[Span] = []
    offset = 0
    open_span: list | None = None  # [start, end, type]
    for i, (word, tag) in enumerate(tokens):
        start, end = offset, offset + len(word)
        offset = end + 1
        if tag == "O":
            open_span = None
            continue
        prefix, typ = tag[0], tag[2:]
        continues = open_span is not None and open_span[2] == typ and prefix == "I"
        if continues:
            open_span[1] = end
        else:
            open_span = [start, end, typ]
            spans.append(open_span)  # type: ignore[arg-type]
    return " ".join(w for w, _ in tokens), [tuple(s) for s in spans]  # type: ignore[misc]


def _join_sentences(doc_id: str, sentences: list[tuple[str, list[Span]]], lang: str) -> EvalDoc:
    parts: list[str] = []
    gold: list[Span] = []
    offset = 0
    for text, spans in sentences:
        gold.extend((s + offset, e + offset, t) for s, e, t in spans)
        parts.append(text)
        offset += len(text) + 1
    return EvalDoc(doc_id, "\n".join(parts), lang, tuple(gold))


_KLUE_SENTENCE = re.compile(r"^## (\S+)\t(.*)$")


def read_klue(
    path: str | Path,
    *,
    source_filter: str | None = "wikitree",
    half: str | None = None,
    limit: int | None = None,
) -> list[EvalDoc]:
    """Read a KLUE-NER file (character-level IOB2) as one document per sentence.

    A sentence starts with a ``## <id>\\t<inline-tagged sentence>`` line and
    goes on with ``<character>\\t<tag>`` lines (a space is a character tagged
    ``O``) up to a blank line. Other ``## `` lines (the file's header
    comment) are skipped.

    Args:
        path: the KLUE-NER ``.tsv`` file.
        source_filter: keep only sentences whose id ends in ``-<source>``
            (``"wikitree"`` news, ``"nsmc"`` movie reviews); ``None`` keeps all.
        half: ``"first"`` or ``"second"`` half of the kept sentences, in file
            order (see :func:`select_half`); ``None`` for all.
        limit: keep only the first ``limit`` sentences (after ``half``).

    Returns:
        The sentences in file order, each an :class:`EvalDoc` whose id is the
        sentence id and whose gold types are PS, LC, OG, DT, TI, QT.

    Raises:
        IngestError: the file is missing or a line is malformed.
        UsageError: ``half`` is not one of the valid values.

    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "mini.tsv"
    >>> _ = p.write_text("## s1-wikitree\\t<박:PS>씨\\n박\\tB-PS\\n씨\\tO\\n\\n", encoding="utf-8")
    >>> read_klue(p)
    [EvalDoc(id='s1-wikitree', text='박씨', lang='ko', gold=((0, 1, 'PS'),))]
    """
    path = Path(path)
    lines = _read_lines(path)
    docs: list[EvalDoc] = []
    current: str | None = None
    chars: list[tuple[str, str]] = []

    def end_sentence() -> None:
        nonlocal current, chars
        if current is not None and chars:
            source = current.rsplit("-", 1)[-1]
            if source_filter is None or source == source_filter:
                docs.append(_iob2_sentence(current, chars))
        current, chars = None, []

    for number, line in enumerate(lines, start=1):
        if line.startswith("## "):
            header = _KLUE_SENTENCE.match(line)
            if header:
                end_sentence()
                current = header.group(1)
            continue
        if not line.strip("\r\n") and "\t" not in line:
            end_sentence()
            continue
        char, sep, tag = line.rpartition("\t")
        if not sep or len(char) != 1 or not _is_tag(tag):
            raise IngestError(str(path), f"line {number}: expected '<character>\\t<tag>' with tag O, B-X or I-X, "
                                         f"got {line!r}")
        if current is None:
            raise IngestError(str(path), f"line {number}: character line before any '## <id>\\t<sentence>' line")
        chars.append((char, tag))
    end_sentence()
    docs = select_half(docs, half)
    return docs[:limit] if limit is not None else docs


def _iob2_sentence(sentence_id: str, chars: list[tuple[str, str]]) -> EvalDoc:
    spans: list[list] = []
    open_span: list | None = None
    for i, (_, tag) in enumerate(chars):
        if tag == "O":
            open_span = None
            continue
        prefix, typ = tag[0], tag[2:]
        if prefix == "I" and open_span is not None and open_span[2] == typ:
            open_span[1] = i + 1
        else:  # B-X, or an I-X that opens a span (lenient, as seqeval is)
            open_span = [i, i + 1, typ]
            spans.append(open_span)
    return EvalDoc(sentence_id, "".join(c for c, _ in chars), "ko", tuple(tuple(s) for s in spans))


def _read_lines(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise IngestError(str(path), "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise IngestError(str(path), f"cannot be read as UTF-8 text ({exc})") from None
    # Only line breaks are removed: a KLUE space character line is " \tO".
    return [line.rstrip("\r") for line in text.split("\n")]


def select_half(docs: Sequence[EvalDoc], half: str | None) -> list[EvalDoc]:
    """The first or second half of ``docs`` in order (the first has ``len // 2``).

    >>> docs = [EvalDoc(str(i), "x", "en") for i in range(5)]
    >>> [d.id for d in select_half(docs, "first")], [d.id for d in select_half(docs, "second")]
    (['0', '1'], ['2', '3', '4'])
    >>> select_half(docs, "middle")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    kg.errors.UsageError: unknown half 'middle'; expected one of 'first', 'second' or None
    """
    if half is None:
        return list(docs)
    if half not in HALVES:
        raise UsageError(f"unknown half {half!r}; expected one of 'first', 'second' or None")
    cut = len(docs) // 2
    return list(docs[:cut] if half == "first" else docs[cut:])


# ---------------------------------------------------------------------------
# Scoring


@dataclass(frozen=True)
class TypeScore:
    """Counts of one type: true positives, false positives, false negatives.

    >>> s = TypeScore(tp=3, fp=1, fn=2)
    >>> s.precision, s.recall, round(s.f1, 4)
    (0.75, 0.6, 0.6667)
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """``tp / (tp + fp)``, 0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """``tp / (tp + fn)``, 0 when there is no gold span."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall, 0 when both are 0."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict:
        """Counts and rates as plain data (rates rounded to 4 places)."""
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "gold": self.tp + self.fn,
            "predicted": self.tp + self.fp,
        }


@dataclass(frozen=True)
class Scores:
    """Per-type and micro-averaged precision, recall and F1 of a run."""

    types: dict[str, TypeScore]
    docs: int
    dataset: str | None = None
    meta: dict = field(default_factory=dict)

    @property
    def micro(self) -> TypeScore:
        """All types' counts added up."""
        return TypeScore(
            tp=sum(s.tp for s in self.types.values()),
            fp=sum(s.fp for s in self.types.values()),
            fn=sum(s.fn for s in self.types.values()),
        )

    def to_json(self) -> dict:
        """The scores as plain JSON-ready data.

        >>> s = Scores({"PER": TypeScore(1, 0, 1)}, docs=1)
        >>> s.to_json()["micro"]["recall"]
        0.5
        """
        return {
            "dataset": self.dataset,
            "docs": self.docs,
            **self.meta,
            "types": {t: s.to_json() for t, s in self.types.items()},
            "micro": self.micro.to_json(),
        }


def score(gold_docs: Iterable[EvalDoc], predicted: Mapping[str, Iterable[Span]], types: Sequence[str]) -> Scores:
    """Score predicted spans against gold spans: exact start, end and type.

    Spans of types outside ``types`` are ignored on both sides (CoNLL's MISC
    gold, or a prediction typed as a date). Duplicate spans count once.

    Args:
        gold_docs: the documents with their gold spans.
        predicted: document id -> ``(start, end, type)`` spans in the
            dataset's types; a document with no entry has no predictions.
        types: the types to score.

    Returns:
        :class:`Scores` with one :class:`TypeScore` per type in ``types``.

    Raises:
        UsageError: ``predicted`` has a document id that is not in ``gold_docs``.

    >>> gold = [EvalDoc("d", "Ann met Bo in Rome", "en", ((0, 3, "PER"), (8, 10, "PER"), (14, 18, "LOC")))]
    >>> s = score(gold, {"d": [(0, 3, "PER"), (8, 10, "LOC"), (14, 18, "LOC")]}, ["PER", "LOC"])
    >>> s.types["PER"], round(s.micro.f1, 4)
    (TypeScore(tp=1, fp=0, fn=1), 0.6667)
    """
    types = tuple(types)
    wanted = set(types)
    counts = {t: [0, 0, 0] for t in types}
    gold_docs = list(gold_docs)
    known = {d.id for d in gold_docs}
    unknown = [doc_id for doc_id in predicted if doc_id not in known]
    if unknown:
        raise UsageError(f"predictions for unknown document(s) {', '.join(map(repr, unknown[:5]))}; "
                         f"the gold documents are {', '.join(map(repr, sorted(known)[:5]))}"
                         f"{' ...' if len(known) > 5 else ''}")
    for doc in gold_docs:
        gold = {s for s in doc.gold if s[2] in wanted}
        pred = {tuple(s) for s in predicted.get(doc.id, ()) if s[2] in wanted}
        for s in gold & pred:
            counts[s[2]][0] += 1
        for s in pred - gold:
            counts[s[2]][1] += 1
        for s in gold - pred:
            counts[s[2]][2] += 1
    return Scores({t: TypeScore(*counts[t]) for t in types}, docs=len(gold_docs))


def format_table(scores: Scores) -> str:
    """Scores as a text table: one row per type, then the micro average.

    >>> print(format_table(Scores({"PER": TypeScore(3, 1, 2)}, docs=1)))
    type   precision  recall      f1   gold   pred
    PER       0.7500  0.6000  0.6667      5      4
    micro     0.7500  0.6000  0.6667      5      4
    """
    rows = [f"{'type':6} {'precision':>9} {'recall':>7} {'f1':>7} {'gold':>6} {'pred':>6}"]
    for name, s in [*scores.types.items(), ("micro", scores.micro)]:
        rows.append(f"{name:6} {s.precision:9.4f} {s.recall:7.4f} {s.f1:7.4f} {s.tp + s.fn:6d} {s.tp + s.fp:6d}")
    return "\n".join(rows)


# ---------------------------------------------------------------------------
# Running the pipeline


def map_mentions(mentions: Iterable, mapping: Mapping[str, str], *, nested: bool = True) -> dict[str, list[Span]]:
    """Group mentions by document as dataset-typed spans; unmapped types are dropped.

    Args:
        mentions: the extractor's mentions.
        mapping: our mention type -> the dataset's type.
        nested: keep a mention that lies inside another mention; False for
            datasets whose spans never nest.

    >>> from kg.records import Mention
    >>> m = Mention("d", 0, 3, "Ann", "Person", 0.9, "Ann", "en", "x")
    >>> map_mentions([m], {"Person": "PER"})
    {'d': [(0, 3, 'PER')]}
    >>> host = Mention("d", 0, 5, "Busan", "Place", 0.6, "Busan", "en", "x")
    >>> event = Mention("d", 0, 20, "Busan Film Festival", "Event", 0.7, "Busan Film Festival", "en", "x")
    >>> map_mentions([host, event], {"Place": "LOC"}, nested=False)
    {}
    """
    mentions = list(mentions)
    if not nested:
        by_doc: dict[str, list] = {}
        for m in mentions:
            by_doc.setdefault(m.doc, []).append(m)
        mentions = [m for m in mentions if not any(
            o is not m and o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end)
            for o in by_doc[m.doc])]
    out: dict[str, list[Span]] = {}
    for m in mentions:
        typ = mapping.get(m.type)
        if typ is not None and not _nationality(m):
            out.setdefault(m.doc, []).append((m.start, m.end, typ))
    return out


def _nationality(m) -> bool:
    """A nationality adjective standing for its country ("Indonesian" of "Indonesian President X").

    It is the office's country in the graph but names nothing: CoNLL-2003
    tags such words MISC, and the name datasets scored here have no type for them.
    """
    from kg.extract.lexicon_en import DEMONYMS

    return m.name != m.text and m.text.casefold() in DEMONYMS


def _articles(docs: Sequence[EvalDoc], source: str):
    from kg.ingest import article_from_text

    # JSONL articles keep every non-empty line as a block: no page
    # boilerplate rules run on the dataset's sentences.
    return [article_from_text(d.text, id=d.id, source=source, lang=d.lang, format="jsonl") for d in docs]


def predict(docs: Sequence[EvalDoc], *, source: str = "<eval>", ner_only: bool = False) -> dict[str, list]:
    """Run extraction on evaluation documents and return their mentions by document id.

    Args:
        docs: the documents (each becomes an article whose blocks are its lines).
        source: the name the articles are read from (for messages).
        ner_only: skip the rules: the English statistical NER alone (the
            spans of ``doc.ents``), to measure what the rules add. Only for
            English documents.

    Returns:
        Document id -> list of :class:`kg.records.Mention`.

    Raises:
        ExtractError: an article could not be processed.
    """
    from kg.errors import ExtractError

    articles = _articles(docs, source)
    if ner_only:
        return _ner_only(articles)
    from kg.pipeline import extract_articles

    result = extract_articles(articles)
    if result.errors:
        raise ExtractError("; ".join(str(e) for e in result.errors))
    return {ex.article.id: list(ex.mentions) for ex in result.extractions}


def _ner_only(articles) -> dict[str, list]:
    from kg.errors import UsageError as _UsageError
    from kg.extract.en import NER_TYPES, load_model
    from kg.records import Mention

    bad = sorted({a.lang for a in articles} - {"en"})
    if bad:
        raise _UsageError(f"ner_only runs the English NER only; got language(s) {', '.join(bad)}")
    nlp = load_model()
    blocks = [(a.text[s:e], (a.id, s)) for a in articles for s, e in a.blocks]
    out: dict[str, list] = {a.id: [] for a in articles}
    for doc, (doc_id, offset) in nlp.pipe(blocks, as_tuples=True, batch_size=64):
        for ent in doc.ents:
            typ = NER_TYPES.get(ent.label_)
            if typ is not None:
                out[doc_id].append(Mention(doc_id, offset + ent.start_char, offset + ent.end_char, ent.text, typ,
                                           1.0, ent.text, "en", "ner-only"))
    return out


def evaluate(
    dataset: str,
    path: str | Path,
    *,
    limit: int | None = None,
    half: str | None = None,
    ner_only: bool = False,
) -> Scores:
    """Run the pipeline on a dataset file and score its people, organisations and places.

    Args:
        dataset: ``"conll2003"`` (scores PER, ORG, LOC; MISC is ignored) or
            ``"klue"`` (scores PS, OG, LC of the WikiTree news sentences).
        path: the dataset file.
        limit: evaluate only the first ``limit`` sentences (after ``half``).
        half: ``"first"`` or ``"second"`` half of the documents (CoNLL) or
            sentences (KLUE), in file order; ``None`` for all.
        ner_only: score the English statistical NER without the rules.

    Returns:
        The :class:`Scores`; ``meta`` records the file, half and limit.

    Raises:
        UsageError: an unknown dataset or half.
        IngestError: the file cannot be read.
    """
    if dataset not in DATASETS:
        raise UsageError(f"unknown dataset {dataset!r}; expected one of {', '.join(map(repr, DATASETS))}")
    if half is not None and half not in HALVES:
        raise UsageError(f"unknown half {half!r}; expected one of 'first', 'second' or None")
    _, types, mapping = DATASETS[dataset]
    if dataset == "conll2003":
        docs = select_half(read_conll2003(path), half)
        if limit is not None:
            docs = _first_sentences(docs, limit)
    else:
        docs = read_klue(path, half=half, limit=limit)
    predicted = predict(docs, source=str(path), ner_only=ner_only)
    spans = map_mentions((m for ms in predicted.values() for m in ms), mapping, nested=dataset in NESTED)
    result = score(docs, spans, types)
    meta = {"file": str(path), "half": half, "limit": limit, "ner_only": ner_only}
    return Scores(result.types, result.docs, dataset, meta)


def _first_sentences(docs: Sequence[EvalDoc], limit: int) -> list[EvalDoc]:
    """The documents cut to their first ``limit`` sentences (lines) in all."""
    out: list[EvalDoc] = []
    left = limit
    for d in docs:
        if left <= 0:
            break
        lines = d.text.split("\n")
        if len(lines) <= left:
            out.append(d)
            left -= len(lines)
            continue
        text = "\n".join(lines[:left])
        out.append(EvalDoc(d.id, text, d.lang, tuple(s for s in d.gold if s[1] <= len(text))))
        left = 0
    return out


def to_json_text(scores: Scores) -> str:
    """The scores as indented JSON text.

    >>> json.loads(to_json_text(Scores({"PER": TypeScore(1, 1, 0)}, docs=1)))["micro"]["precision"]
    0.5
    """
    return json.dumps(scores.to_json(), indent=2, ensure_ascii=False)
