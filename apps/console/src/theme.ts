import { createTheme, DEFAULT_THEME, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/**
 * Athar's green: Mantine's teal with its darker half darkened so that white text on a filled button, at
 * rest and hovered, and green text on the page pass WCAG 2.1 AA (4.5:1) in the light and the dark scheme
 * (Mantine's teal.8 under white button text is 3.95:1; axe color-contrast in the browser tier). Checked
 * by apps/console-e2e/src/theme.unit.spec.ts.
 */
const athar: MantineColorsTuple = [
  ...(DEFAULT_THEME.colors.teal.slice(0, 6) as [string, string, string, string, string, string]),
  '#0b8a66',
  '#0a7d5e',
  '#087054',
  '#066049',
];

export const theme = createTheme({
  colors: { athar },
  primaryColor: 'athar',
  // filled buttons in shade 8, hovered in shade 9, in both schemes
  primaryShade: { light: 8, dark: 8 },
  fontFamily: '"Noto Sans Arabic", "Noto Sans", system-ui, sans-serif',
  headings: { fontFamily: '"Noto Sans Arabic", "Noto Sans", system-ui, sans-serif' },
});

/**
 * Dimmed text (a field's description) and error text (a field's reason) in shades that pass AA on the
 * page in each scheme: Mantine's defaults, gray.6 and red.6 on white, dark.2 and red.8 on dark.7, do not.
 * Given to MantineProvider beside the theme.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)', '--mantine-color-error': 'var(--mantine-color-red-4)' },
});
