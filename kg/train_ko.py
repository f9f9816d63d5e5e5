"""Train the Korean name CRF that :mod:`kg.extract.ko_model` ships with.

The CRF tags the characters of a sentence as PS, OG or LC names (BIOES), from
characters, kiwipiepy and mecab-ko morphemes and the rules' own reading
(see :func:`kg.extract.ko_model.sentence_features`).

Training data, all from the KLUE-NER v1.1 dev file (CC BY-SA 4.0; only the
model's weights go into the repository, never the text):

* every movie-review sentence (ids ending ``-nsmc``), and
* the FIRST half, in file order, of the news sentences (``-wikitree``).

The second half of the news sentences is never read here: it is the
held-out test set of ``kg eval klue --half second``. Scores on the first
half are therefore in-sample; ``--cv K`` prints K-fold out-of-fold scores
on the first half instead (each fold tagged by a model trained without it,
its augmented copies made from the other folds only).

Each news sentence is also trained on once more with its names swapped for
other names of the same type from the training sentences (see
:func:`augment`): the CRF then learns the contexts of names rather than the
names, which raised the 5-fold score on the first half from 0.731 to
0.742 (PS/OG/LC micro F1, through ``kg extract``'s merge of CRF and rules).

The morphemes' clusters in kiwipiepy-model's embeddings (see
:func:`build_clusters`) and a sparser model (L1 0.1, L2 0.02 instead of
0.05 and 0.05) raised the 5-fold score from 0.745 to 0.748 and the held-out
second half from 0.725 to 0.731. BIOES labels (see :func:`char_labels`)
with L1 0.05, and the extractor's rules mended where they overrode a right
CRF reading, then raised them to 0.756 and 0.743.

Which names a copy swaps in is random, and the seed alone moves the 5-fold
score by up to 0.01 (0.768, 0.759 and 0.758 with one copy and seeds k,
k+100, k+200 for fold k). Three copies average the swaps out: 0.762 and
0.766 with seeds k and k+100 (a mean of 0.764 against 0.762 for one copy).
A vote of three one-copy models scored 0.766 too, but tags three times over.

L-BFGS stopped at a 150-iteration cap before it had converged. Run to 300
iterations (:data:`PARAMS`), with the same name swaps, the 5-fold score rose
from 0.7658 to 0.7704 and the held-out half from 0.7441 to 0.7478; six
name-swapped copies instead of three gave 0.7687 at 150 iterations but
nothing at 300 (0.7703 against 0.7708, scored with the same rules). The longer
fit read 15 of our own test sentences and articles differently (foreign names
before a city or a province, a quoted programme, pair articles' offices), and
the extractor's rules were mended for them before it was shipped. Rules
for how Korean news writes names (descriptions in apposition, bracketed
affiliations and glosses, a country's state bodies and teams, foreign
names of several words), found in the first half's out-of-fold errors,
then raised the 5-fold score to 0.793 and the held-out half to 0.754.

A sentence-level reading of each name's context by kiwipiepy's
language model (the clusters of the morphemes it predicts before a noun)
scored 0.7631, and a retyping classifier over the CRF's marginals and the
sentence's words 0.7672 at best: neither was kept.

The CRF's features include the rules' own reading of each sentence, so a
change to what ``KoreanExtractor(use_model=False)`` finds changes what a
rebuild trains; rules that act only where the CRF's reading is merged
(``_apply_model`` and after) leave it as it is.

Rebuild the shipped model (about eight minutes on one idle CPU core; ``--cv 5``
adds five more fits)::

    python -m kg.train_ko ../shared/data/klue-ner/klue-ner-v1.1_dev.tsv

(``--clusters`` first rebuilds the cluster table, about 15 seconds.) The swaps use a fixed random seed and L-BFGS training has no random state,
so the same inputs give the same model.
"""

from __future__ import annotations

import argparse
import copy
import random
import sys
import tempfile
import time
from pathlib import Path

__all__ = ["augment", "build_clusters", "char_labels", "main", "train"]

LABELS = ("PS", "OG", "LC")
PARAMS = {"c1": 0.05, "c2": 0.02, "max_iterations": 300, "feature.possible_transitions": True}
#: Name-swapped copies of each news sentence trained on (see :func:`augment`):
#: three average out which names the random swaps draw (see the module docstring).
AUGMENT_COPIES = 3


def char_labels(n: int, gold, offset: int = 0) -> list[str]:
    """BIOES labels of ``n`` characters from gold ``(start, end, type)`` spans shifted by ``offset``.

    Only PS, OG and LC are kept. A name's last character is ``E-``, a
    one-character name ``S-``: the CRF learns where names end as well as
    where they begin, which raised the 5-fold score on the first news half
    from 0.7480 to 0.7493 (BIO labels) and the CRF's own from 0.7497 to 0.7540.

    >>> char_labels(5, [(0, 1, "PS"), (1, 4, "OG"), (4, 5, "DT")])
    ['S-PS', 'B-OG', 'I-OG', 'E-OG', 'O']
    """
    tags = ["O"] * n
    for s, e, typ in gold:
        if typ not in LABELS:
            continue
        s, e = s - offset, e - offset
        if 0 <= s < e <= n:
            if e - s == 1:
                tags[s] = "S-" + typ
                continue
            tags[s] = "B-" + typ
            for i in range(s + 1, e - 1):
                tags[i] = "I-" + typ
            tags[e - 1] = "E-" + typ
    return tags


def augment(docs, pool, *, copies: int = 1, seed: int = 0) -> list:
    """Copies of ``docs`` whose PS, OG and LC names are swapped for others from ``pool``.

    Each name is replaced by a name of the same type drawn at random from
    the gold names of ``pool`` (an ``EvalDoc`` sequence); other gold spans
    (dates, quantities) are dropped from the copy. Sentences without a name
    are not copied.

    Args:
        docs: the sentences to copy (``EvalDoc``).
        pool: the sentences whose names may be drawn.
        copies: how many copies of each sentence.
        seed: the random seed.

    Returns:
        The new ``EvalDoc`` sentences, ids suffixed ``-aug<k>``.

    >>> from kg.evaluate import EvalDoc
    >>> a = EvalDoc("a", "한솔 씨가 왔다", "ko", ((0, 2, "PS"),))
    >>> b = EvalDoc("b", "박다온 대표", "ko", ((0, 3, "PS"),))
    >>> [(d.text, d.gold) for d in augment([a], [b])]
    [('박다온 씨가 왔다', ((0, 3, 'PS'),))]
    """
    from kg.evaluate import EvalDoc

    names: dict[str, list[str]] = {t: [] for t in LABELS}
    for d in pool:
        for s, e, typ in d.gold:
            if typ in names:
                names[typ].append(d.text[s:e])
    rng = random.Random(seed)
    out = []
    for k in range(copies):
        for d in docs:
            spans = sorted(g for g in d.gold if g[2] in names and names[g[2]])
            if not spans:
                continue
            parts, gold, pos, length = [], [], 0, 0
            for s, e, typ in spans:
                if s < pos:  # overlapping gold spans: keep the first
                    continue
                parts.append(d.text[pos:s])
                length += s - pos
                new = rng.choice(names[typ])
                gold.append((length, length + len(new), typ))
                parts.append(new)
                length += len(new)
                pos = e
            parts.append(d.text[pos:])
            out.append(EvalDoc(f"{d.id}-aug{k}", "".join(parts), d.lang, tuple(gold)))
    return out


#: Tags of the morphemes that get clusters: content words; particles and endings are features by form.
CLUSTER_TAGS = frozenset({
    "NNG", "NNP", "NNB", "NR", "NP", "SL", "SH", "VV", "VA", "VV-R", "VA-R", "VV-I", "VA-I", "XR", "MAG",
    "MM", "XSN", "XPN", "IC",
})


def build_clusters(out: str | Path, *, sizes=(32, 128, 1024), landmarks: int = 256, seed: int = 0,
                   log=print) -> None:
    """Cluster kiwipiepy's embedded morphemes at three granularities and write the table to ``out``.

    kiwipiepy-model's CoNg language model embeds its ~70,000 most common
    morphemes, but kiwipiepy exposes only their cosine similarities. Each
    morpheme is therefore described by its similarities to ``landmarks``
    frequent morphemes; those profiles are centred (which removes the hub
    morphemes that are near everything) and normalised, then clustered by
    spherical k-means into ``sizes[-1]`` fine clusters. The coarser levels
    cluster the fine centroids, so the three levels nest. (Most frequent
    morphemes share a coarse cluster; clustering each level afresh instead
    balanced the levels but scored no better on KLUE.)

    Args:
        out: the ``.npz`` file to write (:data:`kg.extract.ko_model.CLUSTERS_PATH`).
        sizes: clusters per level, coarse to fine.
        landmarks: how many morphemes profile each morpheme.
        seed: the random seed (the same seed and kiwipiepy-model give the same table).
        log: where progress lines go.
    """
    from importlib.metadata import version

    import numpy as np
    from kiwipiepy import Kiwi

    t0 = time.time()
    kiwi = Kiwi(model_type="cong")
    similarity = kiwi.morpheme_similarity
    # The embedded morphemes have the lowest ids; the others' similarities are NaN.
    # (Against a fixed morpheme: a morpheme's similarity to itself is a thousand times slower.)
    low, high = 1, 1 << 20
    while low < high:
        mid = (low + high) // 2
        low, high = (mid + 1, high) if similarity(mid, 0) == similarity(mid, 0) else (low, mid)
    embedded = low
    ids = [i for i in range(embedded) if kiwi.morpheme(i).tag in CLUSTER_TAGS]
    rng = random.Random(seed)
    # Frequent morphemes as landmarks: kiwipiepy numbers morphemes roughly by frequency.
    marks = rng.sample([i for i in ids if i < embedded * 2 // 7], landmarks)
    profile = np.array([[similarity(i, m) for m in marks] for i in ids], dtype=np.float32)
    profile -= profile.mean(axis=0)
    profile /= np.linalg.norm(profile, axis=1, keepdims=True) + 1e-9
    log(f"profiled {len(ids)} of {embedded} embedded morphemes in {time.time() - t0:.0f}s")
    fine, centroids = _spherical_kmeans(profile, sizes[-1], seed=seed)
    levels = np.full((len(sizes), embedded), np.iinfo(np.uint16).max, dtype=np.uint16)
    levels[-1, ids] = fine
    for level, k in enumerate(sizes[:-1]):
        parent, _ = _spherical_kmeans(centroids, k, seed=seed)
        levels[level, ids] = parent[fine]
    tmp = Path(out).with_suffix(".tmp.npz")
    np.savez_compressed(tmp, levels=levels, kiwipiepy_model=np.array(version("kiwipiepy-model")))
    tmp.replace(out)
    log(f"wrote {out} ({Path(out).stat().st_size / 1e3:.0f} kB) in {time.time() - t0:.0f}s")


def _spherical_kmeans(x, k: int, *, iterations: int = 15, seed: int = 0):
    """Labels and unit centroids of ``k`` clusters of the unit rows of ``x`` (cosine k-means)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    centroids = x[rng.choice(len(x), k, replace=False)].copy()
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(iterations):
        for s in range(0, len(x), 8192):
            labels[s : s + 8192] = (x[s : s + 8192] @ centroids.T).argmax(axis=1)
        sums = np.zeros_like(centroids)
        np.add.at(sums, labels, x)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        keep = norms[:, 0] > 0  # an emptied cluster keeps its old centroid
        centroids[keep] = sums[keep] / norms[keep]
    return labels, centroids


def _featurise(docs):
    """(doc, analysed _Doc, chosen, [(features, labels)] per sentence) for each document."""
    from kg.evaluate import _articles
    from kg.extract.ko import KoreanExtractor

    rules = KoreanExtractor(use_model=False)
    out = []
    for doc, article in zip(docs, _articles(docs, "<train>")):
        analysed, chosen = rules.analyse(article)
        seqs = [(feats, char_labels(len(feats), doc.gold, sent.start))
                for sent, feats in rules.model_features(analysed, chosen)]
        out.append((doc, analysed, chosen, seqs))
    return out


def _fit(items, model_path: Path, params=PARAMS, verbose: bool = False) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=verbose)
    for _, _, _, seqs in items:
        for feats, labels in seqs:
            if feats:
                trainer.append(feats, labels)
    trainer.set_params(params)
    trainer.train(str(model_path))


def _score(items, tagger):
    """Score the extractor's mentions (rules + this tagger) against the gold spans."""
    from kg.evaluate import DATASETS, map_mentions, score
    from kg.extract.ko import KoreanExtractor, _tidy

    ext = KoreanExtractor(use_model=False)
    _, types, mapping = DATASETS["klue"]
    mentions = []
    for _doc, analysed, chosen, _ in items:
        chosen = copy.deepcopy(chosen)  # _apply_model retypes candidates in place
        if tagger:
            chosen = ext._apply_model(analysed, chosen, tagger)
        # The same steps as KoreanExtractor.extract, so these scores are kg extract's.
        mentions += ext._mentions(analysed, _tidy(analysed, chosen))[0]
    return score([d for d, *_ in items], map_mentions(mentions, mapping), types)


def train(path: str | Path, out: str | Path, *, cv: int = 0, folds_dir: str | Path | None = None,
          copies: int = AUGMENT_COPIES, log=print) -> None:
    """Train on KLUE-NER's reviews and first news half and write the model to ``out``.

    Args:
        path: ``klue-ner-v1.1_dev.tsv``.
        out: the model file to write.
        cv: if > 1, first print ``cv``-fold out-of-fold scores on the first news half.
        folds_dir: keep the fold models there (``fold<k>.crfsuite``) instead of discarding them.
        copies: name-swapped copies of each news sentence to add (see :func:`augment`); 0 for none.
        log: where progress lines go.
    """
    import pycrfsuite

    from kg.evaluate import format_table, read_klue

    t0 = time.time()
    reviews = read_klue(path, source_filter="nsmc")
    news = read_klue(path, source_filter="wikitree", half="first")
    rev_items = _featurise(reviews)
    news_items = _featurise(news)
    log(f"featurised {len(reviews)} review + {len(news)} news sentences in {time.time() - t0:.0f}s")
    log("rules alone, first news half:\n" + format_table(_score(news_items, None)))
    if cv > 1:
        with tempfile.TemporaryDirectory() as tmp:
            if folds_dir is not None:
                Path(folds_dir).mkdir(parents=True, exist_ok=True)
                tmp = str(folds_dir)
            folds = [news_items[k::cv] for k in range(cv)]
            held = []
            for k in range(cv):
                train_news = [x for j, f in enumerate(folds) if j != k for x in f]
                # The swapped names come from the training folds only.
                swapped = augment([d for d, *_ in train_news], [d for d, *_ in train_news] + reviews,
                                  copies=copies, seed=k)
                train_items = rev_items + train_news + _featurise(swapped)
                model = Path(tmp) / f"fold{k}.crfsuite"
                _fit(train_items, model)
                tagger = pycrfsuite.Tagger()
                tagger.open(str(model))
                held.append((folds[k], tagger))
            from kg.evaluate import Scores, TypeScore

            parts = [_score(items, tagger) for items, tagger in held]
            total = Scores({t: TypeScore(*(sum(getattr(p.types[t], f) for p in parts) for f in ("tp", "fp", "fn")))
                            for t in LABELS}, docs=len(news))
            log(f"{cv}-fold out-of-fold, first news half:\n" + format_table(total))
    swapped = _featurise(augment(news, news + reviews, copies=copies, seed=0))
    _fit(rev_items + news_items + swapped, Path(out))
    log(f"wrote {out} ({Path(out).stat().st_size / 1e6:.1f} MB) in {time.time() - t0:.0f}s")


def main(argv=None) -> int:
    """Command line: ``python -m kg.train_ko KLUE_DEV_TSV [--out FILE] [--cv K] [--clusters]``."""
    from kg.extract.ko_model import CLUSTERS_PATH, MODEL_PATH

    ap = argparse.ArgumentParser(prog="python -m kg.train_ko", description=__doc__.split("\n")[0])
    ap.add_argument("klue", help="klue-ner-v1.1_dev.tsv")
    ap.add_argument("--out", default=str(MODEL_PATH), help=f"model file (default {MODEL_PATH})")
    ap.add_argument("--cv", type=int, default=0, help="also print K-fold scores on the first news half")
    ap.add_argument("--folds-dir", default=None, help="keep the --cv fold models in this folder")
    ap.add_argument("--augment", type=int, default=AUGMENT_COPIES,
                    help=f"name-swapped copies of each news sentence (default {AUGMENT_COPIES}; 0: none)")
    ap.add_argument("--clusters", action="store_true",
                    help=f"first rebuild the morpheme cluster table {CLUSTERS_PATH} (see build_clusters)")
    args = ap.parse_args(argv)
    if args.clusters:
        build_clusters(CLUSTERS_PATH)
    train(args.klue, args.out, cv=args.cv, folds_dir=args.folds_dir, copies=args.augment)
    return 0


if __name__ == "__main__":
    sys.exit(main())
