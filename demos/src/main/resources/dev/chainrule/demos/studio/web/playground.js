// Page 2: the Playground. The page holds the settings; the server holds this tab's model (made with
// POST /api/playground/models), trains it with chainrule and streams its state as server-sent events.
import { NetworkView } from './network.js';
import { drawHeatmap, drawPoints, drawScale, drawCurve } from './heatmap.js';
import { renderRule } from './rule.js';
import { el } from './format.js';

const $ = id => document.getElementById(id);
const API = '/api/playground/models';
const FEATURES = [['x1', 'x₁'], ['x2', 'x₂'], ['x1_squared', 'x₁²'], ['x2_squared', 'x₂²'], ['x1_times_x2', 'x₁x₂'],
  ['sin_x1', 'sin(x₁)'], ['sin_x2', 'sin(x₂)']];
const DATASETS = { classification: [['circle', 'Circle'], ['xor', 'Exclusive or'], ['gauss', 'Gaussian'], ['spiral', 'Spiral']],
  regression: [['plane', 'Plane'], ['multigauss', 'Multi-Gaussian']] };

const settings = { problem: 'classification', dataset: 'circle', trainPercent: 50, noise: 0, batchSize: 10,
  features: ['x1', 'x2'], hidden: [4, 2], activation: 'tanh', learningRate: 0.03, regularization: 'none',
  regularizationRate: 0, seed: 1, csv: null, axes: [0, 1] };
let model = null, events = null, view = null, state = null, running = false, selectedWeight = null, ruleTimer = null;
let csvColumns = [];

/** Seed 002, Exercise 3: the settings of its tasks. */
const ALL = FEATURES.map(f => f[0]);
const TASK2 = { dataset: 'spiral', features: ALL, hidden: [8, 8, 8, 8, 8, 8], activation: 'relu', learningRate: 0.03,
  trainPercent: 20, regularization: 'none', regularizationRate: 0 };
const PRESETS = {
  task1: { dataset: 'spiral', features: ['x1', 'x2'], hidden: [8, 8, 8], activation: 'tanh', learningRate: 0.1,
    trainPercent: 50, regularization: 'none', regularizationRate: 0 },
  task2: TASK2,
  'task2-l1': { ...TASK2, regularization: 'l1', regularizationRate: 0.003 },
  'task2-l2': { ...TASK2, regularization: 'l2', regularizationRate: 0.001 },
};

function applyPreset(name) {
  const p = PRESETS[name];
  if (!p) return;
  Object.assign(settings, { problem: 'classification', noise: 0, batchSize: 10, csv: null }, structuredClone(p));
  for (const key of ['learningRate', 'activation', 'regularization', 'regularizationRate', 'problem']) {
    $(key).value = String(settings[key]);
  }
  for (const key of ['trainPercent', 'noise', 'batchSize']) {
    $(key).value = settings[key];
    $(key).dispatchEvent(new Event('input'));
  }
  datasetButtons();
  rebuild();
}

async function call(path, method = 'POST', body) {
  const r = await fetch(path, { method, body: body === undefined ? undefined : JSON.stringify(body),
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' } });
  const json = r.status === 204 ? {} : await r.json();
  if (!r.ok) throw new Error(json.error ? json.error.message : 'HTTP ' + r.status);
  return json;
}

/** A new model for the current settings (the old one is closed): the data, the network and the pictures anew. */
async function rebuild() {
  setRunning(false);
  closeModel();
  $('data-error').textContent = '';
  const body = { ...settings };
  if (settings.dataset !== 'csv') delete body.csv;
  let made;
  try {
    made = await call(API, 'POST', body);
  } catch (e) {
    $('data-error').textContent = e.message;
    document.body.dataset.model = 'error';
    return;
  }
  model = made;
  state = made;
  document.body.dataset.model = made.id;
  const inputs = settings.dataset === 'csv'
    ? made.inputNames.map(n => ({ name: n, label: n, active: true }))
    : FEATURES.map(([name, label]) => ({ name, label, active: settings.features.includes(name) }));
  view = new NetworkView($('network'), inputs, settings.hidden, { toggle: toggleFeature, neurons: changeNeurons, weight: showRule });
  $('layers-count').textContent = `${settings.hidden.length} HIDDEN LAYER${settings.hidden.length === 1 ? '' : 'S'}`;
  $('x-axis').textContent = made.axisNames[0];
  $('y-axis').textContent = made.axisNames[1];
  hideRule();
  draw(made);
  events = new EventSource(`${API}/${made.id}/events`);
  events.addEventListener('state', ev => draw(JSON.parse(ev.data)));
  events.addEventListener('closed', () => lost('this model was closed on the server'));
  events.onerror = () => { if (events && events.readyState === EventSource.CLOSED) lost('the connection to the studio server was lost'); };
}

/** The model is gone (the server stopped, or dropped it): say so, and how to go on. */
function lost(why) {
  if (events) events.close();
  events = null;
  setRunning(false);
  $('data-error').textContent = `${why}; press Regenerate or reload the page to train a new one.`;
}

function closeModel() {
  if (events) events.close();
  events = null;
  if (model) navigator.sendBeacon(`${API}/${model.id}/close`);
  model = null;
}

function draw(s) {
  state = { ...state, ...s };
  $('epoch').textContent = String(state.epoch).padStart(6, '0').replace(/(\d{3})(\d{3})$/, '$1,$2');
  $('test-loss').textContent = state.testLoss === null ? 'NaN' : state.testLoss.toFixed(3);
  $('train-loss').textContent = state.trainLoss === null ? 'NaN' : state.trainLoss.toFixed(3);
  $('test-loss').dataset.value = state.testLoss;
  if (s.running === false && running) setRunning(false);
  if (s.problem) $('data-error').textContent = 'training stopped: ' + s.problem;
  else if (s.trainLoss === null && state.epoch > 0) {
    $('data-error').textContent = `the loss became NaN or infinite at epoch ${state.epoch}, so training stopped: `
      + 'try a smaller learning rate, then ⟲';
  }
  drawCurve($('curve'), state.curve);
  const canvas = $('heatmap');
  drawHeatmap(canvas, state.output, Math.round(Math.sqrt(state.output.length)), $('discretize').checked);
  const classification = settings.problem === 'classification';
  drawPoints(canvas, state.trainPoints, state.domain, false, classification);
  if ($('show-test').checked) drawPoints(canvas, state.testPoints, state.domain, true, classification);
  if (view) view.update(state, Math.round(Math.sqrt(state.neurons[0][0] ? state.neurons[0][0].length : 256)));
}

function setRunning(on) {
  running = on;
  $('play').textContent = on ? '❚❚' : '▶';
  $('play').classList.toggle('playing', on);
}

async function play() {
  if (!model) return;
  const next = !running;
  setRunning(next);
  try {
    draw(await call(`${API}/${model.id}/${next ? 'play' : 'pause'}`));
  } catch (e) {
    $('data-error').textContent = e.message;
  }
}

async function act(action) {
  if (!model) return;
  setRunning(false);
  try {
    draw(await call(`${API}/${model.id}/${action}`));
    if (selectedWeight) showRule(...selectedWeight);
  } catch (e) {
    $('data-error').textContent = e.message;
  }
}

async function live(change) {
  Object.assign(settings, change);
  if (!model) return;
  try {
    draw(await call(`${API}/${model.id}/settings`, 'POST', change));
  } catch (e) {
    $('data-error').textContent = e.message;
  }
}

function toggleFeature(name) {
  const on = settings.features.includes(name);
  if (on && settings.features.length === 1) return;
  settings.features = on ? settings.features.filter(f => f !== name) : FEATURES.map(f => f[0]).filter(f => f === name || settings.features.includes(f));
  rebuild();
}

function changeNeurons(layer, delta) {
  settings.hidden[layer] = Math.max(1, Math.min(8, settings.hidden[layer] + delta));
  rebuild();
}

async function showRule(l, i, j) {
  if (!model) return;
  selectedWeight = [l, i, j];
  if (view) view.selected = `${l}-${i}-${j}`;
  if (state) draw({});
  try {
    const r = await call(`${API}/${model.id}/weight?layer=${l}&from=${i}&to=${j}`, 'GET');
    $('rule').hidden = false;
    renderRule($('rule-body'), r);
  } catch (e) {
    $('rule-body').textContent = e.message;
  }
  clearTimeout(ruleTimer);
  ruleTimer = setTimeout(() => { if (selectedWeight && running) showRule(...selectedWeight); }, 1000);
}

function hideRule() {
  selectedWeight = null;
  clearTimeout(ruleTimer);
  $('rule').hidden = true;
  if (view) view.selected = null;
}

function datasetButtons() {
  const root = $('datasets');
  root.replaceChildren(...DATASETS[settings.problem].map(([name, label]) => el('button', {
    class: 'dataset' + (settings.dataset === name ? ' selected' : ''), 'data-dataset': name,
    onclick: () => { settings.dataset = name; settings.csv = null; $('axes').hidden = true; datasetButtons(); rebuild(); } }, label)));
}

async function loadCsv(file) {
  const text = await file.text();
  const header = text.split(/\r?\n/).find(l => l.trim() !== '') || '';
  csvColumns = header.replace(/^#/, '').split(',').map(s => s.trim()).slice(0, -1);
  settings.dataset = 'csv';
  settings.csv = text;
  settings.axes = [0, Math.min(1, csvColumns.length - 1)];
  for (const [id, k] of [['axis-x', 0], ['axis-y', 1]]) {
    $(id).replaceChildren(...csvColumns.map((c, n) => el('option', { value: n, selected: n === settings.axes[k] }, c)));
  }
  $('axes').hidden = csvColumns.length <= 2;
  datasetButtons();
  rebuild();
}

function slider(id, key, format = v => v) {
  const input = $(id);
  const show = () => { $(id + '-value').textContent = format(input.value); };
  input.addEventListener('input', show);
  input.addEventListener('change', () => {
    settings[key] = Number(input.value);
    if (key === 'batchSize') live({ batchSize: settings.batchSize });
    else rebuild();
  });
  show();
}

function wire() {
  $('play').addEventListener('click', play);
  $('step').addEventListener('click', () => act('step'));
  $('reset').addEventListener('click', () => act('reset'));
  $('regenerate').addEventListener('click', () => { settings.seed = (settings.seed * 7919 + 17) % 4294967295; rebuild(); });
  $('learningRate').addEventListener('change', e => live({ learningRate: Number(e.target.value) }));
  $('regularization').addEventListener('change', e => live({ regularization: e.target.value }));
  $('regularizationRate').addEventListener('change', e => live({ regularizationRate: Number(e.target.value) }));
  $('activation').addEventListener('change', e => { settings.activation = e.target.value; rebuild(); });
  $('problem').addEventListener('change', e => {
    settings.problem = e.target.value;
    settings.dataset = DATASETS[settings.problem][0][0];
    settings.csv = null;
    $('problem-note').textContent = settings.problem === 'regression' ? 'Regression: a linear output, the colour is the predicted value.' : '';
    datasetButtons();
    rebuild();
  });
  $('add-layer').addEventListener('click', () => { if (settings.hidden.length < 6) { settings.hidden.push(2); rebuild(); } });
  $('remove-layer').addEventListener('click', () => { if (settings.hidden.length > 0) { settings.hidden.pop(); rebuild(); } });
  $('csv').addEventListener('change', e => { if (e.target.files[0]) loadCsv(e.target.files[0]); });
  $('axis-x').addEventListener('change', e => { settings.axes = [Number(e.target.value), settings.axes[1]]; rebuild(); });
  $('axis-y').addEventListener('change', e => { settings.axes = [settings.axes[0], Number(e.target.value)]; rebuild(); });
  $('show-test').addEventListener('change', () => state && draw({}));
  $('discretize').addEventListener('change', () => state && draw({}));
  $('rule-close').addEventListener('click', hideRule);
  document.addEventListener('keydown', e => { if (e.key === ' ' && e.target === document.body) { e.preventDefault(); play(); } });
  window.addEventListener('pagehide', closeModel);
  document.querySelectorAll('[data-preset]').forEach(b => b.addEventListener('click', () => applyPreset(b.dataset.preset)));
  slider('trainPercent', 'trainPercent', v => v + '%');
  slider('noise', 'noise');
  slider('batchSize', 'batchSize');
  drawScale($('scale'));
  datasetButtons();
}

wire();
const preset = new URLSearchParams(location.search).get('preset');
if (preset && PRESETS[preset]) applyPreset(preset); else rebuild();
