"""Train the Korean name CRF that :mod:`kg.extract.ko_model` ships with.

The CRF tags the characters of a sentence as PS, OG or LC names (BIO), from
characters, kiwipiepy and mecab-ko morphemes and the rules' own reading
(see :func:`kg.extract.ko_model.sentence_features`).

Training data, all from the KLUE-NER v1.1 dev file (CC BY-SA 4.0; only the
model's weights go into the repository, never the text):

* every movie-review sentence (ids ending ``-nsmc``), and
* the FIRST half, in file order, of the news sentences (``-wikitree``).

The second half of the news sentences is never read here: it is the
held-out test set of ``kg eval klue --half second``. Scores on the first
half are therefore in-sample; ``--cv K`` prints K-fold out-of-fold scores
on the first half instead (each fold tagged by a model trained without it).

Rebuild the shipped model (about a minute on 2 CPU cores)::

    python -m kg.train_ko ../shared/data/klue-ner/klue-ner-v1.1_dev.tsv

L-BFGS training has no random state, so the same inputs give the same model.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

__all__ = ["char_labels", "main", "train"]

LABELS = ("PS", "OG", "LC")
PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}


def char_labels(n: int, gold, offset: int = 0) -> list[str]:
    """BIO labels of ``n`` characters from gold ``(start, end, type)`` spans shifted by ``offset``.

    Only PS, OG and LC are kept.

    >>> char_labels(4, [(1, 3, "PS"), (3, 4, "DT")])
    ['O', 'B-PS', 'I-PS', 'O']
    """
    tags = ["O"] * n
    for s, e, typ in gold:
        if typ not in LABELS:
            continue
        s, e = s - offset, e - offset
        if 0 <= s < e <= n:
            tags[s] = "B-" + typ
            for i in range(s + 1, e):
                tags[i] = "I-" + typ
    return tags


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
    from kg.extract.ko import KoreanExtractor

    ext = KoreanExtractor(use_model=False)
    _, types, mapping = DATASETS["klue"]
    mentions = []
    for _doc, analysed, chosen, _ in items:
        chosen = [c for c in chosen]  # _apply_model retypes candidates in place
        import copy

        chosen = ext._apply_model(analysed, copy.deepcopy(chosen), tagger) if tagger else copy.deepcopy(chosen)
        mentions += ext._mentions(analysed, chosen)[0]
    return score([d for d, *_ in items], map_mentions(mentions, mapping), types)


def train(path: str | Path, out: str | Path, *, cv: int = 0, folds_dir: str | Path | None = None, log=print) -> None:
    """Train on KLUE-NER's reviews and first news half and write the model to ``out``.

    Args:
        path: ``klue-ner-v1.1_dev.tsv``.
        out: the model file to write.
        cv: if > 1, first print ``cv``-fold out-of-fold scores on the first news half.
        folds_dir: keep the fold models there (``fold<k>.crfsuite``) instead of discarding them.
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
                train_items = rev_items + [x for j, f in enumerate(folds) if j != k for x in f]
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
    _fit(rev_items + news_items, Path(out))
    log(f"wrote {out} ({Path(out).stat().st_size / 1e6:.1f} MB) in {time.time() - t0:.0f}s")


def main(argv=None) -> int:
    """Command line: ``python -m kg.train_ko KLUE_DEV_TSV [--out FILE] [--cv K]``."""
    from kg.extract.ko_model import MODEL_PATH

    ap = argparse.ArgumentParser(prog="python -m kg.train_ko", description=__doc__.split("\n")[0])
    ap.add_argument("klue", help="klue-ner-v1.1_dev.tsv")
    ap.add_argument("--out", default=str(MODEL_PATH), help=f"model file (default {MODEL_PATH})")
    ap.add_argument("--cv", type=int, default=0, help="also print K-fold scores on the first news half")
    ap.add_argument("--folds-dir", default=None, help="keep the --cv fold models in this folder")
    args = ap.parse_args(argv)
    train(args.klue, args.out, cv=args.cv, folds_dir=args.folds_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
