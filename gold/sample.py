#!/usr/bin/env python3
"""Draws the paper ids of paperkg's annotated sets from ../shared (seeded, so the draw is reproducible).

test-unseen: arxivjsdata papers (a source no rule or training run reads) from 2018-2024, one per topic folder
first, none also in arxiv-daily, the seeds or orkg-tdm. train: arxiv-daily papers (2025-10 to 2026-01), none in the
seeds. Usage: sample.py SHARED_DIR
"""
import json, random, re, sys, pathlib

shared = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else '../../shared')
ID = re.compile(r'(\d{4}\.\d{4,5})')

def base(i): return ID.search(i).group(1) if i and ID.search(i) else None

seed_ids = set()
for f in (shared / 'seeds').iterdir():
    seed_ids.update(ID.findall(f.read_text(encoding='utf-8', errors='replace')))
daily = {}
for f in sorted((shared / 'data/arxiv-daily').glob('*.json')):
    for p in json.load(open(f, encoding='utf-8')).get('papers', []):
        b = base(p.get('arxiv_id'))
        if b and b not in daily and p.get('summary'):
            daily[b] = p
orkg = {json.loads(l).get('arxiv_id') for l in open(shared / 'data/orkg-tdm/papers_with_abstracts.jsonl', encoding='utf-8')}

rng = random.Random(20261206)
by_topic = {}
for line in open(shared / 'data/arxivjsdata/arxivjsdata_papers.jsonl', encoding='utf-8'):
    p = json.loads(line)
    b = base(p.get('arxiv_id'))
    if not b or b in daily or b in seed_ids or b in orkg or not p.get('abstract'):
        continue
    if not (2018 <= int(p.get('year') or 0) <= 2024):
        continue
    by_topic.setdefault(p['topic'], {})[b] = p
test, seen = [], set()
topics = sorted(by_topic)
rng.shuffle(topics)
while len(test) < 120:
    for t in topics:
        ids = sorted(set(by_topic[t]) - seen)
        if ids and len(test) < 120:
            pick = rng.choice(ids); seen.add(pick); test.append(pick)
train_pool = sorted(b for b in daily if b not in seed_ids and b not in seen)
train = rng.sample(train_pool, 300)
# a second draw, after the first 300 were annotated: the same pool less those
train_more = rng.sample(sorted(set(train_pool) - set(train)), 200)

# a third draw (400), after the first 500 were annotated: half from arXiv categories other than vision and robotics,
# which dominate arxiv-daily, so the model sees more of the topics an unseen corpus holds
rest = sorted(set(train_pool) - set(train) - set(train_more))
other = [b for b in rest if daily[b].get('primary_category') not in ('cs.CV', 'cs.RO')]
rng3 = random.Random(20261207)
train_third = rng3.sample(other, min(200, len(other)))
train_third += rng3.sample(sorted(set(rest) - set(train_third)), 400 - len(train_third))
rng3.shuffle(train_third)
# a fourth draw (800) once the third was annotated: the rest of the pool, same mix
rest = sorted(set(rest) - set(train_third))
other = [b for b in rest if daily[b].get('primary_category') not in ('cs.CV', 'cs.RO')]
rng4 = random.Random(20261208)
train_fourth = rng4.sample(other, min(400, len(other)))
train_fourth += rng4.sample(sorted(set(rest) - set(train_fourth)), 800 - len(train_fourth))
rng4.shuffle(train_fourth)
# a second never-seen test set (120), drawn like the first from the papers the first did not take
rng5 = random.Random(20261209)
test2 = []
while len(test2) < 120:
    for t in topics:
        ids = sorted(set(by_topic[t]) - seen)
        if ids and len(test2) < 120:
            pick = rng5.choice(ids); seen.add(pick); test2.append(pick)

# a fifth draw (fifth session): the rest of the arxiv-daily pool (nearly all vision and robotics by now), shuffled
rest = sorted(set(rest) - set(train_fourth))
rng6 = random.Random(20261210)
train_fifth = list(rest)
rng6.shuffle(train_fifth)

# abstracts of Papers-with-Code papers from cs-ner (pwc/test-abs.data, pwc/dev-abs.data: abstracts only, one token a
# line), re-annotated to the guideline: the topics of the whole ML literature, which arxiv-daily's pool no longer has.
# cs-ner's own labels are not used for these. Left out: any abstract also in arxivjsdata (the test sets' source),
# orkg-tdm (results evaluation), arxiv-daily or the seeds. Ids: pwc-test-NNNN / pwc-dev-NNNN (index in the file).
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from show import cs_ner_abstracts
def key(text): return re.sub(r'[^a-z0-9]', '', text.lower())[:100]
taken = set()
for line in open(shared / 'data/arxivjsdata/arxivjsdata_papers.jsonl', encoding='utf-8'):
    taken.add(key(json.loads(line).get('abstract') or ''))
for line in open(shared / 'data/orkg-tdm/papers_with_abstracts.jsonl', encoding='utf-8'):
    taken.add(key(json.loads(line).get('abstract') or ''))
taken.update(key(p.get('summary') or '') for p in daily.values())
pwc = [i for i, text in cs_ner_abstracts(shared).items() if key(text) not in taken]
rng7 = random.Random(20261211)
rng7.shuffle(pwc)

# a sixth draw (sixth session): the sources left that are neither the test sets' (arxivjsdata) nor orkg-tdm: the
# seeds' papers outside gold-dev (recent arXiv listings of all ML topics), the ncg and ftd abstracts of cs-ner that its
# mention-level training does not read (test-abs, dev-abs: NLP, ACL Anthology) and SciERC's train.txt documents (AI
# conference abstracts; its dev and test stay for the mention-level evaluation). Same exclusions as above.
from show import scierc_abstracts, seed_papers
gold_dev_titles = {key(g['title']) for g in json.load(open(shared / 'data/gold-dev/seed_gold_dev.json', encoding='utf-8'))}
sixth = [k for k, (title, abstract) in seed_papers(shared).items()
         if key(title) not in gold_dev_titles and key(abstract) not in taken]
for corpus in ('ncg', 'ftd'):
    sixth += [i for i, text in cs_ner_abstracts(shared, corpus).items() if key(text) not in taken]
sixth += [i for i, text in scierc_abstracts(shared).items() if key(text) not in taken]
rng8 = random.Random(20261212)
rng8.shuffle(sixth)

out = pathlib.Path(__file__).parent
(out / 'test-unseen-ids.txt').write_text('\n'.join(test) + '\n')
(out / 'train-ids.txt').write_text('\n'.join(train) + '\n')
(out / 'train-more-ids.txt').write_text('\n'.join(train_more) + '\n')
(out / 'train-third-ids.txt').write_text('\n'.join(train_third) + '\n')
(out / 'train-fourth-ids.txt').write_text('\n'.join(train_fourth) + '\n')
(out / 'test-unseen-2-ids.txt').write_text('\n'.join(test2) + '\n')
(out / 'train-fifth-ids.txt').write_text('\n'.join(train_fifth) + '\n')
(out / 'train-pwc-ids.txt').write_text('\n'.join(pwc) + '\n')
(out / 'train-sixth-ids.txt').write_text('\n'.join(sixth) + '\n')
print(len(test), 'test ids;', len(train), '+', len(train_more), '+', len(train_third), '+', len(train_fourth), 'train ids;', len(test2), 'second test ids;', len(train_fifth), 'fifth train ids;', len(pwc), 'pwc abstract ids;', len(sixth), 'sixth-draw ids')
