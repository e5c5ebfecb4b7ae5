// The second person's side of a signed approval: the Freigabeanfrage read-only (plan, revision,
// the hash it is bound to, open mandatory items with the drafter's reasons) and the Freigabe,
// signed with this installation's key and saved as a package for the drafter.
import { Alert, Button, Checkbox, List, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fingerprintGroups, type EnvelopeOf, type IdentityRecord } from '@shared/exchange';
import { useHost } from '../../host';
import { notifyError, notifySuccess } from '../../ui/notify';
import { sealApproval } from './approval-flow';
import { PACKAGE_FILTER, saveText } from './save';

interface Props {
  request: EnvelopeOf<'approval_request'>;
  identity: IdentityRecord;
  /** The drafter's key the Freigabe is sealed to (registered one, else the one the request carried). */
  drafterKey: string;
}

export function ApprovalRequestReview({ request, identity, drafterKey }: Props) {
  const { t } = useTranslation('exchange');
  const host = useHost();
  const [name, setName] = useState(identity.name);
  const [fn, setFn] = useState(identity.function);
  const [declared, setDeclared] = useState(false);
  const [busy, setBusy] = useState(false);
  const p = request.payload;
  const ready = name.trim() !== '' && fn.trim() !== '' && declared;

  const sign = async () => {
    setBusy(true);
    try {
      const sealed = await sealApproval({
        identity,
        request,
        drafterKey,
        approver: { name, function: fn },
        now: new Date(),
      });
      if (await saveText(host, sealed.fileName, sealed.data, PACKAGE_FILTER, t('approval.sign')))
        notifySuccess(t('approval.signed'));
    } catch (e) {
      notifyError(t('approval.sign'), e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm" data-testid="approval-request-review">
      <Text size="sm">
        {t('approval.reviewIntro', {
          codeName: p.codeName,
          revision: request.planRevision,
          drafter: p.drafter.function
            ? `${p.drafter.name} (${p.drafter.function})`
            : p.drafter.name,
        })}
      </Text>
      <Text size="xs" c="dimmed" ff="monospace" data-testid="approval-request-hash">
        {t('approval.hash')}: {fingerprintGroups(p.planHash)}
      </Text>
      {p.openItems.length === 0 ? (
        <Alert color="green" variant="light">
          {t('approval.noOpenItems')}
        </Alert>
      ) : (
        <Alert color="orange" variant="light" title={t('approval.openItems')}>
          <List size="sm" spacing={4}>
            {p.openItems.map((i) => (
              <List.Item key={i.key}>
                <Text size="sm" fw={500}>
                  {i.text}
                </Text>
                <Text size="sm">{i.reason}</Text>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {p.note && <Text size="sm">{p.note}</Text>}
      <TextInput
        label={t('approval.approverName')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        maxLength={200}
        required
        data-testid="approval-approver-name"
      />
      <TextInput
        label={t('approval.approverFunction')}
        value={fn}
        onChange={(e) => setFn(e.currentTarget.value)}
        maxLength={200}
        required
        data-testid="approval-approver-function"
      />
      <Checkbox
        label={t('approval.declaration', { codeName: p.codeName, revision: request.planRevision })}
        checked={declared}
        onChange={(e) => setDeclared(e.currentTarget.checked)}
        data-testid="approval-declare"
      />
      <Button
        onClick={() => void sign()}
        disabled={!ready}
        loading={busy}
        data-testid="approval-sign"
      >
        {t('approval.sign')}
      </Button>
    </Stack>
  );
}
