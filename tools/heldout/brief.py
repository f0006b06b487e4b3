#!/usr/bin/env python3
"""brief.py OUTDIR hard|county "Place (中文, province, what it is)" -> OUTDIR/brief.md, a held-out set writer's only
input (README, "Honesty of the figures"; docs/classifier-history.md). The writer is told to read that file alone and to
write OUTDIR/set.tsv; dedup.py then adds the set to the corpora."""
import glob, os, sys
from collections import Counter
SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'bot-core', 'src')
out, kind, place_en = sys.argv[1:4]
os.makedirs(out, exist_ok=True)
audit = open(f'{SRC}/test/resources/classify/county-audit/brief.md', encoding='utf-8').read().split('\n')
table = '\n'.join(audit[7:20])
rules = '\n'.join(audit[20:38])
target = f'{out}/set.tsv'
if kind == 'hard':
    head = open(f'{SRC}/main/resources/classify/hard-train.tsv', encoding='utf-8').read().split('\n')[:28]
    # the mean number of messages per family and category over hard sets 619-626, rounded
    tally = Counter()
    for n in range(619, 627):
        for line in open(f'{SRC}/test/resources/classify/hard-heldout-{n}.tsv', encoding='utf-8'):
            if not line.startswith('#') and line.strip():
                cat, fam = line.split('\t')[:2]
                tally[(fam, cat)] += 1
    counts = [(f, c, str(int(k / 8 + 0.5))) for (f, c), k in sorted(tally.items())]
    fams = sorted({f for f, _, _ in counts})
    cats = ['EMERGENCY', 'ENVIRONMENT', 'MUNICIPAL', 'GREENERY', 'SAFETY', 'PUBLIC_ORDER', 'DISPUTE',
            'URBAN_MANAGEMENT', 'LIVELIHOOD', 'OTHER']
    n = {(f, c): int(k) for f, c, k in counts}
    rows = ['| family | ' + ' | '.join(cats) + ' | total |', '|---' * (len(cats) + 2) + '|']
    for f in fams:
        rows.append(f'| {f} | ' + ' | '.join(str(n.get((f, c), 0)) for c in cats)
                    + f' | {sum(n.get((f, c), 0) for c in cats)} |')
    rows.append('| total | ' + ' | '.join(str(sum(n.get((f, c), 0) for f in fams)) for c in cats)
                + f' | {sum(n.values())} |')
    text = f"""# Writing brief: one hard test set for GridBot

GridBot is a WeChat bot of a grid-management centre in China. Residents send it short messages, often in dialect and
with typos, about problems in their neighbourhood; the bot must put each message in exactly one category, and above
all must recognise an EMERGENCY (a threat to life or property happening now) and must not raise a false alarm for a
message that is not one. You write a test set of messages that are hard to classify, for residents of
**{place_en}**. Use the place's real flavour: its streets, villages, markets, rivers, trades, weather and the way people
there write (southwestern Mandarin: 哪样, 咋个, 克了, 得很, 莫得, 噻, 嘞, 哦…), with made-up building numbers and names.

{table.strip()}

## The format, the families and the labelling rules (the opening comment lines of the hard training corpus)
```
{chr(10).join(head)}
```

## How many messages
Write about {sum(n.values())} messages, in roughly these numbers per family (rows) and category (columns):

{chr(10).join(rows)}

## Rules for writing
- One message a line: `CATEGORY<TAB>FAMILY<TAB>text`, codes exactly as in the tables above; no tab, no line break
  inside a text; no header, no comment, no numbering, no empty line.
- Every message is new: written by you for this place, not copied from anything, no two alike. Vary the length, the
  tone, the writer (old people, young people, shopkeepers, farmers, migrant workers, parents), the time of day.
- Make them hard, but label them honestly by the rules above, as a careful dispatcher would: a message that is hard
  to label because the rules do not decide it is useless — make it decidable. EMERGENCY only for a danger happening
  now; a past or feared danger, a question of what to do *if*, a film, a joke, a drill, a forwarded article are not.
- Emergencies must be varied: falls, fires, gas, drowning, electric shock, traffic injuries, collapse, landslides,
  floods, fights with weapons, people trapped, children lost near water, poisoning, animals attacking, and told in
  every family's way (a calm one, a long story whose point comes last, voice text without punctuation, pinyin or
  English mixed in, two problems where the second is the emergency, an idiom beside a real danger).
- Non-emergencies should often look like emergencies: dangers that are over or feared, hazards with nobody in their
  way, idioms and exaggeration, questions of what to do if, stories, thanks and chit-chat.

## How to work
- This brief is your only input: do not open, list or search any other file or directory on this machine, do not
  run any program other than writing your file, and do not look anything up.
- Write the set to `{target}` (UTF-8), then check that every line has three tab-separated fields and a valid
  category and family code.
- Reply with one line: the path and the number of lines written.
"""
else:
    text = f"""# Writing brief: one county-style test set for GridBot

GridBot is a WeChat bot of a county grid-management centre. Residents send it short messages, often in dialect
and with typos, about problems in their neighbourhood; the bot must put each message in exactly one category, and
above all must recognise an EMERGENCY and must not raise a false alarm for a message that is not one. You write a
test set of ordinary residents' messages, the way they really come in, for **{place_en}**, where the same southwestern Mandarin
is spoken (哪样, 咋个, 克了, 得很, 莫得, 噻, 嘞…). Use the place's real flavour: its streets, villages, markets, rivers,
trades and weather, with made-up building numbers and names.
{table}
{rules}

## How many messages
Write 240 messages: 24 for each of the ten codes. Most are plain everyday reports, short (10 to 60 characters),
some longer. Among the non-emergencies put some that come near an emergency without being one (a danger that is
over or only feared, a hazard with nobody in its way, a question of what to do if, an idiom like 吓死人了, a fire
that is only smoke from cooking or burning straw), and among the emergencies some told calmly, without alarm words.

## Rules for writing
- One message a line: `CATEGORY<TAB>text`, codes exactly as in the table; no tab or line break inside a text; no
  header, no comment, no numbering, no empty line.
- Every message is new: written by you for this place, not copied from anything, no two alike. Vary the writer (old
  people, young people, shopkeepers, farmers, parents), the tone, the length and the time of day.
- Label each message honestly by the rules above, as a careful dispatcher would; a message the rules do not decide
  is useless — make it decidable.

## How to work
- This brief is your only input: do not open, list or search any other file or directory on this machine, do not
  run any program other than writing your file, and do not look anything up.
- Write the set to `{target}` (UTF-8), then check that it has 240 lines, each with two tab-separated fields and a
  valid code.
- Reply with one line: the path and the number of lines written.
"""
open(f'{out}/brief.md', 'w', encoding='utf-8').write(text)
print(f'{out}/brief.md')
