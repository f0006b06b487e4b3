"""The classify corpora of a checkout, named once for the tools beside this file.

    python3 tools/heldout/corpora.py > probe.lst

prints, for Lines.java, every corpus a model change may move: the training and scored sets of
bot-core/src/main/resources/classify (not the cue, place, typo and English lists) and the held-out sets of
bot-core/src/test/resources/classify, less the sets ClassifierEvaluation.SEALED names, whose lines must stay unread.
Scoring the list with the landed model's classes and a candidate's (README.md, "score lines") and comparing the two
outputs with cmp.py shows every mark the change moves. dedup.py reads all of them, sealed sets included.
"""
import pathlib
import re

SRC = pathlib.Path(__file__).resolve().parents[2] / 'bot-core' / 'src'
NOT_A_CORPUS = {'cues.tsv', 'emergency-cues.tsv', 'english.tsv', 'places.tsv', 'typos.tsv'}


def corpus_paths(src=SRC):
    """Every corpus file of the checkout whose bot-core/src is src, sealed sets included, in a stable order."""
    src = pathlib.Path(src)
    files = (sorted((src / 'main/resources').glob('classify/**/*.tsv'))
             + sorted((src / 'test/resources').glob('classify/*.tsv')))
    return [f for f in files if f.name not in NOT_A_CORPUS]


def sealed(src=SRC):
    """The resource names of the sets ClassifierEvaluation.SEALED lists."""
    source = (pathlib.Path(src) / 'test/java/cn/gridbot/classify/ClassifierEvaluation.java').read_text(encoding='utf-8')
    declaration = re.search(r'SEALED = List\.of\((.*?)\);', source, re.S).group(1)
    return ({f'classify/hard-heldout-{n}.tsv' for n in re.findall(r'hard\((\d+)\)', declaration)}
            | {f'classify/county-fresh-{n}.tsv' for n in re.findall(r'countyFresh\((\d+)\)', declaration)})


def resource_name(path):
    """The classpath name Lines.java reads a corpus file by: classify/… ."""
    parts = pathlib.Path(path).parts
    return '/'.join(parts[parts.index('classify'):])


if __name__ == '__main__':
    closed = sealed()
    print('\n'.join(name for name in map(resource_name, corpus_paths()) if name not in closed))
