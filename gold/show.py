#!/usr/bin/env python3
"""Prints the title and abstract of papers by arXiv id, read from ../shared (for annotators).

Usage: show.py SHARED_DIR ID_FILE [FIRST [COUNT]]   e.g. show.py ../../shared test-unseen-ids.txt 0 10
"""
import json, re, sys, pathlib

shared, id_file = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
first = int(sys.argv[3]) if len(sys.argv) > 3 else 0
count = int(sys.argv[4]) if len(sys.argv) > 4 else 10**9
ids = [l.strip() for l in open(id_file) if l.strip()][first:first + count]
ID = re.compile(r'(\d{4}\.\d{4,5})')
texts = {}
for line in open(shared / 'data/arxivjsdata/arxivjsdata_papers.jsonl', encoding='utf-8'):
    p = json.loads(line); m = ID.search(p.get('arxiv_id') or '')
    if m: texts.setdefault(m.group(1), (p['title'], p['abstract']))
for f in sorted((shared / 'data/arxiv-daily').glob('*.json')):
    for p in json.load(open(f, encoding='utf-8')).get('papers', []):
        m = ID.search(p.get('arxiv_id') or '')
        if m: texts.setdefault(m.group(1), (p['title'], p['summary']))
for i in ids:
    title, abstract = texts[i]
    print(f'### {i}\nTITLE: {" ".join(title.split())}\nABSTRACT: {" ".join(abstract.split())}\n')
