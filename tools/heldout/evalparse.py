"""Parses ClassifierEvaluation's log: parse(path) -> {corpus: SetFigures}."""
import re
from dataclasses import dataclass, field
CATS = ['EMERGENCY', 'ENVIRONMENT', 'MUNICIPAL', 'GREENERY', 'SAFETY', 'PUBLIC_ORDER', 'DISPUTE', 'URBAN_MANAGEMENT',
        'LIVELIHOOD', 'OTHER']

@dataclass
class SetFigures:
    name: str
    messages: int = 0
    confusion: list = field(default_factory=list)   # [true][decided]
    missed: int = 0
    missed_told: int = 0
    others: int = 0
    others_told: int = 0
    others_flagged: int = 0
    families: dict = field(default_factory=dict)    # fam -> (messages, correct, caught, emergencies, false_alarms)

    @property
    def correct(self): return sum(self.confusion[i][i] for i in range(10))
    def labelled(self, c): return sum(self.confusion[CATS.index(c)])
    def decided(self, c): return sum(r[CATS.index(c)] for r in self.confusion)
    def hits(self, c): i = CATS.index(c); return self.confusion[i][i]
    @property
    def caught(self): return self.hits('EMERGENCY')
    @property
    def emergencies(self): return self.labelled('EMERGENCY')
    @property
    def false_alarms(self): return self.decided('EMERGENCY') - self.caught

def pct(a, b):
    return 100.0 * a / b if b else 100.0

def f1(a, b):
    """a/b as a percentage with one decimal, rounded half up as Java's %.1f does."""
    from decimal import Decimal, ROUND_HALF_UP
    v = Decimal(100) * Decimal(a) / Decimal(b) if b else Decimal(100)
    return str(v.quantize(Decimal('0.1'), rounding=ROUND_HALF_UP))

def parse(path):
    out = {}
    lines = open(path, encoding='utf-8').read().split('\n')
    i = 0
    while i < len(lines):
        m = re.match(r'Held-out (\S+): (\d+) messages', lines[i])
        if not m:
            i += 1
            continue
        s = SetFigures(m.group(1).split('/')[-1], int(m.group(2)))
        m2 = re.search(r'what to do if it is happening now: (\d+) of (\d+); other messages told so only because a danger '
                       r'is not ruled out: (\d+) of (\d+); other messages flagged for a check: (\d+)', lines[i + 2])
        s.missed_told, s.missed, s.others_told, s.others, s.others_flagged = map(int, m2.groups())
        j = i + 3
        while not lines[j].startswith('family'):
            j += 1
        j += 1
        while lines[j].strip():
            p = lines[j].split()
            c, t = map(int, p[3].split('/'))
            n = int(p[1])
            s.families[p[0]] = (n, round(float(p[2].rstrip('%')) * n / 100), c, t, int(p[4]))
            j += 1
        while not lines[j].startswith('Confusion'):
            j += 1
        j += 2
        for k in range(10):
            s.confusion.append([int(x) for x in lines[j + k].split()[1:]])
        out[s.name] = s
        i = j + 10
    return out
