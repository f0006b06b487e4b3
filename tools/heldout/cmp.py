"""cmp.py A B: the lines whose mark (E alarm, t told, - neither) differs between two Lines.java outputs."""
import sys
a=[l.rstrip('\n') for l in open(sys.argv[1]) if l.count('\t')>=6]
b=[l.rstrip('\n') for l in open(sys.argv[2]) if l.count('\t')>=6]
assert len(a)==len(b)
n=0
for x,y in zip(a,b):
    xs=x.split('\t',6); ys=y.split('\t',6)
    if xs[2]!=ys[2]:
        n+=1; print(xs[0].split('/')[-1], xs[1], xs[2]+'->'+ys[2], xs[4]+'->'+ys[4], xs[6][:150])
print(n,'changed marks',file=sys.stderr)
