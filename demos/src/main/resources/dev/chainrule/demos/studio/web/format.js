// Numbers and tensors as the page shows them. A tensor arrives as chainrule grad --format json writes it: a number,
// an array (a vector) or an array of rows (a matrix); NaN and the infinities as the strings "NaN", "Infinity".

/** A number with `decimals` decimals, or in exponent form when it is very large or very small. */
export function num(v, decimals = 4) {
  if (typeof v === 'string') return v === 'Infinity' ? '∞' : v === '-Infinity' ? '−∞' : v;
  if (v === null || v === undefined) return '';
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e6 || a < Math.pow(10, -decimals))) return v.toExponential(Math.min(3, decimals)).replace('-', '−');
  return v.toFixed(decimals).replace('-', '−');
}

/** The rows of a tensor: a scalar is one row of one number. */
export function rows(t) {
  if (!Array.isArray(t)) return [[t]];
  if (t.length === 0) return [[]];
  return Array.isArray(t[0]) ? t : [t];
}

/** A tensor as lines of text, at most maxRows × maxCols numbers with … and ⋮ for the rest. */
export function tensorLines(t, shape, decimals = 4, maxRows = 4, maxCols = 4) {
  if (t === null || t === undefined) return [`(${(shape || []).join(' × ')}: too large to show)`];
  if (!Array.isArray(t)) return [num(t, decimals)];
  const matrix = Array.isArray(t[0]);
  const rs = rows(t);
  const shown = rs.length > maxRows ? [...rs.slice(0, maxRows - 1), null, rs[rs.length - 1]] : rs;
  const lines = shown.map(r => {
    if (r === null) return ' ⋮';
    const cells = r.length > maxCols ? [...r.slice(0, maxCols - 1).map(v => num(v, decimals)), '…', num(r[r.length - 1], decimals)]
      : r.map(v => num(v, decimals));
    return '[' + cells.join(', ') + ']';
  });
  if (!matrix) return lines;
  return lines.map((l, i) => (i === 0 ? '[' : ' ') + l + (i === lines.length - 1 ? ']' : ''));
}

/** A shape as chainrule writes it: scalar, (3,) or (2, 1). */
export function shapeText(shape) {
  if (!shape || shape.length === 0) return 'scalar';
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/** The element of the DOM made from tag, attributes and children (strings become text: never HTML). */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (v !== false && v !== null && v !== undefined) e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/** A tensor as a <pre> block. */
export function tensorBlock(t, shape, decimals = 6) {
  return el('pre', { class: 'tensor' }, tensorLines(t, shape, decimals, 8, 8).join('\n'));
}

/** Calls fn once `ms` milliseconds have passed without another call. */
export function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
