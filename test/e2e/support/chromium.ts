import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM_PATH = process.env.PENATA_CHROMIUM ?? '/usr/bin/chromium';

// --no-sandbox: CI runs as root. The networking flags keep Chromium quiet on a closed network.
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

/** Why the journeys cannot run here, or null when Chromium is installed. */
export function chromiumMissingReason(): string | null {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
    return null;
  } catch {
    return `Chromium not found at ${CHROMIUM_PATH} (install Debian's package: apt-get install chromium)`;
  }
}

export interface LaunchedBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/**
 * A fresh browser for one journey: its own temporary profile (--user-data-dir), so no cookie or
 * stored language leaks from one journey into the next.
 */
export async function launchBrowser(
  viewport: { width: number; height: number },
  locale = 'id-ID',
): Promise<LaunchedBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'penata-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale,
    timezoneId: 'Asia/Jakarta',
  });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
