// The page's stylesheet and script, kept apart from the assembly so each reads as one piece.
#pragma once

namespace sg::report {

// Laptop-first, printable: sections collapse (details), the matrix scrolls inside its box with a
// sticky header, colours print (print-color-adjust), evidence pages all print.
inline constexpr const char* kStyle = R"CSS(
:root{--s1:#c7e9c0;--s2:#74c476;--s3:#31a354;--s4:#006d2c;--o1:#fcbba1;--o2:#fb6a4a;--o3:#de2d26;--o4:#a50f15;}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#1b1b1b;margin:0 auto;max-width:1280px;padding:12px 20px 40px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
h1{font-size:22px;margin:4px 0}h2{font-size:18px;margin:0;display:inline}h3{font-size:15px;margin:14px 0 4px}
header p{margin:2px 0;color:#444}
section.top>details>summary{cursor:pointer;padding:8px 0;border-bottom:2px solid #ccc;margin:18px 0 8px}
.note{color:#555;font-size:13px}
dl.corpus{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:6px 16px;margin:8px 0}
dl.corpus div{background:#f4f4f4;padding:6px 8px;border-radius:4px}dl.corpus dt{font-size:12px;color:#555}dl.corpus dd{margin:0;font-size:17px;font-weight:600}
table.bars{border-collapse:collapse;width:100%}table.bars td{padding:3px 6px;vertical-align:middle}
td.plabel{width:30%}td.counts{width:28%;font-size:12px;color:#333}
.bar{display:flex;width:100%;height:16px}.bar .half{flex:1;display:flex}.bar .left{justify-content:flex-end;border-right:1px solid #333}
.bar span{display:block;height:100%}.bar .o{background:var(--o3)}.bar .s{background:var(--s3)}.bar .m{background:#9e9e9e}
.legend span{display:inline-block;width:12px;height:12px;vertical-align:middle;margin:0 4px 0 12px;border:1px solid #999}
.mwrap{overflow:auto;max-height:80vh;border:1px solid #ddd}
table.matrix{border-collapse:collapse;font-size:12px}
table.matrix thead th{position:sticky;top:0;background:#fff;z-index:1;vertical-align:bottom;border-bottom:1px solid #999}
table.matrix th.pos{writing-mode:vertical-rl;transform:rotate(180deg);max-height:180px;font-weight:500;padding:4px 2px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
table.matrix tbody.group{border-top:2px solid #777}
table.matrix tr.actor th{text-align:left;font-weight:500;white-space:nowrap;padding:1px 8px 1px 4px}
table.matrix tr.actor.org th{font-weight:700}
table.matrix td.grp{color:#666;white-space:nowrap;padding:1px 8px;max-width:220px;overflow:hidden;text-overflow:ellipsis}
table.matrix td.c{width:26px;min-width:26px;height:20px;text-align:center;border:1px solid #fff;padding:0}
table.matrix td.c a{display:block;color:inherit;text-decoration:none;font-size:11px}
table.matrix td.c:hover{outline:2px solid #000}
td.c.l3,td.c.l4{color:#fff}
.dot{display:inline-block;width:9px;height:9px;border-radius:50%;margin-right:4px}.k1{background:#6baed6}.k2{background:#fd8d3c}.k0{background:#d0d0d0}
.netsvg svg{max-width:100%;height:auto}
table.pairs{border-collapse:collapse;font-size:12px}table.pairs td,table.pairs th{padding:2px 8px;border-bottom:1px solid #eee;text-align:left}
table.pairs tr:target{background:#fff3b0}
.ev-actor h3{border-bottom:1px solid #ddd}
details.cell{margin:2px 0 2px 8px}details.cell>summary{cursor:pointer}details.cell:target>summary,details.cell.hit>summary{background:#fff3b0}
ol.claims{padding-left:20px;margin:4px 0 10px}
li.claim{margin:6px 0;padding:4px 8px;border-left:4px solid #999;background:#fafafa}li.claim.supports{border-color:var(--s3)}li.claim.opposes{border-color:var(--o3)}
li.claim .meta{font-size:12px;color:#444}li.claim .side{font-weight:700}li.claim.supports .side{color:var(--s4)}li.claim.opposes .side{color:var(--o4)}
blockquote.context{margin:4px 0;color:#555}mark.quote{background:#fff3b0;color:#111}
b.ev{font-weight:700;text-decoration:underline 2px}b.ev-negation,b.ev-contrast,b.ev-reason{text-decoration-style:wavy}
.why{font-size:12px;color:#444}
#ev-pager button{margin:0 4px}#ev-pager{margin:8px 0}
svg.timeline .tl-s{fill:var(--s3)}svg.timeline .tl-o{fill:var(--o3)}svg.timeline .tl-axis{stroke:#999;stroke-width:1}
svg.timeline text{font-size:11px;fill:#333}
@media print{body{max-width:none;padding:0}.mwrap{overflow:visible;max-height:none;border:0}#ev-pager{display:none}.ev-page[hidden]{display:block}section.top>details>summary::marker{content:""}}
)CSS";

// Opens what a link points at (a cell's evidence, an actor's row), pages the evidence, and opens
// everything before printing. Without it the page still works: all evidence pages are shown.
inline constexpr const char* kScript = R"JS(
(function(){
var pages=[].slice.call(document.querySelectorAll('.ev-page')),cur=0,nav=document.getElementById('ev-pager');
function show(k){cur=Math.max(0,Math.min(k,pages.length-1));pages.forEach(function(p,i){p.hidden=i!==cur;});if(nav)nav.querySelector('span').textContent='page '+(cur+1)+' of '+pages.length;}
if(nav&&pages.length>1){var b=function(t,d){var x=document.createElement('button');x.type='button';x.textContent=t;x.addEventListener('click',function(){show(cur+d);});return x;};nav.appendChild(b('\u2190 previous',-1));nav.appendChild(document.createElement('span'));nav.appendChild(b('next \u2192',1));show(0);}
function open(){var id=decodeURIComponent(location.hash.slice(1));if(!id)return;var el=document.getElementById(id);if(!el)return;
var p=el.closest('.ev-page');if(p)show(pages.indexOf(p));for(var d=el;d;d=d.parentElement){if(d.tagName==='DETAILS')d.open=true;}el.scrollIntoView({block:'start'});}
window.addEventListener('hashchange',open);
document.addEventListener('click',function(e){var a=e.target.closest('a');if(!a)return;var h=a.getAttribute('href')||a.getAttribute('xlink:href')||'';if(h.charAt(0)==='#'&&h===location.hash)setTimeout(open,0);});
window.addEventListener('beforeprint',function(){pages.forEach(function(p){p.hidden=false;});[].forEach.call(document.querySelectorAll('details'),function(d){d.open=true;});});
open();
})();
)JS";

}  // namespace sg::report
