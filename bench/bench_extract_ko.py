"""Throughput of Korean extraction against kiwipiepy's own ``Kiwi().tokenize``.

Runs, in one process and on the same texts (the Korean Wikinews corpus
``../shared/data/wikinews-ko/wikinews_ko.csv``, columns 작성일, 출처, 제목, 내용):

* ``Kiwi().tokenize`` over each article text (morphological analysis only);
* the ``kg extract`` path, :meth:`kg.extract.ko.KoreanExtractor.extract_many`
  over the same articles (kiwipiepy, the rules, mecab-ko and the name CRF
  when installed, then the relations);

and prints characters per second of each and the ratio ``kg / kiwi``.
Characters are counted in the article texts, the same way for both.

Usage::

    python bench/bench_extract_ko.py [--data ../shared/data/wikinews-ko/wikinews_ko.csv] [--limit N] [--repeat R]
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import best_of  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "wikinews-ko" / "wikinews_ko.csv"


def read_wikinews_ko(path: Path, limit: int | None = None):
    """Return the Korean Wikinews articles of ``path`` as ``kg.records.Article`` values."""
    from kg.ingest import article_from_text

    if not path.exists():
        sys.exit(f"bench: {path} not found (expected a CSV with columns 작성일,출처,제목,내용)")
    csv.field_size_limit(1 << 24)
    articles = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            text = row["내용"]
            if not text.strip():
                continue
            articles.append(article_from_text(text, id=row["출처"], source=str(path), lang="ko",
                                              title=row["제목"], url=row["출처"], published=row["작성일"]))
            if limit is not None and len(articles) >= limit:
                break
    return articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="wikinews_ko.csv")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--repeat", type=int, default=1, help="runs per setting; the fastest counts")
    parser.add_argument("--no-model", action="store_true", help="the rules alone (no mecab-ko, no CRF)")
    args = parser.parse_args(argv)

    from kiwipiepy import Kiwi

    from kg.extract.ko import KoreanExtractor

    articles = read_wikinews_ko(args.data, args.limit)
    texts = [a.text for a in articles]
    chars = sum(len(t) for t in texts)
    kiwi = Kiwi()
    extractor = KoreanExtractor(use_model=not args.no_model)
    print(f"{len(articles)} articles, {chars} characters; kg extractor {extractor.name}, "
          f"name model {'off' if args.no_model else 'on'}")
    # Warm up both (model loading, first-call allocations).
    for t in texts[:3]:
        kiwi.tokenize(t)
    list(extractor.extract_many(articles[:3]))

    t_kiwi = best_of(args.repeat, lambda: [kiwi.tokenize(t) for t in texts])
    t_kg = best_of(args.repeat, lambda: sum(1 for _ in extractor.extract_many(articles)))
    print(f"{'kiwi chars/s':>13} {'kg chars/s':>11} {'ratio kg/kiwi':>14}")
    print(f"{chars / t_kiwi:>13,.0f} {chars / t_kg:>11,.0f} {t_kiwi / t_kg:>14.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
