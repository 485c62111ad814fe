"""Tests of bench/synonym-pairs.py on an invented build: python3 -m unittest discover -s bench -p 'test_*.py'."""
import gzip
import importlib.util
import os
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = importlib.util.spec_from_file_location('synonym_pairs', os.path.join(HERE, 'synonym-pairs.py'))
tool = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(tool)

R = 'https://w3id.org/paperkg/resource/'
O = 'https://w3id.org/paperkg/ontology#'


def quads(paper, text, links):
    """One invented paper's graph: its abstract and its links, (predicate, type, key, label) each."""
    g = f'<{R}paper/{paper}>'
    out = [f'{g} <http://purl.org/dc/terms/abstract> "{text}" {g} .']
    for pred, kind, key, label in links:
        out.append(f'<{R}{kind}/{key}> <http://www.w3.org/2004/02/skos/core#prefLabel> "{label}" {g} .')
        out.append(f'{g} <{O}{pred}> <{R}{kind}/{key}> {g} .')
    return out


def build():
    lines = []
    fold = ('addressesTask', 'task', 'gizmo-folding', 'gizmo folding')
    fold3 = ('addressesTask', 'task', '3d-gizmo-folding', '3D gizmo folding')
    sort = ('addressesTask', 'task', 'widget-sorting', 'widget sorting')
    sort_red = ('addressesTask', 'task', 'red-widget-sorting', 'red widget sorting')
    folds = ('usesDataset', 'dataset', 'foldset', 'FoldSet')
    for i in range(6):
        # the shorter name's papers write the modifier anyway and keep the longer one's company
        lines += quads(f'f{i}', 'We fold gizmos from 3D scans.', [fold, folds])
        lines += quads(f'g{i}', 'We fold gizmos.', [fold3, folds])
        # a general name: its papers seldom write the modifier and keep other company
        lines += quads(f's{i}', 'We sort widgets of many colours.',
                       [sort, ('usesDataset', 'dataset', f'bin{i}', f'BinSet{i}')])
        lines += quads(f'r{i}', 'We sort red widgets.', [sort_red, ('usesDataset', 'dataset', 'redbin', 'RedBin')])
    for i in range(30):
        lines += quads(f'x{i}', 'Nothing about it here.', [('usesMethod', 'method', f'm{i}', f'Method{i}')])
    # datasets differ by one word too, but a dataset's extra word names another release
    for i in range(6):
        lines += quads(f'd{i}', 'A 3D release.', [('usesDataset', 'dataset', 'zorb', 'Zorb'),
                                                  ('usesDataset', 'dataset', 'zorb-3d', 'Zorb 3D')])
    f = tempfile.NamedTemporaryFile('wt', suffix='.nq.gz', delete=False)
    f.close()
    with gzip.open(f.name, 'wt', encoding='utf-8') as out:
        out.write('\n'.join(lines) + '\n')
    return f.name


class TestSynonymPairs(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        path = build()
        try:
            rows = tool.pairs(*tool.read(path))
        finally:
            os.unlink(path)
        cls.rows = {(r[1], r[2]): dict(zip(tool.COLUMNS, r)) for r in rows}

    def test_content_words_ignore_order_case_plural_and_hyphens(self):
        self.assertEqual(tool.content_words('Gizmo-Folding of Widgets'), tool.content_words('widget gizmo folding'))

    def test_a_name_whose_modifier_its_papers_imply_joins(self):
        row = self.rows[('gizmo folding', '3D gizmo folding')]
        self.assertEqual('3d', row['modifier'])
        self.assertEqual('1.00', row['implied'])
        self.assertEqual('merge', row['rule'])

    def test_a_general_name_stays_apart_from_its_specialisation(self):
        row = self.rows[('widget sorting', 'red widget sorting')]
        self.assertEqual('0.00', row['implied'])
        self.assertEqual('', row['rule'])

    def test_datasets_are_listed_but_never_joined(self):
        row = self.rows[('Zorb', 'Zorb 3D')]
        self.assertEqual('', row['rule'])


if __name__ == '__main__':
    unittest.main()
