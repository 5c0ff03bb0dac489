import { defaultCssVariablesResolver, luminance, mergeMantineTheme, DEFAULT_THEME, type MantineTheme } from '@mantine/core';
import { cssVariablesResolver, theme } from '../../console/src/theme';

// The console's colours against WCAG 2.1 AA (1.4.3: 4.5:1 for text under 18.66 px bold), in the light
// and the dark scheme, from the CSS variables Mantine writes for the theme: what the browser tier's axe
// run finds on one screen, here for every state of the primary colour at once.
const AA = 4.5;
const merged: MantineTheme = mergeMantineTheme(DEFAULT_THEME, theme);
type Variables = Record<'variables' | 'light' | 'dark', Record<string, string | undefined>>;
// as MantineProvider does: the console's resolver over Mantine's defaults
const defaults = defaultCssVariablesResolver(merged) as Variables;
const own = cssVariablesResolver(merged) as Variables;
const css: Variables = {
  variables: { ...defaults.variables, ...own.variables },
  light: { ...defaults.light, ...own.light },
  dark: { ...defaults.dark, ...own.dark },
};

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** A CSS value as a hex colour, following var(--mantine-color-<name>-<shade>) and the scheme's variables. */
function resolve(value: string, scheme: 'light' | 'dark'): string {
  const variable = /^var\((--[\w-]+)\)$/.exec(value.trim())?.[1];
  if (!variable) return value === '#fff' ? '#ffffff' : value;
  const shade = /^--mantine-color-(\w+)-(\d)$/.exec(variable);
  if (shade) return merged.colors[shade[1]][Number(shade[2])];
  if (variable === '--mantine-color-white') return merged.white;
  const next = css[scheme][variable] ?? css.variables[variable];
  if (next === undefined) throw new Error(`no value for ${variable} in the ${scheme} scheme`);
  return resolve(next, scheme);
}

describe('the console theme passes AA contrast', () => {
  for (const scheme of ['light', 'dark'] as const) {
    const v = (name: string) => resolve(`var(${name})`, scheme);
    const body = v('--mantine-color-body');

    it(`white text on a filled primary button, at rest and hovered (${scheme})`, () => {
      expect(contrast(merged.white, v('--mantine-primary-color-filled'))).toBeGreaterThanOrEqual(AA);
      expect(contrast(merged.white, v('--mantine-primary-color-filled-hover'))).toBeGreaterThanOrEqual(AA);
    });

    it(`primary-coloured text on the page: light and outline variants (${scheme})`, () => {
      expect(contrast(v('--mantine-primary-color-light-color'), body)).toBeGreaterThanOrEqual(AA);
      expect(contrast(v(`--mantine-color-${merged.primaryColor}-text`), body)).toBeGreaterThanOrEqual(AA);
    });

    it(`a field's description (dimmed) and its reason (error) on the page (${scheme})`, () => {
      expect(contrast(v('--mantine-color-dimmed'), body)).toBeGreaterThanOrEqual(AA);
      expect(contrast(v('--mantine-color-error'), body)).toBeGreaterThanOrEqual(AA);
    });
  }

  it('the title in athar.9 on white (light scheme)', () => {
    expect(contrast(merged.colors.athar[9], '#ffffff')).toBeGreaterThanOrEqual(AA);
  });
});
