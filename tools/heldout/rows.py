"""rows.py LOG README [--write] [--check N...]: fills README placeholder rows (cells 'x') of hard and county-style sets
from the evaluation log; --check prints the computed rows of the named files (e.g. hard-heldout-714.tsv) instead."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evalparse import parse, pct, f1, CATS

def lowest(s):
    rs = [(c, s.hits(c), s.labelled(c)) for c in CATS if s.labelled(c)]
    low = min(rs, key=lambda r: r[1] / r[2])
    if low[1] == low[2]:
        return '100.0 % (all)'
    tied = [r for r in rs if r[1] * low[2] == low[1] * r[2]]
    if all((r[1], r[2]) == (low[1], low[2]) for r in tied):
        return f'{f1(low[1], low[2])} % ({" and ".join(r[0] for r in tied)}, {low[1]} of {low[2]})'
    return f'{f1(low[1], low[2])} % (' + ', and '.join(f'{r[0]}, {r[1]} of {r[2]}' for r in tied) + ')'

def hard_row(n, s):
    return (f'| hard {n} (`hard-heldout-{n}.tsv`) | {s.messages} | {f1(s.correct, s.messages)} % | '
            f'{f1(s.caught, s.emergencies)} %, {s.caught} of {s.emergencies} | '
            f'{f1(s.caught, s.decided("EMERGENCY"))} %, {s.false_alarms} | {lowest(s)} | '
            f'{s.missed_told} of {s.missed}; {s.others_told} of {s.others} | — |')

def county_row(n, place, s):
    return (f'| `county-fresh-{n}.tsv` ({place}) | {s.messages} | {f1(s.correct, s.messages)} % | '
            f'{s.caught} of {s.emergencies} | {f1(s.caught, s.decided("EMERGENCY"))} %, {s.false_alarms} | '
            f'{lowest(s)} | {s.others_told} of {s.others} |')

sets = parse(sys.argv[1])
if '--check' in sys.argv:
    readme = open(sys.argv[2], encoding='utf-8').read().split('\n')
    for name in sys.argv[sys.argv.index('--check') + 1:]:
        m = re.match(r'(hard-heldout|county-fresh)-(\d+)\.tsv', name)
        if m.group(1) == 'hard-heldout':
            row = hard_row(m.group(2), sets[name])
        else:
            old = next(l for l in readme if l.startswith(f'| `{name}` ('))
            place = re.match(r'\| `[^`]+` \(([^)]*)\)', old).group(1)
            row = county_row(m.group(2), place, sets[name])
        old = next((l for l in readme if l.startswith(row.split(' | ')[0] + ' |')), None)
        print('SAME' if old == row else f'DIFF\n  old {old}\n  new {row}')
    sys.exit()
readme = open(sys.argv[2], encoding='utf-8').read().split('\n')
changed = 0
for i, l in enumerate(readme):
    m = re.match(r'\| hard (\d+) \(`hard-heldout-\d+\.tsv`\) \| x \|', l)
    if m:
        readme[i] = hard_row(m.group(1), sets[f'hard-heldout-{m.group(1)}.tsv']); changed += 1
    m = re.match(r'\| `county-fresh-(\d+)\.tsv` \(([^)]*)\) \| x \|', l)
    if m:
        readme[i] = county_row(m.group(1), m.group(2), sets[f'county-fresh-{m.group(1)}.tsv']); changed += 1
    if changed and readme[i] != l:
        print(readme[i])
print(changed, 'rows', file=sys.stderr)
if '--write' in sys.argv:
    open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(readme))
