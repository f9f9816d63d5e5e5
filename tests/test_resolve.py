"""Resolution: one entity per real-world thing, within and across articles."""

from __future__ import annotations

import pytest
from rdflib import RDF, RDFS

from kg.graph import build_graph
from kg.records import Article, Extraction, Mention, Relation, Sentence
from kg.resolve import name_key, resolve
from kg.vocab import KG


def art(doc: str, text: str = "x" * 200, lang: str = "en") -> Article:
    return Article(id=doc, text=text, lang=lang, source=doc, blocks=((0, len(text)),))


def men(doc, start, name, typ, lang="en", score=0.9, text=None):
    text = text or name
    return Mention(doc, start, start + len(text), text, typ, score, name, lang, "test.v1")


def test_alias_joins_its_antecedent_and_becomes_alt_label():
    full = men("a", 0, "Dana Whitfield", "Person")
    short = men("a", 50, "Whitfield", "Person")
    r = resolve([Extraction(art("a"), (full, short), (), aliases=((short, full),))])
    assert len(r.entities) == 1
    e = r.entities[0]
    assert e.labels == (("Dana Whitfield", "en"),)
    assert ("Whitfield", "en") in e.aliases


def test_a_short_form_the_article_also_uses_for_a_place_stays_the_place():
    # "Daegu ... Daegu Chamber of Commerce ... Daegu firms": the bare name is the
    # city here, so the chamber is not folded into it (nor it into the chamber).
    city = men("a", 0, "Daegu", "Place")
    chamber = men("a", 40, "Daegu Chamber of Commerce", "Organization")
    short = men("a", 100, "Daegu", "Organization", score=0.5)
    r = resolve([Extraction(art("a"), (city, chamber, short), (), aliases=((short, chamber),))])
    assert sorted(e.label() for e in r.entities) == ["Daegu", "Daegu Chamber of Commerce"]


def test_a_short_form_of_a_firm_still_joins_it():
    full = men("a", 0, "Tarnwick Petrochemical", "Organization")
    short = men("a", 50, "Tarnwick", "Organization")
    r = resolve([Extraction(art("a"), (full, short), (), aliases=((short, full),))])
    assert [e.label() for e in r.entities] == ["Tarnwick Petrochemical"]


def test_same_name_across_articles_is_one_entity():
    a = Extraction(art("a"), (men("a", 0, "Volterra Energy", "Organization"),), ())
    b = Extraction(art("b"), (men("b", 10, "Volterra Energy", "Organization"),), ())
    r = resolve([a, b])
    assert len(r.entities) == 1 and r.entities[0].docs == ("a", "b")


def test_different_kinds_never_merge():
    person = Extraction(art("a"), (men("a", 0, "Jordan", "Person"),), ())
    country = Extraction(art("b"), (men("b", 0, "Jordan", "Place"),), ())
    r = resolve([person, country])
    assert sorted(e.type for e in r.entities) == ["Person", "Place"]


def test_gazetteer_links_english_and_korean_names_of_a_city():
    en = Extraction(art("a"), (men("a", 0, "Seoul", "Place"),), ())
    ko = Extraction(art("b", lang="ko"), (men("b", 0, "서울", "Place", lang="ko"),), ())
    r = resolve([en, ko])
    assert len(r.entities) == 1
    assert set(r.entities[0].labels) == {("Seoul", "en"), ("서울", "ko")}


def test_keys_do_not_depend_on_article_order():
    a = Extraction(art("a"), (men("a", 0, "Lyon", "Place"), men("a", 9, "Volterra Energy", "Organization")), ())
    b = Extraction(art("b"), (men("b", 0, "Volterra Energy", "Organization"),), ())
    assert [e.key for e in resolve([a, b]).entities] == [e.key for e in resolve([b, a]).entities]


def test_relations_become_facts_between_entities():
    s = men("a", 0, "Dana Whitfield", "Person")
    o = men("a", 30, "Gerland District", "Place")
    rel = Relation("a", s, "visited", o, Sentence(0, 60, "sentence"), 0.8, "test.v1")
    r = resolve([Extraction(art("a"), (s, o), (rel,))])
    (fact,) = r.facts
    keys = {e.key: e.label() for e in r.entities}
    assert (keys[fact.subject], fact.predicate, keys[fact.object]) == ("Dana Whitfield", "visited", "Gerland District")


def test_majority_type_wins():
    ms = (men("a", 0, "Aurora", "Product"), men("a", 20, "Aurora", "Product"), men("a", 40, "Aurora", "Person", score=0.5))
    (e,) = resolve([Extraction(art("a"), ms, ())]).entities
    assert e.type == "Product"


@pytest.mark.parametrize("a, b", [("The Central Park", "central park"), ("Saint-Denis", "saint denis")])
def test_name_key_ignores_case_articles_and_punctuation(a, b):
    assert name_key(a) == name_key(b)


def _places_apart(a: str, lang_a: str, b: str, lang_b: str) -> int:
    """How many entities two articles' place names make, each named once."""
    return len(resolve([
        Extraction(art("d1", lang=lang_a), (men("d1", 0, a, "Place", lang=lang_a),), ()),
        Extraction(art("d2", lang=lang_b), (men("d2", 0, b, "Place", lang=lang_b),), ()),
    ], link_languages=False).entities)


@pytest.mark.parametrize("a, lang_a, b, lang_b", [
    ("中", "ko", "중국", "ko"),          # headline Hanja and the Korean name
    ("Britain", "en", "United Kingdom", "en"),
    ("미국", "ko", "United States", "en"),
])
def test_country_names_the_gazetteer_lacks_still_merge(a, lang_a, b, lang_b):
    assert _places_apart(a, lang_a, b, lang_b) == 1


@pytest.mark.parametrize("a, lang_a, b, lang_b", [
    ("베트남 하노이", "ko", "Hanoi", "en"),  # a city qualified by its country is the city
    ("Hanoi, Vietnam", "en", "하노이", "ko"),
    ("중국 베이징", "ko", "베이징", "ko"),
])
def test_a_place_qualified_by_its_country_is_that_place(a, lang_a, b, lang_b):
    assert _places_apart(a, lang_a, b, lang_b) == 1


@pytest.mark.parametrize("bare, with_si", [("창원", "창원시"), ("김해", "김해시"), ("군산", "군산시")])
def test_a_korean_city_named_without_si_is_the_city(bare, with_si):
    # The gazetteer knows these cities by the long form only; Korean news writes both.
    assert _places_apart(bare, "ko", with_si, "ko") == 1


@pytest.mark.parametrize("a, b", [
    ("오스트벨", "오스트벨시"),  # a town the gazetteer does not know: nothing says the two are one
    ("멕시코", "멕시코시"),  # a country and its capital
])
def test_a_name_and_a_city_named_after_it_stay_apart(a, b):
    assert _places_apart(a, "ko", b, "ko") == 2


def test_a_korean_city_government_stays_apart_from_the_bare_city():
    r = resolve([Extraction(art("d1", lang="ko"), (men("d1", 0, "김해시", "Organization", lang="ko"),
                                                   men("d1", 10, "김해", "Place", lang="ko")), ())],
                link_languages=False)
    assert sorted(e.type for e in r.entities) == ["Organization", "Place"]


def test_a_mayor_named_by_the_bare_city_is_one_office_with_the_english_mayor():
    # "군산시장" holds the office of 군산, which the article also calls 군산시; English names it Gunsan.
    en_text = "Gunsan Mayor Oren Vask met the visitors on May 3, 2024 with 1,200 guests."
    ko_text = "오렌 바스크 군산시장은 2024년 5월 3일 손님 1200명과 군산시청에서 만났다.\n군산시는 계획을 밝혔다."
    en, ko = art("e", en_text), art("k", ko_text, lang="ko")
    gunsan = men("e", 0, "Gunsan", "Place")
    oren = men("e", en_text.index("Oren Vask"), "Oren Vask", "Person")
    oren_ko = men("k", 0, "오렌 바스크", "Person", lang="ko")
    bare = men("k", ko_text.index("군산시장"), "군산", "Place", lang="ko")
    city = men("k", ko_text.index("군산시는"), "군산시", "Place", lang="ko")
    rels_en = (Relation("e", oren, "holdsOffice", gunsan, Sentence(0, len(en_text), en_text), 0.8, "t", "Mayor"),)
    rels_ko = (Relation("k", oren_ko, "holdsOffice", bare, Sentence(0, len(ko_text), ko_text), 0.8, "t",
                        "군산시장"),)
    offices = _office_labels(Extraction(en, (gunsan, oren), rels_en),
                             Extraction(ko, (oren_ko, bare, city), rels_ko))
    assert offices == [{("Mayor of Gunsan", "en"), ("군산시장", "ko")}]


def test_a_city_qualified_by_another_country_stays_apart():
    assert _places_apart("베트남 서울", "ko", "서울", "ko") == 2


def test_a_country_acting_as_a_body_is_the_country():
    # Name taggers follow datasets where an acting country is an organisation.
    r = resolve([
        Extraction(art("d1", lang="ko"), (men("d1", 0, "베트남", "Organization", lang="ko"),
                                          men("d1", 10, "베트남", "Place", lang="ko", score=0.5)), ()),
    ], link_languages=False)
    assert [(e.type, e.label()) for e in r.entities] == [("Place", "베트남")]


def test_a_city_government_stays_a_body():
    r = resolve([Extraction(art("d1", lang="ko"), (men("d1", 0, "서울시", "Organization", lang="ko"),), ())],
                link_languages=False)
    assert [e.type for e in r.entities] == ["Organization"]


def _division_entities(*names: tuple[str, str, str]) -> list:
    """The entities that (name, type, lang) mentions, one article each, make."""
    return resolve([Extraction(art(f"d{i}", lang=lang), (men(f"d{i}", 0, name, typ, lang=lang),), ())
                    for i, (name, typ, lang) in enumerate(names)], link_languages=False).entities


@pytest.mark.parametrize("with_kind, bare, lang", [
    ("Ostvell Province", "Ostvell", "en"),
    ("Ostvell Prefecture", "Ostvell", "en"),
    ("오스트벨성", "오스트벨", "ko"),  # 성: a Chinese province
    ("오스트벨도", "오스트벨", "ko"),
    ("충청남도", "충남", "ko"),  # a Korean province and its short form
])
def test_a_province_named_with_and_without_its_kind_is_one_place(with_kind, bare, lang):
    (e,) = _division_entities((with_kind, "Place", lang), (bare, "Place", lang), (with_kind, "Place", lang))
    names = {t for t, _ in e.labels + e.aliases}
    assert names == {with_kind, bare}
    if lang == "en":
        assert e.label() == bare  # the kind word describes; offices read "Governor of Ostvell"


@pytest.mark.parametrize("names", [
    (("Osaka Prefecture", "Place", "en"), ("Osaka", "Place", "en")),  # Osaka is also a city
    (("Ostvell Province", "Place", "en"), ("Ostvell State", "Place", "en"), ("Ostvell", "Place", "en")),  # two divisions
    (("Ostvell Province", "Facility", "en"), ("Ostvell", "Place", "en")),
    (("오스트벨주", "Place", "ko"), ("오스트벨", "Place", "ko")),  # 주 is left out (워싱턴 is not 워싱턴주)
    (("제주도", "Place", "ko"), ("제주", "Place", "ko")),  # 제주 is also the city
])
def test_a_kind_word_does_not_join_what_may_be_two_places(names):
    assert len(_division_entities(*names)) == len(names)


def _office_pair(korean_body: str):
    """A deputy minister's offices in an English and a Korean report; the Korean names his ministry once."""
    en_text = "Ostvell's Deputy Minister of Industry Arvo Tamm visited Ulsan on May 3, 2024 with 1,200 guests."
    ko_text = f"아르보 탐 오스트벨 {korean_body} 차관이 2024년 5월 3일 손님 1200명과 울산을 찾았다.\n탐 차관은 공장을 둘러봤다."
    en, ko = art("e", en_text), art("k", ko_text, lang="ko")
    arvo = men("e", en_text.index("Arvo Tamm"), "Arvo Tamm", "Person")
    arbo = men("k", 0, "아르보 탐", "Person", lang="ko")
    tam = men("k", ko_text.index("탐 차관"), "아르보 탐", "Person", lang="ko", text="탐")
    second = Sentence(ko_text.index("탐 차관"), len(ko_text), ko_text[ko_text.index("탐 차관"):])
    rels_en = (Relation("e", arvo, "holdsOffice", None, Sentence(0, len(en_text), en_text), 0.8, "t",
                        "Deputy Minister of Industry"),)
    rels_ko = (Relation("k", tam, "holdsOffice", None, second, 0.8, "t", "차관"),)
    return _office_labels(Extraction(en, (arvo,), rels_en),
                          Extraction(ko, (arbo, tam), rels_ko, aliases=((tam, arbo),)))


def _office_labels(*extractions: Extraction) -> list[set[tuple[str, str]]]:
    """The labels of each office in the graph of these extractions."""
    g = build_graph(resolve(extractions))
    return [{(str(lab), lab.language) for lab in g.objects(o, RDFS.label)} for o in g.subjects(RDF.type, KG.Office)]


def test_an_office_is_one_node_when_its_korean_report_names_the_same_ministry():
    # "탐 차관" holds the 차관 of the 산업부 the first sentence names: the English "Deputy Minister of Industry".
    assert _office_pair("산업부") == [{("Deputy Minister of Industry", "en"), ("산업부 차관", "ko")}]


def test_an_office_of_another_ministry_stays_apart():
    offices = _office_pair("재무부")
    assert sorted(offices, key=len) == [{("Deputy Minister of Industry", "en")}, {("차관", "ko")}]


def _governor_pair(korean_place: str):
    """A prefectural governor's offices in an English and a Korean report; Korean writes the title after the place."""
    en_text = "Shizuoka Governor Haruto Mori visited Ulsan on May 3, 2024 with 1,200 guests."
    ko_text = f"모리 하루토 일본 {korean_place} 지사가 2024년 5월 3일 손님 1200명과 울산을 찾았다."
    en, ko = art("e", en_text), art("k", ko_text, lang="ko")
    place_en = men("e", 0, "Shizuoka", "Place")
    mori_en = men("e", en_text.index("Haruto Mori"), "Haruto Mori", "Person")
    mori_ko = men("k", 0, "모리 하루토", "Person", lang="ko")
    place_ko = men("k", ko_text.index(korean_place), korean_place, "Place", lang="ko")
    rels_en = (Relation("e", mori_en, "holdsOffice", place_en, Sentence(0, len(en_text), en_text), 0.8, "t",
                        "Governor"),)
    rels_ko = (Relation("k", mori_ko, "holdsOffice", None, Sentence(0, len(ko_text), ko_text), 0.8, "t", "지사"),)
    return _office_labels(Extraction(en, (place_en, mori_en), rels_en), Extraction(ko, (mori_ko, place_ko), rels_ko))


def test_a_foreign_governor_s_korean_title_after_the_place_is_one_office():
    # "모리 하루토 일본 시즈오카현 지사": the title of the prefecture the English "Shizuoka Governor" names.
    assert _governor_pair("시즈오카현") == [{("Governor of Shizuoka", "en"), ("시즈오카현 지사", "ko")}]


def test_a_governor_s_title_after_another_place_stays_apart():
    offices = _governor_pair("나가노현")
    assert sorted(offices, key=len) == [{("Governor of Shizuoka", "en")}, {("지사", "ko")}]


@pytest.mark.parametrize("a, lang_a, b, lang_b, apart", [
    ("중국 린후성", "ko", "린후성", "ko", 1),  # a province the gazetteer does not know, with its country once
    ("인도 바루나푸르주", "ko", "바루나푸르주", "ko", 1),
    ("미국 조지아", "ko", "조지아", "ko", 2),  # the state, and the country 조지아 names alone
    ("중국 린후성", "ko", "하이린성", "ko", 2),
    ("Korea Bay", "en", "Bay", "en", 2),  # English names of their own
])
def test_a_korean_place_named_with_its_country_first_is_the_place_without_it(a, lang_a, b, lang_b, apart):
    assert _places_apart(a, lang_a, b, lang_b) == apart
