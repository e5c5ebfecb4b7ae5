// Mantine theme: sober, dense enough for desktop planning work, readable contrast.
import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 8 keeps white-on-primary and primary-on-light text above WCAG AA contrast.
  primaryShade: { light: 8, dark: 6 },
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif',
  headings: { fontWeight: '650' },
});
