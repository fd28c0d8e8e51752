import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { id } from '../i18n/id';
import { LocalDatePicker } from './local-date-picker';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng: 'id',
    interpolation: { escapeValue: false },
  });
});

const render = (value: string | null) =>
  renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(LocalDatePicker, { id: 'tmt', value, onChange: () => {} }),
    ),
  );

describe('LocalDatePicker', () => {
  it('shows an ISO date day first, not as the browser would (mm/dd/yyyy)', () => {
    const html = render('2026-12-08');
    expect(html).toContain('value="08/12/2026"');
    expect(html).toContain('id="tmt"');
    expect(html).not.toContain('type="date"');
  });

  it('shows nothing for no date or an unreadable one, with an Indonesian placeholder', () => {
    expect(render(null)).toContain('placeholder="hh/bb/tttt"');
    expect(render('08-12-2026')).toContain('value=""');
  });
});
