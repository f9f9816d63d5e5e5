"""kg/vocab.py and ontology/kg.ttl define the same terms, each documented."""

from __future__ import annotations

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS
from rdflib.term import BNode, URIRef

from kg.resources import ontology_dir
from kg.vocab import ENTITY_CLASSES, KG, ONTOLOGY_IRI

KG_NS = ONTOLOGY_IRI + "#"
SCHEMA_NS = "https://schema.org/"
ORG_NS = "http://www.w3.org/ns/org#"
VANN = rdflib.Namespace("http://purl.org/vocab/vann/")
ONTOLOGY = URIRef(ONTOLOGY_IRI)

VOCAB_TERMS = sorted(KG.__annotations__)


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_dir() / "kg.ttl", format="turtle")


def _classes(g):
    return sorted(s for s in g.subjects(RDF.type, OWL.Class) if str(s).startswith(KG_NS))


def _properties(g):
    kinds = (OWL.ObjectProperty, OWL.DatatypeProperty)
    return sorted({s for k in kinds for s in g.subjects(RDF.type, k) if str(s).startswith(KG_NS)})


def test_ontology_header(onto):
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in onto
    assert str(onto.value(ONTOLOGY, VANN.preferredNamespacePrefix)) == "kg"
    assert str(onto.value(ONTOLOGY, VANN.preferredNamespaceUri)) == KG_NS
    assert onto.value(ONTOLOGY, OWL.versionInfo) is not None
    assert onto.value(ONTOLOGY, URIRef("http://purl.org/dc/terms/title")) is not None


def test_every_kg_iri_in_the_file_is_in_vocab(onto):
    # Any kg: IRI anywhere (subject, object, inside a union) must be a known
    # term, so a typo in a domain or range cannot mint a new one.
    used = {str(t)[len(KG_NS):] for triple in onto for t in triple if isinstance(t, URIRef) and str(t).startswith(KG_NS)}
    assert used - set(VOCAB_TERMS) == set()


def test_every_vocab_term_is_a_class_or_property(onto):
    defined = {str(t)[len(KG_NS):] for t in _classes(onto) + _properties(onto)}
    assert set(VOCAB_TERMS) - defined == set()


@pytest.mark.parametrize("name", VOCAB_TERMS)
def test_term_is_documented(onto, name):
    term = KG[name]
    langs = {label.language for label in onto.objects(term, RDFS.label)}
    assert {"en", "ko"} <= langs, f"kg:{name} needs rdfs:label @en and @ko, has {langs}"
    definitions = [d for d in onto.objects(term, SKOS.definition) if d.language == "en"]
    assert definitions, f"kg:{name} has no skos:definition@en"
    assert (term, RDFS.isDefinedBy, ONTOLOGY) in onto


def _superclasses(g, cls):
    return set(g.transitive_objects(cls, RDFS.subClassOf)) - {cls}


@pytest.mark.parametrize("name", [n for n in VOCAB_TERMS if n[0].isupper()])
def test_class_aligns_to_a_standard_class(onto, name):
    # Every class reaches schema.org; kg:Office is an org:Post (W3C ORG),
    # for which schema.org has no counterpart.
    supers = {str(s) for s in _superclasses(onto, KG[name])}
    expected_ns = ORG_NS if name == "Office" else SCHEMA_NS
    assert any(s.startswith(expected_ns) for s in supers), f"kg:{name} superclasses: {supers}"


def test_facility_is_a_sibling_of_place(onto):
    assert KG.Place not in _superclasses(onto, KG.Facility)
    assert URIRef(SCHEMA_NS + "Place") in _superclasses(onto, KG.Facility)


@pytest.mark.parametrize("name", ["Visit", "Meeting"])
def test_event_kinds_are_kg_events(onto, name):
    assert (KG[name], RDFS.subClassOf, KG.Event) in onto


def test_entity_classes_are_classes(onto):
    assert set(ENTITY_CLASSES.values()) <= set(_classes(onto))


@pytest.mark.parametrize("name", [n for n in VOCAB_TERMS if n[0].islower()])
def test_property_has_kind_domain_and_range(onto, name):
    term = KG[name]
    kinds = set(onto.objects(term, RDF.type)) & {OWL.ObjectProperty, OWL.DatatypeProperty}
    assert len(kinds) == 1, f"kg:{name} must be exactly one of owl:ObjectProperty / owl:DatatypeProperty"
    assert onto.value(term, RDFS.domain) is not None, f"kg:{name} has no rdfs:domain"
    rng = onto.value(term, RDFS.range)
    assert rng is not None, f"kg:{name} has no rdfs:range"
    members = list(rdflib.collection.Collection(onto, onto.value(rng, OWL.unionOf))) if isinstance(rng, BNode) else [rng]
    xsd_like = [str(m).startswith(("http://www.w3.org/2001/XMLSchema#", str(RDF))) for m in members]
    if OWL.DatatypeProperty in kinds:
        assert all(xsd_like), f"datatype property kg:{name} has a class range {members}"
    else:
        assert not any(xsd_like), f"object property kg:{name} has a datatype range {members}"


@pytest.mark.parametrize(
    ("name", "parent"),
    [
        ("locatedIn", "https://schema.org/containedInPlace"),
        ("establishedBy", "https://schema.org/founder"),
        ("designedBy", "https://schema.org/creator"),
        ("holdsOffice", "http://www.w3.org/ns/org#holds"),
        ("visitor", "https://schema.org/agent"),
        ("visitedPlace", "https://schema.org/location"),
        ("establishedDate", "https://schema.org/foundingDate"),
    ],
)
def test_property_alignment(onto, name, parent):
    assert (KG[name], RDFS.subPropertyOf, URIRef(parent)) in onto


def test_locatedin_is_transitive(onto):
    assert (KG.locatedIn, RDF.type, OWL.TransitiveProperty) in onto
