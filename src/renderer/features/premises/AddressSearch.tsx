// "Adresse suchen": type an address, pick a hit from the offline gazetteer (or the agency's
// geocoder when switched on), and the form takes its street, number, postcode, place and
// location. Works by keyboard (arrows and Enter in the list); nothing is asked of any server
// unless the user switched one on.
import { Autocomplete, Text } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GeocodeHit } from '@shared/gazetteer';
import { useAddressSearch } from '../../map/geocode';

export function AddressSearch({ onPick }: { onPick(hit: GeocodeHit): void }) {
  const { t } = useTranslation('premises');
  const [query, setQuery] = useState('');
  const { hits, pending, serverError } = useAddressSearch(query);
  const none = query.trim().length >= 3 && !pending && hits.length === 0;
  return (
    <div>
      <Autocomplete
        label={t('geocode.label')}
        description={t('geocode.hint')}
        placeholder={t('geocode.placeholder')}
        leftSection={<IconSearch size={16} />}
        value={query}
        onChange={setQuery}
        // The hits are already the search's answer: no second filtering by the list.
        filter={({ options }) => options}
        data={hits.map((h) => ({ value: h.id, label: h.label }))}
        renderOption={({ option }) => {
          const hit = hits.find((h) => h.id === option.value);
          return (
            <div data-testid="premises-geocode-hit">
              <Text size="sm">{hit?.label ?? option.value}</Text>
              {hit && (
                <Text size="xs" c="dimmed">
                  {t(hit.source === 'server' ? 'geocode.fromServer' : 'geocode.fromGazetteer')}
                  {hit.address.district !== '' && ` · ${hit.address.district}`}
                </Text>
              )}
            </div>
          );
        }}
        onOptionSubmit={(id) => {
          const hit = hits.find((h) => h.id === id);
          if (hit) onPick(hit);
          // The field empties: the address now lives in the form's own fields.
          setTimeout(() => setQuery(''), 0);
        }}
        maxLength={200}
        autoComplete="off"
        data-testid="premises-geocode"
      />
      {none && (
        <Text size="xs" c="dimmed" mt={4} data-testid="premises-geocode-none">
          {t('geocode.none')}
        </Text>
      )}
      {serverError && (
        <Text size="xs" c="red" mt={4} role="alert">
          {t('geocode.serverError', { message: serverError })}
        </Text>
      )}
    </div>
  );
}
