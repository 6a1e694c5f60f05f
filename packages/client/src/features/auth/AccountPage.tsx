import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { TextField } from '../../ui/Field';
import { errorsByField } from '../../ui/user-errors';
import { useViewer } from './viewer';

const ViewerUpdatePassword = graphql(`
  mutation ViewerUpdatePassword($input: ViewerUpdatePasswordInput!) {
    viewerUpdatePassword(input: $input) { changed userErrors { field message code } }
  }
`);

/** The signed-in person's own account: change the password (other sessions end). */
export default function AccountPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [update, { loading }] = useMutation(ViewerUpdatePassword);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);

  if (viewer?.kind !== 'user') {
    return (
      <section>
        <h1>{t('account.title')}</h1>
        <p>{t('account.noPassword')}</p>
      </section>
    );
  }
  return (
    <section>
      <h1>{t('account.title')}</h1>
      <p className="muted">{t('account.signedInAs', { name: viewer.name })}</p>
      <h2>{t('account.changePassword')}</h2>
      <form
        className="form"
        onSubmit={async (e) => {
          e.preventDefault();
          setDone(false);
          if (next !== repeat) {
            setErrors({ repeat: t('account.mismatch') });
            return;
          }
          try {
            const { data } = await update({ variables: { input: { currentPassword: current, newPassword: next } } });
            const payload = data?.viewerUpdatePassword;
            if (payload?.changed) {
              setErrors({});
              setCurrent('');
              setNext('');
              setRepeat('');
              setDone(true);
            } else {
              setErrors(errorsByField(payload?.userErrors ?? [], ['currentPassword', 'newPassword']));
            }
          } catch {
            setErrors({ form: t('error.generic') });
          }
        }}
      >
        <TextField label={t('account.current')} type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} error={errors.currentPassword} required />
        <TextField label={t('account.new')} type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} error={errors.newPassword} hint={t('admin.passwordHint')} required />
        <TextField label={t('account.repeat')} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} error={errors.repeat} required />
        {errors.form ? (
          <p className="form-errors" role="alert">
            {errors.form}
          </p>
        ) : null}
        {done ? (
          <p className="notice" role="status">
            {t('account.changed')}
          </p>
        ) : null}
        <button type="submit" disabled={loading || !current || !next || !repeat}>
          {t('account.submit')}
        </button>
      </form>
    </section>
  );
}
