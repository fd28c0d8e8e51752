import { describe, expect, it } from 'vitest';
import { type DeclarationAgenda, planOwnDeclarations } from './board-declarations.js';
import { NO_CONFLICT_STATEMENT } from './board-rules.js';

const agenda = (over: Partial<DeclarationAgenda> = {}): DeclarationAgenda => ({
  itemIds: [1, 2, 3, 4],
  openItemIds: new Set([1, 2, 3, 4]),
  decidedItemIds: new Set(),
  existing: new Map(),
  names: new Map([
    [1, 'Ani'],
    [2, 'Budi'],
    [3, 'Citra'],
    [4, 'Dedi'],
  ]),
  ...over,
});
const rulesOf = (r: ReturnType<typeof planOwnDeclarations>) =>
  r.ok ? [] : r.issues.map((i) => [i.field, i.rule]);

describe('planOwnDeclarations', () => {
  it('declares on the whole agenda in one action: none with anyone', () => {
    const r = planOwnDeclarations({ mode: 'AGENDA', conflicts: [] }, agenda());
    expect(r).toEqual({
      ok: true,
      rows: [1, 2, 3, 4].map((itemId) => ({ itemId, hasConflict: false, statement: NO_CONFLICT_STATEMENT })),
    });
  });

  it('declares a conflict with the listed candidates and none with the others', () => {
    const r = planOwnDeclarations(
      { mode: 'AGENDA', conflicts: [{ itemId: 3, statement: '  Adik ipar saya  ' }] },
      agenda(),
    );
    expect(r.ok && r.rows.map((x) => [x.itemId, x.hasConflict, x.statement])).toEqual([
      [3, true, 'Adik ipar saya'],
      [1, false, NO_CONFLICT_STATEMENT],
      [2, false, NO_CONFLICT_STATEMENT],
      [4, false, NO_CONFLICT_STATEMENT],
    ]);
  });

  it('takes a page of candidates of any size, with or without a conflict', () => {
    const many = Array.from({ length: 700 }, (_, i) => i + 1);
    const r = planOwnDeclarations(
      { mode: 'ITEMS', declarations: many.map((itemId) => ({ itemId, hasConflict: false })) },
      agenda({ itemIds: many, openItemIds: new Set(many) }),
    );
    expect(r.ok && r.rows.length).toBe(700);
  });

  it('names each bad field: off the agenda, closed, twice, a conflict without its statement', () => {
    const r = planOwnDeclarations(
      {
        mode: 'ITEMS',
        declarations: [
          { itemId: 9, hasConflict: false },
          { itemId: 4, hasConflict: false },
          { itemId: 1, hasConflict: true, statement: ' ' },
          { itemId: 2, hasConflict: false },
          { itemId: 2, hasConflict: true, statement: 'Sepupu' },
        ],
      },
      agenda({ openItemIds: new Set([1, 2, 3]) }),
    );
    expect(rulesOf(r)).toEqual([
      ['declarations.0.itemId', 'ITEM_ON_AGENDA'],
      ['declarations.1.itemId', 'DECIDE_WHILE_VERIFIED'],
      ['declarations.2.statement', 'CONFLICT_STATEMENT'],
      ['declarations.4.itemId', 'DECLARATION_ONCE'],
    ]);
    expect(!r.ok && r.issues[2]!.message.id).toContain('Ani');
  });

  it('keeps what a decision was taken on: no change of mind on a decided candidate', () => {
    const decided = agenda({
      decidedItemIds: new Set([1, 2]),
      existing: new Map([
        [1, false],
        [2, true],
      ]),
    });
    // Saying "none" again keeps both decided candidates as they were, including the conflict on 2...
    const again = planOwnDeclarations(
      { mode: 'AGENDA', conflicts: [{ itemId: 2, statement: 'Ipar' }] },
      decided,
    );
    expect(again.ok && again.rows.map((x) => x.itemId)).toEqual([2, 3, 4]);
    // ...but leaving the conflict on 2 out, or adding one on 1, is a change after the decision.
    expect(rulesOf(planOwnDeclarations({ mode: 'AGENDA', conflicts: [] }, decided))).toEqual([
      ['conflicts', 'DECLARED_BEFORE_DECISION'],
    ]);
    expect(
      rulesOf(
        planOwnDeclarations(
          {
            mode: 'AGENDA',
            conflicts: [
              { itemId: 1, statement: 'Ipar' },
              { itemId: 2, statement: 'Ipar' },
            ],
          },
          decided,
        ),
      ),
    ).toEqual([['conflicts.0.itemId', 'DECLARED_BEFORE_DECISION']]);
  });

  it('refuses a declaration that covers no open candidate', () => {
    const closed = agenda({ openItemIds: new Set() });
    expect(rulesOf(planOwnDeclarations({ mode: 'AGENDA', conflicts: [] }, closed))).toEqual([
      ['conflicts', 'NOTHING_TO_DECLARE'],
    ]);
  });
});
