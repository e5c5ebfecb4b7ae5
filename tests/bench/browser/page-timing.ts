// Timing inside the page, so Playwright's round trips do not count: a change is "settled" at the
// first animation frame after the last DOM mutation it caused, once three frames pass quietly.
// The functions given to page.evaluate are serialised into the page, so they are self-contained.
import type { Page } from '@playwright/test';

/** Navigates by hash and resolves with the time until `selector` is in the DOM and painted. */
export function timeNavigation(page: Page, hash: string, selector: string): Promise<number> {
  return page.evaluate(
    ([h, sel]) =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        window.location.hash = h;
        const check = () => {
          if (document.querySelector(sel))
            requestAnimationFrame(() => resolve(performance.now() - t0));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    [hash, selector] as const,
  );
}

type BenchWindow = Window & { __benchKeystroke?: Promise<number> };

/**
 * Times one keystroke: from its keydown on `inputSelector` until the DOM under `rootSelector`
 * has settled (the first frame after its last change, or after the key if nothing changed). The listeners are in place before `press` runs (a page.evaluate still starting
 * when the key arrives would miss it), and the result is collected afterwards.
 */
export async function timeKeystroke(
  page: Page,
  inputSelector: string,
  rootSelector: string,
  press: () => Promise<void>,
): Promise<number> {
  await page.evaluate(
    ([inputSel, rootSel]) => {
      const input = document.querySelector(inputSel);
      const root = document.querySelector(rootSel);
      if (!input || !root) throw new Error(`missing ${inputSel} or ${rootSel}`);
      (window as BenchWindow).__benchKeystroke = new Promise<number>((resolve, reject) => {
        let t0: number | null = null;
        let lastMutation = -1;
        let paintedAfter = -1;
        let quiet = 0;
        // The keystroke itself counts as the first change: a letter that leaves the result as
        // it was changes no DOM, and then the first frame after its handling is the answer.
        input.addEventListener(
          'keydown',
          () => {
            t0 = performance.now();
            lastMutation = t0;
          },
          { once: true, capture: true },
        );
        const observer = new MutationObserver((records) => {
          // The typed field's own value attribute is not the update being measured.
          if (t0 === null || records.every((r) => r.target instanceof HTMLInputElement)) return;
          lastMutation = performance.now();
          paintedAfter = -1;
          quiet = 0;
        });
        observer.observe(root, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        const started = performance.now();
        const frame = () => {
          const now = performance.now();
          if (t0 !== null && lastMutation >= t0) {
            if (paintedAfter < 0) paintedAfter = now;
            else if (++quiet >= 3) {
              observer.disconnect();
              resolve(paintedAfter - t0);
              return;
            }
          }
          if (now - started > 30_000) {
            observer.disconnect();
            reject(new Error('no update within 30 s'));
            return;
          }
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
    },
    [inputSelector, rootSelector] as const,
  );
  await press();
  return page.evaluate(() => (window as BenchWindow).__benchKeystroke ?? Promise.resolve(NaN));
}

/** Baseline: a plain <table> with `rows` rows of eight cells, built and painted. */
export function timePlainTable(page: Page, rows: number): Promise<number> {
  return page.evaluate(
    (n) =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        const table = document.createElement('table');
        const body = document.createElement('tbody');
        for (let i = 0; i < n; i++) {
          const tr = document.createElement('tr');
          for (let c = 0; c < 8; c++) {
            const td = document.createElement('td');
            td.textContent = `Zeile ${i} Spalte ${c}`;
            tr.appendChild(td);
          }
          body.appendChild(tr);
        }
        table.appendChild(body);
        document.body.appendChild(table);
        requestAnimationFrame(() => {
          const ms = performance.now() - t0;
          table.remove();
          resolve(ms);
        });
      }),
    rows,
  );
}

/** Baseline: a bare input whose keystroke only updates one text node. */
export function installBareInput(page: Page): Promise<void> {
  return page.evaluate(() => {
    const box = document.createElement('div');
    box.id = 'bench-bare';
    box.style.cssText = 'position:fixed;bottom:0;left:0;z-index:9999;background:white';
    const input = document.createElement('input');
    input.id = 'bench-bare-input';
    input.setAttribute('aria-label', 'bench');
    const out = document.createElement('span');
    input.addEventListener('input', () => (out.textContent = input.value));
    box.append(input, out);
    document.body.appendChild(box);
  });
}
