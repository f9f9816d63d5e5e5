"""Tests for the Korean name CRF's training (kg/train_ko.py) and features (kg/extract/ko_model.py).

The KLUE-format file below is invented: a handful of sentences with made-up
people, companies and places, written in the dataset's character-per-line
layout.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pycrfsuite")
pytest.importorskip("mecab_ko")

from kg.extract import ko_model  # noqa: E402
from kg.train_ko import char_labels, train  # noqa: E402

# (id suffix, [(text, tag or None)]): the tagged pieces of each sentence.
SENTENCES = [
    ("wikitree", [("한도윤", "PS"), (" 시장은 ", None), ("누리바이오", "OG"), ("를 방문했다.", None)]),
    ("wikitree", [("탄메이린", "PS"), (" 총장이 ", None), ("솔빛시", "LC"), ("에 도착했다.", None)]),
    ("wikitree", [("그린텍", "OG"), ("은 ", None), ("벨로라", "LC"), ("에 공장을 세웠다.", None)]),
    ("wikitree", [("김하람", "PS"), (" 기자가 ", None), ("한빛전자", "OG"), ("를 취재했다.", None)]),
    # The second half of the news: held out, never trained on.
    ("wikitree", [("오세린", "PS"), (" 대표는 ", None), ("다온시", "LC"), ("를 찾았다.", None)]),
    ("wikitree", [("라온텍", "OG"), ("이 신제품을 냈다.", None)]),
    ("wikitree", [("박누리", "PS"), (" 의원은 ", None), ("가람군", "LC"), ("에 갔다.", None)]),
    ("wikitree", [("마루전자", "OG"), ("가 문을 열었다.", None)]),
    ("nsmc", [("정다온", "PS"), (" 배우 연기가 좋았다", None)]),
    ("nsmc", [("누리영화사", "OG"), (" 작품은 지루했다", None)]),
]


def _klue_file(path):
    lines = ["## 임의로 만든 KLUE 형식 파일", "## 머리말", "## 머리말", "## 머리말", "## 머리말"]
    for n, (source, pieces) in enumerate(SENTENCES):
        inline = "".join(f"<{t}:{tag}>" if tag else t for t, tag in pieces)
        lines.append(f"## klue-ner-v1_dev_{n:05d}-{source}\t{inline}")
        for text, tag in pieces:
            for i, ch in enumerate(text):
                lines.append(f"{ch}\t{('B-' if i == 0 else 'I-') + tag if tag else 'O'}")
        lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "n, gold, offset, expected",
    [
        (4, [(1, 3, "PS"), (3, 4, "DT")], 0, ["O", "B-PS", "E-PS", "O"]),
        (4, [(10, 13, "OG")], 10, ["B-OG", "I-OG", "E-OG", "O"]),
        (2, [(0, 1, "PS"), (1, 2, "LC")], 0, ["S-PS", "S-LC"]),
        (3, [(0, 5, "LC")], 0, ["O", "O", "O"]),  # a span past the sentence end is dropped
    ],
)
def test_char_labels(n, gold, offset, expected):
    assert char_labels(n, gold, offset) == expected


@pytest.mark.parametrize(
    "tags, spans",
    [
        (["B-PS", "I-PS", "O", "B-LC"], [(0, 2, "PS"), (3, 4, "LC")]),
        (["I-OG", "I-OG"], [(0, 2, "OG")]),  # a stray I- opens a span
        (["B-PS", "I-OG"], [(0, 1, "PS"), (1, 2, "OG")]),  # a type change ends a span
        (["B-PS", "E-PS", "I-PS", "E-PS"], [(0, 2, "PS"), (2, 4, "PS")]),  # E- closes its span
        (["S-LC", "S-LC"], [(0, 1, "LC"), (1, 2, "LC")]),
    ],
)
def test_decode_spans(tags, spans):
    assert ko_model.decode_spans(tags) == spans


def test_word_features_mark_titles_heads_and_particles():
    text = "오세린 대표는 라온텍을"
    morphs = [(0, 3, "오세린", "NNP", "*"), (4, 6, "대표", "NNG", "*"), (6, 7, "는", "JX", "*"),
              (8, 11, "라온텍", "NNP", "*"), (11, 12, "을", "JKO", "*")]
    feats = ko_model.word_features(text, morphs)
    assert len(feats) == len(text) and feats[3] == []  # spaces carry no word features
    assert "ttl+1" in feats[0] and "sn03" in feats[0]  # a surname, then a title
    assert "isttl" in feats[4] and "post" in feats[6]  # the title itself; its particle
    assert "jp=JKO" in feats[8] and "innoun" in feats[10]


def test_sentence_features_see_the_neighbouring_words_across_runs_of_spaces():
    # The shipped model was trained on these exact strings: a word's
    # neighbours are the nearest words, however many spaces lie between.
    text = "한빛  연구소에서   만났다"
    morphs = [(0, 2, "한빛", "NNP", "*"), (4, 7, "연구소", "NNG", "*"), (7, 9, "에서", "JKB", "*"),
              (12, 14, "만나", "VV", "*"), (14, 16, "았다", "EF", "*")]
    feats = ko_model.sentence_features(text, morphs, [], [(0, 2, "Organization")])
    middle = feats[5]  # "구" of "연구소에서"
    assert {"w=연구소에서", "w-1=한빛", "w+1=만났다", "wp=1", "wr=3", "k=NNG:I", "k-1=한빛/NNP"} <= set(middle)
    assert {"w-1=", "w+1="}.isdisjoint(feats[0] + feats[-1])  # no empty neighbour at either end
    assert feats[2] == feats[2][:15] and "r-1=I-Organization" in feats[2]  # a space: characters and rules only


def test_sentence_features_carry_the_morpheme_clusters():
    text = "한빛 연구소"
    morphs = [(0, 2, "한빛", "NNP", "3.40.512"), (3, 6, "연구소", "NNG", "*")]
    feats = ko_model.sentence_features(text, morphs, [], [])
    assert {"kc1=3", "kc2=40", "kc3=512:B"} <= set(feats[0]) and "kc3=512:I" in feats[1]
    assert "kc-1=3.40" in feats[3] and not any(f.startswith("kc1=") for f in feats[3])  # no clusters of its own


def test_countries_share_a_cluster_that_verbs_do_not():
    from kg.extract.ko import _kiwi

    def fine(word):
        (tok, *_) = _kiwi().tokenize(word)
        return ko_model.cluster_key(tok.id).rpartition(".")[2]

    assert fine("프랑스") == fine("베트남") == fine("멕시코")
    assert fine("먹었다") != fine("프랑스")
    assert ko_model.cluster_key(-1) == "*"


def test_clusters_of_another_kiwipiepy_model_are_not_used(tmp_path):
    import numpy as np

    path = tmp_path / "clusters.npz"
    np.savez(path, levels=np.zeros((3, 10), dtype=np.uint16), kiwipiepy_model=np.array("0.0.1"))
    with pytest.warns(UserWarning, match="built for kiwipiepy-model 0.0.1"):
        assert ko_model._read_clusters(path) == []
    with pytest.warns(UserWarning, match="not found"):
        assert ko_model._read_clusters(tmp_path / "missing.npz") == []


def test_build_clusters_nests_its_levels(tmp_path):
    import numpy as np
    from importlib.metadata import version

    from kg.train_ko import build_clusters

    out = tmp_path / "clusters.npz"
    build_clusters(out, sizes=(2, 4, 8), landmarks=8, log=lambda *_: None)
    with np.load(out) as data:
        levels, built_for = data["levels"], str(data["kiwipiepy_model"])
    assert built_for == version("kiwipiepy-model")
    clustered = levels[2] != np.iinfo(np.uint16).max
    assert clustered.sum() > 10_000 and set(levels[2][clustered].tolist()) == set(range(8))
    for fine in range(8):  # every fine cluster lies inside one cluster of each coarser level
        members = levels[:, levels[2] == fine]
        assert len(set(members[0].tolist())) == 1 and len(set(members[1].tolist())) == 1


@pytest.mark.slow
def test_train_reads_reviews_and_first_news_half_only(tmp_path, monkeypatch):
    import kg.train_ko as train_ko

    seen = []
    real_fit = train_ko._fit

    def fit(items, model_path, *args, **kwargs):
        seen.append([doc.id for doc, *_ in items])
        return real_fit(items, model_path, *args, **kwargs)

    monkeypatch.setattr(train_ko, "_fit", fit)
    out = tmp_path / "m.crfsuite"
    train(_klue_file(tmp_path / "mini.tsv"), out, log=lambda *_: None)
    assert out.stat().st_size > 0
    ids = seen[-1]
    news = [i for i in ids if i.endswith("-wikitree")]
    assert len([i for i in ids if i.endswith("-nsmc")]) == 2
    # 8 news sentences: the first 4 are trained on, the last 4 never, not
    # even as name-swapped copies.
    first = [f"klue-ner-v1_dev_{n:05d}-wikitree" for n in range(4)]
    assert sorted(news) == first
    copies = train_ko.AUGMENT_COPIES
    assert sorted(i for i in ids if "-aug" in i) == [f"{i}-aug{k}" for i in first for k in range(copies)]


def test_augment_swaps_names_of_the_same_type():
    from kg.evaluate import EvalDoc
    from kg.train_ko import augment

    doc = EvalDoc("a", "한솔 씨는 가람시에서 2020년 라온텍에 들어갔다", "ko",
                  ((0, 2, "PS"), (6, 9, "LC"), (12, 17, "DT"), (18, 21, "OG")))
    pool = [EvalDoc("p", "박다온 대표와 누리바이오, 솔빛군", "ko", ((0, 3, "PS"), (8, 13, "OG"), (15, 18, "LC")))]
    (copy,) = augment([doc], pool)
    assert copy.text == "박다온 씨는 솔빛군에서 2020년 누리바이오에 들어갔다"
    assert [(copy.text[s:e], t) for s, e, t in copy.gold] == [("박다온", "PS"), ("솔빛군", "LC"), ("누리바이오", "OG")]
    assert augment([doc], pool, copies=2, seed=1)[1].id == "a-aug1"
    assert augment([EvalDoc("b", "이름 없는 문장", "ko")], pool) == []


@pytest.mark.slow
def test_trained_model_tags_its_training_sentences(tmp_path):
    import pycrfsuite

    from kg.evaluate import _articles, read_klue
    from kg.extract.ko import KoreanExtractor

    path = _klue_file(tmp_path / "mini.tsv")
    out = tmp_path / "m.crfsuite"
    train(path, out, log=lambda *_: None)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(out))
    doc = read_klue(path, half="first")[0]
    rules = KoreanExtractor(use_model=False)
    analysed, chosen = rules.analyse(_articles([doc], "<test>")[0])
    (_, feats), = rules.model_features(analysed, chosen)
    assert ko_model.decode_spans(tagger.tag(feats)) == [(s, e, t) for s, e, t in doc.gold if t in ("PS", "OG", "LC")]
