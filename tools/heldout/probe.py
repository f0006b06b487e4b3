"""Lists every classify corpus a model change may move, for Lines.java: the training and scored sets of
bot-core/src/main/resources/classify (not the cue, place, typo and English lists) and the held-out sets of
bot-core/src/test/resources/classify, less the sets ClassifierEvaluation.SEALED names, whose lines must stay unread.

    python3 tools/heldout/probe.py > probe.lst

Scoring the list with the landed model's classes and a candidate's (README.md, "score lines") and comparing the two
outputs with cmp.py shows every mark the change moves.
"""
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2] / 'bot-core' / 'src'
NOT_A_CORPUS = re.compile(r'cues|english|places|typos')


def sealed():
    source = (ROOT / 'test/java/cn/gridbot/classify/ClassifierEvaluation.java').read_text(encoding='utf-8')
    declaration = re.search(r'SEALED = List\.of\((.*?)\);', source, re.S).group(1)
    return ({f'classify/hard-heldout-{n}.tsv' for n in re.findall(r'hard\((\d+)\)', declaration)}
            | {f'classify/county-fresh-{n}.tsv' for n in re.findall(r'countyFresh\((\d+)\)', declaration)})


def corpora():
    main = ROOT / 'main/resources'
    test = ROOT / 'test/resources'
    names = [p.relative_to(main).as_posix() for p in sorted(main.glob('classify/*.tsv'))
             + sorted(main.glob('classify/scored/*.tsv')) if not NOT_A_CORPUS.search(p.name)]
    names += [p.relative_to(test).as_posix() for p in sorted(test.glob('classify/*.tsv'))]
    return [n for n in names if n not in sealed()]


if __name__ == '__main__':
    print('\n'.join(corpora()))
