// Name, address and notes of a place in the plan (assembly point, staging area, command post).
import { Paper, SimpleGrid, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from './context';
import { LineField, ProseField } from './fields';
import { getPlace, setPlaceField, type PlaceRef } from './lenses';

export function PlaceFields({ title, placeRef }: { title: string; placeRef: PlaceRef }) {
  const { t } = useTranslation('workspace');
  const { draft } = useWorkspace();
  const base = `${placeRef.part}.${placeRef.key}`;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <LineField
          draft={draft}
          field={`${base}.name`}
          label={t('support.placeName')}
          get={(o) => getPlace(o, placeRef).name}
          set={(v) => setPlaceField(placeRef, 'name', v)}
          data-testid={`field-${placeRef.key}-name`}
        />
        <LineField
          draft={draft}
          field={`${base}.address`}
          label={t('support.placeAddress')}
          get={(o) => getPlace(o, placeRef).address}
          set={(v) => setPlaceField(placeRef, 'address', v)}
        />
        {/* Notes run longer than a line: the field grows, so nothing is hidden behind "…". */}
        <ProseField
          draft={draft}
          field={`${base}.notes`}
          label={t('support.placeNotes')}
          minRows={1}
          maxRows={6}
          maxLength={4000}
          get={(o) => getPlace(o, placeRef).notes}
          set={(v) => setPlaceField(placeRef, 'notes', v)}
        />
      </SimpleGrid>
    </Paper>
  );
}
