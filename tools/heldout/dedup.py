#!/usr/bin/env python3
"""dedup.py SETFILE DESTFILE hard|county PLACE  (env SRC=a checkout's bot-core/src, DATE=YYYY-MM-DD, EXTRA=a folder of sets not yet added)
Drops lines whose text is already a line of any classify corpus (or an earlier line of the set), unread, and writes the
set with its header. PLACE: hard 'Ximeng (西盟县, Pu'er, Yunnan, ...)' with the closing paren; county without it."""
import glob, os, re, sys
from collections import Counter
from corpora import corpus_paths
setfile, dest, kind, place = sys.argv[1:5]
SRC = os.environ.get('SRC', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'bot-core', 'src'))
DATE = os.environ.get('DATE', '2026-12-07')
CATS = {'EMERGENCY', 'ENVIRONMENT', 'MUNICIPAL', 'GREENERY', 'SAFETY', 'PUBLIC_ORDER', 'DISPUTE', 'URBAN_MANAGEMENT',
        'LIVELIHOOD', 'OTHER'}
FAMS = {'NARRATIVE', 'ASR', 'PAST_FUTURE', 'CALM_EMERGENCY', 'IDIOM', 'TWO_PROBLEMS', 'NON_COMPLAINT', 'MIXED_SCRIPT'}
known = {}
for f in [str(p) for p in corpus_paths(SRC)] + (sorted(glob.glob(os.environ['EXTRA'] + '/*.tsv'))
                                                  if os.environ.get('EXTRA') else []):
    base = os.path.basename(f)
    if os.path.abspath(f) == os.path.abspath(dest):
        continue
    for line in open(f, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        known.setdefault(line.rstrip('\n').split('\t')[-1].strip(), set()).add(base)
kept, removed, sources, seen, bad = [], Counter(), set(), set(), 0
for line in open(setfile, encoding='utf-8'):
    line = line.rstrip('\n').rstrip('\r')
    if not line.strip():
        continue
    cols = line.split('\t')
    ok = (len(cols) == 3 and cols[0] in CATS and cols[1] in FAMS) if kind == 'hard' else (len(cols) == 2 and cols[0] in CATS)
    if not ok or not cols[-1].strip():
        bad += 1
        print('BAD LINE', line[:80], file=sys.stderr)
        continue
    text = cols[-1].strip()
    if text in known:
        removed[cols[0]] += 1
        sources |= known[text]
        continue
    if text in seen:
        removed[cols[0]] += 1
        sources.add('this set')
        continue
    seen.add(text)
    kept.append('\t'.join(cols[:-1] + [text]))
ORD = {1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', 6: 'sixth', 7: 'seventh', 8: 'eighth', 9: 'ninth',
       10: 'tenth', 11: 'eleventh', 12: 'twelfth', 13: 'thirteenth', 14: 'fourteenth', 15: 'fifteenth',
       16: 'sixteenth', 17: 'seventeenth', 18: 'eighteenth', 19: 'nineteenth'}
TENS = {2: 'twent', 3: 'thirt', 4: 'fort', 5: 'fift', 6: 'sixt', 7: 'sevent', 8: 'eight', 9: 'ninet'}
UNITS = {1: 'one', 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine'}
HUND = {5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine'}
def ordinal(n):
    h, r = divmod(n, 100)
    if r == 0:
        return f'{HUND[h]}-hundredth'
    if r < 20:
        tail = ORD[r]
    else:
        t, u = divmod(r, 10)
        tail = f'{TENS[t]}ieth' if u == 0 else f'{TENS[t]}y-{ORD[u]}'
    return f'{HUND[h]}-hundred-and-{tail}'
def removal_line():
    if not removed:
        return []
    n = sum(removed.values())
    parts = ', '.join(f'{k} {c}' for c, k in sorted(removed.items()))
    parts = ', '.join(f'{removed[c]} {c}' for c in sorted(removed))
    srcs = sorted(sources)
    if n == 1:
        return [f'# 1 line ({parts}), the same as a line of {srcs[0]}, was removed unread.'] if len(srcs) == 1 else \
            [f'# 1 line ({parts}), the same as lines of {", ".join(srcs)}, was removed unread.']
    what = f'a line of {srcs[0]}' if len(srcs) == 1 else f'lines of {", ".join(srcs)}'
    return [f'# {n} lines ({parts}), the same as {what}, were removed unread.']
if kind == 'hard':
    num = int(re.search(r'hard-heldout-(\d+)\.tsv', dest).group(1))
    head = [f"# GridBot's {ordinal(num)} hard held-out set, written on {DATE} for issue 19 by a writer who saw neither the model nor its changes, and scored sealed.",
            "# The writer read only a brief holding the categories table and the first comment lines of hard-train.tsv (the format, the eight",
            "# families and the labelling rules). The writer did not read any message line of any .tsv file, any Java code, the cue lists, the README,",
            "# git history or status, or the other hard-heldout-*.tsv files, and did not run the classifier, Maven or any evaluation.",
            f"# Written for {place}. Format: CATEGORY<TAB>FAMILY<TAB>text, one message a line; lines starting with # are comments."]
else:
    head = [f"# A county-style held-out set written on {DATE} for issue 19 by a writer who saw neither the model nor its changes, for {place}, where the same southwestern Mandarin is spoken), from the audit brief's categories table and labelling rules; CATEGORY<TAB>text, one message a line."]
open(dest, 'w', encoding='utf-8').write('\n'.join(head + removal_line() + kept) + '\n')
print(f'{dest}: {len(kept)} kept, {sum(removed.values())} removed, {bad} bad', file=sys.stderr)
