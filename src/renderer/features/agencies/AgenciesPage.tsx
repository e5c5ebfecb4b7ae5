// Behörden: placeholder until the agency catalogue screen lands.
import { NotYetAvailable } from '../../ui/NotYetAvailable';

export function AgenciesPage() {
  return <NotYetAvailable section="agencies" />;
}
