// Vertraute Schlüssel: partners' key cards attached to agency contacts, compared by phone
// ("per Telefon abgeglichen": who, when), revoked when lost. A changed key for the same contact
// is shown as such and never replaces the old one silently.
import {
  Alert,
  Badge,
  Button,
  FileButton,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  changedKeysFor,
  readKeyCard,
  readKeyTransition,
  type KeyCard,
  type TrustRecord,
} from '@shared/exchange';
import type { Agency } from '@shared/domain';
import { useReadModel } from '../../data/read-model/useReadModel';
import type { ReadModelSnapshot } from '../../data/read-model/read-model';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatDateTime } from '../../ui/format';
import { notifyError, notifySuccess } from '../../ui/notify';
import { FingerprintText } from './FingerprintText';
import { readFiles, type ExchangeHandle } from './useExchange';

const MAX_CARD_BYTES = 64 * 1024;
const selectAgencies = (s: ReadModelSnapshot) => s.tables.agencies.rows;

export function useAgencies(): Agency[] {
  const rows = useReadModel(selectAgencies);
  return [...rows.values()]
    .filter((a) => !a.retired)
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

export function TrustPanel({ handle }: { handle: ExchangeHandle }) {
  const { t } = useTranslation('exchange');
  const [card, setCard] = useState<KeyCard | null>(null);

  const pick = async (file: File | null) => {
    if (!file) return;
    const [read] = await readFiles([file], MAX_CARD_BYTES);
    const text =
      read && read.data.byteLength <= MAX_CARD_BYTES ? new TextDecoder().decode(read.data) : '';
    const r = await readKeyCard(text);
    if (!r.ok) return notifyError(t('trust.importTitle'), t(`trust.cardErrors.${r.reason}`));
    if (r.revoked) return notifyError(t('trust.importTitle'), t('trust.cardRevoked'));
    setCard(r.card);
  };

  return (
    <Stack>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">
          {t('trust.importTitle')}
        </Title>
        <Text size="sm" mb="sm">
          {t('trust.intro')}
        </Text>
        <FileButton onChange={(f) => void pick(f)} accept=".vpkey,.json">
          {(props) => (
            <Button {...props} data-testid="trust-import-card">
              {t('trust.importCard')}
            </Button>
          )}
        </FileButton>
        {card && <AttachCard card={card} handle={handle} onDone={() => setCard(null)} />}
      </Paper>
      <TrustList handle={handle} />
    </Stack>
  );
}

function AttachCard({
  card,
  handle,
  onDone,
}: {
  card: KeyCard;
  handle: ExchangeHandle;
  onDone(): void;
}) {
  const { t } = useTranslation('exchange');
  const agencies = useAgencies();
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [contactId, setContactId] = useState<string | null>(null);
  const agency = agencies.find((a) => a.id === agencyId);
  const previous = changedKeysFor(
    handle.state?.trusted ?? [],
    agencyId,
    contactId,
    card.fingerprint,
  );
  const attach = async () => {
    try {
      await handle.store.attachCard(card, agencyId, contactId);
      await handle.reload();
      notifySuccess(t('trust.attached', { name: card.name }));
      onDone();
    } catch (e) {
      notifyError(t('trust.importTitle'), e);
    }
  };
  return (
    <Stack mt="md" maw={560} data-testid="trust-attach">
      <Text fw={600}>
        {card.name} · {[card.function, card.agency].filter(Boolean).join(', ')}
      </Text>
      <FingerprintText fingerprint={card.fingerprint} testId="trust-card-fingerprint" />
      <Text size="sm">{t('trust.compareHint')}</Text>
      <Select
        label={t('trust.agency')}
        searchable
        value={agencyId}
        onChange={(v) => {
          setAgencyId(v);
          setContactId(null);
        }}
        data={agencies.map((a) => ({ value: a.id, label: a.name }))}
        data-testid="trust-agency"
      />
      {agency && agency.contacts.length > 0 && (
        <Select
          label={t('trust.contact')}
          clearable
          value={contactId}
          onChange={setContactId}
          data={agency.contacts.map((c) => ({
            value: c.id,
            label: [c.name, c.function].filter(Boolean).join(', '),
          }))}
          data-testid="trust-contact"
        />
      )}
      {previous.length > 0 && (
        <Alert color="orange" title={t('trust.changedTitle')} data-testid="trust-changed">
          {t('trust.changedText')}
          {previous.map((p) => (
            <FingerprintText key={p.id} fingerprint={p.fingerprint} />
          ))}
        </Alert>
      )}
      <Group>
        <Button
          onClick={() => void attach()}
          disabled={!agencyId}
          data-testid="trust-attach-submit"
        >
          {t('trust.attach')}
        </Button>
        <Button variant="default" onClick={onDone}>
          {t('cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

function TrustList({ handle }: { handle: ExchangeHandle }) {
  const { t, i18n } = useTranslation('exchange');
  const agencies = useAgencies();
  const [revoking, setRevoking] = useState<TrustRecord | null>(null);
  const trusted = handle.state?.trusted ?? [];
  const agencyName = useCallback(
    (id: string | null) =>
      id ? (agencies.find((a) => a.id === id)?.name ?? '') : t('trust.noAgency'),
    [agencies, t],
  );
  const act = async (f: () => Promise<void>, done: string) => {
    try {
      await f();
      await handle.reload();
      notifySuccess(done);
    } catch (e) {
      notifyError(t('trust.listTitle'), e);
    }
  };
  const applyRevocation = async (trust: TrustRecord, file: File | null) => {
    if (!file) return;
    const [read] = await readFiles([file], MAX_CARD_BYTES);
    const text = read ? new TextDecoder().decode(read.data) : '';
    await act(() => handle.store.revokeTrust(trust, text), t('trust.revoked'));
  };
  const applyTransition = async (trust: TrustRecord, file: File | null) => {
    if (!file) return;
    const [read] = await readFiles([file], MAX_CARD_BYTES);
    const text = read ? new TextDecoder().decode(read.data) : '';
    // Checked against this one key: a change signed by another trusted key is not its change.
    const r = await readKeyTransition(text, [
      { fingerprint: trust.fingerprint, publicKey: trust.publicKey, revoked: trust.revoked },
    ]);
    if (!r.ok) {
      notifyError(t('trust.importTransition'), t(`errors.${r.error.code}`));
      return;
    }
    await act(
      async () => void (await handle.store.applyKeyTransition(trust, r.value)),
      t('trust.transitionDone', { name: r.value.card.name }),
    );
  };

  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('trust.listTitle')}
      </Title>
      {trusted.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('trust.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table data-testid="trust-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('trust.person')}</Table.Th>
                <Table.Th>{t('trust.agency')}</Table.Th>
                <Table.Th>{t('key.fingerprint')}</Table.Th>
                <Table.Th>{t('trust.status')}</Table.Th>
                <Table.Th>{t('trust.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trusted.map((x) => (
                <Table.Tr key={x.id} data-testid="trust-row">
                  <Table.Td miw={150}>
                    <Text size="sm" fw={500}>
                      {x.name}
                    </Text>
                    <Text size="xs">{[x.function, x.agency].filter(Boolean).join(', ')}</Text>
                  </Table.Td>
                  <Table.Td miw={150}>{agencyName(x.agencyId)}</Table.Td>
                  <Table.Td>
                    <FingerprintText fingerprint={x.fingerprint} />
                  </Table.Td>
                  <Table.Td>
                    {x.revoked ? (
                      <Badge variant="light" color="red">
                        {t('trust.stateRevoked')}
                      </Badge>
                    ) : x.verified ? (
                      <div data-testid="trust-verified">
                        {/* Who and when under the badge: inside it the badge was wider than the
                            table's other columns together. */}
                        <Badge variant="light" color="green">
                          {t('trust.stateVerified')}
                        </Badge>
                        <Text size="xs" c="dimmed" mt={2}>
                          {t('trust.stateVerifiedBy', {
                            by: x.verified.by,
                            at: formatDateTime(x.verified.at, i18n.language),
                          })}
                        </Text>
                      </div>
                    ) : x.transitionFrom ? (
                      <Badge variant="light" color="blue" data-testid="trust-transition">
                        {t('trust.stateTransition')}
                      </Badge>
                    ) : (
                      <Badge variant="light" color="orange">
                        {t('trust.stateUnverified')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {!x.revoked && (
                      // One button under the other: side by side they squeezed the person and
                      // agency columns into broken words at 1280 px.
                      <Stack gap={6} align="flex-start">
                        {!x.verified && (
                          <Button
                            size="xs"
                            onClick={() =>
                              void act(
                                () => handle.store.markVerified(x, handle.userName),
                                t('trust.verifiedDone'),
                              )
                            }
                            data-testid="trust-mark-verified"
                          >
                            {t('trust.markVerified')}
                          </Button>
                        )}
                        <FileButton onChange={(f) => void applyTransition(x, f)} accept=".asc">
                          {(props) => (
                            <Button
                              size="xs"
                              variant="default"
                              {...props}
                              data-testid="trust-import-transition"
                            >
                              {t('trust.importTransition')}
                            </Button>
                          )}
                        </FileButton>
                        <FileButton onChange={(f) => void applyRevocation(x, f)} accept=".asc">
                          {(props) => (
                            <Button size="xs" variant="default" {...props}>
                              {t('trust.importRevocation')}
                            </Button>
                          )}
                        </FileButton>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setRevoking(x)}
                        >
                          {t('trust.revoke')}
                        </Button>
                      </Stack>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmDialog
        opened={revoking !== null}
        title={t('trust.revoke')}
        message={t('trust.revokeConfirm', { name: revoking?.name ?? '' })}
        confirmLabel={t('trust.revoke')}
        onClose={() => setRevoking(null)}
        onConfirm={async () => {
          const r = revoking;
          setRevoking(null);
          if (r) await act(() => handle.store.revokeTrust(r), t('trust.revoked'));
        }}
      />
    </Paper>
  );
}
