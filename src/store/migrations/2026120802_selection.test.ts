import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { down, up } from './2026120802_selection.js';

const TABLES = ['selection_candidates', 'selection_committee', 'selection_stages', 'selections'];

describeEachDialect('migration 2026120802_selection', (database) => {
  const selectionTables = async () =>
    (await database().db.introspection.getTables())
      .map((t) => t.name)
      .filter((n) => n.startsWith('selection'))
      .sort();

  it('creates the four selection tables and drops them again', async () => {
    const { db } = database();
    expect(await selectionTables()).toEqual(TABLES);
    await down(db);
    expect(await selectionTables()).toEqual([]);
    await up(db);
    expect(await selectionTables()).toEqual(TABLES);
  });
});
