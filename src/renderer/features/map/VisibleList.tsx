// The map's text alternative: the premises in the current view as a table, each with a button
// that opens it and one that shows it on the map. Capped, so a zoomed-out view of 50 000 premises
// does not put 50 000 rows into the page; the count says how many there are.
import { Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { TFunction } from 'i18next';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { premisesKind } from '@shared/catalog';
import type { Language } from '@shared/domain';
import { useLang } from '../../ui/useLabel';
import type { OverviewPoint } from './overview-model';
import classes from './VisibleList.module.css';

export const LIST_LIMIT = 100;

interface Props {
  /** The points in view in list order; only the first LIST_LIMIT are shown. */
  points: readonly OverviewPoint[];
  /** How many are in view (the caller may pass only the first LIST_LIMIT points). */
  total?: number;
  inspectedMonths: number | null;
  onOpen(id: string): void;
  onShow(point: OverviewPoint): void;
}

export function formatAddress(p: OverviewPoint['premises']): string {
  const a = p.address;
  const street = [a.street, a.houseNumber].filter(Boolean).join(' ');
  const town = [a.postalCode, a.city].filter(Boolean).join(' ');
  return [street, town].filter(Boolean).join(', ');
}

export function VisibleList({
  points,
  total = points.length,
  inspectedMonths,
  onOpen,
  onShow,
}: Props) {
  const { t } = useTranslation('map');
  const lang = useLang();
  const shown = points.slice(0, LIST_LIMIT);
  return (
    <section aria-labelledby="map-list-heading" data-testid="map-list">
      <Title order={2} size="h4" id="map-list-heading" mt="md" mb={4}>
        {t('list.heading')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs" id="map-list-description">
        {t('list.description')}
      </Text>
      {points.length === 0 ? (
        <Text size="sm">{t('list.noneInView')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          {/* Fixed column widths: the layout after a zoom (100 new rows) need not measure every
              cell, and the columns do not jump as the rows change with the view (B6). */}
          <Table striped layout="fixed">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="24%">{t('list.name')}</Table.Th>
                <Table.Th w="14%">{t('list.kind')}</Table.Th>
                <Table.Th w="28%">{t('list.address')}</Table.Th>
                <Table.Th w="18%">{t('list.category')}</Table.Th>
                <Table.Th w={160}>
                  <VisuallyHidden>{t('list.show')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((p) => (
                <Row
                  key={p.id}
                  point={p}
                  inspectedMonths={inspectedMonths}
                  onOpen={onOpen}
                  onShow={onShow}
                  t={t}
                  lang={lang}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {total > LIST_LIMIT && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('list.more', { count: total - LIST_LIMIT })}
        </Text>
      )}
    </section>
  );
}

interface RowProps {
  point: OverviewPoint;
  inspectedMonths: number | null;
  onOpen(id: string): void;
  onShow(point: OverviewPoint): void;
  t: TFunction<'map'>;
  lang: Language;
}

/**
 * One premises of the list. Memoised: a pan or zoom re-renders the list, and a row whose
 * premises is still listed is then skipped. Plain elements with Mantine's table classes and
 * data attributes (what Table.Tr and Table.Td would render in this striped table): after a
 * zoom most rows are new, and as Mantine components each row cost nine (B6).
 */
const Row = memo(function Row({ point: p, inspectedMonths, onOpen, onShow, t, lang }: RowProps) {
  const category =
    p.category === 'target'
      ? t('legend.target')
      : p.category === 'inspected'
        ? t('legend.inspected', { count: inspectedMonths ?? 0 })
        : // Named as in the legend: the text version says what the map's blue dot says.
          t('legend.other');
  return (
    <tr
      className={Table.classes.tr}
      data-striped="odd"
      data-with-row-border
      data-testid="map-list-row"
    >
      <td className={Table.classes.td}>
        <button
          type="button"
          className={classes.open}
          onClick={() => onOpen(p.id)}
          title={t('list.open')}
        >
          {p.premises.name}
        </button>
      </td>
      <td className={Table.classes.td}>
        {premisesKind(p.premises.kind)?.label[lang] || p.premises.kind}
      </td>
      <td className={Table.classes.td}>{formatAddress(p.premises)}</td>
      <td className={Table.classes.td}>{category}</td>
      <td className={`${Table.classes.td} ${classes.showCell}`}>
        <button
          type="button"
          className={classes.show}
          onClick={() => onShow(p)}
          aria-label={t('list.showNamed', { name: p.premises.name })}
        >
          {t('list.show')}
        </button>
      </td>
    </tr>
  );
});
