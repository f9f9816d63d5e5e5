"""Training data conversion and the shipped CoNLL NER model."""

from __future__ import annotations

import json

import pytest

from kg.errors import UsageError
from kg.train import ConversionStats, conll_docbin, train_conll2003
from tests.conftest import DATA, ROOT

MODEL = ROOT / "kg" / "models" / "en_conll"


def test_conll_docbin_has_one_doc_per_sentence_with_its_names(tmp_path):
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("en")
    stats = conll_docbin(DATA / "eval" / "mini.conll", nlp, tmp_path / "mini.spacy")
    assert stats == ConversionStats(sentences=3, entities=8, misaligned=0)
    docs = list(DocBin().from_disk(tmp_path / "mini.spacy").get_docs(nlp.vocab))
    assert [d.text for d in docs][1].startswith("The Harbour Rowing Club gave")
    # IOB1 "B-PER" between two people stays two names.
    assert [(e.text, e.label_) for e in docs[1].ents] == [
        ("Harbour Rowing Club", "ORG"), ("Paulo Brandt", "PER"), ("Anna Keller", "PER"), ("Olympic", "MISC")]


def test_training_refuses_the_test_set(tmp_path):
    with pytest.raises(UsageError, match="eng.testb is the test set"):
        train_conll2003(tmp_path / "eng.train", tmp_path / "eng.testb", tmp_path / "out")


def test_shipped_model_is_small_and_says_how_it_was_made():
    files = [f for f in MODEL.rglob("*") if f.is_file()]
    assert files, f"{MODEL} is missing; rebuild it with python -m kg.train (see kg/train.py)"
    assert sum(f.stat().st_size for f in files) <= 50 * 1024 * 1024
    meta = json.loads((MODEL / "meta.json").read_text(encoding="utf-8"))
    assert "eng.train" in meta["description"] and "python -m kg.train" in meta["description"]
    assert set(meta["labels"]["ner_conll"]) == {"PER", "ORG", "LOC", "MISC"}


@pytest.mark.slow
def test_extractor_pipeline_runs_both_ners(en_extractor):
    nlp = en_extractor.nlp
    names = nlp.pipe_names
    assert names.index("ner_conll") < names.index("ner") < names.index("kg_merge_ents")
    doc = nlp("Leeds United beat Bayern Munich in Leeds on Friday.")
    merged = {(e.text, e.label_) for e in doc.ents}
    assert ("Bayern Munich", "ORG") in merged and ("Friday", "DATE") in merged
    from kg.extract.en import ner_entities

    assert {s.label_ for s in ner_entities(doc, "ner_conll")} <= {"PER", "ORG", "LOC", "MISC"}
    assert ("Friday", "DATE") in {(s.text, s.label_) for s in ner_entities(doc, "ner_ontonotes")}
