// The approval dialog: open mandatory items block approval unless each gets a written reason;
// under "Freigabe nur durch eine zweite Person" a separate step where the approver types their
// own name and function. The repository decides again with the same rules (approval.ts).
import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { approvalOpenItems } from '@shared/exchange';
import {
  mandatoryIssues,
  MIN_REASON_LENGTH,
  openItemKey,
  requiresSecondPerson,
  type ReadinessIssue,
} from '@shared/domain';
import { ApprovalRefusedError } from '../../../data/repositories/operation-lifecycle';
import { useRepos } from '../../../data/session';
import { AppModal } from '../../../ui/AppModal';
import { errorMessage } from '../../../ui/errors';
import { notifySuccess } from '../../../ui/notify';
import { useWorkspace } from '../core/context';
import { useReadinessText } from '../core/ReadinessMessage';
import { SignedApprovalPanel } from '../../exchange/SignedApprovalPanel';

interface Props {
  opened: boolean;
  issues: readonly ReadinessIssue[];
  onClose(): void;
}

const reasonId = (n: number) => `approve-reason-${n}`;

export function ApproveDialog({ opened, issues, onClose }: Props) {
  const { t } = useTranslation('workspace');
  return (
    <AppModal opened={opened} onClose={onClose} title={t('approve.title')} size="lg">
      {opened && <ApproveForm issues={issues} onClose={onClose} />}
    </AppModal>
  );
}

function ApproveForm({ issues, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation('workspace');
  const repos = useRepos();
  const text = useReadinessText();
  const { draft } = useWorkspace();
  const settings = useLiveQuery(() => repos.settings.get(), [repos]);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [step, setStep] = useState<'review' | 'second'>('review');
  const [name, setName] = useState('');
  const [fn, setFn] = useState('');
  const [declared, setDeclared] = useState(false);
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const op = draft.operation;
  if (!op || !settings) return null;

  const mandatory = mandatoryIssues(issues);
  const warnings = issues.filter((i) => i.severity !== 'error');
  const twoPersons = requiresSecondPerson(op, settings);
  const drafter = op.submittedForApproval?.by ?? settings.userName;
  const reasonOf = (i: ReadinessIssue) => reasons[openItemKey(i)] ?? '';
  const missing = mandatory.filter((i) => reasonOf(i).trim().length < MIN_REASON_LENGTH);

  const approve = async () => {
    setBusy(true);
    setError(null);
    try {
      await draft.flush();
      await repos.operations.transition(op.id, 'approved', {
        approval: {
          secondPerson: twoPersons ? { name: name.trim(), function: fn.trim() } : null,
          reasons,
          texts: Object.fromEntries(mandatory.map((i) => [openItemKey(i), text(i)])),
        },
      });
      notifySuccess(t('approve.done'));
      onClose();
    } catch (e) {
      setError(
        e instanceof ApprovalRefusedError ? t(`approve.errors.${e.reason}`) : errorMessage(e),
      );
    } finally {
      setBusy(false);
    }
  };
  const next = () => {
    setTried(true);
    const first = missing[0];
    if (first) {
      // The first item still without a reason gets the focus, so the keyboard lands there.
      document.getElementById(reasonId(mandatory.indexOf(first)))?.focus();
      return;
    }
    if (twoPersons) {
      // The second step starts clean: its fields were not tried yet.
      setTried(false);
      setStep('second');
    } else void approve();
  };
  const confirmSecond = () => {
    setTried(true);
    if (name.trim() === '' || fn.trim() === '' || !declared) return;
    void approve();
  };

  if (step === 'second') {
    return (
      <Stack data-testid="approve-second-person">
        <Alert color="blue" variant="light" title={t('approve.second.title')}>
          <Text size="sm">{t('approve.second.intro', { drafter: drafter || '—' })}</Text>
          <Text size="sm" mt="xs" fw={500}>
            {t('approve.second.declaration')}
          </Text>
        </Alert>
        <TextInput
          label={t('approve.second.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          maxLength={200}
          required
          error={tried && name.trim() === '' ? t('approve.second.nameMissing') : undefined}
          data-testid="approve-second-name"
        />
        <TextInput
          label={t('approve.second.function')}
          value={fn}
          onChange={(e) => setFn(e.currentTarget.value)}
          maxLength={200}
          required
          error={tried && fn.trim() === '' ? t('approve.second.functionMissing') : undefined}
          data-testid="approve-second-function"
        />
        <Checkbox
          label={t('approve.second.confirm', { name: name.trim() || '…' })}
          checked={declared}
          onChange={(e) => setDeclared(e.currentTarget.checked)}
          error={tried && !declared ? t('approve.second.confirmMissing') : undefined}
          data-testid="approve-second-declare"
        />
        {error && (
          <Alert color="red" role="alert" data-testid="approve-error">
            {error}
          </Alert>
        )}
        {/* With keys in place the second person can approve from their own installation. */}
        <SignedApprovalPanel
          operationId={op.id}
          openItems={approvalOpenItems(issues, reasons, text)}
          flush={() => draft.flush()}
          onApproved={onClose}
        />
        <Group justify="space-between">
          <Button variant="default" onClick={() => setStep('review')}>
            {t('approve.backToReview')}
          </Button>
          <Button onClick={confirmSecond} loading={busy} data-testid="approve-confirm">
            {t('approve.second.submit')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack data-testid="approve-review">
      <Text size="sm">{t('approve.intro', { revision: op.revision })}</Text>
      {twoPersons && (
        <Alert color="blue" variant="light" data-testid="approve-two-persons">
          {t('approve.twoPersonsNote', { drafter: drafter || '—' })}
        </Alert>
      )}
      {mandatory.length === 0 ? (
        <Alert color="green" variant="light">
          {t('approve.noMandatory')}
        </Alert>
      ) : (
        <Alert color="red" variant="light" data-testid="approve-blocked">
          <Text size="sm" fw={500}>
            {t('approve.blocked', { count: mandatory.length })}
          </Text>
          <Text size="sm">{t('approve.reasonHint', { min: MIN_REASON_LENGTH })}</Text>
        </Alert>
      )}
      {mandatory.map((issue, n) => {
        const short = tried && reasonOf(issue).trim().length < MIN_REASON_LENGTH;
        return (
          <Textarea
            key={openItemKey(issue)}
            label={text(issue)}
            placeholder={t('approve.reasonPlaceholder')}
            value={reasonOf(issue)}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setReasons((r) => ({ ...r, [openItemKey(issue)]: value }));
            }}
            maxLength={4000}
            autosize
            minRows={1}
            required
            error={short ? t('approve.reasonMissing', { min: MIN_REASON_LENGTH }) : undefined}
            id={reasonId(n)}
            data-testid={`approve-reason-${n}`}
          />
        );
      })}
      {warnings.length > 0 && (
        <div>
          <Text size="sm" c="dimmed">
            {t('approve.warnings', { count: warnings.length })}
          </Text>
          <List size="sm" spacing={2}>
            {warnings.slice(0, 6).map((i, n) => (
              <List.Item key={`${i.code}-${i.subjectId ?? n}`}>{text(i)}</List.Item>
            ))}
            {warnings.length > 6 && <List.Item>…</List.Item>}
          </List>
        </div>
      )}
      {error && (
        <Alert color="red" role="alert" data-testid="approve-error">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('actions.back', { ns: 'common' })}
        </Button>
        <Button onClick={next} loading={busy} data-testid="approve-confirm">
          {twoPersons
            ? t('approve.toSecondPerson')
            : mandatory.length > 0
              ? t('approve.submitWithReasons', { count: mandatory.length })
              : t('approve.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
