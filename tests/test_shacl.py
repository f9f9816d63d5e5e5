"""SHACL validation: the hand-written mini graph conforms, broken copies don't."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from kg.errors import QueryError
from kg.shacl import Issue, ValidationReport, format_report, validate, validate_file
from kg.vocab import KG, SCHEMA

DATA = Path(__file__).parent / "data"
MINI = DATA / "mini-graph.ttl"

ID = "https://w3id.org/kg-news/id/"
JUN = URIRef(ID + "entity/jun-arlo-0f1e2d3c")
PETRA = URIRef(ID + "entity/petra-quill-4b5a6978")
MUSEUM = URIRef(ID + "entity/fernvale-glass-museum-9c8d7e6f")
FERNVALE = URIRef(ID + "entity/fernvale-6a7b8c9d")
FACT = URIRef(ID + "fact/0a11b22c33d44e55")
ARTICLE = URIRef(ID + "article/14a1a76cc2964b96")
VISIT = URIRef(ID + "event/visit-9f0a1b2c3d4e5f60")
OFFICE = URIRef(ID + "office/mayor-of-fernvale-3e4f5a6b")


@pytest.fixture(scope="module")
def mini_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(MINI, format="turtle")


@pytest.fixture
def graph(mini_graph) -> rdflib.Graph:
    copy = rdflib.Graph()
    copy += mini_graph
    return copy


def test_mini_graph_conforms_with_warnings(mini_graph):
    report = validate(mini_graph, warnings=True)
    assert report.conforms, format_report(report)
    assert report.violations == []


def test_validate_does_not_modify_the_graph(graph):
    before = len(graph)
    validate(graph, warnings=True)
    assert len(graph) == before


# --- broken variants ----------------------------------------------------------


def _remove_labels(g):
    g.remove((JUN, RDFS.label, None))


def _untagged_label(g):
    g.remove((JUN, RDFS.label, Literal("Jun Arlo", lang="en")))
    g.add((JUN, RDFS.label, Literal("Jun Arlo")))


def _confidence_too_high(g):
    g.set((FACT, KG.confidence, Literal(Decimal("1.5"))))


def _confidence_negative(g):
    g.set((FACT, KG.confidence, Literal(Decimal("-0.1"))))


def _confidence_as_double(g):
    # rdflib's Literal(0.8) is an xsd:double; the model wants xsd:decimal.
    g.set((FACT, KG.confidence, Literal(0.8)))


def _two_confidences(g):
    g.add((FACT, KG.confidence, Literal(Decimal("0.3"))))


def _statement_without_article(g):
    g.remove((FACT, PROV.wasDerivedFrom, None))


def _statement_from_non_article(g):
    g.set((FACT, PROV.wasDerivedFrom, JUN))


def _statement_without_evidence(g):
    g.remove((FACT, KG.evidence, None))


def _start_after_end(g):
    g.set((FACT, KG.startOffset, Literal(60)))
    g.set((FACT, KG.endOffset, Literal(53)))


def _negative_offset(g):
    g.set((FACT, KG.startOffset, Literal(-1)))


def _two_extractors(g):
    g.add((FACT, KG.extractor, Literal("en.rules.v1")))


def _statement_without_predicate(g):
    g.remove((FACT, RDF.predicate, None))


def _bad_hash(g):
    g.set((ARTICLE, KG.contentHash, Literal("NOT-A-HASH")))


def _hash_not_matching_iri(g):
    g.set((ARTICLE, KG.contentHash, Literal("f" * 64)))


def _two_languages(g):
    g.add((ARTICLE, SCHEMA.inLanguage, Literal("ko")))


def _article_without_source(g):
    g.remove((ARTICLE, KG.sourcePath, None))
    g.remove((ARTICLE, SCHEMA.url, None))


def _visit_without_visitor(g):
    g.remove((VISIT, KG.visitor, None))


def _visit_without_place(g):
    g.remove((VISIT, KG.visitedPlace, None))


def _office_held_by_nobody(g):
    g.remove((None, KG.holdsOffice, OFFICE))


def _holds_a_place(g):
    g.add((PETRA, KG.holdsOffice, FERNVALE))


def _entity_outside_id_space(g):
    g.add((URIRef("https://example.org/somebody"), RDF.type, KG.Person))
    g.add((URIRef("https://example.org/somebody"), RDFS.label, Literal("Somebody", lang="en")))


BROKEN = [
    # (change, focus node, path, words of the message)
    (_remove_labels, JUN, RDFS.label, "no rdfs:label"),
    (_untagged_label, JUN, RDFS.label, "no language tag"),
    (_confidence_too_high, FACT, KG.confidence, "not in range [0, 1]"),
    (_confidence_negative, FACT, KG.confidence, "not in range [0, 1]"),
    (_confidence_as_double, FACT, KG.confidence, "xsd:decimal"),
    (_two_confidences, FACT, KG.confidence, "exactly one kg:confidence"),
    (_statement_without_article, FACT, PROV.wasDerivedFrom, "exactly one prov:wasDerivedFrom"),
    (_statement_from_non_article, FACT, PROV.wasDerivedFrom, "not a schema:NewsArticle"),
    (_statement_without_evidence, FACT, KG.evidence, "no kg:evidence"),
    (_start_after_end, FACT, KG.startOffset, "after kg:endOffset"),
    (_negative_offset, FACT, KG.startOffset, ">= 0"),
    (_two_extractors, FACT, KG.extractor, "exactly one kg:extractor"),
    (_statement_without_predicate, FACT, RDF.predicate, "exactly one rdf:predicate"),
    (_bad_hash, ARTICLE, KG.contentHash, "64 lower-case hex"),
    (_hash_not_matching_iri, ARTICLE, KG.contentHash, "first 16 hex digits"),
    (_two_languages, ARTICLE, SCHEMA.inLanguage, "exactly one schema:inLanguage"),
    (_article_without_source, ARTICLE, None, "neither kg:sourcePath nor schema:url"),
    (_visit_without_visitor, VISIT, KG.visitor, "no kg:visitor"),
    (_visit_without_place, VISIT, KG.visitedPlace, "no kg:visitedPlace"),
    (_office_held_by_nobody, OFFICE, "^<" + str(KG.holdsOffice) + ">", "held by nobody"),
    (_holds_a_place, PETRA, KG.holdsOffice, "not a kg:Office"),
    (_entity_outside_id_space, URIRef("https://example.org/somebody"), None, "not minted under"),
]


@pytest.mark.parametrize(("change", "focus", "path", "words"), BROKEN, ids=[c[0].__name__.lstrip("_") for c in BROKEN])
def test_broken_graph_has_violation(graph, change, focus, path, words):
    change(graph)
    report = validate(graph)
    assert not report.conforms
    wanted = [
        i
        for i in report.violations
        if i.severity == "Violation" and i.focus_node == focus and i.path == (None if path is None else str(path))
    ]
    assert wanted, format_report(report)
    assert any(words in i.message for i in wanted), format_report(report)


# --- warnings -------------------------------------------------------------------

UNSOURCED = URIRef(ID + "entity/willow-street-5e6f7a8b")


def _fact_without_provenance(g):
    g.add((JUN, KG.metWith, PETRA))


def _located_in_a_person(g):
    g.add((UNSOURCED, KG.locatedIn, JUN))


def _article_without_headline(g):
    g.remove((ARTICLE, SCHEMA.headline, None))


def _two_english_labels(g):
    g.add((JUN, RDFS.label, Literal("J. Arlo", lang="en")))


def _person_and_place(g):
    g.add((JUN, RDF.type, KG.Place))


def _unversioned_extractor(g):
    g.set((FACT, KG.extractor, Literal("spacy")))


WARNINGS = [
    (_fact_without_provenance, JUN, KG.metWith, "no provenance record"),
    (_located_in_a_person, UNSOURCED, KG.locatedIn, "not a kg:Place or kg:Facility"),
    (_article_without_headline, ARTICLE, SCHEMA.headline, "no schema:headline"),
    (_two_english_labels, JUN, RDFS.label, "More than one rdfs:label"),
    (_person_and_place, JUN, RDF.type, "two unrelated kg: types"),
    (_unversioned_extractor, FACT, KG.extractor, "versioned"),
]


@pytest.mark.parametrize(("change", "focus", "path", "words"), WARNINGS, ids=[c[0].__name__.lstrip("_") for c in WARNINGS])
def test_recommended_check_warns_but_conforms(graph, change, focus, path, words):
    change(graph)
    assert validate(graph).violations == [], "warnings must only run when asked for"
    report = validate(graph, warnings=True)
    assert report.conforms, "warnings alone must not make a graph non-conforming"
    wanted = [i for i in report.violations if i.severity == "Warning" and i.focus_node == focus and i.path == str(path)]
    assert any(words in i.message for i in wanted), format_report(report)


def test_subclass_types_are_not_two_kinds(graph):
    # kg:Visit is a kg:Event only through kg.ttl, which validate() mixes in:
    # typing a visit as both is redundant, not a merge of two things.
    graph.add((VISIT, RDF.type, KG.Event))
    report = validate(graph, warnings=True)
    assert [i for i in report.violations if i.path == str(RDF.type)] == []
    _person_and_place(graph)
    report = validate(graph, warnings=True)
    assert [i.focus_node for i in report.violations if i.path == str(RDF.type)] == [JUN]


# --- reports --------------------------------------------------------------------


def test_format_report_names_focus_path_and_value(graph):
    _confidence_too_high(graph)
    text = format_report(validate(graph))
    assert "Violation: id:fact/0a11b22c33d44e55 kg:confidence: Value is not in range [0, 1] (value: 1.5)" in text
    assert text.splitlines()[-1] == "1 violation"


def test_format_report_of_a_clean_graph():
    assert format_report(ValidationReport(conforms=True)) == "Conforms: no violations"


def test_issue_names_its_node_shape(graph):
    _bad_hash(graph)
    issues = [i for i in validate(graph).violations if i.path == str(KG.contentHash)]
    assert {i.shape for i in issues} == {"https://w3id.org/kg-news/shapes#ArticleShape"}
    assert all(isinstance(i, Issue) for i in issues)


def test_validate_file(tmp_path):
    assert validate_file(MINI).conforms
    bad = tmp_path / "bad.ttl"
    bad.write_text("<urn:a> <urn:b> .", encoding="utf-8")
    with pytest.raises(QueryError, match="bad.ttl"):
        validate_file(bad)


def test_datatypes_in_fixture_are_the_models(mini_graph):
    # Guard the fixture itself: confidence decimals, integer offsets.
    assert {o.datatype for o in mini_graph.objects(None, KG.confidence)} == {rdflib.namespace.XSD.decimal}
    assert {o.datatype for o in mini_graph.objects(None, KG.startOffset)} == {rdflib.namespace.XSD.integer}
