// Mantine theme: sober, dense enough for desktop planning work, readable contrast.
import {
  Alert,
  Badge,
  Loader,
  Notification,
  PasswordInput,
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

// Light, subtle and outline variants draw text in shade 6 of their colour, which on a pale (or
// striped, or hovered) background fails WCAG AA contrast; use a darkened shade 9 instead.
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'light' && input.variant !== 'outline' && input.variant !== 'subtle') {
    return colors;
  }
  const parsed = parseThemeColor({
    color: input.color || input.theme.primaryColor,
    theme: input.theme,
  });
  if (!parsed.isThemeColor) return colors;
  const text = `color-mix(in srgb, var(--mantine-color-${parsed.color}-9), black 35%)`;
  return {
    ...colors,
    color: text,
    border: input.variant === 'outline' ? `1px solid ${text}` : colors.border,
  };
};

/** Words the theme puts into Mantine's own controls, in the UI language. */
export interface ThemeLabels {
  showPassphrase: string;
}

export const createAppTheme = (labels: ThemeLabels) =>
  createTheme({
    variantColorResolver,
    primaryColor: 'indigo',
    // Shade 8 keeps white-on-primary and primary-on-light text above WCAG AA contrast.
    primaryShade: { light: 8, dark: 6 },
    defaultRadius: 'sm',
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif',
    headings: { fontWeight: '650' },
    // Users who ask their system for less motion get dialogs, menus and drawers without animation.
    respectReducedMotion: true,
    components: {
      // Badges carry status words ("teilweise bestätigt"): never cut them off or shout them.
      Badge: Badge.extend({
        defaultProps: { tt: 'none' },
        styles: { root: { flexShrink: 0, maxWidth: 'none' }, label: { overflow: 'visible' } },
      }),
      // Mantine gives every Alert role="alert", so static hints were announced like errors. An
      // alert that reports a failure passes role="alert" itself; the rest are notes.
      Alert: Alert.extend({ defaultProps: { role: 'note' } }),
      // Loaders carry an aria-label ("Objekte werden geladen …"); on a plain element without a
      // role axe refuses the name (aria-prohibited-attr), as a status it is announced.
      Loader: Loader.extend({ defaultProps: { role: 'status' } }),
      // The show-passphrase button: reachable by keyboard (Mantine skips it by default) and named
      // in the UI language (Mantine's own name is English; aria-pressed tells shown or hidden).
      PasswordInput: PasswordInput.extend({
        defaultProps: {
          visibilityToggleFocusable: true,
          visibilityToggleButtonProps: { 'aria-label': labels.showPassphrase },
        },
      }),
      // A notification's text under its title is gray-6 (about 3.3:1 on white); gray-7 passes AA.
      Notification: Notification.extend({
        styles: { description: { color: 'var(--mantine-color-gray-7)' } },
      }),
    },
  });

// Field error messages are small text: Mantine's red-6 (about 3.4:1 on white) fails WCAG AA.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: {},
});

/** The German theme, for tests and benches that render components outside App. */
export const theme = createAppTheme({ showPassphrase: 'Passphrase anzeigen' });
