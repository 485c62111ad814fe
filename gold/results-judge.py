#!/usr/bin/env python3
"""Scores a judged results sample (results-sample.py's format with value_ok, metric_ok, dataset_ok, method_ok filled).

Usage: results-judge.py JUDGED.jsonl
A result is correct when all four judgements are true. Prints precision with a 95% bootstrap interval over papers
(seeded) and the share correct per field. Lines with a judgement left empty are reported and left out.
"""
import json, random, sys
from collections import defaultdict

FIELDS = ('value_ok', 'metric_ok', 'dataset_ok', 'method_ok')


def main():
    per_paper = defaultdict(lambda: [0, 0])
    field_ok = defaultdict(int)
    judged = 0
    for n, line in enumerate(open(sys.argv[1], encoding='utf-8'), 1):
        if not line.strip():
            continue
        r = json.loads(line)
        if any(not isinstance(r.get(f), bool) for f in FIELDS):
            print(f'{sys.argv[1]} line {n}: not fully judged, left out', file=sys.stderr)
            continue
        judged += 1
        ok = all(r[f] for f in FIELDS)
        for f in FIELDS:
            field_ok[f] += r[f]
        per_paper[r['arxiv_id']][0] += ok
        per_paper[r['arxiv_id']][1] += 1
    if not judged:
        sys.exit('no judged line')
    papers = list(per_paper.values())
    correct = sum(p[0] for p in papers)
    rng = random.Random(20261206)
    draws = []
    for _ in range(2000):
        s = [papers[rng.randrange(len(papers))] for _ in papers]
        draws.append(sum(p[0] for p in s) / sum(p[1] for p in s))
    draws.sort()
    print(f'precision {correct / judged:.3f} [95% CI {draws[49]:.3f}-{draws[1949]:.3f}] '
          f'({correct} of {judged} results, {len(papers)} papers)')
    for f in FIELDS:
        print(f'  {f}: {field_ok[f] / judged:.3f}')


if __name__ == '__main__':
    main()
