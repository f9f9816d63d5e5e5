"""Entity resolution: from mentions in many articles to one node per thing.

Within an article, mentions with the same name, and aliases the extractor
linked to a full name ("Mayor X" -> "Y X", "the center" -> the centre named
before), form one local entity. Across articles and languages, local
entities merge when they share

* a GeoNames record (the gazetteer knows "Seoul" and "서울" are one city),
* a folded name within the same kind of thing (people with people, places
  and facilities with each other, and so on), or
* the name of a province with and without its kind ("South Chungcheong
  Province" and "South Chungcheong", 충청남도 and its short form 충남).

Entities named in English and in Korean are then linked by
:mod:`kg.crosslingual`, and an office both name is given one title.

Merging never crosses kinds: a person called "Jordan" stays apart from the
country. The output is deterministic: the same extractions give the same
entity keys, whatever their order.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from networkx.utils import UnionFind

from kg.crosslingual import country_codes, province_long_form
from kg.gazetteer import best as gazetteer_best
from kg.gazetteer import korean_city_without_si
from kg.gazetteer import country as gazetteer_country
from kg.gazetteer import Place, fold
from kg.gazetteer import lookup as gazetteer_lookup
from kg.records import Entity, Extraction, Fact, Mention, Resolution
from kg.vocab import VALUE_TYPES

# Types that may name the same thing: merging happens within a kind only.
KIND = {
    "Person": "agent-person",
    "Organization": "agent-org",
    "Place": "loc",
    "Facility": "loc",
    "Product": "product",
    "Event": "event",
    "Plan": "plan",
}

_LEADING_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Folded name used to match names across articles.

    >>> name_key("The Central Park")
    'centralpark'
    >>> name_key("central  park")
    'centralpark'
    """
    return fold(_LEADING_ARTICLE.sub("", name.strip()))


def _local_key(m: Mention) -> str:
    return f"{m.doc}\x1f{name_key(m.name)}"


def resolve(extractions: Iterable[Extraction], *, link_languages: bool = True) -> Resolution:
    """Group mentions into entities and turn relations into facts.

    Args:
        extractions: one :class:`~kg.records.Extraction` per article.
        link_languages: when the articles are in more than one language,
            merge English and Korean entities that :mod:`kg.crosslingual`
            finds to be the same thing.

    Returns:
        A :class:`~kg.records.Resolution` with entities sorted by key.

    >>> from kg.records import Article, Extraction, Mention
    >>> art = Article(id="d", text="Ann Lee met Bo Kim. Lee smiled.", lang="en", source="d", blocks=((0, 31),))
    >>> ann = Mention("d", 0, 7, "Ann Lee", "Person", 0.9, "Ann Lee", "en", "t")
    >>> lee = Mention("d", 20, 23, "Lee", "Person", 0.8, "Ann Lee", "en", "t")
    >>> r = resolve([Extraction(art, (ann, lee), (), aliases=((lee, ann),))])
    >>> [e.label() for e in r.entities]
    ['Ann Lee']
    """
    extractions = list(extractions)
    uf = UnionFind()
    local_mentions: dict[str, list[Mention]] = defaultdict(list)
    alias_texts: dict[str, Counter] = defaultdict(Counter)

    alias_spans: set[tuple[str, int, int]] = set()
    for ex in extractions:
        place_names = {_local_key(m) for m in ex.mentions if m.type == "Place"}
        for m in ex.mentions:
            if m.type in VALUE_TYPES:
                continue
            local_mentions[_local_key(m)].append(m)
        for alias, ante in ex.aliases:
            if ante.type not in ("Place", "Person") and _local_key(alias) in place_names:
                # "Daegu" after "Daegu Chamber of Commerce": the article names the
                # city by that word too, and every "Daegu" shares one local key, so
                # the union would fold the city into the chamber.
                continue
            alias_spans.add((alias.doc, alias.start, alias.end))
            uf.union(_local_key(alias), _local_key(ante))
            if name_key(alias.name) != name_key(ante.name):
                # The alias has its own name ("Startup Street"): keep it as an alias label.
                alias_texts[_local_key(ante)][(alias.name, alias.lang)] += 1
            elif alias.text != ante.text and alias.text.strip():
                alias_texts[_local_key(ante)][(alias.text.strip(), alias.lang)] += 1

    # Type of each local group: evidence-weighted vote.
    def group_type(ms: list[Mention]) -> str:
        votes: Counter = Counter()
        for m in ms:
            votes[_graph_type(m)] += m.score
        return sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]

    # Local groups after alias unions.
    groups: dict[str, list[Mention]] = defaultdict(list)
    for key, ms in local_mentions.items():
        groups[uf[key]].extend(ms)

    # Global keys: gazetteer id for places, else kind + folded name.
    global_uf = UnionFind()
    group_kind: dict[str, str] = {}
    for root, ms in groups.items():
        typ = group_type(ms)
        kind = KIND.get(typ, typ)
        group_kind[root] = kind
        names = {name_key(m.name) for m in ms if m.name}
        for n in names:
            global_uf.union(f"local:{root}", f"{kind}:{n}")
        if kind == "loc":
            for m in ms:
                place = place_record(m.name, m.lang)
                if place is not None:
                    global_uf.union(f"local:{root}", f"geo:{place.geonameid}")
                bare = without_country(m.name, m.lang) if m.type == "Place" else ""
                if bare:
                    global_uf.union(f"local:{root}", f"{kind}:{name_key(bare)}")

    _join_divisions(groups, group_type, global_uf)

    locals_of_root: dict[str, list[str]] = defaultdict(list)
    for local in set(local_mentions) | set(alias_texts):
        locals_of_root[uf[local]].append(local)

    clusters: dict[str, list[str]] = defaultdict(list)
    for root in groups:
        clusters[global_uf[f"local:{root}"]].append(root)

    entities: list[Entity] = []
    mention_entity: list[tuple[Mention, str]] = []
    entity_of_local: dict[str, str] = {}
    for cluster_roots in clusters.values():
        ms = [m for r in cluster_roots for m in groups[r]]
        typ = group_type(ms)
        key = _entity_key(typ, [m for m in ms if (m.doc, m.start, m.end) not in alias_spans] or ms)
        # Short references ("Mayor X", "the center") never become the label.
        named = [m for m in ms if (m.doc, m.start, m.end) not in alias_spans] or ms
        labels = _labels(named, bare_divisions=typ == "Place")
        label_set = set(labels)
        alias_counter: Counter = Counter()
        for r in cluster_roots:
            for local in locals_of_root[r]:
                alias_counter.update(alias_texts.get(local, Counter()))
        for m in ms:
            if (m.name, m.lang) not in label_set:
                alias_counter[(m.name, m.lang)] += 1
        aliases = tuple(sorted((a for a in alias_counter if a not in label_set), key=lambda a: (a[1], a[0])))
        entities.append(
            Entity(
                key=key,
                type=typ,
                labels=labels,
                aliases=aliases,
                docs=tuple(sorted({m.doc for m in ms})),
            )
        )
        for r in cluster_roots:
            entity_of_local[r] = key
        for m in ms:
            mention_entity.append((m, key))

    def entity_for(m: Mention) -> str | None:
        return entity_of_local.get(uf[_local_key(m)])

    facts: list[Fact] = []
    for ex in extractions:
        for rel in ex.relations:
            s = entity_for(rel.subject)
            if s is None:
                continue
            o = entity_for(rel.object) if rel.object is not None else None
            if rel.object is not None and o is None:
                continue
            if o is not None and o == s:
                continue
            facts.append(Fact(s, rel.predicate, o, rel, rel.value, rel.datatype))

    entities.sort(key=lambda e: e.key)
    mention_entity.sort(key=lambda p: (p[0].doc, p[0].start, p[0].end))
    resolution = Resolution(
        entities=tuple(entities),
        facts=tuple(facts),
        mention_entity=tuple(mention_entity),
        articles=tuple(ex.article for ex in extractions),
        dates=tuple(m for ex in extractions for m in ex.mentions if m.type == "Date"),
    )
    if link_languages and len({a.lang for a in resolution.articles}) > 1:
        from kg.crosslingual import link_languages as find_links

        resolution = name_office_bodies(merge_links(resolution, find_links(resolution)))
    return resolution


_KO_WORD_BEFORE = re.compile(r"([\uac00-\ud7a3]+)\s*$")
# Between a person's name and the body of the title after it, at most a
# country or a city ("자수르 투르수노프 우즈베키스탄 산업부 차관").
_APPOSITION_GAP = re.compile(r"\s*(?:[\uac00-\ud7a3]+\s+){0,2}")


def name_office_bodies(resolution: Resolution) -> Resolution:
    """Give a Korean office the body or place the article names it with, where English names the same office by it.

    "Deputy Minister of Industry" and "우즈베키스탄 산업부 차관" are one
    office: the same holder, the same rank (차관, a vice or deputy minister)
    and the same body (산업부, the ministry of industry). When the Korean
    facts give the holder the bare rank (차관), the article is searched for
    the rank written next to the holder's name with a word before it
    (자수르 투르수노프 우즈베키스탄 산업부 차관); that word is kept as the
    body when :func:`kg.crosslingual.office_title` then reads the Korean
    and an English title of this holder as one office. Likewise a foreign
    office that Korean writes after its place with a space (핫토리 겐타
    후쿠오카현 지사) takes that place as its jurisdiction when the word is a
    Korean name of the place the English office of the same title has
    ("Governor of Fukuoka"). Nothing changes when the bodies or places
    differ or the Korean article names none.

    Args:
        resolution: entities merged across languages.

    Returns:
        The resolution with those Korean offices given their body or place.
    """
    from kg.crosslingual import OFFICE_TITLES, office_title

    articles = {a.id: a for a in resolution.articles}
    # A place's Korean names, whole and by their last word ("일본 후쿠오카현": 후쿠오카현).
    korean_names = {e.key: {n.replace(" ", "") for t, lang in (*e.labels, *e.aliases) if lang == "ko"
                            for n in (t, *t.split()[-1:])}
                    for e in resolution.entities}
    # Offices named with no jurisdiction are the holder's own: compared per holder.
    english: dict[str, set[str]] = defaultdict(set)
    english_places: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # holder -> title -> places
    bare: set[tuple[str, str, str]] = set()
    for f in resolution.facts:
        if f.predicate != "holdsOffice" or not f.value or f.relation.doc not in articles:
            continue
        if articles[f.relation.doc].lang == "en":
            if f.object is None:
                english[f.subject].add(office_title(f.value))
            else:
                english_places[f.subject][office_title(f.value)].add(f.object)
        elif articles[f.relation.doc].lang == "ko" and f.object is None and f.value.strip() in OFFICE_TITLES:
            bare.add((f.relation.doc, f.subject, f.value.strip()))
    spans: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for m, key in resolution.mention_entity:
        spans[(m.doc, key)].append((m.start, m.end))
    with_body: dict[tuple[str, str, str], str] = {}
    with_place: dict[tuple[str, str, str], tuple[str, str]] = {}
    for doc, holder, title in sorted(bare):
        if holder not in english and holder not in english_places:
            continue
        places = sorted(english_places.get(holder, {}).get(office_title(title), ()))
        text = articles[doc].text
        for at in (m.start() for m in re.finditer(re.escape(title), text)):
            before = _KO_WORD_BEFORE.search(text[:at])
            if not before:
                continue
            named = any(_APPOSITION_GAP.fullmatch(text[end:before.start(1)]) and title not in text[end:at]
                        for _, end in spans[(doc, holder)] if end <= before.start(1)) \
                or any(not text[at + len(title):start].strip() for start, _ in spans[(doc, holder)]
                       if start >= at + len(title))
            if not named:
                continue
            place = next((p for p in places if before[1] in korean_names.get(p, ())), None)
            if place is not None:
                with_place[(doc, holder, title)] = (place, f"{before[1]} {title}")
                break
            if office_title(f"{before[1]} {title}") in english[holder]:
                with_body[(doc, holder, title)] = f"{before[1]} {title}"
                break
    if not with_body and not with_place:
        return resolution

    def named_office(f: Fact) -> Fact:
        key = (f.relation.doc, f.subject, (f.value or "").strip())
        if key in with_place:
            place, written = with_place[key]
            return replace(f, object=place, value=written)
        return replace(f, value=with_body.get(key, f.value))

    facts = tuple(named_office(f) if f.predicate == "holdsOffice" and f.object is None else f
                  for f in resolution.facts)
    return replace(resolution, facts=facts)


def merge_links(resolution: Resolution, links) -> Resolution:
    """Merge each linked English/Korean pair into one entity.

    The English entity's key is kept (so IRIs stay stable when a Korean
    article is added); labels, aliases and documents are united, and facts
    and mentions are moved to the kept key. ``same_as`` records each merge
    with its score, for reporting.
    """
    if not links:
        return resolution
    target = {link.ko_key: link.en_key for link in links}
    by_key = {e.key: e for e in resolution.entities}
    merged: dict[str, Entity] = {}
    for e in resolution.entities:
        key = target.get(e.key, e.key)
        if key not in merged:
            merged[key] = by_key[key] if key in by_key else e
        if key != e.key:
            base = merged[key]
            labels = tuple(dict.fromkeys(base.labels + e.labels))
            aliases = tuple(a for a in dict.fromkeys(base.aliases + e.aliases) if a not in labels)
            merged[key] = Entity(key=key, type=base.type, labels=labels, aliases=aliases,
                                 docs=tuple(sorted(set(base.docs) | set(e.docs))))
    facts = []
    for f in resolution.facts:
        s = target.get(f.subject, f.subject)
        o = target.get(f.object, f.object) if f.object is not None else None
        if o is not None and o == s:
            continue
        facts.append(Fact(s, f.predicate, o, f.relation, f.value, f.datatype))
    return Resolution(
        entities=tuple(sorted(merged.values(), key=lambda e: e.key)),
        facts=tuple(facts),
        mention_entity=tuple((m, target.get(k, k)) for m, k in resolution.mention_entity),
        articles=resolution.articles,
        same_as=tuple((link.en_key, link.ko_key, link.score) for link in links),
        dates=resolution.dates,
    )


# A province, state or prefecture is named with its kind or without:
# "South Chungcheong Province" and "South Chungcheong", "Zhejiang Province"
# and "Zhejiang"; Korean adds a suffix (경기도, 저장성) or writes a province
# short (충남 for 충청남도). Korean 주 (state) is left out: the gazetteer
# lacks many Korean city names, and "워싱턴" (the capital) is not "워싱턴주".
_EN_DIVISION = re.compile(r"(?P<stem>.+?)\s+(?P<kind>province|state|prefecture|region)", re.IGNORECASE)
_KO_DIVISION_SUFFIXES = frozenset("도성")


@lru_cache(maxsize=65536)
def division_name(name: str, lang: str) -> tuple[str, str]:
    """A place name as the name of the division it may be and its kind word ("" when it has none).

    The kind comes off only when what is left is no place the gazetteer
    knows: "Osaka Prefecture" is not the city of Osaka, nor "제주도" the
    city of Jeju.

    >>> division_name("South Chungcheong Province", "en"), division_name("저장성", "ko")
    (('South Chungcheong', 'province'), ('저장', '성'))
    >>> division_name("충남", "ko"), division_name("충청남도", "ko")
    (('충청남', ''), ('충청남', '도'))
    >>> division_name("Osaka Prefecture", "en"), division_name("제주도", "ko")
    (('Osaka Prefecture', ''), ('제주도', ''))
    """
    name = " ".join(name.split())
    if lang == "ko":
        full = province_long_form(name)
        if full is not None:
            return full[:-1], ""  # 충남 names 충청남도 as a bare name does
        stem, kind = name[:-1], name[-1:]
        hangul = all("\uac00" <= ch <= "\ud7a3" for ch in stem)
        if kind in _KO_DIVISION_SUFFIXES and len(stem) >= 2 and hangul and place_record(stem, lang) is None:
            return stem, kind
        return name, ""
    match = _EN_DIVISION.fullmatch(name)
    if match and place_record(match["stem"], lang) is None:
        return match["stem"], match["kind"].casefold()
    return name, ""


def _join_divisions(groups: dict[str, list[Mention]], group_type, global_uf: UnionFind) -> None:
    """Join the places named as one division with and without its kind word (see :func:`division_name`).

    A name given with two kinds ("Punjab Province" and "Punjab State") may
    be two divisions, and joins neither with the bare name.
    """
    members: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, set[str]] = defaultdict(set)
    for root, ms in groups.items():
        if group_type(ms) != "Place":
            continue
        for m in ms:
            if m.name:
                stem, kind = division_name(m.name, m.lang)
                key = f"{m.lang}:{name_key(stem)}"
                members[key].add(root)
                kinds[key].add(kind)
    for key, roots in members.items():
        if len(roots) > 1 and len(kinds[key] - {""}) == 1:
            for root in sorted(roots):
                global_uf.union(f"local:{root}", f"division:{key}")


def _labels(ms: list[Mention], *, bare_divisions: bool = False) -> tuple[tuple[str, str], ...]:
    """One preferred label per language: the most frequent, then longest name.

    With ``bare_divisions`` (places), "X Province" counts as "X" when "X"
    is a name too: the kind word describes the place, the rest names it,
    and offices name it so ("Governor of South Chungcheong").
    """
    by_lang: dict[str, Counter] = defaultdict(Counter)
    for m in ms:
        if m.name:
            by_lang[m.lang][m.name] += 1
    if bare_divisions:
        for lang, names in by_lang.items():
            for name in list(names):
                stem, kind = division_name(name, lang)
                if kind and stem in names:
                    names[stem] += names.pop(name)
    labels = []
    for lang in sorted(by_lang, key=lambda lang: (lang != "en", lang)):
        names = by_lang[lang]
        best = sorted(names.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
        labels.append((best, lang))
    return tuple(labels)


def _graph_type(m: Mention) -> str:
    """The type a mention gives its entity: a country acting as a body is still the country.

    Name taggers follow their datasets, where a country that acts ("나이지리아는
    … 지지했다") is an organisation; in the graph it is one node with the
    country it names. Cities keep the distinction ("서울시" is the city government).
    """
    if m.type == "Organization":
        place = place_record(m.name, m.lang)
        if place is not None and place.kind == "country":
            return "Place"
    return m.type


@lru_cache(maxsize=65536)
def place_record(name: str, lang: str) -> Place | None:
    """The gazetteer record a place name stands for, or ``None``.

    Besides the gazetteer's own names: country names it lacks (Korean ones,
    short forms such as "Britain", headline Hanja such as "中"), a Korean
    city written without 시 where the gazetteer holds only 창원시, and a place
    qualified by its country ("베트남 하노이", "Hanoi, Vietnam"), which is
    that place.

    >>> place_record("베트남 하노이", "ko").name, place_record("Hanoi, Vietnam", "en").name
    ('Hanoi', 'Hanoi')
    >>> place_record("미국", "ko").name, place_record("베트남 서울", "ko")
    ('United States', None)
    >>> place_record("독일 바이에른주 뮌헨", "ko").name
    'Munich'
    """
    place = gazetteer_best(name)
    if place is not None:
        return place
    city = korean_city_without_si(name) if lang == "ko" else None
    if city is not None:
        return city
    codes = country_codes(name, lang)
    if len(codes) == 1:
        return gazetteer_country(next(iter(codes)))
    parts = _QUALIFIED_PLACE.split(name.strip())
    if len(parts) >= 2:
        # "독일 바이에른주 뮌헨": the country first and the place last, or the other way round.
        for outer, inner in ((parts[0], parts[-1]), (parts[-1], parts[0])):
            within = country_codes(outer, lang)
            hit = next((p for p in gazetteer_lookup(inner) if p.country in within), None) if within else None
            if hit is not None:
                return hit
    return None


_QUALIFIED_PLACE = re.compile(r",?\s+")


def without_country(name: str, lang: str) -> str:
    """The place a Korean name qualifies by its country, first ("중국 저장성": 저장성), or "".

    Why: Korean news names a foreign place with its country once and then
    without it; where the gazetteer does not know the place, the two names
    are still one place. Only Korean, where the country first is the
    rule: in English "Korea Bay" or "Japan Sea" are names of their own. A
    rest that is a country itself ("미국 조지아", the state, not the country
    조지아) is left alone, and so is one the gazetteer knows: it is that
    place only in that country (:func:`place_record`), not in "베트남 서울".

    >>> without_country("중국 저장성", "ko"), without_country("저장성", "ko"), without_country("미국 조지아", "ko")
    ('저장성', '', '')
    """
    if lang != "ko":
        return ""
    country, _, rest = " ".join(name.split()).partition(" ")
    if (len(rest) < 2 or not all("\uac00" <= ch <= "\ud7a3" for ch in rest)
            or not country_codes(country, lang) or country_codes(rest, lang) or place_record(rest, lang)):
        return ""
    return rest


def _entity_key(typ: str, ms: list[Mention]) -> str:
    """A stable key: kind plus the smallest folded English-first name."""
    kind = KIND.get(typ, typ)
    labels = _labels(ms, bare_divisions=typ == "Place")
    primary = labels[0][0] if labels else ms[0].text
    place = place_record(primary, ms[0].lang) if kind == "loc" else None
    if place is not None:
        return f"{kind}:geo:{place.geonameid}"
    return f"{kind}:{name_key(primary)}"
