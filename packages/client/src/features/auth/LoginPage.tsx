import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/Field';
import { LanguageSwitcher } from '../../ui/LanguageSwitcher';
import { signIn } from './viewer';

/** Sign in with a login and password: the server sets an HttpOnly session cookie. */
export function LoginPage({ onSignedIn, expired }: { onSignedIn: () => void; expired?: boolean }) {
  const { t } = useTranslation();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="login-page">
      <header className="topbar">
        <span className="brand">Coopgraph</span>
        <div className="topbar-tools">
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" className="login-main">
        <h1>{t('auth.title')}</h1>
        {expired ? <p className="warning">{t('auth.expired')}</p> : null}
        <form
          className="form"
          onSubmit={async (e) => {
            e.preventDefault();
            setBusy(true);
            setError(null);
            try {
              const result = await signIn(login.trim(), password);
              if (result.ok) onSignedIn();
              else if (result.status === 401) setError(t('auth.wrong'));
              else setError(result.message || t('error.generic'));
            } catch {
              setError(t('error.network'));
            } finally {
              setBusy(false);
            }
          }}
        >
          <TextField label={t('auth.login')} autoComplete="username" value={login} onChange={(e) => setLogin(e.target.value)} required />
          <TextField label={t('auth.password')} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
          {error ? (
            <p className="form-errors" role="alert">
              {error}
            </p>
          ) : null}
          <button type="submit" disabled={busy || !login || !password}>
            {t('auth.submit')}
          </button>
        </form>
        <p className="muted small">{t('auth.help')}</p>
      </main>
    </div>
  );
}
