// Accessibility of every main screen (BITV 2.0 / WCAG 2.1 AA): axe with best practices at 1280 px
// and at 320 px (reflow, 1.4.10: no sideways scrolling of the page), in German and in English.
import type { Page } from '@playwright/test';
import {
  expect,
  expectAccessible,
  setUpVault,
  test,
  unlock,
  waitReady,
  waitState,
} from './fixtures';

const LANGUAGES = ['de', 'en'] as const;
const WIDTHS = [1280, 320] as const;
const SECTIONS = ['operations', 'premises', 'agencies', 'settings', 'calendar', 'map', 'results'];
const WORKSPACE_TABS = ['general', 'forces', 'timeline', 'readiness'];
const shots = process.env.VP_SHOTS;

/** The page itself never scrolls sideways; a table may scroll inside its own box. */
async function expectNoSidewaysScroll(page: Page, context: string): Promise<void> {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    // Name the outermost elements that stick out (not those inside a box that scrolls or clips
    // them), so a failure says where to look.
    const clipped = (el: HTMLElement): boolean => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible' && p.getBoundingClientRect().right <= width)
          return true;
      }
      return false;
    };
    const out = [...document.querySelectorAll<HTMLElement>('body *')].filter(
      (el) => el.getBoundingClientRect().right > width + 1 && !clipped(el),
    );
    return out
      .filter((el) => !out.includes(el.parentElement as HTMLElement))
      .slice(0, 5)
      .map((el) => el.outerHTML.slice(0, 160));
  });
  expect(overflow, `horizontal scrolling of ${context}`).toEqual([]);
}

async function check(page: Page, context: string, width: number, lang: string): Promise<void> {
  await expectAccessible(page, context);
  if (width === 320) await expectNoSidewaysScroll(page, context);
  if (shots) {
    const name = `${context.replaceAll(/[^a-z0-9]+/gi, '-')}-${width}-${lang}`;
    await page.screenshot({ path: `${shots}/${name}.png`, fullPage: false });
  }
}

/** At 320 px the navigation is a menu: open it, choose, and it closes again. */
async function openSection(page: Page, key: string, width: number): Promise<void> {
  if (width < 992) await page.getByTestId('nav-menu').click();
  await page.getByTestId(`nav-${key}`).click();
  await expect(page).toHaveURL(new RegExp(`#/${key}$`));
  await expect(page.getByTestId('section-loading')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  // The pointer leaves the link it clicked: axe once measured the active link's label against
  // its hover background (colour-contrast on "Settings"), which depends on where the pointer
  // rests, not on the page.
  await page.mouse.move(width - 1, 80);
}

for (const lang of LANGUAGES) {
  for (const width of WIDTHS) {
    test(`every main screen passes axe at ${width} px in ${lang}`, async ({
      page,
      consoleErrors,
    }) => {
      void consoleErrors;
      // About thirty axe runs and two Argon2id set-ups: 3 min was not enough at load 25 on two cores.
      test.setTimeout(600_000);
      await page.setViewportSize({ width, height: 800 });
      await page.addInitScript((l) => localStorage.setItem('verbundplaner.language', l), lang);
      await page.goto('/');
      await waitState(page, 'setup');
      await check(page, 'set-up', width, lang);
      await setUpVault(page);
      // The operations page loads on demand after the unlock: check it once it is drawn.
      await expect(page.getByTestId('section-loading')).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await check(page, 'operations empty', width, lang);

      for (const key of SECTIONS) {
        await openSection(page, key, width);
        await check(page, key, width, lang);
        if (key === 'agencies') {
          // A drawer's header must not count as a second banner.
          await page.getByTestId('agencies-new').click();
          await expect(page.getByRole('dialog')).toBeVisible();
          await check(page, 'agency drawer', width, lang);
          await page.keyboard.press('Escape');
          await expect(page.getByRole('dialog')).toHaveCount(0);
        }
      }

      await openSection(page, 'operations', width);
      await page.getByTestId('load-demo').click();
      await expect(page.getByTestId('operation-row')).toHaveCount(1);
      await check(page, 'operations with plan', width, lang);
      await page.getByTestId('operation-row').dblclick();
      await expect(page.getByTestId('workspace')).toBeVisible();
      const id = page.url().match(/#\/operations\/([^/]+)/)?.[1] ?? '';
      for (const tab of WORKSPACE_TABS) {
        await page.evaluate((hash) => {
          window.location.hash = hash;
        }, `#/operations/${id}/${tab}`);
        await expect(page).toHaveURL(new RegExp(`/${tab}$`));
        await expect(page.getByTestId('workspace')).toBeVisible();
        await check(page, `workspace ${tab}`, width, lang);
      }

      await page.getByTestId('lock-now').click();
      await waitState(page, 'locked');
      await check(page, 'unlock', width, lang);
      await unlock(page);
      await waitReady(page);
    });
  }
}
