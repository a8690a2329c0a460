"""``craftgraph tagger train|evaluate|status``: the trained mention tagger (see docs/extraction.md)."""

from pathlib import Path
from typing import Annotated

import typer

tagger_app = typer.Typer(
    name="tagger",
    help="Train, evaluate and inspect the mention tagger (a CRF proposing person, organisation and place names).",
    no_args_is_help=True,
)

_BIO = typer.Option("--bio", help="A BIO file (one 'character label' per line, blank line between sentences), "
                    "e.g. MSRA NER's train.bio; repeatable.")
_CLUENER = typer.Option("--cluener", help="A CLUENER2020 JSON Lines file; repeatable.")
_GOLD = typer.Option("--gold", help="A folder of X.txt + X.gold.json files (the project's gold format); repeatable.")


def _say(message: str) -> None:
    typer.echo(f"tagger: {message}", err=True)


@tagger_app.command()
def train(
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the model file.")],
    bio: Annotated[list[Path] | None, _BIO] = None,
    cluener: Annotated[list[Path] | None, _CLUENER] = None,
    gold: Annotated[list[Path] | None, _GOLD] = None,
    gold_weight: Annotated[int, typer.Option(help="Times each gold sentence is repeated (in-domain weight).")] = 3,
    seed: Annotated[int, typer.Option(help="Seed of the sentence shuffle.")] = 2026,
    iterations: Annotated[int, typer.Option(help="Most L-BFGS iterations.")] = 150,
    c1: Annotated[float, typer.Option(help="L1 penalty (larger: fewer features, a smaller model).")] = 0.1,
    c2: Annotated[float, typer.Option(help="L2 penalty.")] = 0.01,
) -> None:
    """Train a model from public NER corpora and gold files, reproducibly (same inputs and seed, same model)."""
    from loaders.tagger.train import TrainingParams
    from loaders.tagger.train import train as train_model

    sentences = _sentences(bio, cluener, gold, gold_weight)
    _say(f"{len(sentences):,} sentences read")
    params = TrainingParams(c1=c1, c2=c2, max_iterations=iterations, seed=seed)
    train_model(sentences, output, params, progress=_say)


@tagger_app.command()
def evaluate(
    bio: Annotated[list[Path] | None, _BIO] = None,
    cluener: Annotated[list[Path] | None, _CLUENER] = None,
    gold: Annotated[list[Path] | None, _GOLD] = None,
    model: Annotated[Path | None, typer.Option(help="Model file; default: the one the settings name.")] = None,
) -> None:
    """Mention precision, recall and F1 (exact span and type) of a model on labelled sentences."""
    from loaders.tagger.model import MentionTagger
    from loaders.tagger.train import evaluate as score

    sentences = _sentences(bio, cluener, gold)
    tagger = MentionTagger.open(model or _configured_model())
    scores = score(tagger.labels_of, sentences)
    for kind, (p, r, f) in scores.per_type.items():
        typer.echo(f"{kind}\tP {p:.3f}\tR {r:.3f}\tF1 {f:.3f}")
    p, r, f = scores.overall
    typer.echo(f"all\tP {p:.3f}\tR {r:.3f}\tF1 {f:.3f}\t({len(sentences):,} sentences)")


@tagger_app.command()
def status() -> None:
    """Which model the extractor uses, or that it extracts with the rules alone. Exit code 3 when no tagger."""
    from graph.settings import get_settings

    settings = get_settings()
    if not settings.tagger:
        typer.echo("tagger off (CRAFTGRAPH_TAGGER=false): extracting with the rules alone")
        raise typer.Exit(3)
    path = _configured_model()
    if not path.is_file():
        typer.echo(f"no model at {path}: extracting with the rules alone")
        raise typer.Exit(3)
    from loaders.tagger.model import MentionTagger

    tagger = MentionTagger.open(path)
    typer.echo(f"model {path} ({path.stat().st_size / 1e6:.1f} MB), labels {' '.join(sorted(tagger.labels()))}")


def _sentences(
    bio: list[Path] | None, cluener: list[Path] | None, gold: list[Path] | None, gold_weight: int = 1
) -> list[tuple[str, list[str]]]:
    """The labelled sentences of every source given, each gold sentence ``gold_weight`` times."""
    from loaders.tagger.corpora import read_bio, read_cluener, read_gold_dir

    sentences: list[tuple[str, list[str]]] = []
    for path in bio or []:
        sentences += list(read_bio(_existing(path)))
    for path in cluener or []:
        sentences += list(read_cluener(_existing(path)))
    for folder in gold or []:
        sentences += list(read_gold_dir(_existing(folder))) * gold_weight
    if not sentences:
        raise typer.BadParameter("give at least one --bio, --cluener or --gold source")
    return sentences


def _configured_model() -> Path:
    from graph.settings import get_settings
    from loaders.tagger.model import packaged_model

    return get_settings().tagger_model or packaged_model()


def _existing(path: Path) -> Path:
    if not path.exists():
        raise typer.BadParameter(f"{path} does not exist")
    return path


def register(app: typer.Typer) -> None:
    app.add_typer(tagger_app)
