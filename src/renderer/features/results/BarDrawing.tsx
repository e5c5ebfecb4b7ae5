// A bar drawing for Auswertung: bars, grid lines and tick labels as plain boxes sized in
// percent. It replaced @mantine/charts' BarChart (recharts) here because a filter change redrew
// every chart in SVG through recharts' own store, measuring tick texts in the DOM — most of a
// filter change's script time over 10 000 operations (docs/ARCHITECTURE.md, Auswertung). Even
// memoised per chart, recharts took twice as long per filter change as these boxes, measured in
// one bench run (every filter moves every chart's numbers, so each chart redraws anyway). The
// picture is for the eye only: its table below says the same in text (the caller labels it).
import { memo } from 'react';
import { percentOf, valueTicks } from './chart-ticks';
import classes from './BarDrawing.module.css';

export interface BarPoint {
  name: string;
  value: number;
}

interface Props {
  points: readonly BarPoint[];
  /** Bars along the horizontal axis, names on the left (long names, e.g. agencies). */
  horizontal: boolean;
  /** Height of a vertical drawing in px (a horizontal one takes 32 px per bar). */
  height: number;
  format(n: number): string;
}

/** Every n-th month named under the columns, so about twelve names fit. */
const MAX_COLUMN_LABELS = 12;

function BarDrawingView({ points, horizontal, height, format }: Props) {
  const ticks = valueTicks(Math.max(0, ...points.map((p) => p.value)));
  const top = ticks.at(-1) ?? 1;
  if (horizontal) {
    return (
      <div className={classes.horizontal}>
        <div className={classes.grid} style={{ gridRow: `1 / span ${points.length}` }}>
          {ticks.map((t) => (
            <span key={t} className={classes.vline} style={{ left: `${percentOf(t, top)}%` }} />
          ))}
        </div>
        {points.map((p, i) => (
          // Placed by row, so the grid column behind them spans the same rows. Keyed by place:
          // two agencies may carry the same name.
          <HorizontalBar key={i} point={p} row={i + 1} top={top} />
        ))}
        <div className={classes.xaxis}>
          {ticks.map((t) => (
            <span key={t} className={classes.xtick} style={{ left: `${percentOf(t, top)}%` }}>
              {format(t)}
            </span>
          ))}
        </div>
      </div>
    );
  }
  const every = Math.ceil(points.length / MAX_COLUMN_LABELS);
  return (
    <div className={classes.vertical} style={{ height }}>
      <div className={classes.yaxis}>
        {ticks.map((t) => (
          <span key={t} className={classes.ytick} style={{ bottom: `${percentOf(t, top)}%` }}>
            {format(t)}
          </span>
        ))}
      </div>
      <div className={classes.plot}>
        {ticks.map((t) => (
          <span key={t} className={classes.hline} style={{ bottom: `${percentOf(t, top)}%` }} />
        ))}
        <div className={classes.columns}>
          {points.map((p, i) => (
            <span
              key={i}
              data-testid="chart-bar"
              className={classes.column}
              style={{ height: `${percentOf(p.value, top)}%` }}
            />
          ))}
        </div>
      </div>
      <div className={classes.labels}>
        {points.map((p, i) => (
          <span key={i} className={classes.label}>
            {i % every === 0 ? p.name : ''}
          </span>
        ))}
      </div>
    </div>
  );
}

function HorizontalBar({ point, row, top }: { point: BarPoint; row: number; top: number }) {
  return (
    <>
      <span className={classes.name} style={{ gridRow: row, gridColumn: 1 }}>
        <span className={classes.nameText} title={point.name}>
          {point.name}
        </span>
      </span>
      <span className={classes.track} style={{ gridRow: row, gridColumn: 2 }}>
        <span
          data-testid="chart-bar"
          className={classes.hbar}
          style={{ width: `${percentOf(point.value, top)}%` }}
        />
      </span>
    </>
  );
}

const samePoints = (a: readonly BarPoint[], b: readonly BarPoint[]) =>
  a.length === b.length && a.every((p, i) => p.name === b[i]?.name && p.value === b[i]?.value);

/** Redrawn only when a bar, the orientation or the number format changed. */
export const BarDrawing = memo(
  BarDrawingView,
  (a, b) =>
    a.horizontal === b.horizontal &&
    a.height === b.height &&
    a.format === b.format &&
    samePoints(a.points, b.points),
);
