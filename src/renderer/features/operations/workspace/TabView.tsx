// Which view belongs to which tab.
import type { ReadinessIssue } from '@shared/domain';
import { CommsView } from '../../roster/CommsView';
import { ForcesView } from '../../roster/ForcesView';
import { TeamsView } from '../../roster/TeamsView';
import type { TabKey } from './tabs';
import { CommandView } from './views/CommandView';
import { ExecutionView } from './views/ExecutionView';
import { GeneralView } from './views/GeneralView';
import { HistoryView } from './views/HistoryView';
import { MissionView } from './views/MissionView';
import { ReadinessView } from './views/ReadinessView';
import { RevisionsView } from './views/RevisionsView';
import { SituationView } from './views/SituationView';
import { SupportView } from './views/SupportView';
import { TargetsView } from './views/TargetsView';
import { TimelineView } from './views/TimelineView';

export function TabView({ tab, issues }: { tab: TabKey; issues: readonly ReadinessIssue[] }) {
  switch (tab) {
    case 'general':
      return <GeneralView />;
    case 'situation':
      return <SituationView />;
    case 'mission':
      return <MissionView />;
    case 'execution':
      return <ExecutionView />;
    case 'support':
      return <SupportView />;
    case 'command':
      return <CommandView />;
    case 'targets':
      return <TargetsView />;
    case 'timeline':
      return <TimelineView />;
    case 'readiness':
      return <ReadinessView issues={issues} />;
    case 'history':
      return <HistoryView />;
    case 'revisions':
      return <RevisionsView />;
    case 'forces':
      return <ForcesView />;
    case 'teams':
      return <TeamsView />;
    case 'comms':
      return <CommsView />;
  }
}
