import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, rememberLanguage } from '../i18n';
import type { Language } from '../i18n/messages';

const NAMES: Record<Language, string> = { en: 'English', nl: 'Nederlands', fr: 'Français' };

/** Switches the interface and the data's labels; the choice is remembered in this browser. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        value={i18n.language}
        onChange={async (event) => {
          const language = event.target.value as Language;
          rememberLanguage(language);
          await i18n.changeLanguage(language);
          // Localized labels come from the server in the request's language: fetch them again.
          await client.resetStore().catch(() => undefined);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {NAMES[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
