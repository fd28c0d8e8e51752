import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type APIRequestContext, type Page, request } from 'playwright-core';
import { inject, it } from 'vitest';
import { describeViolations, runAxe } from './axe';
import { launchBrowser } from './chromium';
import { RESULTS_DIR } from './paths';

export const DEMO_PASSWORD = 'sibolga2026';
export const DESKTOP = { width: 1366, height: 860 };
export const TABLET = { width: 768, height: 1024 };

export interface JourneyOptions {
  /** Browser viewport; desktop by default. */
  viewport?: { width: number; height: number };
  /**
   * The server to use: the default demo, the one with 100,000 employees, or the demo whose clock
   * the journey may move forward (`round`).
   */
  server?: 'demo' | 'big' | 'round';
  timeoutMs?: number;
}

export interface VisitOptions {
  /** A selector that shows the page is ready (default: the main landmark without loading placeholders). */
  ready?: string;
  /** Skip the axe check and screenshot (for pages visited only to move on). */
  check?: boolean;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * One user journey in a real Chromium. The app is started once for all journeys (global setup);
 * each journey gets a fresh browser profile. `visit` and `check` run axe (failing on critical
 * violations) and save a screenshot to test-results/e2e; `step` times a part of the journey and the
 * timings are printed at the end.
 */
export class Journey {
  readonly timings: { label: string; ms: number }[] = [];
  readonly pageErrors: string[] = [];
  private shots = 0;

  constructor(
    readonly name: string,
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  url(path: string): string {
    return `${this.baseUrl}${path}`;
  }

  /** Times an async part of the journey. */
  async step<T>(label: string, fn: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await fn();
    } finally {
      this.timings.push({ label, ms: performance.now() - started });
    }
  }

  /** Signs in through the sign-in page (default) or straight through the API (faster setup). */
  async signIn(username: string, opts: { via?: 'ui' | 'api'; password?: string } = {}): Promise<void> {
    const password = opts.password ?? DEMO_PASSWORD;
    if (opts.via === 'api') {
      await this.step(`sign in as ${username} (api)`, async () => {
        const res = await this.page.request.post(this.url('/api/auth/login'), {
          data: { username, password },
        });
        if (!res.ok()) throw new Error(`sign-in as ${username} failed: ${res.status()} ${await res.text()}`);
      });
      return;
    }
    await this.visit('/masuk', 'sign-in', { ready: 'form' });
    await this.step(`sign in as ${username}`, async () => {
      await this.page.getByLabel(/^(Nama pengguna|Username)$/).fill(username);
      await this.page.getByLabel(/^(Kata sandi|Password)$/).fill(password);
      await this.page.getByRole('button', { name: /^(Masuk|Sign in)$/ }).click();
      await this.page.waitForURL((u) => !u.pathname.startsWith('/masuk'));
      await this.settle();
    });
  }

  /** Opens a path, waits until it is ready, then checks it (axe + screenshot). */
  async visit(path: string, label: string, opts: VisitOptions = {}): Promise<void> {
    await this.step(`visit ${label}`, async () => {
      await this.page.goto(this.url(path));
      await this.settle(opts.ready);
    });
    if (opts.check !== false) await this.check(label);
  }

  /** Waits for the page to finish loading: no skeletons or spinners, optionally a given selector. */
  async settle(ready?: string): Promise<void> {
    if (ready) await this.page.waitForSelector(ready, { state: 'visible' });
    // Two frames first: a click or URL change may not have rendered its loading state yet.
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
    );
    await this.page.waitForFunction(
      () =>
        !document.querySelector(
          '.ant-skeleton-active, .ant-spin-spinning, [aria-busy="true"], .boot-screen [role="status"]',
        ),
      undefined,
      { timeout: 30_000 },
    );
  }

  /**
   * Confirms the open dialog with its button once the dialog has finished opening. A click during
   * antd's zoom-in can land while the dialog is still growing and be lost: the dialog then stays open
   * and idle (seen in CI on "Selesai dinilai TPK", and in the run on "Setujui").
   */
  async confirmDialog(button: string): Promise<void> {
    const dialog = this.page.getByRole('dialog');
    await dialog.waitFor();
    await this.page.waitForFunction(
      () =>
        !document.querySelector(
          '.ant-modal[class*="-appear"], .ant-modal[class*="-enter"], .ant-modal-mask[class*="-appear"], .ant-modal-mask[class*="-enter"]',
        ),
      undefined,
      { timeout: 5000 },
    );
    await dialog.getByRole('button', { name: button }).click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
  }

  /** axe-core on the current page (fails on critical violations) and a full-page screenshot. */
  async check(label: string): Promise<void> {
    this.shots += 1;
    const file = join(
      RESULTS_DIR,
      `${slug(this.name)}-${String(this.shots).padStart(2, '0')}-${slug(label)}.png`,
    );
    await this.step(`check ${label}`, async () => {
      // Let antd's enter/leave motions (help texts, dropdowns) finish, then freeze transitions.
      await this.page
        .waitForFunction(
          () =>
            !document.querySelector(
              '[class*="-appear-active"], [class*="-enter-active"], [class*="-leave-active"]',
            ),
          undefined,
          {
            timeout: 3000,
          },
        )
        .catch(() => undefined);
      await this.stillFrames(true);
      const violations = await runAxe(this.page);
      const critical = violations.filter((v) => v.impact === 'critical');
      const other = violations.filter((v) => v.impact !== 'critical');
      if (other.length > 0)
        console.warn(
          `[e2e] ${this.name} / ${label}: non-critical accessibility findings\n${describeViolations(other)}`,
        );
      await this.page.screenshot({ path: file, fullPage: true });
      await this.stillFrames(false);
      if (critical.length > 0) {
        throw new Error(
          `critical accessibility violations on ${label} (${this.page.url()}):\n${describeViolations(critical)}`,
        );
      }
    });
  }

  /**
   * While checking, CSS transitions and animations jump to their end, so axe judges (and the
   * screenshot shows) the final colours rather than a frame of a fade. Lifted again afterwards:
   * antd's motion needs its transition events.
   */
  private async stillFrames(on: boolean): Promise<void> {
    await this.page.evaluate((still) => {
      const existing = document.getElementById('e2e-still');
      if (!still) {
        existing?.remove();
        return;
      }
      if (existing) return;
      const style = document.createElement('style');
      style.id = 'e2e-still';
      style.textContent =
        '*, *::before, *::after { transition: none !important; animation: none !important; }';
      document.head.append(style);
    }, on);
  }

  /** A request with the journey's cookies (the signed-in user). */
  async api(
    path: string,
    init: { method?: 'GET' | 'POST'; data?: unknown } = {},
  ): Promise<{ status: number; body: unknown }> {
    const res =
      init.method === 'POST'
        ? await this.page.request.post(this.url(path), { data: init.data ?? {} })
        : await this.page.request.get(this.url(path));
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: keep the text.
    }
    return { status: res.status(), body };
  }

  /** A request as another demo account, outside the browser (e.g. to find another employee's NIP). */
  async apiAs<T>(username: string, path: string): Promise<T> {
    const ctx: APIRequestContext = await request.newContext({ baseURL: this.baseUrl });
    try {
      const login = await ctx.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
      if (!login.ok()) throw new Error(`sign-in as ${username} failed: ${login.status()}`);
      const res = await ctx.get(path);
      if (!res.ok()) throw new Error(`GET ${path} as ${username}: ${res.status()}`);
      return (await res.json()) as T;
    } finally {
      await ctx.dispose();
    }
  }

  report(): void {
    const total = this.timings.reduce((s, t) => s + t.ms, 0);
    const lines = this.timings.map((t) => `    ${t.label.padEnd(52)} ${t.ms.toFixed(0).padStart(6)} ms`);
    console.log(
      `[e2e] ${this.name}: ${this.shots} pages checked\n${lines.join('\n')}\n    ${'total'.padEnd(52)} ${total.toFixed(0).padStart(6)} ms`,
    );
  }
}

/** The server's base URL for a journey; waits for the 100,000-employee server to finish seeding. */
async function serverUrl(server: 'demo' | 'big' | 'round'): Promise<string> {
  if (server === 'demo') return inject('baseUrl');
  if (server === 'round') {
    if (!inject('roundBaseUrl'))
      throw new Error(
        'no server with a movable clock (set PENATA_E2E_ROUND_BASE_URL with an external server)',
      );
    const { waitForHealth } = await import('./server-process');
    await waitForHealth(inject('roundBaseUrl'), {
      timeoutMs: 5 * 60_000,
      logFile: inject('roundLogFile') || undefined,
    });
    return inject('roundBaseUrl');
  }
  const url = inject('bigBaseUrl');
  if (!url) throw new Error('the 100,000-employee server is disabled (PENATA_E2E_PERF=0)');
  const { waitForHealth } = await import('./server-process');
  const ms = await waitForHealth(url, { timeoutMs: 20 * 60_000, logFile: inject('bigLogFile') || undefined });
  if (ms > 1000)
    console.log(`[e2e] waited ${(ms / 1000).toFixed(1)} s for the 100,000-employee server to seed`);
  return url;
}

/** Declares a journey as a Vitest test; skipped (with the reason) when Chromium is missing locally. */
export function journey(name: string, body: (j: Journey) => Promise<void>, opts: JourneyOptions = {}): void {
  const skipReason = inject('skipReason');
  const server = opts.server ?? 'demo';
  const skip = Boolean(skipReason) || (server === 'big' && process.env.PENATA_E2E_PERF === '0');
  it.skipIf(skip)(
    name,
    async () => {
      const baseUrl = await serverUrl(server);
      mkdirSync(RESULTS_DIR, { recursive: true });
      const browser = await launchBrowser(opts.viewport ?? DESKTOP);
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      const j = new Journey(name, page, baseUrl);
      page.on('pageerror', (error) => j.pageErrors.push(error.message));
      try {
        await body(j);
        if (j.pageErrors.length > 0)
          throw new Error(`uncaught errors in the page:\n${j.pageErrors.join('\n')}`);
      } catch (error) {
        await page
          .screenshot({ path: join(RESULTS_DIR, `${slug(name)}-failure.png`), fullPage: true })
          .catch(() => undefined);
        console.error(`[e2e] ${name}: failed at ${page.url()}`);
        // The accessibility tree at the moment of failure: what role/name locators could see.
        const tree = await page
          .locator('body')
          .ariaSnapshot()
          .catch(() => '');
        writeFileSync(join(RESULTS_DIR, `${slug(name)}-failure.aria.yml`), tree);
        throw error;
      } finally {
        j.report();
        await browser.close();
      }
    },
    opts.timeoutMs ?? (server === 'big' ? 25 * 60_000 : 120_000),
  );
}
