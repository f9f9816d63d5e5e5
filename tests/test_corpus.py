"""Corpus builds: worker processes, a Dask cluster, progress, and streaming into a store."""

from __future__ import annotations

import io
import sys

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib.compare import isomorphic

import kg
from kg.cli import main
from kg.corpus import build_store, iter_extractions, progress_bar
from kg.errors import ExtractError, IngestError, UsageError
from kg.records import Article, Extraction
from kg.store import ENTITIES_GRAPH, add_paths, open_store
from tests.conftest import DATA, write_corpus

pytestmark = pytest.mark.slow  # the extractors load spaCy and kiwipiepy

ARTICLES = {
    "ferry.txt": (
        "Ferry line opens to Larkspur Island\n"
        "Harbor Commissioner Dana Whitfield opened the Larkspur Island ferry line in Bayport on Tuesday.\n"
        "Whitfield met with Omar Castillo, the captain of the first ferry.\n"
    ),
    "bridge.txt": (
        "Bridge repairs finish early\n"
        "Dana Whitfield, the harbor commissioner of Bayport, inspected the Juniper Street Bridge on Friday.\n"
        "The bridge was built by Copperline Construction in 1962.\n"
    ),
    "robot.txt": (
        "Lab shows farm robot\n"
        "Brightfield Labs showed the farm robot 'Tiller' in Bayport on Thursday.\n"
        "The lab was founded by Mei Tanaka in 2011.\n"
    ),
    "school.txt": (
        "New school for Eastvale\n"
        "Governor Ruth Adeyemi visited the Eastvale Science Academy in Bayport on Monday.\n"
    ),
}


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path / "news", ARTICLES)


@pytest.fixture
def articles(corpus):
    from kg.ingest import read_articles

    found, errors = read_articles([str(corpus), str(DATA / "ko" / "governor_visit.txt")])
    assert not errors
    return found


def entity_quads(st) -> set[str]:
    return {str(q) for q in st.oxigraph if not isinstance(q.subject, ox.BlankNode)
            and not isinstance(q.object, ox.BlankNode)}


# -- worker processes ------------------------------------------------------------


def test_worker_processes_give_the_same_extractions_in_input_order(articles):
    alone = list(iter_extractions(articles, processes=1, progress=False))
    pooled = list(iter_extractions(articles, processes=2, chunk_size=1, progress=False))
    assert [ex.article.id for ex in pooled] == [a.id for a in articles]
    assert pooled == alone
    assert any(ex.mentions for ex in pooled if ex.article.lang == "ko")


def test_errors_and_ready_extractions_pass_through_in_place(articles):
    ready = Extraction(Article(id="done", text="", lang="en", source="done", blocks=()), (), ())
    unknown = Article(id="fr.txt", text="Il pleut.", lang="fr", source="fr.txt", blocks=((0, 9),))
    unreadable = IngestError("bad.txt", "binary file")
    items = [articles[0], unreadable, ready, unknown, articles[1]]
    out = list(iter_extractions(items, processes=2, chunk_size=1, progress=False))
    assert out[1] is unreadable and out[2] == ready
    assert isinstance(out[3], IngestError) and "'fr'" in str(out[3]) and "en, ko" in str(out[3])
    assert [ex.article.id for ex in (out[0], out[4])] == [articles[0].id, articles[1].id]


def test_extract_articles_with_processes_keeps_its_result(articles):
    from kg.pipeline import extract_articles

    assert extract_articles(articles, processes=2).extractions == extract_articles(articles).extractions


@pytest.mark.parametrize("kwargs, message", [
    ({"engine": "spark"}, "unknown engine 'spark' (valid: local, dask)"),
    ({"processes": 0}, "processes must be 1 or more"),
])
def test_bad_options_are_usage_errors(articles, kwargs, message):
    with pytest.raises(UsageError, match=message.replace("(", r"\(").replace(")", r"\)")):
        list(iter_extractions(articles, progress=False, **kwargs))


# -- progress -----------------------------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_shows_on_a_terminal_only():
    assert progress_bar(3, stream=io.StringIO()).disable
    assert progress_bar(3, stream=_Terminal(), enabled=False).disable
    screen = _Terminal()
    bar = progress_bar(3, stream=screen)
    assert not bar.disable
    bar.update(3)
    bar.close()
    assert "3/3" in screen.getvalue()


def test_cli_build_prints_no_progress_bar_when_not_a_terminal(corpus, tmp_path):
    result = CliRunner().invoke(main, ["build", str(corpus), "--store", str(tmp_path / "s"), "--processes", "2"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "4 added" in result.stdout
    assert "article/s" not in result.stderr and "extract:" not in result.stderr


# -- Dask ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def local_cluster():
    distributed = pytest.importorskip("distributed")
    # One in-process worker thread: light enough for a test run.
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        yield cluster


def test_dask_cluster_builds_the_same_graph_as_local_workers(corpus, local_cluster):
    local = kg.build([str(corpus)])
    on_dask = kg.build([str(corpus)], engine="dask", scheduler=local_cluster.scheduler_address)
    assert isomorphic(local.graph, on_dask.graph)


def test_dask_cluster_streams_into_a_store(corpus, local_cluster, tmp_path):
    with open_store(tmp_path / "s") as st:
        change = build_store(st, [str(corpus)], engine="dask", scheduler=local_cluster.scheduler_address,
                             progress=False, batch_size=2)
        assert sorted(change.added) == sorted(str(corpus / n) for n in ARTICLES)
        with open_store(tmp_path / "local") as other:
            build_store(other, [str(corpus)], processes=1, progress=False, batch_size=2)
            assert entity_quads(st) == entity_quads(other)


def test_an_unreachable_scheduler_is_a_clear_error(articles, monkeypatch):
    pytest.importorskip("distributed")
    import kg.corpus

    monkeypatch.setattr(kg.corpus, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(ExtractError, match=r"cannot reach the Dask scheduler 'tcp://127.0.0.1:9'.*--engine local"):
        list(iter_extractions(articles, engine="dask", scheduler="tcp://127.0.0.1:9", progress=False))


def test_missing_dask_names_the_install_command(articles, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(ExtractError, match=r'pip install "kg\[dask\]"'):
        list(iter_extractions(articles, engine="dask", progress=False))


def test_cli_scheduler_needs_the_dask_engine(corpus, tmp_path):
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "o"),
                                       "--scheduler", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2 and "--scheduler needs --engine dask" in result.stderr


# -- streaming into a store --------------------------------------------------------------


def test_streaming_the_same_corpus_twice_changes_nothing(corpus, tmp_path):
    with open_store(tmp_path / "s") as st:
        first = build_store(st, [str(corpus)], processes=2, progress=False, batch_size=1)
        n = len(st)
        again = build_store(st, [str(corpus)], processes=2, progress=False, batch_size=1)
        assert len(first.added) == len(ARTICLES) and n > 0
        assert len(again.unchanged) == len(ARTICLES) and not again.added
        assert again.quads_added == again.quads_removed == 0 and len(st) == n


def test_streaming_holds_one_batch_of_extractions_at_a_time(corpus, tmp_path, monkeypatch):
    import kg.resolve
    from kg.store import Store

    seen: list[int] = []
    real = kg.resolve.resolve

    def counting(extractions, **kwargs):
        extractions = list(extractions)
        seen.append(len(extractions))
        return real(extractions, **kwargs)

    def whole_store(self):
        raise AssertionError("streaming read every stored extraction")

    monkeypatch.setattr(kg.resolve, "resolve", counting)
    monkeypatch.setattr(Store, "_live_extractions", whole_store)
    with open_store(tmp_path / "s") as st:
        change = build_store(st, [str(corpus)], processes=1, progress=False, batch_size=1)
    assert len(change.added) == len(ARTICLES)
    assert seen and max(seen) == 1


def test_streamed_batches_share_the_stored_entities(corpus, tmp_path):
    with open_store(tmp_path / "full") as full:
        add_paths(full, [str(corpus)])
        with open_store(tmp_path / "streamed") as streamed:
            build_store(streamed, [str(corpus)], processes=1, progress=False, batch_size=1)
            assert entity_quads(streamed) == entity_quads(full)
            # Entities named in several batches are one node each, with one type and one English label.
            rows = streamed.query(
                "SELECT ?e (COUNT(DISTINCT ?t) AS ?types) (COUNT(DISTINCT ?l) AS ?labels) "
                f"WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e a ?t ; rdfs:label ?l FILTER(LANG(?l) = 'en') }} }} "
                "GROUP BY ?e").rows
            assert rows and all(int(types) == 1 and int(labels) == 1 for _, types, labels in rows)
            whitfield = streamed.query("SELECT DISTINCT ?e WHERE { ?e rdfs:label 'Dana Whitfield'@en }").rows
            assert len(whitfield) == 1


def test_an_edit_while_streaming_drops_what_only_the_old_version_said(corpus, tmp_path):
    founder = "ASK { ?who rdfs:label 'Mei Tanaka'@en }"
    with open_store(tmp_path / "s") as st:
        build_store(st, [str(corpus)], processes=1, progress=False, batch_size=1)
        assert st.query(founder).boolean
        (corpus / "robot.txt").write_text(
            "Lab shows farm robot\nBrightfield Labs showed the farm robot 'Tiller' in Bayport on Thursday.\n",
            encoding="utf-8")
        change = build_store(st, [str(corpus)], processes=1, progress=False, batch_size=1)
        assert change.replaced == [str(corpus / "robot.txt")]
        assert not st.query(founder).boolean
