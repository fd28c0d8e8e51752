import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  auditActionName,
  auditEntityName,
  auditKey,
  auditValueText,
} from './audit-labels';

const ROOT = join(__dirname, '../../../../src');

/** The non-test TypeScript sources of the layers that write the audit log. */
function sources(): { file: string; text: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) return walk(p);
      return p.endsWith('.ts') && !p.endsWith('.test.ts') && !p.includes('fixtures') ? [p] : [];
    });
  return ['services', 'store', 'server', 'cli'].flatMap((d) =>
    walk(join(ROOT, d)).map((file) => ({ file, text: readFileSync(file, 'utf8') })),
  );
}

/** Every literal a source passes as an audit action (`action:`, `auditAction:`, a selection step's `audit:`). */
function writtenActions(): Map<string, string> {
  const found = new Map<string, string>();
  for (const { file, text } of sources()) {
    for (const m of text.matchAll(
      /\b(?:action|auditAction|audit)\s*:\s*(?:[^,\n]*\?\s*)?'([a-z][\w-]*(?:\.[\w-]+)+)'(?:\s*:\s*'([a-z][\w-]*(?:\.[\w-]+)+)')?/g,
    )) {
      for (const code of [m[1], m[2]])
        if (code && !code.includes('read') && !found.has(code)) found.set(code, file);
    }
  }
  return found;
}

function writtenEntities(): Map<string, string> {
  const found = new Map<string, string>();
  for (const { file, text } of sources()) {
    for (const m of text.matchAll(/\bentityType\s*:\s*'([a-z_]+)'/g))
      if (!found.has(m[1]!)) found.set(m[1]!, file);
  }
  return found;
}

describe('audit log labels', () => {
  it('know every action a service writes, by name in both languages', () => {
    const written = writtenActions();
    // The scan finds the log's actions (not the policy's `*.read` actions), so it cannot pass empty.
    expect(written.size).toBeGreaterThan(40);
    const unknown = [...written].filter(([code]) => !AUDIT_ACTIONS.includes(code));
    expect(unknown.map(([code, file]) => `${code} (${file.replace(ROOT, 'src')})`)).toEqual([]);
    const unnamed = AUDIT_ACTIONS.filter((a) => !auditActionName(a, 'id') || !auditActionName(a, 'en'));
    expect(unnamed).toEqual([]);
  });

  it('know every kind of data a service writes', () => {
    const unknown = [...writtenEntities()].filter(([type]) => !AUDIT_ENTITIES.includes(type));
    expect(unknown.map(([type, file]) => `${type} (${file.replace(ROOT, 'src')})`)).toEqual([]);
    for (const e of AUDIT_ENTITIES) expect(auditEntityName(e, 'en'), e).not.toBeNull();
  });

  it('turn a dotted code into a dictionary key i18next does not nest', () => {
    expect(auditKey('proposal.tenure-override.remove')).toBe('proposal_tenure-override_remove');
    expect(auditActionName('proposal.approve', 'id')).toBe('Menyetujui usulan');
    expect(auditActionName('proposal.unheard-of', 'id')).toBeNull();
  });
});

describe('auditValueText', () => {
  it('shows codes by name, dates and numbers the Indonesian way, and flags as Ya/Tidak', () => {
    expect(auditValueText({ state: 'APPROVED', role: 'PPK', version: 6 }, 'id')).toBe(
      'Status: Disetujui PPK; Peran: PPK (Wali Kota); Versi data: 6',
    );
    expect(auditValueText(['ELIGIBLE', 'ELIGIBLE_WITH_WARNINGS'], 'id')).toBe(
      'Memenuhi syarat, Memenuhi syarat, dengan catatan',
    );
    expect(auditValueText('2025-09-22', 'id')).toBe('22 September 2025');
    expect(auditValueText(2.5, 'id')).toBe('2,5');
    expect(auditValueText(true, 'id')).toBe('Ya');
    expect(auditValueText('R-TENURE-MIN', 'id')).toBe('Masa jabatan minimal sebelum mutasi (R-TENURE-MIN)');
    expect(auditValueText('Penataan organisasi', 'id')).toBe('Penataan organisasi');
  });

  it('cuts a long list after 20 entries and says how many more', () => {
    const text = auditValueText(
      Array.from({ length: 25 }, (_, i) => i + 1),
      'id',
    );
    expect(text.split(', ')).toHaveLength(21);
    expect(text.endsWith('… +5')).toBe(true);
  });
});
