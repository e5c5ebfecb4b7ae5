// The review list of "Koordinaten aus Adressen ermitteln": each premises without a location,
// the house the gazetteer found for its address, and a checkbox; only what the user accepts is
// written (one audited update per premises).
import { Alert, Button, Checkbox, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Premises } from '@shared/domain';
import { formatAllForms } from '@shared/geo';
import { useRepos } from '../../data/session';
import { AppModal } from '../../ui/AppModal';
import { errorMessage } from '../../ui/errors';
import { notifySuccess } from '../../ui/notify';
import { useLang } from '../../ui/useLabel';
import { proposeLocations, type GeocodeProposal } from './geocode-missing';
import { formatAddress } from './search-docs';

interface Props {
  premises: readonly Premises[];
  onClose(): void;
}

export function GeocodeMissingModal({ premises, onClose }: Props) {
  const { t } = useTranslation('premises');
  const lang = useLang();
  const repos = useRepos();
  const [proposals, setProposals] = useState<GeocodeProposal[] | null>(null);
  const [accepted, setAccepted] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    proposeLocations(premises).then(
      (list) => {
        if (!live) return;
        setProposals(list);
        setAccepted(new Set(list.filter((p) => p.exact).map((p) => p.premises.id)));
      },
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [premises]);

  const toggle = (id: string, on: boolean) =>
    setAccepted((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const apply = async () => {
    if (!proposals) return;
    setBusy(true);
    setError(null);
    try {
      let n = 0;
      for (const { premises: p, hit } of proposals) {
        if (!hit || !accepted.has(p.id)) continue;
        await repos.premises.update(p.id, (cur) => ({
          ...cur,
          location: { lat: hit.lat, lng: hit.lng },
        }));
        n++;
      }
      notifySuccess(t('geocodeMissing.saved', { count: n }));
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const found = proposals?.filter((p) => p.hit !== null).length ?? 0;
  return (
    <AppModal opened onClose={onClose} title={t('geocodeMissing.title')} size="xl">
      <Stack>
        <Text size="sm" c="dimmed">
          {t('geocodeMissing.hint')}
        </Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {!proposals ? (
          <Group>
            <Loader size="sm" aria-label={t('geocodeMissing.searching')} />
            <Text size="sm">{t('geocodeMissing.searching')}</Text>
          </Group>
        ) : proposals.length === 0 ? (
          <Text data-testid="geocode-missing-none">{t('geocodeMissing.nothing')}</Text>
        ) : (
          <>
            <Text size="sm">{t('geocodeMissing.found', { found, count: proposals.length })}</Text>
            <Table.ScrollContainer minWidth={640}>
              <Table data-testid="geocode-missing-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('geocodeMissing.accept')}</Table.Th>
                    <Table.Th>{t('columns.name')}</Table.Th>
                    <Table.Th>{t('columns.address')}</Table.Th>
                    <Table.Th>{t('geocodeMissing.hit')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {proposals.map(({ premises: p, hit, exact }) => (
                    <Table.Tr key={p.id} data-testid="geocode-missing-row">
                      <Table.Td>
                        <Checkbox
                          checked={accepted.has(p.id)}
                          disabled={!hit}
                          onChange={(e) => toggle(p.id, e.currentTarget.checked)}
                          aria-label={t('geocodeMissing.acceptFor', { name: p.name })}
                        />
                      </Table.Td>
                      <Table.Td>{p.name}</Table.Td>
                      <Table.Td>{formatAddress(p)}</Table.Td>
                      <Table.Td>
                        {hit ? (
                          <>
                            <Text size="sm">{hit.label}</Text>
                            <Text size="xs" c={exact ? 'dimmed' : 'orange'}>
                              {exact
                                ? formatAllForms(hit, lang).decimal
                                : t('geocodeMissing.inexact')}
                            </Text>
                          </>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t('geocodeMissing.notFound')}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('geocodeMissing.cancel')}
          </Button>
          <Button
            onClick={() => void apply()}
            loading={busy}
            disabled={!proposals || accepted.size === 0}
            data-testid="geocode-missing-apply"
          >
            {t('geocodeMissing.apply', { count: accepted.size })}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
