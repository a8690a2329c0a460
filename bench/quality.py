"""Extraction quality, scored with the shared ``score.py``: the seed page, the dev articles, the dev2
articles (People's Daily 2025) and the blind sets (real articles of ``../shared/corpus`` annotated in
``bench/blind/``, ``bench/blind2/`` and onwards before the extractor was run on them; see docs/extraction.md).

usage: python -m bench.quality [--verbose] [--per-document] [--sets seed,dev,blind4] [--no-tagger]
(reads ../shared or $CRAFTGRAPH_SHARED). Prints a per-type table and pooled micro scores per set, with
relation recall beside precision. --no-tagger measures the rules alone.
"""

import hashlib
import importlib.util
import io
import json
import os
import sys
import tempfile
from contextlib import redirect_stdout
from pathlib import Path

from loaders.document import RawDocument
from loaders.extract import Extractor
from loaders.pipeline import prepare

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    return Path(os.environ.get("CRAFTGRAPH_SHARED", REPO.parent / "shared"))


def _scorer():
    spec = importlib.util.spec_from_file_location("craftgraph_score", shared_dir() / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def raw_document(path: Path) -> RawDocument:
    text = path.read_text(encoding="utf-8")
    return RawDocument(doc=path.name, text=text, sha256=hashlib.sha256(text.encode()).hexdigest())


def score(record_json: str, gold: Path, tmp: Path) -> dict:
    pred = tmp / "pred.json"
    pred.write_text(record_json, encoding="utf-8")
    buf = io.StringIO()
    with redirect_stdout(buf):
        _scorer().main(["score.py", str(pred), str(gold), "--json"])
    return json.loads(buf.getvalue())


def run(paths: list[Path], extractor: Extractor, tmp: Path) -> dict:
    """Score the documents pooled (score.py accepts JSON Lines of several records; golds are per doc)."""
    return run_pairs([(path, path.with_suffix(".gold.json")) for path in paths], extractor, tmp)


def run_pairs(pairs: list[tuple[Path, Path]], extractor: Extractor, tmp: Path) -> dict:
    """Score (text, gold) pairs pooled."""
    reports = []
    for text, gold in pairs:
        record = extractor.extract(prepare(raw_document(text)))
        reports.append(score(record.model_dump_json(), gold, tmp))
    return pool(reports)


def blind_pairs(shared: Path, folder: str = "blind") -> list[tuple[Path, Path]]:
    """A blind set: each gold file of bench/<folder>/ with its text, found by name under ../shared/corpus."""
    texts = {p.name: p for p in (shared / "corpus").rglob("*.txt")}
    pairs = []
    for gold in sorted((REPO / "bench" / folder).glob("*.gold.json")):
        doc = json.loads(gold.read_text(encoding="utf-8"))["doc"]
        if doc not in texts:
            raise FileNotFoundError(f"{gold.name}: its text {doc} is not under {shared / 'corpus'}")
        pairs.append((texts[doc], gold))
    return pairs


def fixture_pairs(folder: Path) -> list[tuple[Path, Path]]:
    return [(p, p.with_suffix(".gold.json")) for p in sorted(folder.glob("*.txt"))]


def pool(reports: list[dict]) -> dict:
    out: dict = {"entities": {}, "relations": {}, "docs": reports}
    for section in ("entities", "relations"):
        for rep in reports:
            for t, m in rep[section].items():
                acc = out[section].setdefault(t, {"tp": 0, "pred": 0, "gold": 0, "missed": [], "spurious": []})
                for k in ("tp", "pred", "gold"):
                    acc[k] += m[k]
                acc["missed"] += m["missed"]
                acc["spurious"] += m["spurious"]
    summary = {}
    for section, key in (("entities", "entity"), ("relations", "relation")):
        tp = sum(m["tp"] for m in out[section].values())
        pred = sum(m["pred"] for m in out[section].values())
        gold = sum(m["gold"] for m in out[section].values())
        summary[key] = _prf(tp, pred, gold)
    for key in ("role_accuracy", "title_accuracy"):
        vals = [r["summary"][key] for r in reports if r["summary"][key] is not None]
        summary[key] = sum(vals) / len(vals) if vals else None
    out["summary"] = summary
    return out


def _prf(tp: int, pred: int, gold: int) -> dict:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def print_table(title: str, result: dict, verbose: bool = False) -> None:
    print(f"== {title}")
    for section in ("entities", "relations"):
        for t, m in sorted(result[section].items()):
            s = _prf(m["tp"], m["pred"], m["gold"])
            print(
                f"  {t:16s} P {s['p']:.2f} R {s['r']:.2f} F1 {s['f1']:.2f} "
                f"({m['tp']}/{m['pred']} pred, {m['gold']} gold)"
            )
            if verbose:
                for x in m["missed"]:
                    print(f"      missed   {x}")
                for x in m["spurious"]:
                    print(f"      spurious {x}")
    s = result["summary"]
    fmt = lambda v: "n/a" if v is None else f"{v:.2f}"  # noqa: E731
    print(
        f"  micro: entity P {s['entity']['p']:.3f} R {s['entity']['r']:.3f} F1 {s['entity']['f1']:.3f} | "
        f"relation P {s['relation']['p']:.3f} R {s['relation']['r']:.3f} F1 {s['relation']['f1']:.3f} | "
        f"role acc {fmt(s['role_accuracy'])} | title acc {fmt(s['title_accuracy'])}"
    )


def blind_sets() -> tuple[str, ...]:
    """The blind sets of bench/ in the order they were annotated: blind, blind2, blind3, ..."""
    folders = [p.name for p in (REPO / "bench").glob("blind*") if p.is_dir() and any(p.glob("*.gold.json"))]
    return tuple(sorted(folders, key=lambda name: int(name[len("blind") :] or 1)))


#: The fixtures, then every blind set of bench/.
SETS = ("seed", "dev", "dev2", *blind_sets())


def print_documents(pairs: list[tuple[Path, Path]], result: dict) -> None:
    """Entity and relation F1 of each document (the blind table of docs/extraction.md)."""
    for (text, _gold), report in zip(pairs, result["docs"], strict=True):
        e, r = report["summary"]["entity"], report["summary"]["relation"]
        print(f"    {text.stem:40s} entity F1 {e['f1']:.2f} | relation P {r['p']:.2f} R {r['r']:.2f} F1 {r['f1']:.2f}")


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv or "-v" in argv
    chosen = SETS
    if "--sets" in argv:
        chosen = tuple(argv[argv.index("--sets") + 1].split(","))
    shared = shared_dir()
    fixtures = shared / "fixtures"
    if not fixtures.is_dir():
        print(f"shared fixtures not found at {fixtures}", file=sys.stderr)
        return 2
    extractor = Extractor(use_tagger="--no-tagger" not in argv)
    print(f"extractor: {extractor.describe()}")
    with tempfile.TemporaryDirectory() as tmp:
        for name in chosen:
            pairs = blind_pairs(shared, name) if name.startswith("blind") else fixture_pairs(fixtures / name)
            result = run_pairs(pairs, extractor, Path(tmp))
            print_table(f"{name} ({len(pairs)} documents, pooled)", result, verbose)
            if "--per-document" in argv:
                print_documents(pairs, result)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
