"""Extraction speed on one core over the dev articles, side by side with jieba.posseg on the same text.

usage: python -m bench.extract_speed [rounds]     (target: at least 10x jieba.posseg)

It measures the extractor this process imports: the compiled one when a current build exists
(``craftgraph native build``), pure Python otherwise or with ``CRAFTGRAPH_NATIVE=0``.
"""

import sys
import time
from statistics import median

from bench.quality import raw_document, shared_dir
from loaders import native
from loaders.extract import Extractor, clear_span_caches
from loaders.pipeline import prepare


def main(argv: list[str]) -> int:
    rounds = int(argv[1]) if len(argv) > 1 else 9
    paths = sorted((shared_dir() / "fixtures" / "dev").glob("*.txt"))
    if not paths:
        print("dev fixtures not found", file=sys.stderr)
        return 2
    docs = [prepare(raw_document(p)) for p in paths]
    chars = sum(len(d.text) for d in docs)
    extractor = Extractor()
    for d in docs:  # warm caches (gazetteer regexes, rjieba dictionary)
        extractor.extract(d)

    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(60)
    jieba.initialize()
    list(pseg.cut(docs[0].text))
    # Rounds are interleaved and timed in process CPU time, so load from other processes on a shared
    # machine affects both sides alike; each side is summarised by its best and its median round (the
    # timeit convention: the best round is the least disturbed one). The "cold" side forgets the
    # extractor's memoised span answers before its round, as on text never seen before.
    ours: list[float] = []
    cold: list[float] = []
    base: list[float] = []
    for _ in range(rounds):
        t0 = time.process_time()
        for d in docs:
            extractor.extract(d)
        t1 = time.process_time()
        for d in docs:
            list(pseg.cut(d.text))
        t2 = time.process_time()
        clear_span_caches()
        t3 = time.process_time()
        for d in docs:
            extractor.extract(d)
        t4 = time.process_time()
        ours.append(t1 - t0)
        base.append(t2 - t1)
        cold.append(t4 - t3)
    compiled = native.active()
    print(f"dev articles: {len(docs)} docs, {chars} chars, {rounds} rounds, one core   (best round | median round)")
    print(f"  extractor: {'compiled with mypyc (loaders/native.py)' if compiled else 'pure Python'}; "
          f"{native.status().detail}")
    rows = (("extractor", ours), ("extractor (cold)", cold), ("jieba.posseg", base))
    for label, times in rows:
        print(f"  {label:18} {chars / min(times):12,.0f} | {chars / median(times):12,.0f} chars/s")
    for label, times in rows[:2]:
        best, mid = min(base) / min(times), median(base) / median(times)
        print(f"  ratio, {label:17} {best:7.1f}x | {mid:12.1f}x  (target >= 10x)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
