"""Extraction speed on one core over the dev articles, side by side with jieba.posseg on the same text.

usage: python -m bench.extract_speed [rounds]     (target: at least 10x jieba.posseg)
"""

import sys
import time

from bench.quality import raw_document, shared_dir
from loaders.extract import Extractor, clear_span_caches
from loaders.pipeline import prepare


def main(argv: list[str]) -> int:
    rounds = int(argv[1]) if len(argv) > 1 else 5
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
    # machine affects both sides alike.
    # The "cold" side forgets the extractor's memoised span answers before each round, as on text never
    # seen before (repeated rounds would otherwise be served from caches filled by the earlier rounds).
    ours_s = cold_s = base_s = 0.0
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
        ours_s += t1 - t0
        base_s += t2 - t1
        cold_s += t4 - t3
    ours = chars * rounds / ours_s
    cold = chars * rounds / cold_s
    base = chars * rounds / base_s
    print(f"dev articles: {len(docs)} docs, {chars} chars, {rounds} rounds, one core")
    print(f"  extractor          {ours:12,.0f} chars/s")
    print(f"  extractor (cold)   {cold:12,.0f} chars/s  (span caches cleared before each round)")
    print(f"  jieba.posseg       {base:12,.0f} chars/s")
    print(f"  ratio              {ours / base:12.1f}x  (target >= 10x)")
    print(f"  ratio (cold)       {cold / base:12.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
