// Which view belongs to which tab.
import type { ReadinessIssue } from '@shared/domain';
import { BriefingView } from './briefing';
import { CommsView } from './comms';
import { ForcesView } from './forces';
import { TeamsView } from './teams';
import type { TabKey } from './tabs';
import { CommandView } from './command';
import { ExecutionView } from './execution';
import { GeneralView } from './general';
import { HistoryView } from './history';
import { OperationMapView } from './map';
import { MissionView } from './mission';
import { ReadinessView } from './readiness';
import { ResultsView } from './results';
import { RevisionsView } from './revisions';
import { SharingView } from './sharing';
import { SituationView } from './situation';
import { SupportView } from './support';
import { TargetsView } from './targets';
import { TimelineView } from './timeline';

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
    case 'map':
      return <OperationMapView />;
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
    case 'results':
      return <ResultsView />;
    case 'briefing':
      return <BriefingView />;
    case 'sharing':
      return <SharingView />;
  }
}
