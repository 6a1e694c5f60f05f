import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { messages, type Language } from './messages';

export const LANGUAGES: readonly Language[] = ['en', 'nl', 'fr'];
const STORAGE_KEY = 'coopgraph.language';

/** The language chosen before (remembered), else the browser's, else English. */
export function initialLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored && (LANGUAGES as readonly string[]).includes(stored)) return stored as Language;
  } catch {
    // Storage can be disabled; the browser's language still works.
  }
  const browser = (navigator.language ?? 'en').slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(browser) ? (browser as Language) : 'en';
}

export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but switched.
  }
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: typeof window === 'undefined' ? 'en' : initialLanguage(),
  fallbackLng: 'en',
  resources: Object.fromEntries(Object.entries(messages).map(([lang, translation]) => [lang, { translation }])),
  interpolation: { escapeValue: false },
  initAsync: false,
});
i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});
if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;
