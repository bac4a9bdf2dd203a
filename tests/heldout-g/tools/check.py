import json,re,os,unicodedata
B='/tmp/heldout-g'
g=json.load(open(B+'/gold.json')); cb=json.load(open(B+'/codebook.json'))
assert set(g['positions'])==set(p['id'] for p in cb['positions'])==set(g['stances'])
names={p['name'] for p in g['people']}|{o['name'] for o in g['organisations']}
orgn={o['name'] for o in g['organisations']}
for p in g['people']:
  for a in p['affiliations']: assert a in orgn,(p,a)
al={}
for x in g['people']+g['organisations']:
  for a in [x['name']]+x.get('aliases',[]):
    k=a.lower()
    assert k not in al or al[k]==x['name'],(a,al.get(k),x['name']); al[k]=x['name']
for pid,st in g['stances'].items():
  seen={}
  for side,lst in st.items():
    for n in lst:
      assert n in names,(pid,n)
      pol=side.split('_')[0]
      assert n not in seen,(pid,n,side,seen.get(n)); seen[n]=side
files=sorted(os.listdir(B+'/articles')); assert [d['doc'] for d in g['documents']]==files
nq=0;req=0;opt=0
for d in g['documents']:
  t=open(B+'/articles/'+d['doc']).read()
  for q in d['quotes']:
    assert q['starts'] in t,(d['doc'],q['starts'])
    assert q['speaker'] is None or q['speaker'] in names,q
    nq+=1; opt+=q.get('optional',False); req+=not q.get('optional',False)
  for n in d['not_quotes']: assert n in t,(d['doc'],n)
  # quoted spans
  starts=[q['starts'] for q in d['quotes']]+d['not_quotes']
  body=t
  for m in ['\n4 COMMENTS','\n3 COMMENTS','\nComments (3)']:
    if m in body: body=body.split(m)[0]
  spans=re.findall(r'"([^"]+)"',body)+re.findall(r'“([^”]+)”',body)+re.findall(r"(?<![A-Za-z])'([^']+?)'(?![A-Za-z])",body)+re.findall(r'‘([^’]+)’',body)
  # curly unclosed paragraphs
  spans+=re.findall(r'^“([^”\n]+)$',body,flags=re.M)+re.findall(r'^"([^"\n]+)$',body,flags=re.M)
  for s in spans:
    if not any(st in s or s.strip().startswith(st[:20]) for st in starts):
      print('UNCOVERED',d['doc'],repr(s[:70]))
  w=len(t.split()); print(d['doc'],w,'words',len(d['quotes']),'quotes',d['comments'],'comments')
print('people',len(g['people']),'orgs',len(g['organisations']),'quotes',nq,'req',req,'opt',opt,'comments',sum(d['comments'] for d in g['documents']))
for pid,st in g['stances'].items(): print(pid,{k:len(v) for k,v in st.items()})
