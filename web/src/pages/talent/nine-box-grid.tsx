import { useTranslation } from 'react-i18next';
import { BOX_LABELS } from '../../../../src/core/appraisal/nine-box';
import type { NineBox } from '../../../../src/core/appraisal/policy';
import type { TalentGridDto } from '../../api/use-talent';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

// Rows top to bottom: performance above, meets, below; columns: potential low, medium, high
// (DOMAIN.md 7.1, PermenPANRB 3/2020 Lampiran A).
const LAYOUT: readonly (readonly [NineBox, NineBox, NineBox])[] = [
  [4, 7, 9],
  [2, 5, 8],
  [1, 3, 6],
];
const ROWS = ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'] as const;
const COLUMNS = ['RENDAH', 'MENENGAH', 'TINGGI'] as const;

interface Props {
  grid: TalentGridDto;
  selected: number | null;
  onSelect: (box: NineBox) => void;
}

/** The 3x3 talent grid: performance up, potential right; each box a button with its count. */
export function NineBoxGrid({ grid, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const countOf = (box: NineBox) => grid.counts.boxes.find((b) => b.box === box)?.count ?? 0;
  return (
    <div className="ninebox" data-testid="nine-box">
      <div className="ninebox-y-axis" aria-hidden>
        <span>{t('evaluation.talent.performance')} →</span>
      </div>
      <div className="ninebox-rows">
        {LAYOUT.map((row, r) => (
          <div className="ninebox-row" key={ROWS[r]}>
            <div className="ninebox-row-label">{t(`evaluation.talent.perfLevel.${ROWS[r]!}`)}</div>
            {row.map((box) => {
              const label = BOX_LABELS[box].name[lng];
              const count = countOf(box);
              const pool = grid.talentPoolBoxes.includes(box);
              return (
                <button
                  type="button"
                  key={box}
                  className={`ninebox-cell ninebox-cell-${box}${pool ? ' is-pool' : ''}${selected === box ? ' is-selected' : ''}`}
                  aria-pressed={selected === box}
                  aria-label={t('evaluation.talent.boxAria', { label, count })}
                  data-testid={`box-${box}`}
                  onClick={() => onSelect(box)}
                >
                  <span className="ninebox-number">{box}</span>
                  <span className="ninebox-count">{formatNumber(count, lng)}</span>
                  <span className="ninebox-name">{label.replace(/^(Kotak|Box) \d: /, '')}</span>
                  {pool && <span className="ninebox-pool">{t('evaluation.talent.poolBox')}</span>}
                </button>
              );
            })}
          </div>
        ))}
        <div className="ninebox-row ninebox-x-labels" aria-hidden>
          <div className="ninebox-row-label" />
          {COLUMNS.map((c) => (
            <div key={c} className="ninebox-col-label">
              {t(`evaluation.potentialLevel.${c}`)}
            </div>
          ))}
        </div>
        <div className="ninebox-x-axis" aria-hidden>
          {t('evaluation.talent.potential')} →
        </div>
      </div>
    </div>
  );
}
