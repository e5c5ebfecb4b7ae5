// Goods seized (other than cash and tobacco, which are grid columns): what, how many, in which
// unit, per agency and premises. Quantities are whole numbers in their unit (grams, millilitres).
// Goods belong to a row: under sharing rights a member adds and removes goods only in the rows
// they may change (draft.mayEditRow); with none, the list alone is shown, without the form.
import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addGoods,
  GOODS_UNITS,
  removeGoods,
  rowKey,
  type Goods,
  type OperationResults,
} from '@shared/results';
import { useLang } from '../../../ui/useLabel';
import { cellText } from './cell-text';
import { PersonalDataHint } from './PersonalDataHint';
import type { GridRow } from './ResultsGrid';
import type { ResultsDraft } from './useResultsDraft';

export function GoodsList({
  results,
  rows,
  draft,
}: {
  results: OperationResults;
  rows: readonly GridRow[];
  draft: ResultsDraft;
}) {
  const { t } = useTranslation('results');
  const locale = useLang() === 'en' ? 'en-GB' : 'de-DE';
  const [rowIndex, setRowIndex] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [quantity, setQuantity] = useState<number | string>(1);
  const [unit, setUnit] = useState<Goods['unit']>('pieces');
  const name = (r: Pick<GridRow, 'agencyName' | 'targetName'>) =>
    `${r.agencyName} – ${r.targetName}`;
  const listed = results.rows.flatMap((r) =>
    r.goods.map((g, i) => {
      const row = rows.find((x) => rowKey(x) === rowKey(r));
      const where = row ? name(row) : rowKey(r);
      return { key: rowKey(r), index: i, goods: g, where, editable: draft.mayEditRow(r), row: r };
    }),
  );
  const editableRows = rows.filter((r) => draft.mayEditRow(r));
  const anyEditable = editableRows.length > 0;
  const chosen = rowIndex === null ? undefined : editableRows[Number(rowIndex)];
  const amount = typeof quantity === 'number' && Number.isInteger(quantity) ? quantity : 0;
  const canAdd = chosen !== undefined && description.trim() !== '' && amount >= 1;

  const add = () => {
    if (!chosen || !canAdd) return;
    const goods: Goods = { description: description.trim(), quantity: amount, unit };
    draft.editRow(chosen, `goods:add:${crypto.randomUUID()}`, (r) =>
      addGoods(r, chosen.agencyId, chosen.targetId, goods),
    );
    setDescription('');
    setQuantity(1);
  };

  return (
    <Stack gap="xs" data-testid="results-goods">
      <Title order={3} size="h4">
        {t('goods.title')}
      </Title>
      {listed.length > 0 && (
        <Table maw={900} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('goods.where')}</Table.Th>
              <Table.Th>{t('goods.description')}</Table.Th>
              <Table.Th ta="right">{t('goods.quantity')}</Table.Th>
              <Table.Th>{t('goods.unit')}</Table.Th>
              {anyEditable && (
                <Table.Th>
                  <VisuallyHidden>{t('goods.actions')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {listed.map((g) => (
              <Table.Tr key={`${g.key}:${g.index}`}>
                <Table.Td>{g.where}</Table.Td>
                <Table.Td>{g.goods.description}</Table.Td>
                {/* Grouped as the grid's numbers ("100.000.000"). */}
                <Table.Td ta="right">{cellText(g.goods.quantity, 'count', locale)}</Table.Td>
                <Table.Td>{t(`goods.units.${g.goods.unit}`)}</Table.Td>
                {anyEditable && (
                  <Table.Td>
                    {g.editable && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('goods.remove', { what: g.goods.description })}
                        onClick={() =>
                          draft.editRow(g.row, `goods:remove:${crypto.randomUUID()}`, (r) =>
                            removeGoods(r, g.key, g.goods),
                          )
                        }
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {anyEditable && (
        <>
          <Group align="flex-end" wrap="wrap">
            <Select
              label={t('goods.where')}
              data={editableRows.map((r, i) => ({ value: String(i), label: name(r) }))}
              value={rowIndex}
              onChange={setRowIndex}
              searchable
              w={320}
            />
            <TextInput
              label={t('goods.description')}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              w={240}
            />
            <NumberInput
              label={t('goods.quantity')}
              value={quantity}
              onChange={setQuantity}
              min={1}
              max={100_000_000}
              allowDecimal={false}
              allowNegative={false}
              w={140}
            />
            <Select
              label={t('goods.unit')}
              data={GOODS_UNITS.map((u) => ({ value: u, label: t(`goods.units.${u}`) }))}
              value={unit}
              onChange={(v) => {
                const found = GOODS_UNITS.find((u) => u === v);
                if (found) setUnit(found);
              }}
              allowDeselect={false}
              w={160}
            />
            <Button variant="light" disabled={!canAdd} onClick={add}>
              {t('goods.add')}
            </Button>
          </Group>
          <PersonalDataHint text={description} />
        </>
      )}
    </Stack>
  );
}
