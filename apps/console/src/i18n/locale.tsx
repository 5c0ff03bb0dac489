import { DirectionProvider, useDirection } from '@mantine/core';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { ar, en, type MessageId } from './messages';

export type Language = 'ar' | 'en';
export type Digits = 'arab' | 'latn';

interface LocaleState {
  language: Language;
  digits: Digits;
  setLanguage: (language: Language) => void;
  setDigits: (digits: Digits) => void;
}

const LocaleContext = createContext<LocaleState | null>(null);
const stored = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
  const value = typeof localStorage === 'undefined' ? null : localStorage.getItem(key);
  return allowed.includes(value as T) ? (value as T) : fallback;
};

const storedLanguage = (): Language => stored('athar.language', ['ar', 'en'], 'ar');

/** <html lang dir> for a language: Arabic right to left, English left to right. */
export function applyDocumentLanguage(language: Language = storedLanguage()): 'rtl' | 'ltr' {
  const dir = language === 'ar' ? 'rtl' : 'ltr';
  document.documentElement.setAttribute('lang', language);
  document.documentElement.setAttribute('dir', dir);
  return dir;
}

/** The user's language (Arabic by default, right to left) and digits (Arabic-Indic by default in Arabic). */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  const [digits, setDigitsState] = useState<Digits>(() => stored('athar.digits', ['arab', 'latn'], language === 'ar' ? 'arab' : 'latn'));
  const state = useMemo<LocaleState>(
    () => ({
      language,
      digits,
      setLanguage: (next) => {
        localStorage.setItem('athar.language', next);
        setLanguageState(next);
      },
      setDigits: (next) => {
        localStorage.setItem('athar.digits', next);
        setDigitsState(next);
      },
    }),
    [language, digits],
  );
  return (
    <LocaleContext.Provider value={state}>
      <DirectionProvider initialDirection={language === 'ar' ? 'rtl' : 'ltr'} detectDirection={false}>
        <DocumentDirection language={language} />
        <IntlProvider locale={`${language}-SA-u-nu-${digits}`} defaultLocale="ar" messages={language === 'ar' ? ar : en}>
          {children}
        </IntlProvider>
      </DirectionProvider>
    </LocaleContext.Provider>
  );
}

/** Keeps <html lang dir> and Mantine's direction in step with the chosen language. */
function DocumentDirection({ language }: { language: Language }) {
  const { setDirection } = useDirection();
  useEffect(() => {
    setDirection(applyDocumentLanguage(language));
  }, [language, setDirection]);
  return null;
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale outside LocaleProvider');
  return state;
}

/** `t('id', values)`: a message of the catalogue, typed by id. */
export function useT(): (id: MessageId, values?: Record<string, string | number>) => string {
  const intl = useIntl();
  return (id, values) => intl.formatMessage({ id }, values);
}
