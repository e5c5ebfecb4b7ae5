// A bar chart for Auswertung drawn with @mantine/charts (recharts), as issue 17 names. A filter
// change used to redraw every chart through recharts, measuring its tick texts in the DOM each
// time; here a chart is drawn again only when one of its own bars, its orientation, size or
// number format changed, so a filter that leaves a chart's numbers alone costs it nothing. The
// picture is for the eye only: its table below says the same in text (the caller labels it).
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { memo, useMemo } from 'react';
import type { BarPoint } from './BarDrawing';

interface Props {
  points: readonly BarPoint[];
  /** Bars along the horizontal axis, names on the left (long names, e.g. agencies). */
  horizontal: boolean;
  height: number;
  /** The series' name (the table's number column). */
  seriesLabel: string;
  format(n: number): string;
}

// Kept outside the render: new objects per render would make recharts rebuild its axes.
const HORIZONTAL_X = { allowDecimals: false };
const HORIZONTAL_Y = { width: 180, interval: 0 };
const VERTICAL_Y = { allowDecimals: false };
const NO_A11Y_LAYER = { accessibilityLayer: false };
// Drawn at once: a growing bar says nothing, and an animation kept the page redrawing for
// 400 ms after the numbers were there.
const NO_ANIMATION = { isAnimationActive: false };

function ChartDrawingView({ points, horizontal, height, seriesLabel, format }: Props) {
  const series = useMemo(
    () => [{ name: 'value', label: seriesLabel, color: 'blue.6' }],
    [seriesLabel],
  );
  // recharts takes a mutable array; the points are never changed, only read.
  const data = useMemo(() => [...points], [points]);
  return (
    <BarChart
      h={height}
      data={data}
      dataKey="name"
      orientation={horizontal ? 'vertical' : 'horizontal'}
      series={series}
      tickLine="none"
      withTooltip={false}
      // Axis ticks as the tables show numbers: "120.000", not "120000".
      valueFormatter={format}
      // Counts: whole-number ticks only; every name on its bar.
      xAxisProps={horizontal ? HORIZONTAL_X : undefined}
      yAxisProps={horizontal ? HORIZONTAL_Y : VERTICAL_Y}
      barChartProps={NO_A11Y_LAYER}
      barProps={NO_ANIMATION}
    />
  );
}

const samePoints = (a: readonly BarPoint[], b: readonly BarPoint[]) =>
  a.length === b.length && a.every((p, i) => p.name === b[i]?.name && p.value === b[i]?.value);

/** Redrawn only when a bar, the orientation, the size, the label or the number format changed. */
export const ChartDrawing = memo(
  ChartDrawingView,
  (a, b) =>
    a.horizontal === b.horizontal &&
    a.height === b.height &&
    a.seriesLabel === b.seriesLabel &&
    a.format === b.format &&
    samePoints(a.points, b.points),
);
