// The learning rule of a clicked weight, live: the optimiser's update with its numbers, and ∂L/∂w as the sum over
// the paths through the network, each path's product of local derivatives (numbers at the first training point)
// and its share of the gradient (the mean over the training points).
import { el } from './format.js';

const fmt = v => (typeof v === 'number' ? (Math.abs(v) >= 1e-3 || v === 0 ? v.toFixed(4) : v.toExponential(2)) : String(v))
  .replace('-', '−');

export function renderRule(root, r) {
  const parts = [];
  parts.push(el('p', { class: 'weight-title' }, `The weight from ${r.fromName} to ${r.toName}: w = ${fmt(r.w)}, `
    + `its gradient on the ${r.points} training points ∂L/∂w = ${fmt(r.grad)}.`));
  parts.push(el('div', { class: 'update' }, el('code', { class: 'formula' }, r.rule), el('br'),
    el('code', { class: 'numbers' }, r.numbers)));
  parts.push(el('p', { class: 'hint' }, `η = ${r.eta}` + (r.regularization === 'none' ? '' : `, λ = ${r.lambda} (${r.regularization.toUpperCase()})`)
    + '. Each step of SGD applies this rule with the gradient of its mini-batch; shown here with the gradient on all the training points.'));
  parts.push(el('h3', {}, `∂L/∂w as the sum over the ${r.pathCount} path${r.pathCount === 1 ? '' : 's'} from w to the output`));
  parts.push(el('p', { class: 'hint' }, 'With L = ½·mean((ŷ − y)²), each path contributes the mean over the points of the product of '
    + 'the local derivatives along it: the input of w, ∂a/∂z of each neuron it passes (the activation\'s own rule: '
    + `${[...new Set(r.slopeRules)].join('; ')}), the weights between them, and ŷ − y.`));
  const rows = r.paths.map(p => el('tr', {},
    el('td', {}, p.neurons.join(' → ')),
    el('td', { class: 'factors' }, el('div', {}, p.factors.map(f => f.symbol.includes(' ') ? `(${f.symbol})` : f.symbol).join(' · ')),
      el('div', { class: 'values' }, p.factors.map(f => (f.value < 0 ? `(${fmt(f.value)})` : fmt(f.value))).join(' · '))),
    el('td', { class: 'num' }, fmt(p.firstPoint)),
    el('td', { class: 'num' }, fmt(p.contribution))));
  parts.push(el('table', { class: 'paths' },
    el('thead', {}, el('tr', {}, el('th', {}, 'path'), el('th', {}, 'factors at the first training point'),
      el('th', {}, 'product'), el('th', {}, 'mean over the points'))),
    el('tbody', {}, rows)));
  if (r.paths.length < r.pathCount) {
    parts.push(el('p', { class: 'hint' }, `The ${r.paths.length} largest of ${r.pathCount} paths are listed`
      + (r.pathsSummed < r.pathCount ? `; ${r.pathsSummed} of them are summed (the rest would take too long).` : '.')));
  }
  parts.push(el('p', { class: 'sum ' + (r.matches ? 'ok' : 'off') },
    `Σ over the paths = ${fmt(r.sumOfPaths)} `, r.matches ? `✓ equals ∂L/∂w = ${fmt(r.grad)} from chainrule's reverse mode`
      : `(∂L/∂w from chainrule's reverse mode: ${fmt(r.grad)})`));
  root.replaceChildren(...parts);
}
