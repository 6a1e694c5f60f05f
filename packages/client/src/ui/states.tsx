import { useTranslation } from 'react-i18next';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {label ?? t('state.loading')}
    </p>
  );
}

export function Empty({ children }: { children?: React.ReactNode }) {
  const { t } = useTranslation();
  return <p className="state state-empty">{children ?? t('state.empty')}</p>;
}

/** Turns what went wrong into a sentence a coordinator understands, with the server's details below it. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const err = error as { message?: string; statusCode?: number; networkError?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  let summary = t('error.generic');
  const code = err?.errors?.[0]?.extensions?.code;
  if (err?.statusCode === 401 || code === 'UNAUTHENTICATED') summary = t('error.unauthenticated');
  else if (err?.statusCode === 403 || code === 'FORBIDDEN') summary = t('error.forbidden');
  else if (err?.statusCode === 429 || code === 'RATE_LIMITED') summary = t('error.rateLimited');
  else if (code === 'BAD_USER_INPUT') summary = t('error.badInput');
  else if (err?.message && /fetch|network|Failed/i.test(err.message)) summary = t('error.network');
  return (
    <div className="state state-error" role="alert">
      <p>{summary}</p>
      {err?.message ? <p className="muted small">{err.message}</p> : null}
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {t('action.retry')}
        </button>
      ) : null}
    </div>
  );
}
