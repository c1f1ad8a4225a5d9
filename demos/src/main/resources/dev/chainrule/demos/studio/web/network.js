// The network as the Playground draws it: a column of input features, the hidden layers, the output; each neuron a
// small heat map of its activation over the picture's square; each weight a line, blue positive and orange
// negative, thicker when larger. Built once per model, updated with every state the server sends.
import { drawHeatmap, css } from './heatmap.js';

const SVG = 'http://www.w3.org/2000/svg';
const NODE = 38, ROW = 50, COL = 118, TOP = 34, LEFT = 70;

function svg(tag, attrs = {}) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

export class NetworkView {
  /**
   * root: the element to draw in; inputs: [{name, label, active}] (every feature the user may toggle);
   * hidden: neurons per hidden layer; handlers: {toggle(name), neurons(layer, delta), weight(l, i, j)}.
   */
  constructor(root, inputs, hidden, handlers) {
    this.root = root;
    this.inputs = inputs;
    this.hidden = hidden;
    this.handlers = handlers;
    this.selected = null;
    this.build();
  }

  build() {
    const active = this.inputs.filter(i => i.active);
    const sizes = [active.length, ...this.hidden, 1];
    const rows = Math.max(this.inputs.length, ...this.hidden, 1);
    const width = LEFT + (sizes.length - 1) * COL + NODE + 20, height = TOP + rows * ROW + 10;
    this.root.replaceChildren();
    this.root.style.width = width + 'px';
    this.root.style.height = height + 'px';
    this.links = svg('svg', { width, height, class: 'links' });
    this.root.append(this.links);
    this.positions = [];
    this.canvases = [];
    // inputs: every feature, the active ones in the order the model has them
    const inputPos = [];
    this.inputs.forEach((f, k) => {
      const x = LEFT, y = TOP + k * ROW;
      const node = this.node(x, y, f.active ? '' : 'off', f.label, () => this.handlers.toggle(f.name));
      node.dataset.feature = f.name;
      node.title = (f.active ? 'click to leave out ' : 'click to use ') + f.label;
      if (f.active) inputPos.push({ x, y, canvas: node.querySelector('canvas') });
    });
    this.positions.push(inputPos);
    this.canvases.push(inputPos.map(p => p.canvas));
    this.hidden.forEach((n, l) => {
      const x = LEFT + (l + 1) * COL, layer = [];
      const bar = document.createElement('div');
      bar.className = 'neuron-bar';
      bar.style.left = (x - 6) + 'px';
      bar.style.top = '2px';
      bar.append(button('+', () => this.handlers.neurons(l, +1)), button('−', () => this.handlers.neurons(l, -1)),
        Object.assign(document.createElement('span'), { textContent: `${n} neuron${n === 1 ? '' : 's'}` }));
      this.root.append(bar);
      for (let k = 0; k < n; k++) {
        const y = TOP + k * ROW;
        const node = this.node(x, y, 'hidden', `h${l + 1}.${k + 1}`);
        layer.push({ x, y, canvas: node.querySelector('canvas') });
      }
      this.positions.push(layer);
      this.canvases.push(layer.map(p => p.canvas));
    });
    const ox = LEFT + (this.hidden.length + 1) * COL, out = this.node(ox, TOP, 'out', 'ŷ');
    this.positions.push([{ x: ox, y: TOP, canvas: out.querySelector('canvas') }]);
    this.canvases.push([out.querySelector('canvas')]);
    this.paths = [];
    for (let l = 0; l + 1 < this.positions.length; l++) {
      const layer = [];
      this.positions[l].forEach((a, i) => {
        const row = [];
        this.positions[l + 1].forEach((b, j) => {
          const x1 = a.x + NODE, y1 = a.y + NODE / 2, x2 = b.x, y2 = b.y + NODE / 2, m = (x1 + x2) / 2;
          const d = `M ${x1} ${y1} C ${m} ${y1}, ${m} ${y2}, ${x2} ${y2}`;
          const line = svg('path', { d, class: 'link' });
          const hit = svg('path', { d, class: 'link-hit', 'data-weight': `${l}-${i}-${j}` });
          const title = svg('title');
          hit.append(title);
          hit.addEventListener('click', () => this.handlers.weight(l, i, j));
          this.links.append(line, hit);
          row.push({ line, title, hit });
        });
        layer.push(row);
      });
      this.paths.push(layer);
    }
  }

  node(x, y, kind, label, onclick) {
    const div = document.createElement('div');
    div.className = 'neuron ' + kind;
    div.style.left = x + 'px';
    div.style.top = y + 'px';
    const canvas = document.createElement('canvas');
    canvas.width = NODE;
    canvas.height = NODE;
    div.append(canvas);
    const name = document.createElement('span');
    name.className = kind === 'hidden' || kind === 'out' ? 'name below' : 'name';
    name.textContent = label;
    div.append(name);
    if (onclick) div.addEventListener('click', onclick);
    this.root.append(div);
    return div;
  }

  /** Draws a state: every neuron's heat map, every weight's line and its value and gradient on hover. */
  update(state, grid) {
    state.neurons.forEach((layer, l) => layer.forEach((values, k) => {
      const c = this.canvases[l] && this.canvases[l][k];
      if (c) drawHeatmap(c, values, grid);
    }));
    const out = this.canvases[this.canvases.length - 1][0];
    if (out && state.output) drawHeatmap(out, state.output, Math.round(Math.sqrt(state.output.length)));
    state.weights.forEach((m, l) => m.forEach((row, i) => row.forEach((w, j) => {
      const p = this.paths[l] && this.paths[l][i] && this.paths[l][i][j];
      if (!p) return;
      p.line.style.stroke = css(w > 0 ? 1 : -1);
      p.line.style.strokeWidth = Math.min(8, 0.6 + Math.abs(w) * 1.6).toFixed(2);
      p.line.classList.toggle('selected', this.selected === `${l}-${i}-${j}`);
      p.title.textContent = `weight ${w.toFixed(4)}, ∂L/∂w ${state.gradients[l][i][j].toExponential(3)} — click for the learning rule`;
    })));
  }
}

function button(text, onclick) {
  const b = document.createElement('button');
  b.textContent = text;
  b.addEventListener('click', onclick);
  return b;
}
