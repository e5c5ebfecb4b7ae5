// Renderer entry: styles, language, host detection, then the React tree.
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import './ui/long-text.css';
// dayjs is only @mantine/dates' peer: its calendars need these locales. Our own date code uses
// date-fns with @date-fns/tz (src/shared/time).
import 'dayjs/locale/de';
import 'dayjs/locale/en-gb';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { detectHost } from './host';
import { initI18n } from './i18n';

async function start() {
  await initI18n();
  const root = document.getElementById('root');
  if (!root) throw new Error('#root fehlt');
  createRoot(root).render(
    <StrictMode>
      <App host={detectHost()} />
    </StrictMode>,
  );
}

void start();
