#!/usr/bin/env python3
"""Prints the title and abstract of papers by arXiv id, read from ../shared (for annotators).

Ids pwc-test-NNNN / pwc-dev-NNNN name the NNNN-th abstract (0-based) of cs-ner's pwc/test-abs.data / dev-abs.data
(abstracts only, no title), its tokens joined back into text as `CsNerAbstracts` in the extractor does.

Usage: show.py SHARED_DIR ID_FILE [FIRST [COUNT]]   e.g. show.py ../../shared test-unseen-ids.txt 0 10
"""
import json, re, sys, pathlib

NO_SPACE_BEFORE = re.compile(r"^([,.;:!?)\]}%]+|'[a-z]{1,2}|-[A-Za-z0-9].*)$")
ID = re.compile(r'(\d{4}\.\d{4,5})')


def detokenize(tokens):
    """Joins one-token-a-line text back into running text: no space before closing punctuation, clitics and
    '-suffix' tokens, none after an opening bracket. Must match CsNerAbstracts in the extractor."""
    out = ''
    for t in tokens:
        if out and not NO_SPACE_BEFORE.match(t) and out[-1] not in '([{':
            out += ' '
        out += t
    return out


def cs_ner_abstracts(shared):
    """{id: text} of cs-ner's Papers-with-Code abstracts, in file order."""
    texts = {}
    for split in ('test', 'dev'):
        tokens, n = [], 0
        path = pathlib.Path(shared) / f'data/cs-ner/pwc/{split}-abs.data'
        for line in list(open(path, encoding='utf-8', errors='replace')) + ['']:
            token = line.rstrip('\n').split('\t')[0]
            if token.strip():
                tokens.append(token)
            elif tokens:
                texts[f'pwc-{split}-{n:04d}'] = detokenize(tokens)
                tokens, n = [], n + 1
    return texts


def main():
    shared, id_file = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    first = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    count = int(sys.argv[4]) if len(sys.argv) > 4 else 10**9
    ids = [l.strip() for l in open(id_file) if l.strip()][first:first + count]
    texts = {}
    if any(i.startswith('pwc-') for i in ids):
        texts.update((i, ('', t)) for i, t in cs_ner_abstracts(shared).items())
    for line in open(shared / 'data/arxivjsdata/arxivjsdata_papers.jsonl', encoding='utf-8'):
        p = json.loads(line); m = ID.search(p.get('arxiv_id') or '')
        if m: texts.setdefault(m.group(1), (p['title'], p['abstract']))
    for f in sorted((shared / 'data/arxiv-daily').glob('*.json')):
        for p in json.load(open(f, encoding='utf-8')).get('papers', []):
            m = ID.search(p.get('arxiv_id') or '')
            if m: texts.setdefault(m.group(1), (p['title'], p['summary']))
    for i in ids:
        title, abstract = texts[i]
        print(f'### {i}\nTITLE: {" ".join(title.split()) or "(none: abstract only)"}\nABSTRACT: {" ".join(abstract.split())}\n')


if __name__ == '__main__':
    main()
