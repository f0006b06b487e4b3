"""tables.py LOG LO HI README [--write]: the per-family and per-category tables of hard sets LO..HI, replacing the block
from 'Per family and per category on sets ' to the `OTHER` row of the category table."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from evalparse import parse, f1, CATS
FAMS = ['NARRATIVE', 'ASR', 'PAST_FUTURE', 'CALM_EMERGENCY', 'IDIOM', 'TWO_PROBLEMS', 'NON_COMPLAINT', 'MIXED_SCRIPT']
log, lo, hi, readme = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
sets = parse(log)
ss = [sets[f'hard-heldout-{n}.tsv'] for n in range(lo, hi + 1)]
n = lambda x: f'{x:,}'
msgs = sum(s.messages for s in ss); correct = sum(s.correct for s in ss)
caught = sum(s.caught for s in ss); em = sum(s.emergencies for s in ss); fa = sum(s.false_alarms for s in ss)
out = [f'Per family and per category on sets {lo}–{hi} ({n(msgs)} messages, accuracy {f1(correct, msgs)} %, '
       f'{n(caught)} of {n(em)} emergencies caught, {n(fa)} false alarms, precision {f1(caught, caught + fa)} %):', '',
       '| family | messages | accuracy | emergencies caught | false alarms |', '|---|---|---|---|---|']
for f in FAMS:
    t = [s.families[f] for s in ss if f in s.families]
    m, c, k, e, a = (sum(x[i] for x in t) for i in range(5))
    out.append(f'| `{f}` | {n(m)} | {f1(c, m)} % | {n(k)} of {n(e)} | {n(a)} |')
out += ['', '| category | messages | recall; precision |', '|---|---|---|']
for c in CATS:
    lab = sum(s.labelled(c) for s in ss); hit = sum(s.hits(c) for s in ss); dec = sum(s.decided(c) for s in ss)
    out.append(f'| `{c}` | {n(lab)} | {f1(hit, lab)} % ({n(hit)} of {n(lab)}); {f1(hit, dec)} % |')
text = open(readme, encoding='utf-8').read()
start = text.index('Per family and per category on sets ')
end = text.index('| `OTHER` |', start); end = text.index('\n', end)
if '--write' in sys.argv:
    open(readme, 'w', encoding='utf-8').write(text[:start] + '\n'.join(out) + text[end:])
else:
    old = text[start:end]
    print('SAME' if old == '\n'.join(out) else '\n'.join(out))
