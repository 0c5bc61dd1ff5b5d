/**
 * @module The e2e harness: a real `tonus serve` (the bundled CLI as plain Node) on 127.0.0.1 with a fresh data
 * folder and the demo clinic, serving the built web app; Debian's Chromium through playwright-core with a
 * fresh profile; axe-core with the WCAG 2.2 AA tags and screenshots, each at 390 px and 1280 px (under
 * test/e2e/out); what sticks out sideways at 390 px.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { bundleCli } from '../support/bundle.js';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const OUT = 'test/e2e/out';

export const DEMO = {
  admin: { email: 'admin@demo.tonus.invalid', password: 'demo-admin-2026' },
  clinician: { email: 'clinician@demo.tonus.invalid', password: 'demo-clinician-2026' },
  patient: { email: 'ada@demo.tonus.invalid', password: 'demo-patient-2026' },
} as const;

export interface Served {
  readonly base: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

/** A fresh `tonus serve --demo` on a free loopback port. */
export async function serve(name: string): Promise<Served> {
  const bundle = await bundleCli(`e2e-${name}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'tonus-e2e-'));
  const child: ChildProcess = spawn(process.execPath, [bundle.file, 'serve', '--demo'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      TONUS_DATA_DIR: dataDir,
      TONUS_WEB_DIR: 'web/dist',
      TONUS_SCRYPT_LOG2N: '10',
      TONUS_LOG_LEVEL: 'silent',
      TONUS_LOGIN_PER_MINUTE: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start: ${out}`));
    }, 60_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving on (http:\/\/\S+)/.exec(out);
      if (m?.[1] !== undefined && out.includes('Decision support')) {
        clearTimeout(timer);
        resolve(m[1].replace('localhost', '127.0.0.1'));
      }
    });
    child.stderr?.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`server exited: ${out}`));
    });
  });
  return {
    base,
    dataDir,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      bundle.remove();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export async function newPage(
  browser: Browser,
  base: string,
  o: { width?: number; locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: base,
    viewport: { width: o.width ?? 390, height: 844 },
    locale: o.locale ?? 'en-US',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  return { context, page };
}

/** The widths every page is checked at: a phone's and a desktop's. */
export const WIDTHS = [390, 1280] as const;

/**
 * Every WCAG 2.2 A/AA violation axe finds on the page at a phone's and at a desktop's width, as readable
 * lines naming the width (none expected); the viewport is put back as it was.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const before = page.viewportSize() ?? { width: 390, height: 844 };
  const out: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    const r = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    out.push(
      ...r.violations.map(
        (v) =>
          `${String(width)} px ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      ),
    );
  }
  await page.setViewportSize(before);
  return out;
}

/**
 * What sticks out sideways at a phone's width (390 px), as readable lines (none expected): the page wider than
 * the screen, and each shown control (link, button, field, summary) reaching past the screen's left or right
 * edge or past the region that scrolls sideways around it, where a confirmation's button would sit out of
 * sight. The skip link waits off-screen until it is focused, by design. The viewport is put back as it was.
 */
export async function narrowOverflow(page: Page): Promise<string[]> {
  const before = page.viewportSize() ?? { width: 390, height: 844 };
  await page.setViewportSize({ width: 390, height: 844 });
  const out = await page.evaluate(() => {
    const lines: string[] = [];
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth > width) {
      lines.push(`the page is ${String(root.scrollWidth)} px wide on a ${String(width)} px screen`);
    }
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, input:not([type="hidden"]), select, textarea, summary',
    );
    for (const el of controls) {
      if (el.classList.contains('skip') || !el.checkVisibility({ visibilityProperty: true })) {
        continue;
      }
      // the screen, narrowed to the nearest region that scrolls sideways around the control
      let left = 0;
      let right = width;
      for (let p = el.parentElement; p !== null && p !== root; p = p.parentElement) {
        if (
          p.scrollWidth > p.clientWidth &&
          /auto|scroll|hidden/.test(getComputedStyle(p).overflowX)
        ) {
          const box = p.getBoundingClientRect();
          left = Math.max(left, box.left);
          right = Math.min(right, box.right);
          break;
        }
      }
      const r = el.getBoundingClientRect();
      if (r.left < left - 1 || r.right > right + 1) {
        const name = (el.getAttribute('aria-label') ?? el.textContent).trim().slice(0, 60);
        lines.push(
          `${el.tagName.toLowerCase()} "${name}" spans ${String(Math.round(r.left))} to ${String(Math.round(r.right))} px, the screen or its region ${String(Math.round(left))} to ${String(Math.round(right))} px`,
        );
      }
    }
    return lines;
  });
  await page.setViewportSize(before);
  return out;
}

/** Screenshots of the page at a phone's and a desktop's width. */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const before = page.viewportSize() ?? { width: 390, height: 844 };
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.screenshot({ path: join(OUT, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(before);
}

export async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(/email/i).fill(who.email);
  await page.getByLabel(/password/i).fill(who.password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
}
