#!/usr/bin/env python3
"""Recall of result extraction on papers annotated by hand, independently of the extractor's output.

Usage: results-recall.py ALL.jsonl ANNOTATION.jsonl [ANNOTATION.jsonl ...] [--list]
ALL.jsonl: every result of a build (results-sample.py BUILD.nq.gz ALL.jsonl 100000).
ANNOTATION.jsonl: one line per annotated paper, {"id", "results": [{value, unit, metric, dataset, method,
improvement, kind}]} (gold/README.md).
Counts the annotated quality results whose metric the abstract names (the issue's definition: a result has a metric)
and reports, with 95% bootstrap intervals over papers, the share found:
  value   an extracted result of the paper has the same number;
  metric  ... and a metric the annotated one names (their words overlap, "error" forms aside);
  dataset ... and, where the annotation names a dataset, the same dataset (words of one inside the other's).
Four populations: every quality result that names its metric; those that also name a dataset; those of them that are
absolute scores (the kind Papers-with-Code lists); those on a dataset written as a name (with a capital letter).
--list prints every annotated result with what was found for it.
"""
import json, random, re, sys

WORD = re.compile(r'[a-z0-9]+')
GENERIC = {'the', 'of', 'on', 'rate', 'score', 'average', 'mean', 'overall', 'set', 'dataset', 'benchmark', 'test'}


def words(s):
    return set(WORD.findall((s or '').lower().replace('-', ' ')))


def number(s):
    try:
        return float(str(s).replace(',', '').strip())
    except ValueError:
        return None


def initials(s):
    return ''.join(w[0] for w in WORD.findall((s or '').lower().replace('-', ' ')))


def metric_agrees(gold, found):
    # an acronym and its expansion are one metric ("average precision" / "AP")
    if initials(gold) in words(found) or initials(found) in words(gold):
        return True
    g, f = words(gold) - GENERIC, words(found) - GENERIC
    if not g or not f:
        return words(gold) & words(found) != set()
    return bool(g & f) or bool({'map', 'ap'} & g and {'map', 'ap'} & f)


def dataset_agrees(gold, found):
    if not gold:
        return True
    g, f = words(gold) - GENERIC, words(found) - GENERIC
    squashed = [re.sub(r'[^a-z0-9]', '', (s or '').lower()) for s in (gold, found)]
    return bool(g) and bool(f) and (g <= f or f <= g) or bool(squashed[1]) and squashed[1] in squashed[0]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    listing = '--list' in sys.argv
    extracted = {}
    with open(args[0], encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            extracted.setdefault(r['arxiv_id'], []).append(r)
    papers = []
    for path in args[1:]:
        with open(path, encoding='utf-8') as f:
            for line in f:
                if line.strip():
                    papers.append(json.loads(line))
    for title, keep in (('all quality results that name their metric', lambda g: True),
                        ('... that also name their dataset', lambda g: bool(g.get('dataset'))),
                        ('... and are absolute scores, not gains (the Papers-with-Code kind)',
                         lambda g: bool(g.get('dataset')) and not g.get('improvement')),
                        ('... on a named benchmark (a dataset written with a capital letter)',
                         lambda g: re.search(r'[A-Z]', g.get('dataset') or '') and not g.get('improvement'))):
        report(title, papers, extracted, keep, listing and title.startswith('all'))


def report(title, papers, extracted, keep, listing):
    rows = []  # per paper: list of (value, metric, dataset) hits
    for p in papers:
        hits = []
        for g in p['results']:
            if g.get('kind', 'quality') != 'quality' or not g.get('metric') or not keep(g):
                continue
            v = number(g['value'])
            same = [r for r in extracted.get(p['id'], []) if v is not None and number(r['value']) == v]
            m = [r for r in same if metric_agrees(g['metric'], r['metric'])]
            d = [r for r in m if dataset_agrees(g.get('dataset'), r.get('dataset'))]
            hits.append((bool(same), bool(m), bool(d)))
            if listing:
                got = '; '.join(f"{r['value']} {r['metric']} on {r.get('dataset')} by {r.get('method')}" for r in same)
                print(f"{p['id']}\t{g['value']}{g.get('unit') or ''} {g['metric']} on {g.get('dataset')} by "
                      f"{g.get('method')}{' (gain)' if g.get('improvement') else ''}\t{'+' if d else '-'}\t{got}")
        rows.append(hits)
    total = sum(len(h) for h in rows)
    with_results = sum(1 for h in rows if h)
    print(f'{title}: {total} results in {with_results} of {len(papers)} annotated papers')
    if total == 0:
        return
    rng = random.Random(19)
    for k, name in enumerate(('value', 'value and metric', 'value, metric and dataset')):
        found = sum(h[k] for hs in rows for h in hs)
        boots = []
        for _ in range(1000):
            sample = [rows[rng.randrange(len(rows))] for _ in rows]
            n = sum(len(h) for h in sample)
            if n:
                boots.append(sum(h[k] for hs in sample for h in hs) / n)
        boots.sort()
        lo, hi = boots[int(0.025 * len(boots))], boots[int(0.975 * len(boots)) - 1]
        print(f'found, same {name:26s}: {found} of {total} = {found / total:.3f} [{lo:.3f}, {hi:.3f}]')


if __name__ == '__main__':
    main()
