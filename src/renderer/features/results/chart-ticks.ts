// The value axis of Auswertung's bar drawings: whole-number ticks at 1, 2 or 5 times a power of
// ten, from 0 to the first tick at or above the largest value (every series counts operations
// or cases, so no tick falls between two whole numbers).

/** About this many steps between 0 and the largest value. */
const STEPS = 4;

/** Ticks from 0 to the axis end, e.g. 0, 500, 1000, 1500, 2000 for 1 700. */
export function valueTicks(max: number): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const raw = max / STEPS;
  const power = 10 ** Math.floor(Math.log10(raw));
  const factor = [1, 2, 5, 10].find((f) => f * power >= raw) ?? 10;
  const step = Math.max(1, factor * power);
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  return ticks;
}

/** Where a value sits on an axis ending at `top`, in percent (0–100). */
export function percentOf(value: number, top: number): number {
  if (!(top > 0)) return 0;
  return Math.min(100, Math.max(0, (value / top) * 100));
}
