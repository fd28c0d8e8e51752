import { describe, expect, it } from 'vitest';
import { en } from './en';
import { id } from './id';

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf of a dictionary as `path -> text`, in key order. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

/** The i18next placeholders a text interpolates, e.g. `{{count}}`. */
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const idLeaves = leaves(id);
const enLeaves = leaves(en);

describe('UI dictionaries', () => {
  it('give English exactly the keys of the Indonesian default', () => {
    const missing = [...idLeaves.keys()].filter((k) => !enLeaves.has(k));
    const extra = [...enLeaves.keys()].filter((k) => !idLeaves.has(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    expect(idLeaves.size).toBeGreaterThan(500);
  });

  it('interpolate the same placeholders in both languages', () => {
    const differing = [...idLeaves].filter(
      ([key, text]) => placeholders(text).join() !== placeholders(enLeaves.get(key) ?? '').join(),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it('leave a text empty in neither language or in both', () => {
    // An empty text is a deliberate blank (a row state that shows nothing), never a forgotten one.
    const oneSided = [...idLeaves]
      .filter(([key, text]) => (text.trim() === '') !== ((enLeaves.get(key) ?? 'x').trim() === ''))
      .map(([key]) => key);
    expect(oneSided).toEqual([]);
  });

  it('keep each area of the split files under its own top-level key', () => {
    // The per-area files are spread into one dictionary; a key defined twice would silently win.
    expect(Object.keys(id)).toEqual(Object.keys(en));
    expect(Object.keys(id)).toEqual(
      expect.arrayContaining(['app', 'profile', 'position', 'process', 'enum']),
    );
  });
});
