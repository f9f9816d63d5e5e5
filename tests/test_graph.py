"""The RDF graph: IRIs, labels, facts with provenance, articles and visits."""

from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, URIRef
from rdflib.namespace import PROV

from kg.graph import build_graph, entity_iri, resolve_relative_date, slug
from kg.records import Article, Entity, Extraction, Mention, Relation, Sentence
from kg.resolve import resolve
from kg.vocab import KG, SCHEMA

TEXT = "On the 3rd of last month Dana Whitfield visited Gerland District in Lyon."


def mention(start, name, typ):
    return Mention("a", start, start + len(name), name, typ, 0.9, name, "en", "test.v1")


def resolution(published=None):
    article = Article(id="a", text=TEXT, lang="en", source="a.txt", blocks=((0, len(TEXT)),),
                      title="Visit", published=published, content_hash="0" * 64)
    date = mention(3, "the 3rd of last month", "Date")
    dana = mention(25, "Dana Whitfield", "Person")
    gerland = mention(48, "Gerland District", "Place")
    lyon = mention(68, "Lyon", "Place")
    sent = Sentence(0, len(TEXT), TEXT)
    rels = (
        Relation("a", dana, "visited", gerland, sent, 0.8, "test.v1"),
        Relation("a", gerland, "locatedIn", lyon, sent, 0.7, "test.v1"),
    )
    return resolve([Extraction(article, (date, dana, gerland, lyon), rels, (sent,))])


@pytest.mark.parametrize(
    "name",
    ['Dana "The Hammer" Whitfield', "<script>alert(1)</script>", "서울 시청", "a b\tc\nd", "'quoted'", "{}|\\^`", "   "],
)
def test_entity_iris_are_valid_for_any_name(name):
    iri = entity_iri(Entity(key=f"x:{name}", type="Person", labels=((name, "en"),)))
    assert all(ch not in str(iri) for ch in ' <>"{}|\\^`\n\t')
    URIRef(str(iri))  # rdflib accepts it without warning
    assert str(iri).startswith("https://w3id.org/kg-news/id/entity/")


def test_iris_are_stable_across_builds():
    g1, g2 = build_graph(resolution()), build_graph(resolution())
    def iris(g):  # the ontology's blank nodes differ by construction; IRIs must not
        return {s for s in g.subjects() if isinstance(s, URIRef)}

    assert iris(g1) == iris(g2)


def test_every_entity_has_a_typed_class_and_tagged_label():
    g = build_graph(resolution())
    people = list(g.subjects(RDF.type, KG.Person))
    assert len(people) == 1
    (label,) = g.objects(people[0], RDFS.label)
    assert label.language == "en" and str(label) == "Dana Whitfield"


def test_facts_are_direct_triples_with_a_provenance_record():
    g = build_graph(resolution())
    (s, o) = next(iter(g.subject_objects(KG.visited)))
    stmts = list(g.subjects(RDF.predicate, KG.visited))
    assert len(stmts) == 1
    st = stmts[0]
    assert g.value(st, RDF.subject) == s and g.value(st, RDF.object) == o
    assert str(g.value(st, KG.evidence)) == TEXT
    assert int(g.value(st, KG.startOffset)) == 0 and int(g.value(st, KG.endOffset)) == len(TEXT)
    assert str(g.value(st, KG.extractor)) == "test.v1"
    assert 0 <= float(g.value(st, KG.confidence)) <= 1
    article = g.value(st, PROV.wasDerivedFrom)
    assert (article, RDF.type, SCHEMA.NewsArticle) in g
    assert (article, SCHEMA.mentions, s) in g


def test_article_node_has_source_title_and_language():
    g = build_graph(resolution(published="2026-04-02"))
    (a,) = g.subjects(RDF.type, SCHEMA.NewsArticle)
    assert str(g.value(a, KG.sourcePath)) == "a.txt"
    assert str(g.value(a, SCHEMA.headline)) == "Visit"
    assert str(g.value(a, SCHEMA.inLanguage)) == "en"
    assert str(g.value(a, SCHEMA.datePublished)) == "2026-04-02"


def test_visit_event_with_agent_place_and_resolved_date():
    g = build_graph(resolution(published="2026-04-02"))
    (visit,) = g.subjects(RDF.type, KG.Visit)
    assert g.value(visit, KG.visitor) is not None and g.value(visit, KG.visitedPlace) is not None
    assert str(g.value(visit, SCHEMA.startDate)) == "2026-03-03"
    assert str(g.value(visit, KG.dateText)) == "the 3rd of last month"


def test_visit_date_kept_as_text_without_publication_date():
    g = build_graph(resolution())
    (visit,) = g.subjects(RDF.type, KG.Visit)
    assert g.value(visit, SCHEMA.startDate) is None
    assert str(g.value(visit, KG.dateText)) == "the 3rd of last month"


def test_graph_carries_schema_superclasses():
    g = build_graph(resolution())
    assert (KG.Facility, RDFS.subClassOf, SCHEMA.Place) in g


@pytest.mark.parametrize("text, published, expected", [
    ("the 31st of last month", "2024-06-03", "2024-05-31"),
    ("지난달 31일", "2024-06-03", "2024-05-31"),
    ("the 31st of last month", "2024-03-10", None),  # February has no 31st
    ("next week", "2024-06-03", None),
])
def test_relative_dates(text, published, expected):
    assert resolve_relative_date(text, published) == expected


def test_slug_is_readable():
    assert slug("Gerland District") == "gerland-district"


def _two_reports(published_a=None, published_b=None, text_b=TEXT):
    """Two articles reporting Dana Whitfield's visit to Gerland District."""
    extractions = []
    for doc, text, published in (("a", TEXT, published_a), ("b", text_b, published_b)):
        article = Article(id=doc, text=text, lang="en", source=f"{doc}.txt", blocks=((0, len(text)),),
                          published=published, content_hash=doc * 64)
        def m(name, typ, doc=doc, text=text):
            start = text.index(name)
            return Mention(doc, start, start + len(name), name, typ, 0.9, name, "en", "test.v1")
        dana, gerland = m("Dana Whitfield", "Person"), m("Gerland District", "Place")
        dates = (m(text.split(" Dana")[0][3:], "Date"),) if text.startswith("On ") else ()
        sent = Sentence(0, len(text), text)
        extractions.append(Extraction(article, (*dates, dana, gerland),
                                      (Relation(doc, dana, "visited", gerland, sent, 0.8, "test.v1"),), (sent,)))
    return build_graph(resolve(extractions))


def test_one_visit_reported_twice_is_one_event():
    g = _two_reports("2026-04-02", "2026-04-03")
    (visit,) = g.subjects(RDF.type, KG.Visit)
    assert len(set(g.objects(visit, PROV.wasDerivedFrom))) == 2
    assert str(g.value(visit, SCHEMA.startDate)) == "2026-03-03"


def test_visits_on_different_days_stay_apart():
    later = "On the 9th of last month Dana Whitfield visited Gerland District in Lyon."
    g = _two_reports("2026-04-02", "2026-04-02", text_b=later)
    assert len(set(g.subjects(RDF.type, KG.Visit))) == 2


def test_undated_reports_months_apart_stay_apart():
    undated = "Back then Dana Whitfield visited Gerland District in Lyon."
    g = _two_reports("2026-01-02", "2026-06-02", text_b=undated)
    assert len(set(g.subjects(RDF.type, KG.Visit))) == 2


def test_offices_with_and_without_a_named_place():
    import kg

    text = "Lyon Mayor Dana Whitfield met Prime Minister Ada Quinn."
    article = Article(id="o", text=text, lang="en", source="o.txt", blocks=((0, len(text)),), content_hash="1" * 64)

    def m(name, typ):
        start = text.index(name)
        return Mention("o", start, start + len(name), name, typ, 0.9, name, "en", "test.v1")

    lyon, dana, ada = m("Lyon", "Place"), m("Dana Whitfield", "Person"), m("Ada Quinn", "Person")
    sent = Sentence(0, len(text), text)
    rels = (Relation("o", dana, "holdsOffice", lyon, sent, 0.85, "test.v1", "Mayor"),
            Relation("o", ada, "holdsOffice", None, sent, 0.6, "test.v1", "Prime Minister"))
    g = build_graph(resolve([Extraction(article, (lyon, dana, ada), rels, (sent,))]))
    offices = {str(g.value(o, RDFS.label)): g.value(o, KG.jurisdiction) for o in g.subjects(RDF.type, KG.Office)}
    assert offices["Mayor of Lyon"] == entity_iri_of(g, "Lyon")
    assert "Prime Minister" in offices and offices["Prime Minister"] is None  # an office, not a bare string
    assert kg.validate(g).conforms


def entity_iri_of(g, label):
    return next(s for s, o in g.subject_objects(RDFS.label) if str(o) == label)


def test_an_office_written_two_ways_has_one_label_per_language():
    from rdflib.namespace import SKOS

    text = "대한민국 대통령 김하늘과 대한민국 대통령 박다온."
    article = Article(id="k", text=text, lang="ko", source="k.txt", blocks=((0, len(text)),), content_hash="2" * 64)
    place = Mention("k", 0, 4, "대한민국", "Place", 0.9, "대한민국", "ko", "test.v1")
    kim = Mention("k", 9, 12, "김하늘", "Person", 0.9, "김하늘", "ko", "test.v1")
    park = Mention("k", 23, 26, "박다온", "Person", 0.9, "박다온", "ko", "test.v1")
    sent = Sentence(0, len(text), text)
    rels = (Relation("k", kim, "holdsOffice", place, sent, 0.85, "test.v1", "대한민국 대통령"),
            Relation("k", park, "holdsOffice", place, sent, 0.85, "test.v1", "대한민국대통령"))
    g = build_graph(resolve([Extraction(article, (place, kim, park), rels, (sent,))]))
    (office,) = set(g.subjects(RDF.type, KG.Office))
    assert len([lab for lab in g.objects(office, RDFS.label) if lab.language == "ko"]) == 1
    assert len(list(g.objects(office, SKOS.altLabel))) == 1


def _office_labels(reports) -> list[set[tuple[str, str]]]:
    """The labels of each office in the graph of one-article reports.

    Each report is ``(lang, text, holder, at, at_type, title)``: in ``text``
    (one paragraph a line) the person ``holder`` holds the office ``title``
    at ``at``, a mention of type ``at_type``.
    """
    extractions = []
    for i, (lang, text, person, at, at_type, title) in enumerate(reports):
        doc = f"d{i}"
        blocks, start = [], 0
        for line in text.split("\n"):
            blocks.append((start, start + len(line)))
            start += len(line) + 1
        article = Article(id=doc, text=text, lang=lang, source=f"{doc}.txt", blocks=tuple(blocks),
                          content_hash=f"{i:064d}")

        def m(name, typ):
            start = text.index(name)
            return Mention(doc, start, start + len(name), name, typ, 0.9, name, lang, "test.v1")

        holder, where = m(person, "Person"), m(at, at_type)
        rel = Relation(doc, holder, "holdsOffice", where, Sentence(0, len(text), text), 0.8, "test.v1", title)
        extractions.append(Extraction(article, (where, holder), (rel,)))
    g = build_graph(resolve(extractions))
    return [{(str(lab), lab.language) for lab in g.objects(o, RDFS.label)} for o in g.subjects(RDF.type, KG.Office)]


def _offices_at_one_body(*written: tuple[str, str]) -> list[set[tuple[str, str]]]:
    """The labels of each office that people hold at one company, each (title, language) in its own article.

    The holder and the company are written in the article's language, so the
    English and the Korean ones are merged across languages before the
    offices are made.
    """
    names = {"en": ("Mara Lindholm", "Kestrel Motors"), "ko": ("마라 린드홀름", "케스트럴모터스")}
    reports = []
    for title, lang in written:
        person, company = names[lang]
        text = (f"{company} {title} {person} visited Ulsan on May 3, 2024 with 1,200 guests." if lang == "en"
                else f"{person} {company} {title}가 2024년 5월 3일 손님 1200명과 울산을 찾았다.")
        reports.append((lang, text, person, company, "Organization", title if lang == "en" else f"{company} {title}"))
    return _office_labels(reports)


@pytest.mark.parametrize("written, label", [
    ((("chief executive", "en"), ("Chief Executive Officer", "en")), "Chief Executive Officer of Kestrel Motors"),
    ((("CEO", "en"), ("chief executive", "en")), "Chief executive of Kestrel Motors"),
    ((("Chairwoman", "en"), ("Chairperson", "en")), "Chairperson of Kestrel Motors"),
])
def test_one_post_written_in_other_words_is_one_office_named_by_its_fullest_form(written, label):
    # "Kestrel Motors chief executive Mara Lindholm" and "Mara Lindholm, Chief Executive Officer of Kestrel Motors".
    assert _offices_at_one_body(*written) == [{(label, "en")}]


@pytest.mark.parametrize("english, korean", [("CEO", "대표"), ("Chief Executive Officer", "최고경영자"),
                                             ("chief executive", "대표이사"), ("Chairman", "회장"),
                                             ("Vice Chairman", "부회장"), ("Vice President", "부사장"),
                                             ("President Director", "사장")])
def test_one_post_in_english_and_korean_is_one_office(english, korean):
    assert _offices_at_one_body((english, "en"), (korean, "ko")) == [
        {(f"{english[:1].upper()}{english[1:]} of Kestrel Motors", "en"), (f"케스트럴모터스 {korean}", "ko")}]


@pytest.mark.parametrize("written", [
    (("President", "en"), ("Chief Executive Officer", "en")),
    (("Vice Chairman", "en"), ("Chairman", "en")),
    (("Deputy CEO", "en"), ("CEO", "en")),
    (("Managing Director", "en"), ("Chief Executive", "en")),
    (("President", "en"), ("대표", "ko")),
    (("Chairman", "en"), ("부회장", "ko")),
    (("Chairman", "en"), ("의장", "ko")),
    (("President", "en"), ("부사장", "ko")),  # the vice president
    (("Vice President", "en"), ("사장", "ko")),
    (("Vice Chairman", "en"), ("회장", "ko")),
])
def test_distinct_posts_at_one_body_stay_apart(written):
    assert len(_offices_at_one_body(*written)) == 2


def _offices_of_one_place(place: tuple[str, str], english: str, korean: str) -> list[set[tuple[str, str]]]:
    """The labels of each office an English and a Korean report give one person at one place (English, Korean)."""
    person = {"en": "Anand Varma", "ko": "아난드 바르마"}
    # Two paragraphs that share numbers: the reports align, so a place need not match by a sure name.
    en = (f"{place[0]} {english} {person['en']} visited Ulsan on May 3, 2024 with 1,200 guests.\n"
          "The state has 14 districts and 35 million people.")
    ko = (f"{person['ko']} {place[1]} {korean}가 2024년 5월 3일 손님 1200명과 울산을 찾았다.\n"
          "이 주에는 14개 구역과 인구 3500만명이 있다.")
    return _office_labels([("en", en, person["en"], place[0], "Place", english),
                           ("ko", ko, person["ko"], place[1], "Place", f"{place[1]} {korean}")])


@pytest.mark.parametrize("place, english, korean", [
    (("Kerala", "케랄라주"), "Chief Minister", "총리"),  # India's chief minister, 총리 of a state in Korean
    (("Kerala", "케랄라주"), "Chief Minister", "주총리"),
    (("Bavaria", "바이에른주"), "Economy Minister", "경제장관"),  # the field before the rank in both
])
def test_one_post_of_a_state_in_english_and_korean_is_one_office(place, english, korean):
    assert _offices_of_one_place(place, english, korean) == [
        {(f"{english} of {place[0]}", "en"), (f"{place[1]} {korean}", "ko")}]


@pytest.mark.parametrize("place, english, korean", [
    (("Kerala", "케랄라주"), "Chief Minister", "부총리"),  # the deputy
    (("Kerala", "케랄라주"), "Governor", "총리"),  # a state's governor is not its head of government
    (("Bavaria", "바이에른주"), "Economy Minister", "재무장관"),  # finance
])
def test_other_posts_of_a_state_stay_apart(place, english, korean):
    assert len(_offices_of_one_place(place, english, korean)) == 2
