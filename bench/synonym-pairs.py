#!/usr/bin/env python3
"""Candidate synonym pairs among a build's most-linked entities, with the corpus evidence for and against each.

    bench/synonym-pairs.py BUILD.nq[.gz] [TOP] > pairs.tsv

A developer's tool for issue 10 ("no two of the top entities the same thing"). For each type, among the TOP
(default 500) entities linked from the most papers, a candidate pair is a shorter name A and a longer name B of the
same type whose content words are A's plus exactly one modifier word ("widget sorting" / "3D widget sorting"; order
free, plurals and hyphens ignored). For each pair it prints:

  papers_a, papers_b   linking papers of each; rank_a, rank_b their ranks in the type (1 = most papers)
  both                 papers linking both
  expected             papers expected to link both if the two were independent (papers_a * papers_b / N)
  company              cosine of the two entities' company: over every other entity (all types), how many of each
                       one's papers link it, weighted by log(N / papers of that entity); a general name and its
                       specialisation are expected to differ (the general one's papers spread over many kinds)
  context              cosine of the words of the two entities' papers (titles and abstracts, IDF-weighted), the words
                       of both names left out: the words around their mentions
  implied              share of A's papers (not linking B) whose title or abstract writes the modifier word anyway
  base                 share of all papers whose title or abstract writes the modifier word
  lift                 implied / base: the modifier goes with A, it is not just a common word
  spread               share of all papers of A's one-modifier extensions (among every entity of the type) that B holds
  rivals               the other extensions of A by one modifier, most papers first
  rule                 'merge' where the rule measured in EVALUATION.md (issue 10, branch SYNONYM15) would join the
                       two: methods and tasks only, both in MIN_PAPERS papers or more, implied >= IMPLIED,
                       lift >= LIFT, company >= COMPANY

The build's own text (dcterms:title, dcterms:abstract) is all it reads; no names are built in.
"""
import gzip
import json
import math
import re
import sys
from collections import Counter, defaultdict

P = 'https://w3id.org/paperkg/ontology#'
PREF = '<http://www.w3.org/2004/02/skos/core#prefLabel>'
TITLE = '<http://purl.org/dc/terms/title>'
ABSTRACT = '<http://purl.org/dc/terms/abstract>'
LINK = {P + 'proposesMethod': 'method', P + 'usesMethod': 'method', P + 'addressesTask': 'task',
        P + 'usesDataset': 'dataset', P + 'introducesDataset': 'dataset'}
LIT = re.compile(r'"((?:[^"\\]|\\.)*)"')
FUNCTION = {'a', 'an', 'the', 'of', 'for', 'and', 'in', 'on', 'with', 'to', 'by', 'via', 'from'}
SPLIT = re.compile(r'[\s\-_/]+')
MIN_PAPERS, IMPLIED, LIFT, COMPANY = 5, 0.6, 2.5, 0.09
TOKEN = re.compile(r'[a-z][a-z0-9]+')


def content_words(label):
    """Lower-cased words without function words, a plural 's' dropped: what a name says."""
    words = []
    for w in SPLIT.split(label.lower().strip()):
        w = w.strip('()[],.')
        if not w or w in FUNCTION:
            continue
        if len(w) > 3 and w.endswith('s') and not w.endswith('ss'):
            w = w[:-1]
        words.append(w)
    return frozenset(words)


def read(path):
    opener = gzip.open if path.endswith('.gz') else open
    labels, text, links = defaultdict(Counter), defaultdict(str), defaultdict(set)
    with opener(path, 'rt', encoding='utf-8') as f:
        for line in f:
            parts = line.split(' ', 2)
            if len(parts) < 3:
                continue
            s, p, rest = parts
            if p == PREF or p == TITLE or p == ABSTRACT:
                m = LIT.match(rest)
                if not m:
                    continue
                value = json.loads('"' + m.group(1) + '"')
                if p == PREF:
                    labels[s][value] += 1
                elif value not in text[s]:
                    text[s] += ' ' + value
            elif p[1:-1] in LINK:
                o = rest.split(' ', 1)[0]
                links[s].add((LINK[p[1:-1]], o))
    papers = defaultdict(set)
    for paper, ls in links.items():
        for t, o in ls:
            papers[(t, o)].add(paper)
    label = {o: c.most_common(1)[0][0] for o, c in labels.items()}
    return papers, label, text, links


def company(entity, papers, links, idf):
    vec = Counter()
    for paper in papers[entity]:
        for other in links[paper]:
            if other != entity:
                vec[other] += 1
    return {k: v * idf[k] for k, v in vec.items()}


def cosine(u, v, skip):
    dot = sum(w * v.get(k, 0) for k, w in u.items() if k not in skip)
    nu = math.sqrt(sum(w * w for k, w in u.items() if k not in skip))
    nv = math.sqrt(sum(w * w for k, w in v.items() if k not in skip))
    return dot / (nu * nv) if nu and nv else 0.0


COLUMNS = ['type', 'short', 'long', 'modifier', 'papers_a', 'papers_b', 'rank_a', 'rank_b', 'both', 'expected',
           'company', 'context', 'implied', 'base', 'lift', 'spread', 'rivals', 'rule']


def pairs(papers, label, text, links, top=500):
    """The candidate pairs of a read build (see {@code read}), one list of COLUMNS' values each."""
    n = len(links)
    idf = {k: math.log(n / len(v)) for k, v in papers.items()}
    tokens = {p: Counter(TOKEN.findall(text[p].lower())) for p in links}
    df = Counter(w for c in tokens.values() for w in c)
    word_idf = {w: math.log(n / d) for w, d in df.items()}
    contexts = {}

    def context(entity):
        if entity not in contexts:
            vec = Counter()
            for p in papers[entity]:
                vec.update(tokens[p])
            contexts[entity] = {w: c * word_idf[w] for w, c in vec.items()}
        return contexts[entity]
    base_cache, rows = {}, []
    for t in ('method', 'task', 'dataset'):
        ranked = sorted((k for k in papers if k[0] == t), key=lambda k: (-len(papers[k]), k[1]))
        words = {k: content_words(label.get(k[1], '')) for k in ranked}
        # every entity of the type that extends a name by one word: the rivals a general name spreads over
        extensions = defaultdict(list)
        by_words = defaultdict(list)
        for k in ranked:
            by_words[words[k]].append(k)
        for k in ranked:
            for w in words[k]:
                shorter = words[k] - {w}
                if shorter and shorter in by_words:
                    for s in by_words[shorter]:
                        extensions[s].append((w, k))
        in_top = set(ranked[:top])
        rank = {k: i + 1 for i, k in enumerate(ranked)}
        for a in ranked[:top]:
            for modifier, b in extensions.get(a, []):
                if b not in in_top:
                    continue
                pa, pb = papers[a], papers[b]
                both = len(pa & pb)
                rest = pa - pb
                word = re.compile(r'(?<![\w-])' + re.escape(modifier) + r's?(?![\w])', re.IGNORECASE)
                implied = sum(1 for p in rest if word.search(text[p])) / len(rest) if rest else 1.0
                if modifier not in base_cache:
                    base_cache[modifier] = sum(1 for p in links if word.search(text[p])) / n
                base = base_cache[modifier]
                lift = implied / base if base else 0.0
                total = sum(len(papers[k]) for _, k in extensions[a])
                rivals = sorted(extensions[a], key=lambda e: -len(papers[e[1]]))
                c = cosine(company(a, papers, links, idf), company(b, papers, links, idf), {a, b})
                own = set(TOKEN.findall(label.get(a[1], '').lower() + ' ' + label.get(b[1], '').lower()))
                ctx = cosine(context(a), context(b), own | {modifier})
                merge = (t != 'dataset' and min(len(pa), len(pb)) >= MIN_PAPERS and implied >= IMPLIED
                         and lift >= LIFT and c >= COMPANY)
                rows.append([t, label.get(a[1], a[1]), label.get(b[1], b[1]), modifier, str(len(pa)), str(len(pb)),
                             str(rank[a]), str(rank[b]), str(both), f'{len(pa) * len(pb) / n:.1f}', f'{c:.3f}', f'{ctx:.3f}',
                             f'{implied:.2f}', f'{base:.2f}', f'{lift:.2f}', f'{len(pb) / total:.2f}',
                             '; '.join(f'{w} {len(papers[k])}' for w, k in rivals[:6] if k != b),
                             'merge' if merge else ''])
    return rows


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    print('\t'.join(COLUMNS))
    for row in pairs(*read(sys.argv[1]), top=top):
        print('\t'.join(row))


if __name__ == '__main__':
    main()
