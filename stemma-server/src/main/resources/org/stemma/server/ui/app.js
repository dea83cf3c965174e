// The stemma web UI: plain JavaScript over the JSON API, no build step, no network access beyond this server.
// Article text, titles, outlets and urls are hostile input: the DOM is built with createElement and text
// nodes only (no string is ever parsed as HTML), only http(s) urls become links, and the server's provenance
// tree is parsed as XML and copied element by element through an allow-list of SVG tags and attributes.
'use strict';

const SVG_NS = 'http://www.w3.org/2000/svg';
const main = () => document.getElementById('main');

// ---- DOM helpers -------------------------------------------------------------------------------------

/** An element with a class and children; strings become text nodes, null children are skipped. */
function el(tag, cls, ...children) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

/** A link inside the UI: the hash is built here from ids, each part encoded. */
function route(text, ...parts) {
  const a = el('a', null, text);
  a.href = '#/' + parts.map(encodeURIComponent).join('/');
  return a;
}

/** A link to an article's page on the web, only when its url is http or https; otherwise the url as text. */
function externalLink(url) {
  if (!url) return null;
  let parsed;
  try { parsed = new URL(url); } catch (e) { parsed = null; }
  if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) {
    const a = el('a', 'i', url);
    a.href = parsed.href;
    a.rel = 'noopener noreferrer nofollow';
    a.target = '_blank';
    return a;
  }
  return el('span', 'i muted', url);
}

function svg(tag, attrs) {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  return e;
}

function show(...children) {
  const m = main();
  m.replaceChildren(...children.filter(c => c));
}

function text(s) { return s === null || s === undefined ? '' : String(s); }

/** GET or POST JSON; resolves to {status, body}; the body is null when it is not JSON. */
async function api(path, body) {
  const init = body === undefined ? {} : {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
  const r = await fetch(path, init);
  let json = null;
  try { json = await r.json(); } catch (e) { json = null; }
  return { status: r.status, body: json };
}

function errorOf(r) {
  return el('p', 'error', 'The server answered ' + r.status + (r.body && r.body.error ? ': ' + r.body.error : ''));
}

// ---- routing -----------------------------------------------------------------------------------------

async function render() {
  const hash = location.hash || '#/';
  const parts = location.hash.replace(/^#\/?/, '').split('/').filter(p => p.length).map(decodeURIComponent);
  try {
    if (parts[0] === 'storyline' && parts.length >= 2) {
      await storylinePage(parts[1]);
    } else if (parts[0] === 'article' && parts.length >= 2) {
      await articlePage(parts[1], parts[2] === 'with' ? parts[3] : undefined);
    } else {
      await homePage();
    }
  } catch (e) {
    show(el('p', 'error', 'Could not show this page: ' + e));
  }
  // Tests and the page-load measure wait for this; a slower, older render must not claim a newer page.
  if (hash === (location.hash || '#/')) document.body.dataset.ready = hash;
}

window.addEventListener('hashchange', render);
window.addEventListener('DOMContentLoaded', render);

// ---- home: storylines, search, trace -----------------------------------------------------------------

async function homePage() {
  const searchResults = el('div', 'search-results');
  const searchBox = el('input');
  searchBox.type = 'search';
  searchBox.name = 'q';
  searchBox.placeholder = 'words, an outlet, a title…';
  searchBox.setAttribute('aria-label', 'search articles');
  const searchForm = el('form', 'search', searchBox, ' ', el('button', null, 'Search'));
  searchForm.addEventListener('submit', ev => { ev.preventDefault(); search(searchBox.value, searchResults); });

  const traceBox = el('textarea');
  traceBox.name = 'passage';
  traceBox.placeholder = 'Paste a paragraph to see where it first appeared and everywhere it went';
  traceBox.setAttribute('aria-label', 'passage to trace');
  const traceResults = el('div', 'trace-results');
  const traceForm = el('form', 'trace', traceBox, el('div', null, el('button', null, 'Trace')));
  traceForm.addEventListener('submit', ev => { ev.preventDefault(); trace(traceBox.value, traceResults); });

  const list = el('div', 'storylines', el('p', 'muted', 'Loading storylines…'));
  show(el('h1', null, 'Storylines'), el('h2', null, 'Search'), searchForm, searchResults,
      el('h2', null, 'Trace a passage'), traceForm, traceResults, el('h2', null, 'All storylines'), list);

  const r = await api('/api/storylines');
  if (r.status !== 200 || !Array.isArray(r.body)) { list.replaceChildren(errorOf(r)); return; }
  if (r.body.length === 0) { list.replaceChildren(el('p', 'muted', 'The store holds no storylines yet.')); return; }
  const stories = r.body.slice().sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1));
  const table = el('table', 'storyline-table',
      el('tr', null, el('th', null, 'storyline'), el('th', null, 'articles'), el('th', null, 'events'),
          el('th', null, 'outlets'), el('th', null, 'time span')));
  for (const s of stories) {
    table.appendChild(el('tr', null, el('td', 'i', route(s.id, 'storyline', s.id)), el('td', null, s.size),
        el('td', null, s.events.length), el('td', 'i', s.outlets.join(', ')),
        el('td', null, s.first ? s.first + (s.last && s.last !== s.first ? ' – ' + s.last : '') : 'unknown')));
  }
  list.replaceChildren(table);
}

async function search(q, out) {
  if (!q.trim()) { out.replaceChildren(el('p', 'muted', 'Type something to search for.')); return; }
  const r = await api('/api/search?q=' + encodeURIComponent(q));
  if (r.status === 404 && !(r.body && r.body.items)) {
    out.replaceChildren(el('p', 'notice', 'Search is not available on this server (GET /api/search answered 404).'));
    return;
  }
  if (r.status !== 200 || !r.body || !Array.isArray(r.body.items)) { out.replaceChildren(errorOf(r)); return; }
  const rows = r.body.items.map(a => el('tr', null, el('td', 'i', route(a.id, 'article', a.id)),
      el('td', 'i', text(a.outlet)), el('td', 'i', text(a.title)), el('td', null, text(a.date) || 'unknown')));
  out.replaceChildren(el('p', null, r.body.total + ' articles' + (r.body.total > rows.length ? ', first ' + rows.length : '')),
      rows.length ? el('table', null, el('tr', null, el('th', null, 'article'), el('th', null, 'outlet'),
          el('th', null, 'title'), el('th', null, 'date')), ...rows) : null);
}

async function trace(passage, out) {
  if (!passage.trim()) { out.replaceChildren(el('p', 'muted', 'Paste a passage first.')); return; }
  out.replaceChildren(el('p', 'muted', 'Tracing…'));
  const r = await api('/api/trace', { passage });
  if (r.status !== 200 || !Array.isArray(r.body)) { out.replaceChildren(errorOf(r)); return; }
  if (r.body.length === 0) { out.replaceChildren(el('p', 'muted', 'No stored article carries this passage.')); return; }
  const hits = r.body.map((h, i) => {
    const diffs = h.differences.length === 0 ? el('p', 'muted', 'same words') :
        el('ul', null, ...h.differences.map(d => el('li', null, d.op + ': ',
            d.passage ? el('del', 'i', d.passage) : null, d.passage && d.article ? ' → ' : null,
            d.article ? el('ins', 'i', d.article) : null)));
    return el('div', 'hit', el('div', null, el('b', null, i === 0 ? 'earliest: ' : ''), route(h.article, 'article', h.article),
        ' · ', el('span', 'i', text(h.outlet) || 'no outlet'), ' · ', text(h.date) || 'undated',
        ' · covers ' + Math.round(h.coverage * 100) + '% of the passage'),
        el('div', 'text', h.text), diffs);
  });
  out.replaceChildren(el('p', null, r.body.length + ' articles carry it, earliest first:'), ...hits);
}

// ---- storyline page ----------------------------------------------------------------------------------

async function storylinePage(id) {
  show(el('p', 'muted', 'Loading storyline…'));
  const r = await api('/api/storylines/' + encodeURIComponent(id));
  if (r.status !== 200) { show(el('h1', null, 'Storyline'), errorOf(r)); return; }
  const s = r.body;
  const dates = s.articles.map(a => a.date).filter(d => d).sort();
  const outlets = [...new Set(s.articles.map(a => a.outlet).filter(o => o))].sort();
  const quotesBox = el('div', 'quotes-box', el('p', 'muted', 'Extracting quotations…'));
  const claimsBox = el('div', 'claims-box', el('p', 'muted', 'Building the claim matrix…'));
  show(el('h1', null, 'Storyline ', el('span', 'i', s.id)),
      el('p', null, s.size + ' articles, ' + s.events.length + ' events, ' + outlets.length + ' outlets, '
          + (dates.length ? dates[0] + ' – ' + dates[dates.length - 1] : 'no known dates')),
      el('h2', null, 'Timeline'), timeline(s.articles),
      el('h2', null, 'Articles'), articleTable(s.articles),
      el('h2', null, 'Events'), eventList(s),
      el('h2', null, 'Provenance'), provenance(s),
      el('h2', null, 'Quotations'), quotesBox,
      el('h2', null, 'Claim matrix'), claimsBox);
  // Quotations are extracted on demand and cost seconds on a large storyline: they arrive after the rest.
  api('/api/storylines/' + encodeURIComponent(id) + '/quotes').then(q => {
    if (q.status !== 200) { quotesBox.replaceChildren(errorOf(q)); claimsBox.replaceChildren(); return; }
    quotesBox.replaceChildren(quoteSection(q.body));
    claimsBox.replaceChildren(claimMatrix(q.body));
  }, e => quotesBox.replaceChildren(el('p', 'error', 'Could not load the quotations: ' + e)))
    .finally(() => { document.body.dataset.quotes = id; });
}

function dayOf(date) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date || '');
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000 : null;
}

/** One row per outlet, articles placed by day; undated articles in a column of their own at the right. */
function timeline(articles) {
  const outlets = [...new Set(articles.map(a => a.outlet || '(no outlet)'))].sort();
  const days = articles.map(a => dayOf(a.date)).filter(d => d !== null);
  const lo = days.length ? Math.min(...days) : 0;
  const hi = days.length ? Math.max(...days) : 0;
  const label = 170, plot = 640, undatedW = 90, rowH = 22, top = 24;
  const width = label + plot + undatedW + 20;
  const height = top + rowH * outlets.length + 10;
  const root = svg('svg', { class: 'timeline', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
  root.appendChild(svg('title')).textContent = 'articles by outlet and date';
  const axis = (x, s) => { const t = svg('text', { x, y: 14, 'font-size': 11, fill: '#555' }); t.textContent = s; root.appendChild(t); };
  if (days.length) {
    axis(label, new Date(lo * 86400000).toISOString().slice(0, 10));
    if (hi > lo) axis(label + plot - 70, new Date(hi * 86400000).toISOString().slice(0, 10));
  }
  axis(label + plot + 15, 'undated');
  const rowOf = new Map(outlets.map((o, i) => [o, i]));
  outlets.forEach((o, i) => {
    const y = top + i * rowH;
    root.appendChild(svg('line', { x1: label, x2: label + plot + undatedW, y1: y + rowH / 2, y2: y + rowH / 2, stroke: '#eee' }));
    const t = svg('text', { x: 4, y: y + rowH / 2 + 4, 'font-size': 11 });
    t.textContent = o.length > 26 ? o.slice(0, 25) + '…' : o;
    root.appendChild(t);
  });
  const stacked = new Map();
  for (const a of articles) {
    const d = dayOf(a.date);
    const row = rowOf.get(a.outlet || '(no outlet)');
    const x = d === null ? label + plot + 40 : label + 8 + (hi > lo ? (d - lo) / (hi - lo) * (plot - 16) : plot / 2);
    const key = row + ':' + Math.round(x);
    const n = stacked.get(key) || 0;
    stacked.set(key, n + 1);
    const dot = svg('circle', { class: 'dot', cx: x + n * 3, cy: top + row * rowH + rowH / 2, r: 5,
      fill: d === null ? '#bbb' : '#2e6da4', stroke: '#fff' });
    dot.appendChild(svg('title')).textContent = a.id + ' · ' + text(a.outlet) + ' · ' + (a.date || 'undated') + ' · ' + text(a.title);
    dot.dataset.article = a.id;
    dot.addEventListener('click', () => { location.hash = '#/article/' + encodeURIComponent(a.id); });
    root.appendChild(dot);
  }
  return root;
}

function articleTable(articles) {
  const sorted = articles.slice().sort((a, b) => (a.date || '\uffff').localeCompare(b.date || '\uffff') || (a.id < b.id ? -1 : 1));
  return el('table', 'articles', el('tr', null, el('th', null, 'date'), el('th', null, 'article'), el('th', null, 'outlet'),
      el('th', null, 'title'), el('th', null, 'event'), el('th', null, 'url')),
      ...sorted.map(a => el('tr', null, el('td', null, a.date || 'undated'), el('td', 'i', route(a.id, 'article', a.id)),
          el('td', 'i', text(a.outlet)), el('td', 'i', text(a.title)), el('td', 'i', text(a.event)),
          el('td', null, externalLink(a.url)))));
}

function eventList(s) {
  return el('ul', 'events', ...s.events.map(e => el('li', null, el('span', 'i', e.id), ': ',
      ...e.articles.flatMap((a, i) => [i ? ', ' : null, route(a, 'article', a)]))));
}

function provenance(s) {
  if (s.families.length === 0) return el('p', 'muted', 'No provenance edge or lost source touches this storyline.');
  const box = el('div', 'families');
  for (const f of s.families) {
    const sec = el('section', 'family', el('h3', null, 'Family ', el('span', 'i', f.id),
        el('span', 'muted', ' · ' + f.nodes.length + ' texts, ' + f.edges.length + ' edges')));
    const tree = importSvg(f.svg);
    if (tree) {
      for (const g of tree.querySelectorAll('g')) {
        const title = g.querySelector('title');
        const id = title ? title.textContent : '';
        if (id && !id.startsWith('lost:')) {
          g.setAttribute('class', 'article');
          g.addEventListener('click', () => { location.hash = '#/article/' + encodeURIComponent(id); });
        }
      }
      sec.appendChild(tree);
    } else {
      sec.appendChild(el('p', 'muted', 'Too many texts to draw (the list below has every edge).'));
    }
    for (const l of f.lost_sources) {
      sec.appendChild(el('div', 'lost', el('p', null, el('b', null, 'Lost source '), el('span', 'i', l.id), ', witnessed by ',
          ...l.witnesses.flatMap((w, i) => [i ? ', ' : null, route(w, 'article', w)]),
          l.credited ? el('span', null, '; credited: ', el('span', 'i', l.credited)) : null),
          l.text ? el('details', null, el('summary', null, 'reconstructed text'), el('div', 'text', l.text)) : null));
    }
    if (f.edges.length) {
      const table = el('table', 'edges', el('tr', null, el('th', null, 'source'), el('th', null, 'copy'),
          el('th', null, 'confidence'), el('th', null, 'evidence'), el('th', null, '')));
      for (const e of f.edges) {
        const src = e.source.startsWith('lost:') ? el('span', 'i', e.source) : route(e.source, 'article', e.source);
        const compare = e.source.startsWith('lost:') ? route('compare', 'article', e.target)
            : route('compare', 'article', e.target, 'with', e.source);
        table.appendChild(el('tr', null, el('td', 'i', src), el('td', 'i', route(e.target, 'article', e.target)),
            el('td', null, e.confidence.toFixed(2)), el('td', null, el('ul', 'evidence', ...e.evidence.map(x => el('li', 'i', x)))),
            el('td', null, compare)));
      }
      sec.appendChild(table);
    }
    box.appendChild(sec);
  }
  return box;
}

const SVG_TAGS = new Set(['svg', 'g', 'line', 'polygon', 'rect', 'text', 'title']);
const SVG_ATTRS = new Set(['width', 'height', 'viewBox', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'points', 'fill', 'stroke',
  'stroke-width', 'stroke-dasharray', 'rx', 'font-size', 'font-style', 'class', 'role', 'aria-label']);

/**
 * The server's tree (FamilySvg, labels escaped there) parsed as XML and rebuilt with createElementNS: only
 * drawing elements and presentation attributes are copied, text as text nodes; anything else is dropped.
 */
function importSvg(markup) {
  if (!markup) return null;
  const doc = new DOMParser().parseFromString(markup, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) return null;
  const copy = node => {
    if (node.nodeType === Node.TEXT_NODE) return document.createTextNode(node.nodeValue);
    if (node.nodeType !== Node.ELEMENT_NODE || !SVG_TAGS.has(node.localName)) return null;
    const out = document.createElementNS(SVG_NS, node.localName);
    for (const a of node.attributes) {
      if (SVG_ATTRS.has(a.name) && !/[<>()&]|script:/i.test(a.value)) out.setAttribute(a.name, a.value);
    }
    for (const c of node.childNodes) { const k = copy(c); if (k) out.appendChild(k); }
    return out;
  };
  const root = copy(doc.documentElement);
  return root && root.localName === 'svg' ? root : null;
}

function quoteSection(q) {
  if (!q.computed) return el('p', 'muted', q.reason);
  if (q.groups.length === 0) return el('p', 'muted', 'No quotation is carried by two or more articles.');
  return el('div', 'quotes', ...q.groups.map(g => el('div', 'hit',
      el('div', null, el('b', null, g.id), ' · speaker: ', el('span', 'i', text(g.speaker) || 'unknown'),
          ' · first in ', route(g.earliest, 'article', g.earliest),
          g.drift.length ? ' · drift: ' + g.drift.join(', ') : ''),
      el('ul', null, ...g.members.map(m => el('li', null, route(m.article, 'article', m.article), ' (' + m.kind + '): ',
          el('q', 'i', m.text)))),
      g.changes.length ? el('ul', 'evidence', ...g.changes.map(c => el('li', 'i', c))) : null)));
}

function claimMatrix(q) {
  if (!q.computed) return el('p', 'muted', q.reason);
  if (q.claims.length === 0) return el('p', 'muted', 'No claim is stated by two or more articles.');
  const ids = q.claims[0].cells.map(c => c.article);
  const table = el('table', 'claims', el('tr', null, el('th', null, 'claim'), ...ids.map(id => el('th', 'i', route(id, 'article', id)))));
  for (const c of q.claims) {
    const ref = c.cells.find(x => x.article === c.reference);
    const row = el('tr', null, el('td', 'i', el('b', null, c.id + ' '), text(ref && ref.text)));
    for (const cell of c.cells) {
      const td = el('td', cell.state, cell.state);
      td.title = text(cell.text) + (cell.changes ? '\n' + cell.changes.join('; ') : '');
      row.appendChild(td);
    }
    table.appendChild(row);
  }
  return table;
}

// ---- article page ------------------------------------------------------------------------------------

async function articlePage(id, withId) {
  show(el('p', 'muted', 'Loading article…'));
  const [ar, cr] = await Promise.all([api('/api/articles/' + encodeURIComponent(id)),
    api('/api/articles/' + encodeURIComponent(id) + '/compare' + (withId ? '?with=' + encodeURIComponent(withId) : ''))]);
  if (ar.status !== 200) { show(el('h1', null, 'Article'), errorOf(ar)); return; }
  const a = ar.body;
  const head = [el('h1', 'i', text(a.title) || a.id),
    el('p', null, el('span', 'i', a.id), ' · ', el('span', 'i', text(a.outlet) || 'no outlet'), ' · ', a.date || 'undated',
        a.url ? ' · ' : null, externalLink(a.url))];
  if (cr.status !== 200) { show(...head, errorOf(cr), el('div', 'text', ...marked(a.text, clutterMarks(a.clutter)))); return; }
  const c = cr.body;
  const partners = c.partners.length ? el('p', 'partners', 'Compare with: ', ...c.partners.map(p =>
      el('span', null, route(p.id, 'article', id, 'with', p.id), el('span', 'muted', ' (' + p.relation + ') ')))) : null;
  if (!c.source) {
    show(...head, partners, el('p', 'muted', c.note), el('h2', null, 'Text'),
        el('div', 'text', ...marked(a.text, clutterMarks(a.clutter))));
    return;
  }
  const meaning = c.changes.filter(x => x.meaning_changing).length;
  show(...head, partners,
      el('p', null, ...(c.siblings
          ? ['Sibling copies of one lost source ', el('span', 'i', c.source.id), ' and ', el('span', 'i', c.target.id),
             ' (each change is marked on the copy that made it): ']
          : ['Source ', el('span', 'i', c.source.id), ' → copy ', el('span', 'i', c.target.id), ': ']),
          c.passages.length + ' aligned passages, ' + c.changes.length + ' typed changes, ' + meaning + ' meaning-changing.'),
      el('div', 'panels', sidePanel('source', c), sidePanel('target', c)),
      el('h2', null, 'Changes'), changeTable(c));
}

/** One column of the comparison: its text with clutter greyed, unshared text dimmed, edits and changes marked. */
function sidePanel(side, c) {
  const doc = c[side];
  const marks = clutterMarks(doc.clutter);
  let at = 0;
  const passages = c.passages.slice().sort((x, y) => x[side + '_start'] - y[side + '_start']);
  for (const p of passages) {
    if (p[side + '_start'] > at) marks.push({ start: at, end: p[side + '_start'], cls: 'outside' });
    at = Math.max(at, p[side + '_end']);
    for (const e of p.edits) {
      const s = e[side + '_start'], t = e[side + '_end'];
      if (e.op === 'insert' && side === 'target') marks.push({ start: s, end: t, cls: 'ins', title: 'inserted' });
      if (e.op === 'delete' && side === 'source') marks.push({ start: s, end: t, cls: 'del', title: 'dropped' });
      if (e.op === 'substitute') marks.push({ start: s, end: t, cls: 'sub', title: 'replaced' });
    }
  }
  if (at < doc.text.length) marks.push({ start: at, end: doc.text.length, cls: 'outside' });
  const badges = [];
  for (const ch of c.changes) {
    const s = ch[side + '_start'], t = ch[side + '_end'];
    const cls = 'change' + (ch.meaning_changing ? ' mc' : '');
    const by = c.siblings ? 'edit by ' + ch.by + ': ' : '';
    const title = by + ch.kind + (ch.meaning_changing ? ' (changes the meaning)' : '') + ': ' + ch.before + ' → ' + ch.after;
    if (t > s) marks.push({ start: s, end: t, cls, title, kind: ch.kind });
    // Kind labels go on the side of the text that made the change (the copy; between siblings, whichever
    // sibling did it), a deletion as a caret where the words were; the other side shows the same change
    // outlined, with the kind in the tooltip. Spans are always in this side's own text.
    if (ch.by === doc.id) badges.push({ at: s, kind: ch.kind, mc: ch.meaning_changing, title, empty: t === s, by: ch.by });
  }
  const who = c.siblings ? 'Copy' : side === 'source' ? 'Source' : 'Copy';
  return el('section', 'side side-' + side,
      el('h2', null, who + ': ', el('span', 'i', doc.lost ? doc.id + ' (reconstructed lost source)' : doc.id)),
      el('p', 'muted i', [text(doc.outlet), text(doc.date), text(doc.title)].filter(x => x).join(' · ')),
      el('div', 'text', ...marked(doc.text, marks, badges)));
}

function clutterMarks(clutter) {
  return (clutter || []).map(k => ({ start: k.start, end: k.end, cls: 'clutter', title: 'clutter: ' + k.kind }));
}

/**
 * The text cut at every mark boundary; each piece a span carrying the classes of the marks over it, with a
 * kind badge where a typed change starts. Pieces are text nodes, so nothing in the text is markup.
 */
function marked(str, marks, badges) {
  const cuts = new Set([0, str.length]);
  const valid = marks.filter(m => m.start >= 0 && m.end <= str.length && m.start < m.end);
  for (const m of valid) { cuts.add(m.start); cuts.add(m.end); }
  for (const b of badges || []) if (b.at >= 0 && b.at <= str.length) cuts.add(b.at);
  const points = [...cuts].sort((x, y) => x - y);
  const byStart = new Map();
  for (const b of badges || []) { if (!byStart.has(b.at)) byStart.set(b.at, []); byStart.get(b.at).push(b); }
  const starts = valid.slice().sort((x, y) => x.start - y.start);
  const out = [];
  const active = [];
  let next = 0;
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    for (const b of byStart.get(p) || []) {
      const badge = el('span', 'badge' + (b.mc ? ' mc' : ''), b.empty ? '‸' + b.kind : b.kind);
      badge.title = b.title;
      badge.dataset.kind = b.kind;
      if (b.by) badge.dataset.by = b.by;
      out.push(badge);
    }
    if (i + 1 >= points.length) break;
    const q = points[i + 1];
    while (next < starts.length && starts[next].start <= p) active.push(starts[next++]);
    for (let j = active.length - 1; j >= 0; j--) if (active[j].end <= p) active.splice(j, 1);
    const piece = str.slice(p, q);
    if (active.length === 0) { out.push(document.createTextNode(piece)); continue; }
    const span = el('span', [...new Set(active.flatMap(m => m.cls.split(' ')))].join(' '), piece);
    span.title = active.map(m => m.title).filter(t => t).join('; ');
    const kinds = active.filter(m => m.kind).map(m => m.kind);
    if (kinds.length) span.dataset.kind = kinds.join(' ');
    out.push(span);
  }
  return out;
}

function changeTable(c) {
  if (c.changes.length === 0) return el('p', 'muted', 'No typed change between the two.');
  // Between siblings, before is the other copy's text and after the text of the copy that made the edit.
  return el('table', 'changes', el('tr', null, c.siblings ? el('th', null, 'edit by') : null, el('th', null, 'kind'),
      el('th', null, 'meaning'), el('th', null, c.siblings ? 'other copy' : 'source'),
      el('th', null, c.siblings ? 'this copy' : 'copy')),
      ...c.changes.map(x => el('tr', x.meaning_changing ? 'mc-row' : null,
          c.siblings ? el('td', 'i', x.by) : null, el('td', null, x.kind),
          el('td', null, x.meaning_changing ? 'changes it' : '—'), el('td', 'i', el('del', null, x.before)),
          el('td', 'i', el('ins', null, x.after)))));
}
