"""Resolution: one entity per real-world thing, within and across articles."""

from __future__ import annotations

import pytest

from kg.records import Article, Extraction, Mention, Relation, Sentence
from kg.resolve import name_key, resolve


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
