#!/usr/bin/env python3
"""Prints the title and abstract of papers by arXiv id, read from ../shared (for annotators).

Ids pwc-test-NNNN / pwc-dev-NNNN name the NNNN-th abstract (0-based) of cs-ner's pwc/test-abs.data / dev-abs.data
(abstracts only, no title), its tokens joined back into text as `CsNerAbstracts` in the extractor does; likewise
ncg-test-NNNN, ncg-dev-NNNN, ftd-test-NNNN, ftd-dev-NNNN for cs-ner's ncg and ftd abstracts, and scierc-train-NNNN
for the NNNN-th document of SciERC's train.txt. Ids title:HASH are papers of the seeds, keyed as `paperkg papers`
keys them (read through that command).

Usage: show.py SHARED_DIR ID_FILE [FIRST [COUNT]]   e.g. show.py ../../shared test-unseen-ids.txt 0 10
"""
import json, re, sys, pathlib

NO_SPACE_BEFORE = re.compile(r"^([,.;:!?)\]}%]+|'[a-z]{1,2}|-[A-Za-z0-9].*)$")
# Penn Treebank escapes of the ncg, ftd and SciERC files (the pwc files have none); `` and '' are quotes
PTB = {'-LRB-': '(', '-RRB-': ')', '-LSB-': '[', '-RSB-': ']', '-LCB-': '{', '-RCB-': '}', '``': '"', "''": '"'}
SCIERC_ID = re.compile(r'^scierc-train-\d{4}$')
ID = re.compile(r'(\d{4}\.\d{4,5})')


def detokenize(tokens):
    """Joins one-token-a-line text back into running text: no space before closing punctuation, clitics and
    '-suffix' tokens, none after an opening bracket. Must match CsNerAbstracts in the extractor."""
    out, opened = '', False
    for t in tokens:
        closing = t == "''"
        if out and not NO_SPACE_BEFORE.match(PTB.get(t, t)) and not closing and out[-1] not in '([{' and not opened:
            out += ' '
        opened = t == '``'
        out += PTB.get(t, t)
    return out


def cs_ner_abstracts(shared, corpus='pwc'):
    """{id: text} of one cs-ner corpus's abstracts (pwc, ncg or ftd), test then dev, in file order."""
    texts = {}
    for split in ('test', 'dev'):
        tokens, n = [], 0
        path = pathlib.Path(shared) / f'data/cs-ner/{corpus}/{split}-abs.data'
        for line in list(open(path, encoding='utf-8', errors='replace')) + ['']:
            token = line.rstrip('\n').split('\t')[0]
            if token.strip():
                tokens.append(token)
            elif tokens:
                texts[f'{corpus}-{split}-{n:04d}'] = detokenize(tokens)
                tokens, n = [], n + 1
    return texts


def scierc_abstracts(shared):
    """{id: text} of SciERC's train.txt documents (one 'token POS O TAG' a line, -DOCSTART- between documents)."""
    texts, tokens, n = {}, [], 0
    path = pathlib.Path(shared) / 'data/scierc/train.txt'
    for line in list(open(path, encoding='utf-8', errors='replace')) + ['-DOCSTART- NN O O']:
        token = line.strip().split(' ')[0]
        if token == '-DOCSTART-':
            if tokens:
                texts[f'scierc-train-{n:04d}'] = detokenize(tokens)
                n += 1
            tokens = []
        elif token:
            tokens.append(token)
    return texts


def seed_papers(shared):
    """{key: (title, abstract)} of the seeds' papers, read by `paperkg papers` (the repository's launcher)."""
    import subprocess
    launcher = pathlib.Path(__file__).resolve().parent.parent / 'paperkg'
    out = subprocess.run([str(launcher), 'papers', str(pathlib.Path(shared) / 'seeds')], check=True,
                         capture_output=True, text=True).stdout
    papers = (json.loads(l) for l in out.splitlines() if l.strip())
    return {p['key']: (p.get('title') or '', p.get('abstract') or '') for p in papers}


def main():
    shared, id_file = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    first = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    count = int(sys.argv[4]) if len(sys.argv) > 4 else 10**9
    ids = [l.strip() for l in open(id_file) if l.strip()][first:first + count]
    texts = {}
    for corpus in ('pwc', 'ncg', 'ftd'):
        if any(i.startswith(corpus + '-') for i in ids):
            texts.update((i, ('', t)) for i, t in cs_ner_abstracts(shared, corpus).items())
    if any(SCIERC_ID.match(i) for i in ids):
        texts.update((i, ('', t)) for i, t in scierc_abstracts(shared).items())
    if any(i.startswith('title:') for i in ids):
        texts.update(seed_papers(shared))
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
