// One part of Auswertung: its heading, a chart (when it has one) and the table with the same
// numbers. The chart is a picture for the eye; the table is what screen readers, the CSV and
// the Lagebild read, so every chart has its table right below it. A chart is drawn once it
// comes near the viewport; a long table shows its first rows until asked for all (the CSV and
// the Lagebild always hold every row).
import { BarChart } from '@mantine/charts';
import { Button, Paper, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SituationTable } from '@shared/results';
import { useLang } from '../../ui/useLabel';
import { numberFormatter, screenCell } from './situation-format';
import { useInView } from './useInView';

/** Rows shown before "show all": a year's repeated premises run into the thousands. */
export const FIRST_ROWS = 100;

export interface ChartData {
  points: { name: string; value: number }[];
  /** Bars along the vertical axis (long names, e.g. agencies). */
  horizontal?: boolean;
}

export function SituationSection({ table, chart }: { table: SituationTable; chart?: ChartData }) {
  const { t } = useTranslation('results');
  const lang = useLang();
  const headingId = useId();
  const [chartRef, chartVisible] = useInView<HTMLDivElement>();
  const [all, setAll] = useState(false);
  // Per column, once: asked per cell, this scanned every row again for each cell.
  const numericColumns = table.columns.map(
    (_, i) => i > 0 && table.rows.every((r) => /^[\d.,\s%-]*$/.test(r[i] ?? '')),
  );
  const numeric = (i: number) => numericColumns[i] ?? false;
  const rows = all ? table.rows : table.rows.slice(0, FIRST_ROWS);
  const chartHeight = chart?.horizontal ? Math.max(160, chart.points.length * 32) : 220;
  return (
    <Paper withBorder p="md" data-testid={`situation-${table.key}`}>
      <Title order={2} size="h4" id={headingId} mb="sm">
        {table.heading}
      </Title>
      {chart && chart.points.length > 0 && (
        <div
          ref={chartRef}
          role="img"
          aria-label={t('situation.chartLabel', { title: table.heading })}
          // The chart's height is kept before it is drawn, so the page does not jump.
          style={{ minHeight: chartHeight }}
        >
          {chartVisible && (
            <BarChart
              h={chartHeight}
              data={chart.points}
              dataKey="name"
              orientation={chart.horizontal ? 'vertical' : 'horizontal'}
              series={[{ name: 'value', label: table.columns[1] ?? '', color: 'blue.6' }]}
              tickLine="none"
              withTooltip={false}
              // Axis ticks as the tables show numbers: "120.000", not "120000".
              valueFormatter={numberFormatter(lang)}
              // Counts: whole-number ticks only; every agency's name on its bar.
              xAxisProps={chart.horizontal ? { allowDecimals: false } : undefined}
              yAxisProps={chart.horizontal ? { width: 180, interval: 0 } : { allowDecimals: false }}
              barChartProps={{ accessibilityLayer: false }}
              // Drawn at once: a growing bar says nothing, and a filter change kept the page
              // redrawing for the animation's 400 ms after the numbers were there.
              barProps={{ isAnimationActive: false }}
            />
          )}
        </div>
      )}
      {table.rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('situation.empty')}
        </Text>
      ) : (
        // The box holds no control, so it takes the focus itself: keyboard users can scroll it.
        <Table.ScrollContainer
          minWidth={420}
          type="native"
          tabIndex={0}
          role="region"
          aria-labelledby={headingId}
          mt="sm"
        >
          <Table striped aria-labelledby={headingId} data-testid={`situation-table-${table.key}`}>
            <Table.Thead>
              <Table.Tr>
                {table.columns.map((c, i) => (
                  <Table.Th key={c} ta={numeric(i) ? 'right' : 'left'}>
                    {c}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r, ri) => (
                <Table.Tr key={ri}>
                  {r.map((cell, i) => (
                    <Table.Td
                      key={i}
                      ta={numeric(i) ? 'right' : 'left'}
                      style={numeric(i) ? { whiteSpace: 'nowrap' } : undefined}
                    >
                      {screenCell(cell, lang)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {rows.length < table.rows.length && (
        <Button
          variant="subtle"
          mt="xs"
          onClick={() => setAll(true)}
          data-testid={`situation-all-${table.key}`}
        >
          {t('situation.showAll', { count: table.rows.length })}
        </Button>
      )}
    </Paper>
  );
}
