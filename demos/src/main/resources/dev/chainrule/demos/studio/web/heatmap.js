// The Playground's pictures on canvas: a heat map of values in [-1, 1] from orange (negative) through near-white to
// blue (positive), the data points on it, the colour scale and the loss curves.

const NEG = [245, 147, 34], MID = [232, 234, 235], POS = [8, 119, 189];

/** The colour of v in [-1, 1] as [r, g, b]. */
export function color(v) {
  const t = Math.max(-1, Math.min(1, Number.isFinite(v) ? v : 0));
  const [from, to, f] = t < 0 ? [MID, NEG, -t] : [MID, POS, t];
  return from.map((c, i) => Math.round(c + (to[i] - c) * f));
}

export function css(v) {
  const [r, g, b] = color(v);
  return `rgb(${r}, ${g}, ${b})`;
}

/** Draws n × n values (rows from the top) stretched over the canvas. */
export function drawHeatmap(canvas, values, n, discretize = false) {
  const small = document.createElement('canvas');
  small.width = n;
  small.height = n;
  const ctx = small.getContext('2d');
  const image = ctx.createImageData(n, n);
  for (let i = 0; i < n * n; i++) {
    const v = discretize ? Math.sign(values[i]) : values[i];
    const [r, g, b] = color(v);
    image.data.set([r, g, b, 255], i * 4);
  }
  ctx.putImageData(image, 0, 0);
  const big = canvas.getContext('2d');
  big.imageSmoothingEnabled = !discretize;
  big.clearRect(0, 0, canvas.width, canvas.height);
  big.drawImage(small, 0, 0, canvas.width, canvas.height);
}

/** Draws points [a, b, label] of domain [xmin, xmax, ymin, ymax]; test points with a dark ring. */
export function drawPoints(canvas, points, domain, test, classification) {
  const ctx = canvas.getContext('2d');
  const [x0, x1, y0, y1] = domain;
  for (const [a, b, label] of points) {
    const x = (a - x0) / (x1 - x0) * canvas.width, y = (y1 - b) / (y1 - y0) * canvas.height;
    ctx.beginPath();
    ctx.arc(x, y, 3.6, 0, 2 * Math.PI);
    ctx.fillStyle = css(classification ? 2 * label - 1 : label);
    ctx.fill();
    ctx.lineWidth = 0.8;
    ctx.strokeStyle = test ? '#000' : 'rgba(255, 255, 255, 0.85)';
    ctx.stroke();
  }
}

export function drawScale(canvas) {
  const ctx = canvas.getContext('2d');
  for (let x = 0; x < canvas.width; x++) {
    ctx.fillStyle = css(x / (canvas.width - 1) * 2 - 1);
    ctx.fillRect(x, 0, 1, canvas.height);
  }
}

/** The loss curves: [[epoch, train, test], ...]; training grey, test black. */
export function drawCurve(canvas, curve) {
  const ctx = canvas.getContext('2d');
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  const finite = curve.flatMap(p => [p[1], p[2]]).filter(v => v !== null && Number.isFinite(v));
  if (curve.length < 2 || finite.length === 0) return;
  const top = Math.max(...finite, 1e-9), last = curve[curve.length - 1][0] || 1;
  for (const [k, colour] of [[1, '#999'], [2, '#111']]) {
    ctx.beginPath();
    curve.forEach((p, i) => {
      if (p[k] === null) return;
      const x = p[0] / last * (canvas.width - 2) + 1, y = canvas.height - 2 - p[k] / top * (canvas.height - 4);
      i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y);
    });
    ctx.strokeStyle = colour;
    ctx.lineWidth = 1.5;
    ctx.stroke();
  }
}
