"""The on-disk store: articles come and go, the union stays the built graph."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import RDFS
from rdflib.compare import isomorphic

import kg
from kg.errors import QueryError, UsageError
from kg.sparql import format_result, named_queries
from kg.store import (
    ENTITIES_GRAPH,
    StoreError,
    add_articles,
    add_paths,
    is_store,
    load_graph_or_store,
    open_store,
    remove_article,
    store_query,
    store_to_rdflib,
)
from kg.vocab import KG
from tests.conftest import write_corpus

pytestmark = pytest.mark.slow  # the English extractor loads spaCy

ARTICLES = {
    "mayor.txt": (
        "Mayor visits harbour museum\n"
        "Riverton Mayor Elena Ortiz visited the Northgate Maritime Museum in Port Haven on Monday.\n"
        "Ortiz met with Samuel Greene, the director of the museum.\n"
        "The museum was founded by the Port Haven Historical Society in 1987.\n"
    ),
    "library.txt": (
        "Council opens new library\n"
        "Elena Ortiz, the mayor of Riverton, opened the Cedar Hill Library on Friday.\n"
        "The library was built by Granite Works and is located in the Cedar Hill District of Riverton.\n"
    ),
    "drone.txt": (
        "Startup unveils drone\n"
        "Skylark Robotics unveiled the drone 'Kestrel' in Port Haven on Wednesday.\n"
        "The company was founded by Priya Nair in 2015.\n"
    ),
}


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path / "news", ARTICLES)


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "store") as st:
        yield st


def canonical(graph: rdflib.Graph) -> rdflib.Graph:
    """The graph as pyoxigraph keeps it (canonical literals such as "0.8" for "0.800")."""
    from kg.store import to_oxigraph, to_rdflib

    mem = ox.Store()
    mem.extend(ox.Quad(*(to_oxigraph(t) for t in triple), ox.DefaultGraph()) for triple in graph)
    out = rdflib.Graph()
    for q in mem:
        out.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return out


def quads(st) -> set[str]:
    return {str(q) for q in st.oxigraph if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)}


def test_union_of_the_store_is_the_built_graph(store, corpus):
    change = add_paths(store, [str(corpus)])
    assert sorted(change.added) == sorted(str(corpus / n) for n in ARTICLES) and not change.errors
    built = kg.build([str(corpus)]).graph
    assert isomorphic(canonical(built), canonical(store.to_graph()))


def test_each_article_is_a_named_graph_with_its_provenance(store, corpus):
    add_paths(store, [str(corpus)])
    graphs = {g.value for g in store.oxigraph.named_graphs()}
    for a in store.articles():
        assert a.iri in graphs and a.iri.endswith(a.content_hash[:16])
        # Every fact record derived from this article lives in its graph.
        rows = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{a.iri}> {{ ?f prov:wasDerivedFrom <{a.iri}> }} }}").rows
        assert int(rows[0][0]) > 0
    assert ENTITIES_GRAPH in graphs


def test_building_the_same_corpus_twice_changes_nothing(store, corpus):
    add_paths(store, [str(corpus)])
    before, count = quads(store), len(store)
    again = add_paths(store, [str(corpus)])
    assert len(store) == count and quads(store) == before
    assert again.graphs_changed == 0 and len(again.unchanged) == len(ARTICLES)


def test_no_triple_is_stored_twice(store, corpus):
    add_paths(store, [str(corpus)])
    # pyoxigraph's union default graph keeps duplicates; the layout must not make any.
    labels = store.query("SELECT ?e ?l WHERE { ?e a kg:Person ; rdfs:label ?l }").rows
    assert len(labels) == len(set(labels)) > 0


def test_an_edited_article_replaces_its_old_facts(store, corpus):
    add_paths(store, [str(corpus)])
    old = {a.id: a for a in store.articles()}[str(corpus / "drone.txt")]
    (corpus / "drone.txt").write_text(
        "Startup unveils boat\nSkylark Robotics unveiled the boat 'Heron' in Port Haven on Wednesday.\n",
        encoding="utf-8")
    change = add_paths(store, [str(corpus)])
    assert change.replaced == [str(corpus / "drone.txt")] and len(change.unchanged) == 2
    new = {a.id: a for a in store.articles()}[str(corpus / "drone.txt")]
    assert new.iri != old.iri
    graphs = {g.value for g in store.oxigraph.named_graphs()}
    assert old.iri not in graphs and new.iri in graphs
    names = {str(r[0]) for r in store.query("SELECT ?l WHERE { ?e rdfs:label ?l }").rows}
    assert "Heron" in names and "Kestrel" not in names and "Priya Nair" not in names
    assert isomorphic(canonical(kg.build([str(corpus)]).graph), canonical(store.to_graph()))


def test_remove_keeps_entities_other_articles_mention(store, corpus):
    add_paths(store, [str(corpus)])
    change = remove_article(store, str(corpus / "library.txt"))
    assert change.removed == [str(corpus / "library.txt")]
    names = {str(r[0]) for r in store.query("SELECT ?l WHERE { ?e rdfs:label ?l }").rows}
    assert "Elena Ortiz" in names  # still in mayor.txt
    assert "Cedar Hill Library" not in names and "Granite Works" not in names
    rest = [str(corpus / "mayor.txt"), str(corpus / "drone.txt")]
    assert isomorphic(canonical(kg.build(rest).graph), canonical(store.to_graph()))


def test_removing_every_article_empties_the_store(store, corpus):
    add_paths(store, [str(corpus / "drone.txt")])
    remove_article(store, str(corpus / "drone.txt"))
    assert len(store) == 0 and store.articles() == []
    assert list((store.path / "extractions").iterdir()) == []


def test_remove_of_an_unknown_article_names_the_stored_ones(store, corpus):
    add_paths(store, [str(corpus / "drone.txt")])
    with pytest.raises(UsageError, match="drone.txt"):
        remove_article(store, "nope.txt")


def test_a_failed_commit_leaves_the_previous_content(store, corpus, monkeypatch):
    add_paths(store, [str(corpus / "mayor.txt")])
    before, articles = quads(store), store.articles()

    # Fail inside the transaction, after its deletions and insertions ran:
    # LOAD from a refused port raises while the update executes.
    real_apply = type(store)._apply
    monkeypatch.setattr(type(store), "_apply",
                        lambda self, update: real_apply(self, update + " ;\nLOAD <http://127.0.0.1:9/x>"))
    with pytest.raises(StoreError, match="nothing was written"):
        add_paths(store, [str(corpus / "library.txt"), str(corpus / "drone.txt")])
    assert quads(store) == before and store.articles() == articles
    monkeypatch.undo()
    # The store still works, and the half-done add can simply be repeated.
    change = add_paths(store, [str(corpus)])
    assert len(change.added) == 2 and len(change.unchanged) == 1


def test_a_crash_mid_build_keeps_the_batches_before_it(store, corpus, monkeypatch):
    import kg.pipeline

    calls = {"n": 0}
    real = kg.pipeline.extract_articles

    def flaky(articles):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("extractor crashed")
        return real(articles)

    monkeypatch.setattr(kg.pipeline, "extract_articles", flaky)
    with pytest.raises(RuntimeError):
        add_paths(store, [str(corpus)], batch_size=1)
    assert len(store.articles()) == 1 and len(store) > 0


def test_store_survives_reopening(tmp_path, corpus):
    with open_store(tmp_path / "s") as st:
        add_paths(st, [str(corpus)])
        n = len(st)
    assert is_store(tmp_path / "s")
    with open_store(tmp_path / "s", create=False) as st:
        assert len(st) == n and len(st.articles()) == len(ARTICLES)


def test_open_refuses_a_directory_that_is_not_a_store(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "file.txt").write_text("hi")
    with pytest.raises(StoreError, match="not empty"):
        open_store(tmp_path / "x")
    with pytest.raises(StoreError, match="not a kg store"):
        open_store(tmp_path / "x", create=False)


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_named_queries_agree_with_rdflib(tmp_path, corpus, name):
    with open_store(tmp_path / "s") as st:
        add_paths(st, [str(corpus)])
    text = named_queries()[name].text
    on_store = store_query(tmp_path / "s", text)  # opened read-only by path
    on_file = kg.query(canonical(kg.build([str(corpus)]).graph), text)
    assert on_store.vars == on_file.vars
    assert sorted(map(str, on_store.rows)) == sorted(map(str, on_file.rows))
    assert format_result(on_store, "json") and format_result(on_store, "csv")


def test_query_results_format_like_rdflib_ones(store, corpus):
    add_paths(store, [str(corpus / "drone.txt")])
    result = store.query('SELECT ?l WHERE { ?e rdfs:label ?l FILTER(STR(?l) = "Priya Nair") }')
    assert result.rows == [(rdflib.Literal("Priya Nair", lang="en"),)]
    assert '"xml:lang": "en"' in format_result(result, "json")
    graph = store.query("CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a kg:Person ; rdfs:label ?l }")
    assert graph.kind == "graph" and (None, RDFS.label, rdflib.Literal("Priya Nair", lang="en")) in graph.graph


@pytest.mark.parametrize("sparql, message", [
    ("SELECT * WHERE { ?s ?p }", "Malformed SPARQL"),
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "SERVICE is not allowed"),
    ("select * where { service silent <http://127.0.0.1:9/> { ?s ?p ?o } }", "SERVICE is not allowed"),
])
def test_bad_queries_raise_query_errors(store, sparql, message):
    with pytest.raises(QueryError, match=message):
        store.query(sparql)


def test_validate_and_load_read_a_store(tmp_path, corpus):
    with open_store(tmp_path / "s") as st:
        add_paths(st, [str(corpus)])
    graph = load_graph_or_store(str(tmp_path / "s"))
    assert (None, rdflib.RDF.type, KG.Person) in graph
    assert len(store_to_rdflib(tmp_path / "s")) == len(graph)
    assert kg.validate(graph).conforms


def test_ready_extractions_need_no_extractor(store):
    from kg.records import Article, Extraction, Mention

    art = Article(id="n1", text="Ada Byrne spoke.", lang="en", source="feed.jsonl", blocks=((0, 16),))
    ada = Mention("n1", 0, 9, "Ada Byrne", "Person", 0.9, "Ada Byrne", "en", "test")
    change = add_articles(store, [Extraction(art, (ada,), ())])
    assert change.added == ["n1"] and store.articles()[0].source == "feed.jsonl"
    assert store.query('ASK { ?p rdfs:label "Ada Byrne"@en }').boolean
