// A server blocked by the Content-Security-Policy is named in a German notice, once per server,
// with what to do on this host; inline code and own files stay silent. happy-dom has no
// SecurityPolicyViolationEvent, so the test dispatches a plain event with the same fields.
import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { act, cleanup, render, screen } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { HostApi } from '@shared/ipc/host-api';
import {
  BlockedHostNotice,
  blockedHost,
  watchBlockedHosts,
} from '../../../src/renderer/app/blocked-hosts';
import { HostContext } from '../../../src/renderer/host';
import { browserHost } from '../../../src/renderer/host/browser';
import { initI18n } from '../../../src/renderer/i18n';

function violation(blockedURI: string, effectiveDirective = 'img-src'): Event {
  const event = new Event('securitypolicyviolation', { bubbles: true });
  Object.defineProperties(event, {
    blockedURI: { value: blockedURI },
    effectiveDirective: { value: effectiveDirective },
  });
  return event;
}

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('de');
});
afterEach(() => {
  cleanup();
  notifications.clean();
});

describe('blockedHost', () => {
  it('names the server of a blocked request and ignores everything else', () => {
    expect(blockedHost(violation('https://tiles.example.org/12/2200/1343.png'))).toBe(
      'tiles.example.org',
    );
    expect(blockedHost(violation('https://geo.example.org:8443/search?q=x', 'connect-src'))).toBe(
      'geo.example.org:8443',
    );
    expect(blockedHost(violation('inline', 'script-src-elem'))).toBeNull();
    expect(blockedHost(violation('eval', 'script-src'))).toBeNull();
    expect(blockedHost(violation('data'))).toBeNull();
    expect(blockedHost(new Event('securitypolicyviolation'))).toBeNull();
  });
});

describe('watchBlockedHosts', () => {
  it('reports each blocked server once, and nothing after it stops', () => {
    const onBlocked = vi.fn();
    const stop = watchBlockedHosts(document, onBlocked);
    for (let tile = 0; tile < 5; tile++) {
      document.dispatchEvent(violation(`https://tiles.example.org/12/${tile}/1.png`));
    }
    document.dispatchEvent(violation('https://geo.example.org/search', 'connect-src'));
    document.dispatchEvent(violation('inline', 'style-src-attr'));
    expect(onBlocked.mock.calls).toEqual([['tiles.example.org'], ['geo.example.org']]);
    stop();
    document.dispatchEvent(violation('https://sync.example.org/', 'connect-src'));
    expect(onBlocked).toHaveBeenCalledTimes(2);
  });
});

describe('BlockedHostNotice', () => {
  function renderWith(host: HostApi) {
    render(
      <I18nextProvider i18n={i18n}>
        <MantineProvider env="test">
          <Notifications />
          <HostContext.Provider value={host}>
            <BlockedHostNotice />
          </HostContext.Provider>
        </MantineProvider>
      </I18nextProvider>,
    );
  }

  it('tells a web edition user to ask the operators of the web server', async () => {
    renderWith(browserHost());
    act(() => {
      document.dispatchEvent(violation('https://tiles.example.org/1/1/1.png'));
    });
    expect(await screen.findByText('Server blockiert')).toBeTruthy();
    expect(
      screen.getByText(
        /Sicherheitsrichtlinie des Webservers hat eine Anfrage an tiles\.example\.org blockiert/,
      ),
    ).toBeTruthy();
  });

  it('tells a desktop user about the settings', async () => {
    const host = browserHost();
    renderWith({ ...host, capabilities: { ...host.capabilities, networkSettings: true } });
    act(() => {
      document.dispatchEvent(violation('https://geo.example.org/search', 'connect-src'));
    });
    expect(await screen.findByText(/in den Einstellungen eingetragen/)).toBeTruthy();
    expect(screen.getByText(/Anfrage an geo\.example\.org blockiert/)).toBeTruthy();
  });
});
