// One part of Auswertung: its heading, a bar drawing (when it has one) and the table with the
// same numbers. The drawing is a picture for the eye; the table is what screen readers, the CSV
// and the Lagebild read, so every drawing has its table right below it. A drawing is made once
// it comes near the viewport; a long table shows its first rows until asked for all (the CSV
// and the Lagebild always hold every row). Every filter change gives every section a new table,
// so what stays the same (the heading) is memoised, and the scroll box is a plain element rather
// than a Mantine component drawn again each time.
import { Button, Paper, Text, Title } from '@mantine/core';
import { memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SituationTable } from '@shared/results';
import { useLang } from '../../ui/useLabel';
import { BarDrawing, type BarPoint } from './BarDrawing';
import { numberFormatter } from './situation-format';
import classes from './SituationTable.module.css';
import { SituationTableView } from './SituationTableView';
import { useInView } from './useInView';

/** Rows shown before "show all": a year's repeated premises run into the thousands. */
export const FIRST_ROWS = 100;

export interface ChartData {
  points: BarPoint[];
  /** Bars along the horizontal axis, names on the left (long names, e.g. agencies). */
  horizontal?: boolean;
}

/** The section's heading: the same text after a filter change, so not drawn again. */
const SectionTitle = memo(function SectionTitle({ id, text }: { id: string; text: string }) {
  return (
    <Title order={2} size="h4" id={id} mb="sm">
      {text}
    </Title>
  );
});

function SituationSectionView({ table, chart }: { table: SituationTable; chart?: ChartData }) {
  const { t } = useTranslation('results');
  const lang = useLang();
  const headingId = useId();
  const [chartRef, chartVisible] = useInView<HTMLDivElement>();
  const [all, setAll] = useState(false);
  // One formatter per language: a new one per render would redraw every unchanged drawing.
  const format = useMemo(() => numberFormatter(lang), [lang]);
  const rows = all ? table.rows : table.rows.slice(0, FIRST_ROWS);
  const horizontal = chart?.horizontal ?? false;
  // A horizontal drawing: 32 px per bar and one row for the axis.
  const chartHeight = horizontal ? ((chart?.points.length ?? 0) + 1) * 32 : 220;
  return (
    <Paper withBorder p="md" data-testid={`situation-${table.key}`}>
      <SectionTitle id={headingId} text={table.heading} />
      {chart && chart.points.length > 0 && (
        <div
          ref={chartRef}
          role="img"
          aria-label={t('situation.chartLabel', { title: table.heading })}
          // The drawing's height is kept before it is made, so the page does not jump.
          style={{ minHeight: chartHeight }}
        >
          {chartVisible && (
            <BarDrawing
              points={chart.points}
              horizontal={horizontal}
              height={chartHeight}
              format={format}
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
        <div className={classes.scroll} tabIndex={0} role="region" aria-labelledby={headingId}>
          <SituationTableView table={table} rows={rows} headingId={headingId} lang={lang} />
        </div>
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

/** A section whose table and drawing are the same objects is not rendered again. */
export const SituationSection = memo(SituationSectionView);
