// The computation graph at the level of named values: one box per name in layers (a name's layer
// is one more than the deepest name it is computed from), from the top down, edges in the direction of the forward
// pass.
import { tensorLines, shapeText } from './format.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 190, LINE = 15, GAP_X = 26, GAP_Y = 44, PAD = 16;

function svg(tag, attrs = {}, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The lines of a node's box: its header, its value and its gradient. */
function nodeLines(n) {
  const value = tensorLines(n.value, n.valueShape, 4, 3, 3);
  const grad = tensorLines(n.grad, n.gradShape, 4, 3, 3);
  return { value, grad, height: 18 + LINE * (2 + value.length + grad.length) + 8 };
}

/** Draws `d` (the JSON of POST /api/derivation) into `root`; calls onSelect(name) when a node is clicked. */
export function drawGraph(root, d, selected, onSelect) {
  const layers = new Map();
  for (const n of d.nodes) {
    if (!layers.has(n.layer)) layers.set(n.layer, []);
    layers.get(n.layer).push(n);
  }
  const ordered = [...layers.entries()].sort((a, b) => a[0] - b[0]).map(e => e[1]);
  const widest = Math.max(...ordered.map(l => l.length), 1);
  const width = PAD * 2 + widest * (WIDTH + GAP_X) - GAP_X;
  const boxes = new Map();
  let y = PAD;
  for (const nodes of ordered) {
    const row = nodes.map(n => ({ n, lines: nodeLines(n) }));
    const rowHeight = Math.max(...row.map(r => r.lines.height));
    const start = (width - (nodes.length * (WIDTH + GAP_X) - GAP_X)) / 2;
    row.forEach((r, k) => boxes.set(r.n.name, { x: start + k * (WIDTH + GAP_X), y, h: r.lines.height, lines: r.lines, n: r.n }));
    y += rowHeight + GAP_Y;
  }
  const height = y - GAP_Y + PAD;
  const root$ = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': 'computation graph' });
  const defs = svg('defs');
  const marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7,
    orient: 'auto-start-reverse' });
  marker.append(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#5c677d' }));
  defs.append(marker);
  root$.append(defs);
  for (const e of d.edges) {
    const a = boxes.get(e.from), b = boxes.get(e.to);
    if (!a || !b) continue;
    const x1 = a.x + WIDTH / 2, y1 = a.y + a.h, x2 = b.x + WIDTH / 2, y2 = b.y;
    const mid = (y1 + y2) / 2;
    root$.append(svg('path', { d: `M ${x1} ${y1} C ${x1} ${mid}, ${x2} ${mid}, ${x2} ${y2 - 2}`,
      class: 'edge' + (e.grad ? ' grad-edge' : ''), 'marker-end': 'url(#arrow)', 'data-from': e.from, 'data-to': e.to }));
  }
  for (const { x, y, h, lines, n } of boxes.values()) {
    const g = svg('g', { class: `node ${n.kind}${n.target ? ' target' : ''}${n.reached ? '' : ' unreached'}`
      + (n.name === selected ? ' selected' : ''), transform: `translate(${x}, ${y})`, 'data-node': n.name, tabindex: 0 });
    g.append(svg('rect', { width: WIDTH, height: h, rx: 8 }));
    g.append(svg('title', {}, `${n.name} = ${n.definition}`));
    const head = svg('text', { x: 10, y: 18, class: 'head' });
    head.append(svg('tspan', { class: 'name' }, n.name), svg('tspan', { dx: 8, class: 'meta' },
      `${n.target ? 'target ' : ''}${n.kind === 'computed' ? '' : n.kind + ' '}${shapeText(n.valueShape)}`));
    g.append(head);
    let line = 18;
    const text = (s, cls) => g.append(svg('text', { x: cls === 'label' ? 10 : 16, y: (line += LINE), class: cls }, s));
    text('value', 'label');
    lines.value.forEach(l => text(l, 'num value'));
    text(`∂${d.target}/∂${n.name}`, 'label');
    lines.grad.forEach(l => text(l, 'num grad'));
    g.addEventListener('click', () => onSelect(n.name));
    g.addEventListener('keydown', ev => { if (ev.key === 'Enter') onSelect(n.name); });
    root$.append(g);
  }
  root.replaceChildren(root$);
}
