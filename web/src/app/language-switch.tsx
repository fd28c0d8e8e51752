import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Language, setLanguage } from '../i18n';
import { useLanguage } from '../lib/use-language';

/** ID | EN in the header; the choice is remembered in this browser. */
export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  return (
    <Segmented<Language>
      size={size}
      aria-label={t('language.label')}
      value={lng}
      onChange={(value) => setLanguage(value)}
      options={[
        {
          value: 'id',
          label: (
            <span title={t('language.id')} lang="id">
              {t('language.short_id')}
            </span>
          ),
        },
        {
          value: 'en',
          label: (
            <span title={t('language.en')} lang="en">
              {t('language.short_en')}
            </span>
          ),
        },
      ]}
    />
  );
}
