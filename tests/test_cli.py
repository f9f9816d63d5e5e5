"""The command line, driven through click's CliRunner and a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import DATA

pytestmark = pytest.mark.slow

EN = "Governor Mara Quinn visited the Harbor Science Center in Lyon on Monday.\n"
KO = "김하늘 부산시장은 지난달 리옹의 항만과학센터를 방문했다.\n"


@pytest.fixture()
def inputs(tmp_path):
    """One good article in each readable form, and every kind of bad input."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(EN, encoding="utf-8")
    (d / "korean-cp949.txt").write_bytes(KO.encode("cp949"))
    (d / "page.html").write_text(
        "<html><head><title>Harbor news</title></head><body><nav>Home | World</nav>"
        f"<article><h1>Harbor news</h1><p>{EN}</p><p>{EN}</p></article>"
        "<footer>Copyright 2026</footer></body></html>",
        encoding="utf-8",
    )
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (d / "notes.docx").write_bytes(b"PK\x03\x04 not an article")
    return d


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_build_reports_each_bad_input_and_keeps_the_good_ones(inputs, tmp_path):
    out = tmp_path / "out"
    missing = str(tmp_path / "missing.txt")
    args = [str(inputs / n) for n in ("good.txt", "korean-cp949.txt", "page.html", "empty.txt", "binary.txt", "notes.docx")]
    result = run("build", *args, missing, "--out", str(out))
    assert result.exit_code == 0, result.output
    err = result.stderr
    for name, problem in [("empty.txt", "empty"), ("binary.txt", "binary"), ("notes.docx", "unknown file type"),
                          ("missing.txt", "no such file")]:
        line = next((ln for ln in err.splitlines() if name in ln), "")
        assert problem in line.lower(), (name, err)
    assert "from 3 article(s)" in result.stdout
    for f in ("graph.ttl", "graph.jsonld", "graph.html"):
        assert (out / f).stat().st_size > 0


def test_build_fails_only_when_nothing_could_be_processed(inputs, tmp_path):
    out = tmp_path / "out"
    result = run("build", str(inputs / "empty.txt"), str(inputs / "binary.txt"), "--out", str(out))
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr and "binary.txt" in result.stderr
    assert not out.exists() or not any(out.iterdir())


def test_failed_build_keeps_previous_outputs(inputs, tmp_path):
    out = tmp_path / "out"
    assert run("build", str(inputs / "good.txt"), "--out", str(out)).exit_code == 0
    before = (out / "graph.ttl").read_bytes()
    assert run("build", str(inputs / "empty.txt"), "--out", str(out)).exit_code == 1
    assert (out / "graph.ttl").read_bytes() == before


def test_extract_jsonl_offsets_are_exact(inputs):
    path = str(inputs / "good.txt")
    result = run("extract", path, "--format", "jsonl")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and {tuple(sorted(r)) for r in rows} == {("doc", "end", "score", "start", "text", "type")}
    for r in rows:
        assert r["doc"] == path
        assert EN[r["start"]:r["end"]] == r["text"]
    assert {"Person", "Facility", "Place"} <= {r["type"] for r in rows}


def test_extract_korean_cp949_offsets_index_decoded_text(inputs):
    result = run("extract", str(inputs / "korean-cp949.txt"))
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows
    for r in rows:
        assert KO[r["start"]:r["end"]] == r["text"]


def test_extract_table_format(inputs):
    result = run("extract", str(inputs / "good.txt"), "--format", "table")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].split()[:4] == ["doc", "start", "end", "type"]


def test_extract_jsonl_input_uses_record_ids(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text(json.dumps({"id": "story-7", "text": EN, "lang": "en"}) + "\n", encoding="utf-8")
    rows = [json.loads(x) for x in run("extract", str(p)).stdout.splitlines()]
    assert rows and {r["doc"] for r in rows} == {"story-7"}


def test_query_named_list_and_formats(inputs, tmp_path):
    out = tmp_path / "out"
    run("build", str(inputs / "good.txt"), "--out", str(out), "--no-html")
    graph = str(out / "graph.ttl")
    listed = run("query", "--list").stdout
    for name in ("places-visited", "founders", "located-in", "evidence", "labels"):
        assert name in listed
    res = run("query", graph, "--named", "places-visited", "--format", "json")
    data = json.loads(res.stdout)
    places = {b["place"]["value"] for b in data["results"]["bindings"]}
    assert "Harbor Science Center" in places
    csv_out = run("query", graph, "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Person }", "--format", "csv").stdout
    assert csv_out.splitlines()[0].strip() == "n" and int(csv_out.splitlines()[1]) >= 1


def test_query_errors_are_usage_or_data_errors(tmp_path):
    assert run("query", "--named", "nope").exit_code == 2  # no graph given
    bad = run("query", str(tmp_path / "none.ttl"), "SELECT * WHERE {?s ?p ?o}")
    assert bad.exit_code == 1 and "none.ttl" in bad.stderr
    ttl = tmp_path / "g.ttl"
    ttl.write_text("")
    unknown = run("query", str(ttl), "--named", "no-such-query")
    assert unknown.exit_code != 0 and "places-visited" in unknown.stderr


def test_validate_exits_non_zero_on_violations(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix kg: <https://w3id.org/kg-news/ontology#> .\n"
        "<https://w3id.org/kg-news/id/entity/x> a kg:Person .\n",  # no label
        encoding="utf-8",
    )
    result = run("validate", str(bad))
    assert result.exit_code == 1
    assert "Violation" in result.stdout and "rdfs:label" in result.stdout


def test_console_script_reads_stdin(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "kg.cli", "extract", "-", "--lang", "en"],
        input=EN.encode(), capture_output=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    rows = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert rows and all(EN[r["start"]:r["end"]] == r["text"] for r in rows)


@pytest.mark.parametrize("fmt, check", [
    ("graphml", lambda p: __import__("networkx").read_graphml(p).number_of_nodes() > 0),
    ("nt", lambda p: len(__import__("rdflib").Graph().parse(p, format="nt")) > 0),
    ("csv", lambda p: (p / "nodes.csv").read_text(encoding="utf-8").startswith("id:ID")),
])
def test_export_writes_each_format(tmp_path, fmt, check):
    out = tmp_path / f"graph.{fmt}"
    r = run("export", str(DATA / "mini-graph.ttl"), "--format", fmt, "-o", str(out))
    assert r.exit_code == 0, r.output
    assert check(out)


def test_export_errors(tmp_path):
    missing = run("export", str(tmp_path / "nope.ttl"), "--format", "nt", "-o", str(tmp_path / "x.nt"))
    assert missing.exit_code == 1 and "nope.ttl" in missing.output
    bad = run("export", str(DATA / "mini-graph.ttl"), "--format", "pdf", "-o", str(tmp_path / "x.pdf"))
    assert bad.exit_code == 2 and "pdf" in bad.output


def test_build_html_max_nodes_caps_the_page(inputs, tmp_path):
    out = tmp_path / "out"
    r = run("build", str(inputs / "good.txt"), "--out", str(out), "--html-max-nodes", "1")
    assert r.exit_code == 0, r.output
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert 'id="kg-omitted"' in page


def test_store_build_query_remove(inputs, tmp_path):
    store = tmp_path / "store"
    first = run("build", str(inputs / "good.txt"), "--store", str(store))
    assert first.exit_code == 0 and first.output.startswith("1 added"), first.output
    again = run("build", str(inputs / "good.txt"), "--store", str(store))
    assert "1 unchanged" in again.output and "0 graphs changed" in again.output
    rows = run("query", str(store), "--named", "places-visited", "--format", "json")
    assert rows.exit_code == 0 and "Mara Quinn" in rows.output
    gone = run("remove", str(inputs / "good.txt"), "--store", str(store))
    assert gone.exit_code == 0 and "1 removed" in gone.output


def test_build_needs_exactly_one_destination(inputs, tmp_path):
    neither = run("build", str(inputs / "good.txt"))
    both = run("build", str(inputs / "good.txt"), "--out", str(tmp_path / "o"), "--store", str(tmp_path / "s"))
    assert neither.exit_code == both.exit_code == 2
