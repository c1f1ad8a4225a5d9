// Page 1: a .chain program, re-evaluated by chainrule on every edit (debounced), drawn as its graph, with the checks,
// the updated parameters and, for a clicked node, its local derivatives and the chain rule that made its gradient.
import { Editor } from './editor.js';
import { drawGraph } from './graph.js';
import { el, num, tensorBlock, shapeText, debounce } from './format.js';

const $ = id => document.getElementById(id);
let selected = null;
let latest = null;
let asked = 0;

const editor = new Editor($('editor'), debounce(evaluate, 250));
$('lr').addEventListener('input', debounce(evaluate, 250));
$('of').addEventListener('input', debounce(evaluate, 250));

async function loadExamples() {
  const response = await fetch('/api/examples');
  const examples = await response.json();
  const menu = $('examples');
  for (const e of examples) menu.append(el('option', { value: e.name }, e.name));
  menu.addEventListener('change', () => {
    const e = examples.find(x => x.name === menu.value);
    if (e) {
      editor.value = e.text;
      selected = null;
      evaluate();
    }
  });
  const start = new URLSearchParams(location.search).get('example') || 'seed000-ex1-tanh-step';
  const first = examples.find(x => x.name === start);
  if (first && editor.value.trim() === '') {
    menu.value = first.name;
    editor.value = first.text;
  }
  evaluate();
}

async function evaluate() {
  const n = ++asked;
  const params = new URLSearchParams();
  const lr = $('lr').value.trim();
  const of = $('of').value.trim();
  if (lr !== '') params.set('lr', lr);
  if (of !== '') params.set('of', of);
  setStatus('evaluating…', 'busy');
  let response, body;
  try {
    response = await fetch('/api/derivation?' + params, { method: 'POST', body: editor.value,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    body = await response.json();
  } catch (e) {
    if (n === asked) setStatus('the studio server does not answer: is chainrule studio still running?', 'error');
    return;
  }
  if (n !== asked) return;        // an older answer, overtaken by a newer edit
  if (!response.ok) {
    const err = body.error || { line: 0, column: 0, message: 'HTTP ' + response.status };
    editor.mark(err);
    const where = err.line > 0 ? `line ${err.line}, column ${err.column}: ` : '';
    setStatus('', 'error');
    const link = el('a', { href: '#', onclick: ev => { ev.preventDefault(); editor.goTo(err.line, err.column); } }, where);
    $('status').replaceChildren('✗ ', err.line > 0 ? link : '', err.message);
    document.body.dataset.state = 'error';
    return;
  }
  editor.mark(null);
  latest = body;
  document.body.dataset.state = 'ok';
  render(body);
}

function setStatus(text, kind) {
  $('status').textContent = text;
  $('status').className = 'status ' + kind;
}

function render(d) {
  const failed = d.checks.filter(c => !c.passed).length;
  const summary = `target ${d.target}; ${d.nodes.length} named values; `
    + (d.checks.length === 0 ? 'no checks' : `${d.checks.length - failed} of ${d.checks.length} checks hold`);
  setStatus(summary, failed === 0 ? 'ok' : 'failed');
  if (d.nonFinite) {
    $('status').append(el('div', { class: 'nonfinite' }, `✗ line ${d.nonFinite.line}, ${d.nonFinite.step}: ${d.nonFinite.message}`));
  }
  if (selected && !d.nodes.some(n => n.name === selected)) selected = null;
  drawGraph($('graph'), d, selected, select);
  renderChecks(d);
  renderUpdated(d);
  renderDetails(d);
}

function renderChecks(d) {
  $('checks').replaceChildren(...d.checks.map(c => el('li', { class: 'check ' + (c.passed ? 'passed' : 'failed'),
    'data-line': c.line },
    el('span', { class: 'mark' }, c.passed ? '✓' : '✗'), ` line ${c.line}  `, el('code', {}, c.source),
    el('span', { class: 'err' }, `  max error ${typeof c.max_error === 'number' ? c.max_error.toExponential(2) : c.max_error}`),
    c.passed ? null : el('div', { class: 'why' }, `${c.left} is `, tensorBlock(c.leftValue, c.leftValueShape),
      ' not ', tensorBlock(c.rightValue, c.rightValueShape), ` (tolerance ${c.tolerance})`))));
  if (d.checks.length === 0) $('checks').append(el('li', { class: 'hint' }, 'No check lines: add e.g. check L == 0.25 within 1e-4'));
}

function renderUpdated(d) {
  const params = d.nodes.filter(n => n.kind === 'param');
  $('updated-title').textContent = d.lr === undefined ? 'Updated parameters' : `Updated parameters: θ − η ∂${d.target}/∂θ, η = ${d.lr}`;
  if (d.lr === undefined) {
    $('updated').replaceChildren(el('p', { class: 'hint' }, 'Give a learning rate η to see one step of gradient descent.'));
    return;
  }
  $('updated').replaceChildren(...params.map(n => el('div', { class: 'param-update', 'data-param': n.name },
    el('code', {}, `${n.name} ← `), tensorBlock(n.updated, n.updatedShape))));
  if (params.length === 0) $('updated').append(el('p', { class: 'hint' }, 'The program declares no param.'));
}

function select(name) {
  selected = name;
  if (latest) render(latest);
}

function renderDetails(d) {
  const n = d.nodes.find(x => x.name === selected);
  if (!n) {
    $('details').replaceChildren(el('p', { class: 'hint' }, 'Click a node of the graph: its local derivative, and how its gradient is made.'));
    return;
  }
  const T = d.target;
  const parts = [el('h2', {}, n.kind === 'computed' ? `${n.name} = ${n.definition}` : `${n.name}`,
    el('span', { class: 'meta' }, `  line ${n.line} · ${n.kind} · ${shapeText(n.valueShape)}`))];
  parts.push(el('div', { class: 'pair' }, el('div', {}, el('h3', {}, 'value'), tensorBlock(n.value, n.valueShape)),
    el('div', {}, el('h3', {}, `∂${T}/∂${n.name}`), tensorBlock(n.grad, n.gradShape))));
  if (n.locals.length > 0) {
    parts.push(el('h3', {}, 'Local derivatives of this step (each op\'s own rule)'));
    parts.push(el('ul', { class: 'locals' }, n.locals.map(local)));
  } else {
    parts.push(el('p', { class: 'hint' }, n.kind === 'param' ? 'A parameter: a leaf, nothing to differentiate below it.'
      : 'Written as numbers: a leaf of the graph.'));
  }
  parts.push(el('h3', {}, `How ∂${T}/∂${n.name} is made: the chain rule, one term per consumer`));
  if (n.target) {
    parts.push(el('p', {}, `${n.name} is the target: ∂${T}/∂${T} = 1.`));
  } else if (!d.productsShown) {
    parts.push(el('p', { class: 'hint' }, 'The graph is too large to work out the products here.'));
  } else if (n.consumers.length === 0) {
    parts.push(el('p', {}, `${T} does not depend on ${n.name}, so ∂${T}/∂${n.name} is zero.`));
  } else {
    const terms = n.consumers.map(c => el('li', { class: 'consumer', 'data-consumer': c.name },
      el('div', {}, 'from ', el('code', {}, `${c.name} = ${c.definition}`), ':'),
      el('div', { class: 'product' },
        el('span', {}, `∂${T}/∂${c.name}`), tensorBlock(c.upstream, c.upstreamShape, 4),
        el('span', { class: 'op' }, '⟶ through'),
        el('ul', { class: 'locals' }, c.locals.map(local)),
        el('span', { class: 'op' }, '='), tensorBlock(c.product, c.productShape, 6))));
    parts.push(el('ol', { class: 'consumers' }, terms));
    parts.push(el('div', { class: 'sum ' + (n.sumMatches ? 'ok' : 'off') },
      `Σ over the ${n.consumers.length} consumer${n.consumers.length === 1 ? '' : 's'} = `, tensorBlock(n.sum, n.sumShape),
      n.sumMatches ? ` ✓ equals ∂${T}/∂${n.name}` : ` ≠ ∂${T}/∂${n.name} (two names of one value, as in y = x, share their consumers)`));
  }
  if (n.updated !== undefined) {
    parts.push(el('h3', {}, `Updated: ${n.name} − η ∂${T}/∂${n.name}, η = ${d.lr}`), tensorBlock(n.updated, n.updatedShape));
  }
  $('details').replaceChildren(...parts);
}

function local(l) {
  return el('li', {}, el('code', {}, `${l.label} = ${l.text}`), l.values === undefined ? null
    : el('span', {}, ' = ', tensorBlock(l.values, l.valuesShape, 6)));
}

loadExamples().catch(() => setStatus('cannot load the examples from the server', 'error'));
