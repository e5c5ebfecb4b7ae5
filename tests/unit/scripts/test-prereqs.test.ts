// `npm test`'s own set-up: which tools it installs and how, decided without installing anything.
import { describe, expect, it } from 'vitest';
import {
  findChromiumPath,
  manualCommand,
  planSetup,
  type Capabilities,
} from '../../../scripts/test-prereqs.mjs';

const all = { chromium: true, soffice: true, pdftotext: true };
const debianRoot: Capabilities = { platform: 'linux', root: true, apt: true };
const user: Capabilities = { platform: 'linux', root: false, apt: true };

describe('planSetup', () => {
  it('does nothing when everything is there (CI after .ci/run, offline)', () => {
    expect(planSetup(all, debianRoot)).toEqual([]);
    expect(planSetup(all, user)).toEqual([]);
  });

  it("uses the distribution's packages as root on Debian, never Playwright's download", () => {
    const steps = planSetup({ chromium: false, soffice: false, pdftotext: true }, debianRoot);
    expect(steps).toEqual([
      { kind: 'apt', packages: ['chromium', 'libreoffice-writer-nogui', 'fonts-dejavu-core'] },
    ]);
  });

  it("falls back to Playwright's Chromium without root, and stops with the command for LibreOffice", () => {
    const steps = planSetup({ chromium: false, soffice: false, pdftotext: false }, user);
    expect(steps[0]).toEqual({ kind: 'playwright' });
    expect(steps[1]).toEqual({
      kind: 'stop',
      tools: ['soffice', 'pdftotext'],
      command:
        'sudo apt-get update && sudo apt-get install -y libreoffice-writer-nogui poppler-utils',
    });
  });

  it('gives the macOS command on a Mac', () => {
    expect(manualCommand(['soffice'], { platform: 'darwin', root: false, apt: false })).toBe(
      'brew install --cask libreoffice',
    );
  });
});

describe('findChromiumPath', () => {
  it('prefers CHROMIUM_PATH, and refuses one that does not exist', () => {
    const exists = (p: string) => p === '/opt/chrome';
    expect(findChromiumPath({ CHROMIUM_PATH: '/opt/chrome' }, exists)).toBe('/opt/chrome');
    expect(findChromiumPath({ CHROMIUM_PATH: '/nope' }, exists)).toBeNull();
  });

  it('takes the first system location that exists', () => {
    const exists = (p: string) => p === '/usr/bin/google-chrome';
    expect(findChromiumPath({}, exists)).toBe('/usr/bin/google-chrome');
  });

  it('finds nothing when nothing exists', () => {
    expect(findChromiumPath({}, () => false)).toBeNull();
  });
});
