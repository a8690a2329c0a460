"""Extraction speed on one core over unseen text (dev2 and the corpus), side by side with jieba.posseg on
the same text, and the peak memory of an extraction worker.

usage: python -m bench.extract_speed [rounds] [--corpus-files N]
Targets (issue 17): cold extraction with the mention tagger at least 3x jieba.posseg; an extraction worker
at most 400 MB; the model file at most 20 MB.

It measures the extractor this process imports: the compiled one when a current build exists
(``craftgraph native build``), pure Python otherwise or with ``CRAFTGRAPH_NATIVE=0``. "cold" forgets the
memoised span answers before each round, as on text never seen before; the tagger has no memo.
"""

import subprocess
import sys
import time
from pathlib import Path
from statistics import median

from bench.quality import raw_document, shared_dir
from loaders import native
from loaders.document import PreparedDocument
from loaders.extract import Extractor, clear_span_caches
from loaders.pipeline import prepare
from loaders.tagger import packaged_model

_WORKER = """
import resource, sys
from pathlib import Path
from bench.quality import raw_document
from loaders.extract import Extractor
from loaders.pipeline import prepare
extractor = Extractor()
for path in sys.argv[1:]:
    extractor.extract(prepare(raw_document(Path(path))))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def unseen_texts(corpus_files: int) -> list[Path]:
    """dev2 and the first ``corpus_files`` files of each corpus folder (no gold needed)."""
    shared = shared_dir()
    paths = sorted((shared / "fixtures" / "dev2").glob("*.txt"))
    for folder in sorted(p for p in (shared / "corpus").iterdir() if p.is_dir()):
        paths += sorted(folder.glob("*.txt"))[:corpus_files]
    return paths


def worker_peak_mb(paths: list[Path]) -> int:
    """Peak resident memory of a fresh process that extracts ``paths`` (as a load worker does)."""
    out = subprocess.run([sys.executable, "-c", _WORKER, *map(str, paths)], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[1])
    return int(out.stdout.strip().splitlines()[-1])


def _timed(extractor: Extractor, docs: list[PreparedDocument], cold: bool) -> float:
    if cold:
        clear_span_caches()
    t0 = time.process_time()
    for d in docs:
        extractor.extract(d)
    return time.process_time() - t0


def main(argv: list[str]) -> int:
    rounds = int(argv[1]) if len(argv) > 1 and argv[1].isdigit() else 5
    corpus_files = int(argv[argv.index("--corpus-files") + 1]) if "--corpus-files" in argv else 40
    paths = unseen_texts(corpus_files)
    if not paths:
        print("dev2 fixtures and corpus not found", file=sys.stderr)
        return 2
    docs = [prepare(raw_document(p)) for p in paths]
    chars = sum(len(d.text) for d in docs)
    tagged = Extractor()
    rules = Extractor(use_tagger=False)
    for d in docs[:5]:  # load gazetteers, the rjieba dictionary and the model
        tagged.extract(d)
        rules.extract(d)

    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(60)
    jieba.initialize()
    list(pseg.cut(docs[0].text))
    # Rounds are interleaved and timed in process CPU time, so load from other processes on a shared
    # machine affects every side alike; each side is summarised by its best and its median round.
    times: dict[str, list[float]] = {"extractor + tagger (cold)": [], "rules only (cold)": [], "jieba.posseg": []}
    for _ in range(rounds):
        times["extractor + tagger (cold)"].append(_timed(tagged, docs, cold=True))
        times["rules only (cold)"].append(_timed(rules, docs, cold=True))
        t0 = time.process_time()
        for d in docs:
            list(pseg.cut(d.text))
        times["jieba.posseg"].append(time.process_time() - t0)
    print(f"unseen text: {len(docs)} docs (dev2 + corpus), {chars:,} chars, {rounds} rounds, one core "
          "(best round | median round)")
    print(f"  extractor: {tagged.describe()}, {'compiled with mypyc' if native.active() else 'pure Python'}; "
          f"{native.status().detail}")
    for label, spent in times.items():
        print(f"  {label:26} {chars / min(spent):12,.0f} | {chars / median(spent):12,.0f} chars/s")
    base = times["jieba.posseg"]
    for label in ("extractor + tagger (cold)", "rules only (cold)"):
        spent = times[label]
        print(f"  ratio, {label:19} {min(base) / min(spent):7.1f}x | {median(base) / median(spent):12.1f}x "
              "(target >= 3x with the tagger)")
    print(f"  extraction worker peak memory: {worker_peak_mb(paths)} MB (target <= 400 MB)")
    model = packaged_model()
    if model.is_file():
        print(f"  model file: {model.stat().st_size / 2**20:.1f} MiB (target <= 20 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
