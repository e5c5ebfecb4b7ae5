// Choosing the co-planners before sharing: trusted key cards (Austausch › Vertraute Schlüssel), each with
// rights — the whole plan, only their agency's parts (needs the card's agency), or read.
import { Badge, Button, Checkbox, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TrustRecord } from '@shared/exchange/records';
import { SYNC_RIGHTS, type SyncRights } from '@shared/sync/challenge';
import type { SyncMember } from '@shared/sync/types';

/** Wide enough for the longest rights label in either language ("Nur eigene Behördenteile"). */
const RIGHTS_WIDTH = 230;

export function MemberPicker({
  trusted,
  members: current = [],
  busy,
  action,
  onShare,
}: {
  trusted: readonly TrustRecord[];
  /** Already members: not offered again. */
  members?: readonly SyncMember[];
  busy: boolean;
  /** The button: start sharing, or add to a shared operation. */
  action: 'start' | 'add';
  onShare(members: SyncMember[]): void;
}) {
  const { t } = useTranslation('sync');
  const usable = trusted.filter((c) => !c.revoked);
  const cards = usable.filter((c) => !current.some((m) => m.fingerprint === c.fingerprint));
  const [chosen, setChosen] = useState<ReadonlyMap<string, SyncRights>>(new Map());
  const toggle = (fp: string, on: boolean) =>
    setChosen((m) => {
      const next = new Map(m);
      if (on) next.set(fp, 'edit');
      else next.delete(fp);
      return next;
    });
  const members = cards
    .filter((c) => chosen.has(c.fingerprint))
    .map((c): SyncMember => ({
      fingerprint: c.fingerprint,
      publicKey: c.publicKey,
      name: c.name,
      agency: c.agency,
      agencyId: c.agencyId,
      rights: chosen.get(c.fingerprint) ?? 'read',
    }));
  return (
    <Paper withBorder p="md" data-testid="sharing-picker">
      <Stack gap="sm">
        <Text fw={600}>{t(action === 'start' ? 'members.choose' : 'members.chooseMore')}</Text>
        {cards.length === 0 ? (
          <Stack gap="xs" align="flex-start">
            {/* "No cards yet" would be wrong once every trusted card is a member. */}
            <Text size="sm" c="dimmed" data-testid="sharing-picker-empty">
              {t(usable.length > 0 ? 'members.allMembers' : 'members.noCards')}
            </Text>
            <Button
              component={Link}
              to="/exchange?tab=trust"
              size="xs"
              variant="light"
              rightSection={<IconArrowRight size={14} />}
            >
              {t('join.toTrust')}
            </Button>
          </Stack>
        ) : (
          // Long names and agencies (up to 120 characters) wrap anywhere; the rights keep their width.
          <Table style={{ overflowWrap: 'anywhere' }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('members.name')}</Table.Th>
                <Table.Th>{t('members.agency')}</Table.Th>
                <Table.Th>{t('members.rights')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cards.map((c) => (
                <Table.Tr key={c.fingerprint}>
                  <Table.Td>
                    <Checkbox
                      label={c.name}
                      checked={chosen.has(c.fingerprint)}
                      onChange={(e) => toggle(c.fingerprint, e.currentTarget.checked)}
                    />
                    {!c.verified && (
                      <Badge size="xs" color="yellow" variant="light">
                        {t('members.unverified')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{c.agency}</Table.Td>
                  <Table.Td>
                    <Select
                      w={RIGHTS_WIDTH}
                      aria-label={t('members.rightsOf', { name: c.name })}
                      disabled={!chosen.has(c.fingerprint)}
                      value={chosen.get(c.fingerprint) ?? 'edit'}
                      data={SYNC_RIGHTS.filter((r) => r !== 'agency' || c.agencyId !== null).map(
                        (r) => ({ value: r, label: t(`rights.${r}`) }),
                      )}
                      onChange={(v) => {
                        const right = SYNC_RIGHTS.find((r) => r === v);
                        if (right) setChosen((m) => new Map(m).set(c.fingerprint, right));
                      }}
                      allowDeselect={false}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {/* With no card to choose the button could never work: the way to the cards stands alone. */}
        {cards.length > 0 && (
          <Button
            onClick={() => onShare(members)}
            loading={busy}
            disabled={members.length === 0}
            data-testid={`sharing-${action}`}
          >
            {t(`members.${action}`)}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
