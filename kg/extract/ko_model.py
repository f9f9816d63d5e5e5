"""Statistical name tagger for the Korean extractor: a syllable CRF.

The rules of :mod:`kg.extract.ko` find names from morpheme evidence; this
module re-reads each sentence one character at a time with a linear-chain
CRF (python-crfsuite) and decides which characters belong to a person (PS),
an organisation (OG) or a location (LC) name (BIOES labels over KLUE-NER's
spans).
Its features are:

* the characters around each position (unigrams and bigrams);
* the kiwipiepy morpheme covering it, and the morphemes before and after
  (form and tag), so particles and titles that follow a name are visible;
* the clusters of those morphemes in kiwipiepy-model's own word embeddings
  (see :func:`cluster_key`), so a word seen rarely or never in training is
  read like the words near it (countries, companies, common loanwords);
* mecab-ko-dic's analysis of the same sentence: its part of speech and its
  proper-noun classes (``인명`` person, ``지명`` place), which kiwipiepy's
  dictionary does not have;
* the type the rules gave the character (``B-Person``, ``I-Place`` ...);
* the rules' lexicons, read per space-separated word: whether its noun part
  ends in an organisation, place, facility or event head noun ("…위원회",
  "…광역시"), starts with a common surname, is a gazetteer place or an
  institution, is or is followed by a title ("… 총장"), and which particle
  follows it (see :func:`word_features`).

The CRF therefore learns where the rules are right and where the data
disagrees with them (countries as actors, untitled names, bare
institutions); the extractor then lets it decide persons, organisations
and places (see :meth:`kg.extract.ko.KoreanExtractor._apply_model`). The
model file ``ko_ner.crfsuite`` next to this module is built by
``python -m kg.train_ko`` (see there); when it, python-crfsuite or mecab-ko
is missing, :func:`load_tagger` returns ``None`` and the extractor keeps to
its rules. The cluster table ``ko_clusters.npz`` is built by
``python -m kg.train_ko --clusters``; without it (or for another
kiwipiepy-model) the CRF runs without its cluster features.
"""

from __future__ import annotations

import re
import threading
import warnings
from collections.abc import Sequence
from pathlib import Path

__all__ = [
    "CLUSTERS_PATH", "MODEL_PATH", "Morph", "cluster_key", "decode_spans", "load_tagger", "mecab_morphs",
    "sentence_features", "word_features",
]

MODEL_PATH = Path(__file__).with_name("ko_ner.crfsuite")
#: kiwipiepy's morphemes clustered by their embeddings (built by ``python -m kg.train_ko --clusters``).
CLUSTERS_PATH = Path(__file__).with_name("ko_clusters.npz")

#: (start, end, form, tag, class): a morpheme with offsets into its sentence.
Morph = tuple[int, int, str, str, str]

_MECAB = None
_LEXICONS = None
_TAGGER = None
_CLUSTERS: list[str] | None = None
_LOCK = threading.Lock()
_MISSING: set[str] = set()


def _mecab():
    global _MECAB
    if _MECAB is None:
        import mecab_ko

        _MECAB = mecab_ko.Tagger()
    return _MECAB


def mecab_morphs(text: str) -> list[Morph]:
    """Analyse ``text`` with mecab-ko and return its morphemes with character offsets.

    ``class`` is mecab-ko-dic's semantic class of a proper noun (``인명``,
    ``지명``) or ``"*"``.

    >>> [(m[2], m[3], m[4]) for m in mecab_morphs("김민수는 부산에")]
    [('김민수', 'NNP', '인명'), ('는', 'JX', '*'), ('부산', 'NNP', '지명'), ('에', 'JKB', '*')]
    """
    out: list[Morph] = []
    pos = 0
    node = _mecab().parseToNode(text)
    while node is not None:
        surface = node.surface
        if surface:
            start = text.find(surface, pos)
            if start >= 0:
                feats = node.feature.split(",")
                pos = start + len(surface)
                out.append((start, pos, surface, feats[0], feats[1] if len(feats) > 1 else "*"))
        node = node.next
    return out


def cluster_key(morpheme_id: int) -> str:
    """The embedding clusters of a kiwipiepy morpheme, coarse to fine ("3.41.517"), or ``"*"``.

    kiwipiepy's CoNg language model embeds about 70,000 morphemes; their
    clusters at three granularities (see :func:`kg.train_ko.build_clusters`)
    tell the CRF that an unseen word is like words it has seen: a country
    like other countries, a company like other companies, a loanword
    common noun like other common nouns. ``"*"`` when the morpheme has no
    embedding or the cluster table is missing or was built for another
    kiwipiepy-model.

    >>> cluster_key(-1)
    '*'
    """
    table = _clusters()
    return table[morpheme_id] if 0 <= morpheme_id < len(table) else "*"


def _clusters() -> list[str]:
    global _CLUSTERS
    if _CLUSTERS is None:
        with _LOCK:
            if _CLUSTERS is None:
                _CLUSTERS = _read_clusters(CLUSTERS_PATH)
    return _CLUSTERS


def _read_clusters(path: Path) -> list[str]:
    from importlib.metadata import PackageNotFoundError, version

    import numpy as np

    if not path.exists():
        _warn_once(str(path), f"Korean morpheme clusters {path} not found (build them with "
                              "python -m kg.train_ko --clusters); the name tagger runs without them")
        return []
    with np.load(path) as data:
        built_for = str(data["kiwipiepy_model"])
        try:
            installed = version("kiwipiepy-model")
        except PackageNotFoundError:
            installed = "not installed"
        if installed != built_for:
            _warn_once(str(path), f"Korean morpheme clusters {path} were built for kiwipiepy-model {built_for}, "
                                  f"but {installed} is installed; the name tagger runs without them")
            return []
        levels = data["levels"]
    none = np.iinfo(levels.dtype).max
    return ["*" if col[0] == none else ".".join(map(str, col)) for col in levels.T.tolist()]


def _char_class(ch: str) -> str:
    if "가" <= ch <= "힣":
        return "H"
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "U" if ch.isupper() else "L"
    if ch.isspace():
        return "S"
    if "\u4e00" <= ch <= "\u9fff":
        return "C"
    return "P"


def _cover(n: int, morphs: Sequence[Morph]) -> list[int]:
    """For each character, the index of the morpheme that covers it (-1: none)."""
    at = [-1] * n
    for k, (s, e, *_rest) in enumerate(morphs):
        for i in range(max(0, s), min(n, e)):
            if at[i] < 0:
                at[i] = k
    return at


# Morpheme tags that make up the noun part of a word (before its particle).
_NOUN_TAGS = frozenset({"NNP", "NNG", "NNB", "SL", "SH", "SN", "XSN", "XPN", "NR"})


def _lexicons() -> dict:
    """The rules' word lists (imported late: :mod:`kg.extract.ko` imports this module)."""
    global _LEXICONS
    if _LEXICONS is None:
        from kg.extract import ko

        heads: dict[str, str] = {}
        for typ, hs in (("OG", ko.ORG_HEADS), ("LC", ko.PLACE_HEADS), ("FC", ko.FACILITY_HEADS), ("EV", ko.EVENT_HEADS)):
            for h in hs:
                if len(h) >= 2:
                    heads.setdefault(h, typ)
        _LEXICONS = {
            "titles": ko.TITLES, "surnames": ko.SURNAMES, "heads": heads, "gazetteer": ko.gazetteer(),
            "longest_title": max(map(len, ko.TITLES)), "longest_head": max(map(len, heads)),
            "roles": ko.ROLES_BEFORE, "institutions": ko.INSTITUTION_NOUNS,
            "org1": frozenset(ko.ORG_SUFFIX_1), "place1": frozenset(ko.PLACE_SUFFIX_1),
        }
    return _LEXICONS


def word_features(text: str, morphs: Sequence[Morph], spans: Sequence[tuple[int, int]] | None = None) -> list[list[str]]:
    """Lexicon features of each character, from the space-separated word it is in.

    A word's noun part is its leading noun morphemes (kiwipiepy's), up to
    its particle or ending; features say what that noun part is or ends
    with, what follows it, and whether the words around it are titles.
    ``spans`` are the words' ``(start, end)`` when the caller has them.

    >>> text = "김민수 총장은 한빛전자를"
    >>> morphs = [(0, 3, "김민수", "NNP", "*"), (4, 6, "총장", "NNG", "*"), (6, 7, "은", "JX", "*"),
    ...           (8, 12, "한빛전자", "NNP", "*"), (12, 13, "를", "JKO", "*")]
    >>> f = word_features(text, morphs)
    >>> "ttl+1" in f[0], "isttl" in f[4], "hdH=OG" in f[11], "jp=JKO" in f[8]
    (True, True, True, True)
    """
    lex = _lexicons()
    n = len(text)
    kat = _cover(n, morphs)
    words = []  # (start, end, end of the noun part, what follows the noun part)
    for ws, we in (spans if spans is not None else _word_spans(text)):
        ne, after = ws, "none"
        for k in sorted({kat[j] for j in range(ws, we) if kat[j] >= 0}):
            s, e, _form, tag, _ = morphs[k]
            if tag in _NOUN_TAGS and s <= ne:
                ne = max(ne, min(e, we))
            else:
                after = tag if tag.startswith("J") else "X" + tag[:2]
                break
        words.append((ws, we, ne, after))
    out: list[list[str]] = [[] for _ in range(n)]
    titles = lex["titles"]
    for w, (ws, we, ne, after) in enumerate(words):
        noun = text[ws:ne]
        common = ["jp=" + after]
        if w + 1 < len(words):
            nxt = text[words[w + 1][0] : words[w + 1][2]]
            if any(nxt[:k] in titles for k in range(1, min(len(nxt), lex["longest_title"]) + 1)):
                common.append("ttl+1")
            if nxt in titles:
                common.append("ttl+1x")
        if w > 0:
            prev = text[words[w - 1][0] : words[w - 1][2]]
            if prev in lex["roles"] or prev in titles:
                common.append("ttl-1")
        if noun in lex["gazetteer"]:
            common.append("gz")
        if noun in titles:
            common.append("isttl")
        if noun in lex["institutions"]:
            common.append("inst")
        # The longest head noun and the longest title the noun part ends with (not the whole of it).
        head_at, head_type = None, None
        for k in range(min(len(noun) - 1, lex["longest_head"]), 1, -1):
            if noun[-k:] in lex["heads"]:
                head_at, head_type = ne - k, lex["heads"][noun[-k:]]
                break
        title_at = next((ne - k for k in range(min(len(noun) - 1, lex["longest_title"]), 0, -1)
                         if noun[-k:] in titles), None)
        surname = (text[ws] in lex["surnames"] and 2 <= ne - ws <= 4 and all("가" <= ch <= "힣" for ch in noun))
        for i in range(ws, we):
            f = list(common)
            if i < ne:
                f.append("innoun")
                if head_type:
                    f.append(("hdH=" if i >= head_at else "hdP=") + head_type)
                if title_at is not None:
                    f.append("ttlH" if i >= title_at else "ttlP")
                if surname:
                    f.append(f"sn{min(i - ws, 3)}{ne - ws}")
                if ne - ws >= 2 and noun[-1] in lex["org1"]:
                    f.append("s1o=" + noun[-1])
                if ne - ws >= 2 and noun[-1] in lex["place1"]:
                    f.append("s1p=" + noun[-1])
            else:
                f.append("post")
            out[i] = f
    return out


def _morph_features(morphs: Sequence[Morph], kiwi: bool) -> list[tuple[list[str], list[str]]]:
    """Per morpheme, the features of its first character and of its other characters."""
    out = []
    last = len(morphs) - 1
    for k, (s, e, form, tag, sem) in enumerate(morphs):
        pair = []
        for pos in ("B", "I"):
            if kiwi:
                f = ["k=" + tag + ":" + pos, "kf=" + form + ":" + pos, "klen=" + str(min(e - s, 5))]
                if sem != "*":
                    coarse, mid, fine = sem.split(".")
                    f += ["kc1=" + coarse, "kc2=" + mid, "kc3=" + fine + ":" + pos]
                if k > 0:
                    f.append("k-1=" + morphs[k - 1][2] + "/" + morphs[k - 1][3])
                    f.append("kt-1=" + morphs[k - 1][3])
                    f.append("kc-1=" + morphs[k - 1][4].rpartition(".")[0])
                if k < last:
                    f.append("k+1=" + morphs[k + 1][2] + "/" + morphs[k + 1][3])
                    f.append("kt+1=" + morphs[k + 1][3])
                    f.append("kc+1=" + morphs[k + 1][4].rpartition(".")[0])
                    if k + 1 < last:
                        f.append("k+2=" + morphs[k + 2][2] + "/" + morphs[k + 2][3])
            else:
                f = ["m=" + tag + ":" + pos, "ms=" + sem + ":" + pos, "mf=" + form]
                if k < last:
                    f.append("m+1=" + morphs[k + 1][3] + ":" + morphs[k + 1][4])
                if k > 0:
                    f.append("m-1=" + morphs[k - 1][3] + ":" + morphs[k - 1][4])
            pair.append(f)
        out.append((pair[0], pair[1]))
    return out


def sentence_features(
    text: str,
    morphs: Sequence[Morph],
    mecab: Sequence[Morph],
    rule_spans: Sequence[tuple[int, int, str]],
) -> list[list[str]]:
    """The CRF features of each character of a sentence.

    Args:
        text: the sentence.
        morphs: kiwipiepy morphemes ``(start, end, form, tag, clusters)``
            with offsets into ``text``; ``clusters`` is :func:`cluster_key`'s.
        mecab: mecab-ko morphemes, as :func:`mecab_morphs` returns them.
        rule_spans: ``(start, end, type)`` names the rules found
            (types ``Person``, ``Organization``, ``Place``, ``Facility`` ...).

    Returns:
        One list of feature strings per character of ``text``.

    >>> f = sentence_features("김 씨", [(0, 1, "김", "NNP", "*"), (2, 3, "씨", "NNB", "*")], [], [(0, 1, "Person")])
    >>> "r=B-Person" in f[0], "k=NNP:B" in f[0], "k+1=씨/NNB" in f[0]
    (True, True, True)
    """
    # This runs on every character of every Korean article, so what is the
    # same for all characters of a word or a morpheme is built once for it.
    n = len(text)
    kat = _cover(n, morphs)
    mat = _cover(n, mecab)
    rule = ["O"] * n
    for s, e, typ in rule_spans:
        for i in range(max(0, s), min(n, e)):
            rule[i] = ("B-" if i == s else "I-") + typ
    rule_prev = ["^"] + rule[:-1]
    rule_next = rule[1:] + ["$"]
    padded = "^^" + text + "$$"
    cls = [_char_class(ch) for ch in padded]
    words = _word_spans(text)
    lexical = word_features(text, morphs, words)
    # The word of each character: (its start, its end, the features of the whole word).
    word_at: list[tuple[int, int, list[str]] | None] = [None] * n
    for w, (ws, we) in enumerate(words):
        word = text[ws:we]
        f = ["w=" + word, "wpre=" + word[:2], "wsuf=" + word[-2:]]
        if w > 0:
            prev = text[words[w - 1][0] : words[w - 1][1]]
            f += ["w-1=" + prev, "w-1suf=" + prev[-2:]]
        elif ws > 1:  # two or more spaces, and no word, before it
            f += ["w-1=", "w-1suf="]
        if w + 1 < len(words):
            nxt = text[words[w + 1][0] : words[w + 1][1]]
            f += ["w+1=" + nxt, "w+1pre=" + nxt[:2]]
        elif we + 1 < n:
            f += ["w+1=", "w+1pre="]
        entry = (ws, we, f)
        for i in range(ws, we):
            word_at[i] = entry
    kiwi_feats = _morph_features(morphs, kiwi=True)
    mecab_feats = _morph_features(mecab, kiwi=False)
    out: list[list[str]] = []
    for i in range(n):
        c = i + 2
        f = [
            "b",
            "c=" + padded[c],
            "c-1=" + padded[c - 1],
            "c+1=" + padded[c + 1],
            "c-2=" + padded[c - 2],
            "c+2=" + padded[c + 2],
            "c-1c=" + padded[c - 1 : c + 1],
            "cc+1=" + padded[c : c + 2],
            "c-2c-1=" + padded[c - 2 : c],
            "c+1c+2=" + padded[c + 1 : c + 3],
            "t=" + cls[c],
            "t-1t+1=" + cls[c - 1] + cls[c + 1],
            "r=" + rule[i],
            "r-1=" + rule_prev[i],
            "r+1=" + rule_next[i],
        ]
        entry = word_at[i]
        if entry is not None:
            ws, we, wf = entry
            f.append(_POSITION[min(i - ws, 4)])
            f.append(_REMAINING[min(we - i - 1, 4)])
            f += wf
        k = kat[i]
        if k >= 0:
            f += kiwi_feats[k][0 if i == morphs[k][0] else 1]
        m = mat[i]
        if m >= 0:
            f += mecab_feats[m][0 if i == mecab[m][0] else 1]
        f += lexical[i]
        out.append(f)
    return out


_POSITION = tuple(f"wp={k}" for k in range(5))
_REMAINING = tuple(f"wr={k}" for k in range(5))
_WORD = re.compile(r"\S+")


def _word_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each space-separated word of ``text``."""
    return [m.span() for m in _WORD.finditer(text)]


def decode_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """BIOES (or BIO) tags to ``(start, end, type)`` spans.

    ``B-`` and ``S-`` open a span, ``I-`` and ``E-`` continue the open span
    of their type (or open one when there is none), and ``E-`` and ``S-``
    close it.

    >>> decode_spans(["B-PS", "E-PS", "O", "I-LC", "S-OG", "B-LC", "I-LC"])
    [(0, 2, 'PS'), (3, 4, 'LC'), (4, 5, 'OG'), (5, 7, 'LC')]
    """
    spans: list[list] = []
    open_ = False
    for i, tag in enumerate(tags):
        if tag == "O":
            open_ = False
            continue
        prefix, typ = tag[0], tag[2:]
        if prefix in "IE" and open_ and spans[-1][1] == i and spans[-1][2] == typ:
            spans[-1][1] = i + 1
        else:
            spans.append([i, i + 1, typ])
        open_ = prefix in "BI"
    return [tuple(s) for s in spans]


def load_tagger(path: str | Path | None = None):
    """The process-wide CRF tagger, or ``None`` when it cannot be used.

    ``None`` (with a warning, once) when python-crfsuite or mecab-ko is not
    installed or the model file is missing: the extractor then keeps to its
    rules.

    >>> load_tagger("/nonexistent/model.crfsuite") is None
    True
    """
    global _TAGGER
    path = Path(path) if path is not None else MODEL_PATH
    if path != MODEL_PATH:
        return _open(path)
    with _LOCK:
        if _TAGGER is None:
            _TAGGER = _open(path) or False
        return _TAGGER or None


def _open(path: Path):
    try:
        import mecab_ko  # noqa: F401
        import pycrfsuite
    except ImportError:
        _warn_once("deps", "The Korean name tagger needs python-crfsuite and mecab-ko: "
                           "pip install python-crfsuite==0.9.12 mecab-ko==1.0.3; using the rules alone")
        return None
    if not path.exists():
        _warn_once(str(path), f"Korean name tagger model {path} not found (build it with "
                              "python -m kg.train_ko); using the rules alone")
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def _warn_once(key: str, message: str) -> None:
    if key not in _MISSING:
        _MISSING.add(key)
        warnings.warn(message, stacklevel=3)
