// Austausch: the own key card, trusted partner keys, the lead's requests and answers, and the
// liaison's inbox — one route (#/exchange) in the desktop app and the web edition alike.
import { Loader, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { InboxPanel } from './InboxPanel';
import { KeyCardPanel } from './KeyCardPanel';
import { LeadPanel } from './LeadPanel';
import { TemplatePanel } from './TemplatePanel';
import { TrustPanel } from './TrustPanel';
import { useExchange } from './useExchange';

const TABS = ['key', 'trust', 'lead', 'inbox', 'templates'] as const;
type Tab = (typeof TABS)[number];

export function ExchangePage() {
  const { t } = useTranslation('exchange');
  const [params, setParams] = useSearchParams();
  const handle = useExchange();
  const raw = params.get('tab');
  const tab: Tab = TABS.find((x) => x === raw) ?? 'key';
  const select = (v: string | null) =>
    setParams(
      (p) => {
        p.set('tab', v ?? 'key');
        return p;
      },
      { replace: true },
    );

  return (
    <Stack maw={1100}>
      <PageHeader title={t('title')} />
      {handle.state === null ? (
        <Loader size="sm" aria-label={t('loading')} />
      ) : (
        <Tabs value={tab} onChange={select} keepMounted={false}>
          <Tabs.List mb="md">
            {TABS.map((x) => (
              <Tabs.Tab key={x} value={x} data-testid={`exchange-tab-${x}`}>
                {t(`tabs.${x}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="key">
            <KeyCardPanel handle={handle} />
          </Tabs.Panel>
          <Tabs.Panel value="trust">
            <TrustPanel handle={handle} />
          </Tabs.Panel>
          <Tabs.Panel value="lead">
            <LeadPanel handle={handle} operationId={params.get('op')} />
          </Tabs.Panel>
          <Tabs.Panel value="inbox">
            <InboxPanel handle={handle} />
          </Tabs.Panel>
          <Tabs.Panel value="templates">
            <TemplatePanel handle={handle} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
