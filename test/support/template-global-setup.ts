import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of this run's seeded SQLite templates (see seeded-template.ts). */
    penataTemplateDir: string;
  }
}

/**
 * Vitest globalSetup: one folder per test run for seeded demo databases, so each (size, seed) is
 * seeded once per run and every test app starts from a copy. A fresh folder per run means a
 * changed seed or migration can never be served from a stale template.
 */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'penata-templates-'));
  project.provide('penataTemplateDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
