// Scales and ticks for the dashboard's hand-drawn SVG charts: small pure
// functions, so the charts need no charting library.

/** A "nice" step (1, 2, 2.5 or 5 × 10^n) that splits `span` into about `count` parts. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** Tick values from a nice number at or below `min` to one at or above `max`, about five of them. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  const low = Math.min(0, min);
  const high = Math.max(0, max);
  if (low === high) return [0, 1];
  const step = niceStep(high - low, count);
  const start = Math.floor(low / step) * step;
  const end = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let value = start; value <= end + step / 2; value += step) ticks.push(Math.round(value * 1e6) / 1e6);
  return ticks;
}

/** A linear map from the domain [d0, d1] onto the range [r0, r1]. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** About how wide a label is at 12 px (for axis room and label thinning; no DOM measuring). */
export const textWidth = (text: string): number => text.length * 6.8;

export type Margin = { top: number; right: number; bottom: number; left: number };

/**
 * The plot area of a chart with a value axis on the left: room for the widest
 * tick label, the margins, and `below` pixels of x-axis labels; `y` maps a
 * value between the first and last tick onto it.
 */
export function plotArea(ticks: readonly number[], labels: readonly string[], size: { width: number; height: number }, margin: Margin, below: number) {
  const left = margin.left + Math.ceil(Math.max(...labels.map(textWidth))) + 10;
  const right = size.width - margin.right;
  const top = margin.top;
  const bottom = size.height - margin.bottom - below;
  return { left, right, top, bottom, y: linearScale(ticks[0]!, ticks.at(-1)!, bottom, top) };
}

/**
 * Which x labels to show: the first and the last always, the ones between
 * only where they keep `gap` pixels from their neighbours.
 */
export function visibleTicks(positions: readonly number[], labels: readonly string[], gap: number): boolean[] {
  const n = positions.length;
  const shown = new Array<boolean>(n).fill(false);
  if (n === 0) return shown;
  const half = (i: number) => textWidth(labels[i] ?? "") / 2;
  shown[0] = true;
  if (n > 1) shown[n - 1] = true;
  let lastRight = positions[0]! + half(0);
  const endLeft = n > 1 ? positions[n - 1]! - half(n - 1) : Infinity;
  for (let i = 1; i < n - 1; i++) {
    const left = positions[i]! - half(i);
    const right = positions[i]! + half(i);
    if (left - lastRight >= gap && endLeft - right >= gap) {
      shown[i] = true;
      lastRight = right;
    }
  }
  return shown;
}

/** The index of the position nearest to x. */
export function nearestIndex(positions: readonly number[], x: number): number {
  let best = 0;
  for (let i = 1; i < positions.length; i++) if (Math.abs(positions[i]! - x) < Math.abs(positions[best]! - x)) best = i;
  return best;
}

/** A bar with its top corners rounded by r. */
export function roundedTopBar(x: number, y: number, width: number, height: number, r: number): string {
  if (height <= 0 || width <= 0) return "";
  const radius = Math.min(r, width / 2, height);
  return `M${x},${y + height}V${y + radius}Q${x},${y} ${x + radius},${y}H${x + width - radius}Q${x + width},${y} ${x + width},${y + radius}V${y + height}Z`;
}

/** A bar below the zero line, rounded at the bottom (the end away from zero). */
export function roundedBottomBar(x: number, y: number, width: number, height: number, r: number): string {
  if (height <= 0 || width <= 0) return "";
  const radius = Math.min(r, width / 2, height);
  const bottom = y + height;
  return `M${x},${y}V${bottom - radius}Q${x},${bottom} ${x + radius},${bottom}H${x + width - radius}Q${x + width},${bottom} ${x + width},${bottom - radius}V${y}Z`;
}

/**
 * One ring segment of a donut, from angle a0 to a1 (radians, counter-clockwise
 * from three o'clock, as a clock-face reader would expect a pie to start).
 */
export function ringSegment(cx: number, cy: number, inner: number, outer: number, a0: number, a1: number): string {
  const sweep = a1 - a0;
  if (sweep >= Math.PI * 2 - 1e-9) {
    // A whole ring: two halves, since one arc can't start and end at the same point.
    return [
      `M${cx + outer},${cy}`,
      `A${outer},${outer} 0 1 0 ${cx - outer},${cy}`,
      `A${outer},${outer} 0 1 0 ${cx + outer},${cy}`,
      `M${cx + inner},${cy}`,
      `A${inner},${inner} 0 1 1 ${cx - inner},${cy}`,
      `A${inner},${inner} 0 1 1 ${cx + inner},${cy}`,
      "Z",
    ].join("");
  }
  const point = (r: number, a: number) => `${cx + r * Math.cos(a)},${cy - r * Math.sin(a)}`;
  const large = sweep > Math.PI ? 1 : 0;
  return [
    `M${point(outer, a0)}`,
    `A${outer},${outer} 0 ${large} 0 ${point(outer, a1)}`,
    `L${point(inner, a1)}`,
    `A${inner},${inner} 0 ${large} 1 ${point(inner, a0)}`,
    "Z",
  ].join("");
}
