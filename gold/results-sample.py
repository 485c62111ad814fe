#!/usr/bin/env python3
"""Draws the precision sample of result extraction: 100 results (seeded) of a paperkg build, one JSON object a line.

Usage: results-sample.py BUILD.nq[.gz] OUT.jsonl [N]
Each line: arxiv_id, evidence (the sentence), metric, value, unit, improvement, baseline, dataset, task, method,
result (IRI), and empty judgement fields for the judge: value_ok, metric_ok, dataset_ok, method_ok (true/false,
as the abstract states them; method_ok is true when no method is given and the sentence names none), note.
results-judge.py scores the judged file.
"""
import gzip, json, random, re, sys

PKG = 'https://w3id.org/paperkg/ontology#'
SKOS = 'http://www.w3.org/2004/02/skos/core#'
RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'
TERM = re.compile(r'<([^>]*)>|"((?:[^"\\]|\\.)*)"(?:\^\^<[^>]*>|@[\w-]+)?')


def unescape(s):
    return json.loads('"' + s + '"')


def quads(path):
    opener = gzip.open if path.endswith('.gz') else open
    with opener(path, 'rt', encoding='utf-8') as f:
        for line in f:
            terms = [(m.group(1), None) if m.group(1) is not None else (None, unescape(m.group(2)))
                     for m in TERM.finditer(line)]
            if len(terms) >= 3:
                yield terms


def main():
    build, out = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    facts, labels, arxiv, evidence = {}, {}, {}, {}
    for t in quads(build):
        s, p, o = t[0][0], t[1][0], t[2]
        if p == SKOS + 'prefLabel':
            labels[s] = o[1]
        elif p == PKG + 'arxivId':
            arxiv[s] = o[1]
        elif p == RDF + 'object' and o[0] and '/result/' in o[0]:
            evidence.setdefault(s, {})['result'] = o[0]
        elif p == PKG + 'evidence':
            evidence.setdefault(s, {})['evidence'] = o[1]
        elif s and '/result/' in s or p == PKG + 'reportsResult':
            key, val = (o[0], s) if p == PKG + 'reportsResult' else (s, o[0] if o[0] is not None else o[1])
            facts.setdefault(key, {})[p.replace(PKG, '') if p != PKG + 'reportsResult' else 'paper'] = val
    by_result = {e['result']: e['evidence'] for e in evidence.values() if 'result' in e and 'evidence' in e}
    results = sorted(r for r in facts if 'metric' in facts[r])
    rng = random.Random(20261206)
    chosen = sorted(rng.sample(results, min(n, len(results))))
    with open(out, 'w', encoding='utf-8') as f:
        for r in chosen:
            x = facts[r]
            f.write(json.dumps({
                'arxiv_id': arxiv.get(x.get('paper'), x.get('paper')), 'evidence': by_result.get(r, ''),
                'metric': labels.get(x['metric']), 'value': x.get('value'), 'unit': x.get('unit'),
                'improvement': x.get('isImprovement') == 'true', 'baseline': x.get('isBaseline') == 'true',
                'dataset': labels.get(x.get('onDataset')), 'task': labels.get(x.get('forTask')),
                'method': labels.get(x.get('forMethod')), 'result': r,
                'value_ok': None, 'metric_ok': None, 'dataset_ok': None, 'method_ok': None, 'note': ''},
                ensure_ascii=False) + '\n')
    print(f'{len(chosen)} of {len(results)} results written to {out}', file=sys.stderr)


if __name__ == '__main__':
    main()
