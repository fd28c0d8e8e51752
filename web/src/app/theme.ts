import type { ThemeConfig } from 'antd';

/** Navy and gold, after the colours of Kota Sibolga; calm surfaces for long working days. */
export const palette = {
  navy: '#0b2f52',
  navyDeep: '#082440',
  primary: '#1559a6',
  gold: '#f2b705',
  surface: '#f3f5f9',
  ink: '#1b2430',
  muted: '#5b6675',
  success: '#2e7d32',
  warning: '#b26a00',
  danger: '#c62828',
  chart: [
    '#1559a6',
    '#f2b705',
    '#2e9c8f',
    '#d9534f',
    '#7a5bc7',
    '#5b8def',
    '#e38d2c',
    '#4aa36c',
    '#9aa5b1',
    '#c44f8a',
  ],
} as const;

export const theme: ThemeConfig = {
  token: {
    colorPrimary: palette.primary,
    colorInfo: palette.primary,
    colorSuccess: palette.success,
    colorWarning: palette.warning,
    colorError: palette.danger,
    colorTextBase: palette.ink,
    colorBgLayout: palette.surface,
    // Secondary text, labels and placeholders dark enough for WCAG AA (4.5:1) on white.
    colorTextSecondary: '#556070',
    colorTextTertiary: '#5b6675',
    colorTextPlaceholder: '#6b7480',
    colorTextDescription: '#556070',
    borderRadius: 8,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
    fontSize: 14,
  },
  components: {
    Layout: {
      siderBg: palette.navy,
      headerBg: '#ffffff',
      triggerBg: palette.navyDeep,
      headerPadding: '0 24px',
    },
    Menu: {
      darkItemBg: palette.navy,
      darkSubMenuItemBg: palette.navyDeep,
      darkItemSelectedBg: palette.primary,
      darkGroupTitleColor: 'rgba(255,255,255,0.72)',
      darkItemColor: 'rgba(255,255,255,0.82)',
      itemHeight: 44,
    },
    Card: { headerFontSize: 15 },
    Table: { headerBg: '#f7f9fc', rowHoverBg: '#f0f5fc' },
    Statistic: { contentFontSize: 28 },
    // Tag text one shade darker than the preset, for 4.5:1 contrast on the light tag backgrounds.
    Tag: {
      gold7: '#7a5200',
      green7: '#1f5e12',
      red7: '#a3151f',
      blue7: '#0a4a96',
      purple7: '#4b1d99',
      orange7: '#873a00',
      cyan7: '#00555c',
    },
  },
};
