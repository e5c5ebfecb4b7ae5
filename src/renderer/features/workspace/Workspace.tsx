// The operation workspace: header, read-only banner, the parts in groups of tabs (WorkspaceTabs),
// autosave of everything typed, and keyboard switching between parts.
import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { checkReadiness } from '@shared/domain';
import { useRepos } from '../../data/session';
import { WorkspaceContext, type WorkspaceData } from './core/context';
import { ReadOnlyBanner } from './header/ReadOnlyBanner';
import { isTabKey, TAB_ORDER, type TabKey } from './tabs';
import { TabView } from './TabView';
import { focusTabOf, WorkspaceTabs } from './WorkspaceTabs';
import { useFocusTarget } from './useFocusTarget';
import { useOperationDraft } from './core/useOperationDraft';
import { WorkspaceHeader } from './header/WorkspaceHeader';

export function Workspace() {
  const { t } = useTranslation('workspace');
  const params = useParams();
  const operationId = params.operationId ?? '';
  const splat = params['*']?.split('/')[0];
  const tab: TabKey = isTabKey(splat) ? splat : 'general';
  const navigate = useNavigate();
  const repos = useRepos();
  const draft = useOperationDraft(operationId);
  const stored = useLiveQuery(
    () => repos.operations.loadPlan(operationId).catch(() => null),
    [repos, operationId],
  );
  const agencyList = useLiveQuery(() => repos.agencies.list({ includeRetired: true }), [repos]);
  const premisesList = useLiveQuery(() => repos.premises.list(), [repos]);
  useFocusTarget(tab);

  const goTo = useCallback(
    (next: string, focusId?: string | null) => {
      void draft.flush();
      navigate(
        `/operations/${operationId}/${next}${focusId ? `?focus=${encodeURIComponent(focusId)}` : ''}`,
      );
    },
    [draft, navigate, operationId],
  );

  // Switching parts by keyboard unmounts the focused field: the focus moves to the new part's
  // tab, so Tab leads into that part instead of starting over at the top of the page. The walk
  // goes through every part of every group in order.
  const step = (delta: number) => {
    const i = TAB_ORDER.indexOf(tab);
    const next = TAB_ORDER[(i + delta + TAB_ORDER.length) % TAB_ORDER.length];
    if (next) {
      goTo(next);
      focusTabOf(next);
    }
  };
  useHotkeys(
    [
      ['alt+PageDown', () => step(1)],
      ['alt+PageUp', () => step(-1)],
    ],
    [],
  );

  const data = useMemo((): WorkspaceData | null => {
    if (!stored || !draft.operation || !agencyList || !premisesList) return null;
    const agencies = new Map(agencyList.map((a) => [a.id, a]));
    const premises = new Map(premisesList.map((p) => [p.id, p]));
    return {
      draft,
      plan: draft.applyPlan(stored),
      agencies,
      premises,
      agencyName: (id) => (id ? (agencies.get(id)?.name ?? '') : ''),
      premisesName: (id) => premises.get(id)?.name ?? '',
      goTo,
    };
  }, [stored, draft, agencyList, premisesList, goTo]);

  // A plan just created (`state.focusPlan`), or opened while the focus was on something now
  // gone, starts with the focus on its tab. Asked again a moment later: a closing dialog may
  // hand the focus back to an element that no longer exists, which leaves it nowhere.
  const ready = data !== null;
  const location = useLocation();
  const focusPlan = (location.state as { focusPlan?: boolean } | null)?.focusPlan === true;
  useEffect(() => {
    if (!ready) return;
    const lost = () => document.activeElement === null || document.activeElement === document.body;
    if (focusPlan || lost()) focusTabOf(tab);
    const again = setTimeout(() => {
      if (lost()) focusTabOf(tab);
    }, 150);
    return () => clearTimeout(again);
    // Only when the plan has appeared, not on every tab change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready]);

  const issues = useMemo(
    () =>
      data
        ? checkReadiness(data.plan, {
            premisesName: data.premisesName,
            agencyName: (id) => data.agencyName(id),
          })
        : [],
    [data],
  );

  if (stored === null || !draft.exists) {
    return (
      <Stack p="xl" maw={640}>
        <Alert color="yellow" title={t('notFound')} />
        <Button component={Link} to="/operations" variant="light" w="fit-content">
          {t('backToList')}
        </Button>
      </Stack>
    );
  }
  if (!data) {
    return (
      <Center py="xl" aria-busy="true">
        <Loader aria-label={t('loading')} />
      </Center>
    );
  }

  const errors = issues.filter((i) => i.severity === 'error').length;
  return (
    <WorkspaceContext.Provider value={data}>
      <Stack gap="sm" data-testid="workspace">
        <WorkspaceHeader issues={issues} />
        <ReadOnlyBanner />
        <WorkspaceTabs tab={tab} errors={errors} onSelect={goTo}>
          <TabView tab={tab} issues={issues} />
        </WorkspaceTabs>
      </Stack>
    </WorkspaceContext.Provider>
  );
}
