import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData } from '../../gql';
import type { Role } from '../../gql/graphql';
import { SelectField, TextField } from '../../ui/Field';
import { SimpleTable } from '../../ui/SimpleTable';
import { ErrorMessage, Loading } from '../../ui/states';
import { useViewer } from './viewer';

export const AdminUser_user = graphql(`
  fragment AdminUser_user on User { id login role createdAt lastLoginAt lockedUntil }
`);
export const AdminToken_token = graphql(`
  fragment AdminToken_token on ApiToken { id name role createdAt createdBy expiresAt lastUsedAt revokedAt }
`);

const AdminPageQuery = graphql(`
  query AdminPage {
    users { ...AdminUser_user }
    apiTokens { ...AdminToken_token }
  }
`);
const UserCreate = graphql(`
  mutation UserCreate($input: UserCreateInput!) { userCreate(input: $input) { ...AdminUser_user } }
`);
const ApiTokenCreate = graphql(`
  mutation ApiTokenCreate($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { secret token { ...AdminToken_token } } }
`);
const ApiTokenRevoke = graphql(`
  mutation ApiTokenRevoke($id: ID!) { apiTokenRevoke(id: $id) { ...AdminToken_token } }
`);

const ROLES: Role[] = ['ANALYST', 'COORDINATOR', 'ADMIN'];
const when = (value: string | null | undefined, lang: string) => (value ? new Date(value).toLocaleString(lang) : '–');

/** Administrators manage dashboard users and API tokens (a token's secret is shown once). */
export default function AdminPage() {
  const { t, i18n } = useTranslation();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(AdminPageQuery, { skip: viewer ? !viewer.permissions.manageAccess : false });
  const [createUser] = useMutation(UserCreate);
  const [createToken] = useMutation(ApiTokenCreate);
  const [revoke] = useMutation(ApiTokenRevoke);
  const [user, setUser] = useState({ login: '', password: '', role: 'COORDINATOR' as Role });
  const [token, setToken] = useState({ name: '', role: 'ANALYST' as Role, days: '90' });
  const [secret, setSecret] = useState<string | null>(null);
  const [message, setMessage] = useState<{ users?: string; tokens?: string }>({});

  if (viewer && !viewer.permissions.manageAccess) return <ErrorMessage error={{ statusCode: 403 }} />;
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!data && loading) return <Loading />;
  const users = (data?.users ?? []).map((u) => getFragmentData(AdminUser_user, u));
  const tokens = (data?.apiTokens ?? []).map((x) => getFragmentData(AdminToken_token, x));
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <section className="panel" aria-labelledby="users-title">
        <h2 id="users-title">{t('admin.users')}</h2>
        <SimpleTable
          caption={t('admin.users')}
          rows={users}
          rowKey={(u) => u.id}
          columns={[
            { header: t('auth.login'), cell: (u) => u.login },
            { header: t('admin.role'), cell: (u) => t(`auth.role.${u.role}`) },
            { header: t('admin.lastLogin'), cell: (u) => when(u.lastLoginAt, i18n.language) },
            { header: t('admin.locked'), cell: (u) => (u.lockedUntil ? when(u.lockedUntil, i18n.language) : '–') },
          ]}
        />
        <form
          className="inline-form"
          onSubmit={async (e) => {
            e.preventDefault();
            setMessage({});
            try {
              await createUser({ variables: { input: user } });
              setUser({ login: '', password: '', role: 'COORDINATOR' });
              setMessage({ users: t('admin.userCreated') });
              await refetch();
            } catch (err) {
              setMessage({ users: (err as Error).message });
            }
          }}
        >
          <TextField label={t('auth.login')} value={user.login} onChange={(e) => setUser({ ...user, login: e.target.value })} required />
          <TextField label={t('admin.initialPassword')} type="password" autoComplete="new-password" hint={t('admin.passwordHint')} value={user.password} onChange={(e) => setUser({ ...user, password: e.target.value })} required />
          <SelectField label={t('admin.role')} value={user.role} onChange={(e) => setUser({ ...user, role: e.target.value as Role })}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`auth.role.${r}`)}
              </option>
            ))}
          </SelectField>
          <button type="submit">{t('admin.createUser')}</button>
        </form>
        {message.users ? <p role="status">{message.users}</p> : null}
      </section>
      <section className="panel" aria-labelledby="tokens-title">
        <h2 id="tokens-title">{t('admin.tokens')}</h2>
        <SimpleTable
          caption={t('admin.tokens')}
          rows={tokens}
          rowKey={(x) => x.id}
          columns={[
            { header: t('admin.tokenName'), cell: (x) => x.name },
            { header: t('admin.role'), cell: (x) => t(`auth.role.${x.role}`) },
            { header: t('admin.expires'), cell: (x) => when(x.expiresAt, i18n.language) },
            { header: t('admin.lastUsed'), cell: (x) => when(x.lastUsedAt, i18n.language) },
            {
              header: t('admin.state'),
              cell: (x) =>
                x.revokedAt ? (
                  t('admin.revoked')
                ) : (
                  <button type="button" className="danger" onClick={async () => { await revoke({ variables: { id: x.id } }); await refetch(); }}>
                    {t('admin.revoke', { name: x.name })}
                  </button>
                ),
            },
          ]}
        />
        <form
          className="inline-form"
          onSubmit={async (e) => {
            e.preventDefault();
            setMessage({});
            setSecret(null);
            try {
              const result = await createToken({ variables: { input: { name: token.name, role: token.role, expiresInDays: Number(token.days) || 90 } } });
              setSecret(result.data?.apiTokenCreate.secret ?? null);
              setToken({ name: '', role: 'ANALYST', days: '90' });
              await refetch();
            } catch (err) {
              setMessage({ tokens: (err as Error).message });
            }
          }}
        >
          <TextField label={t('admin.tokenName')} value={token.name} onChange={(e) => setToken({ ...token, name: e.target.value })} required />
          <SelectField label={t('admin.role')} value={token.role} onChange={(e) => setToken({ ...token, role: e.target.value as Role })}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`auth.role.${r}`)}
              </option>
            ))}
          </SelectField>
          <TextField label={t('admin.days')} inputMode="numeric" size={5} value={token.days} onChange={(e) => setToken({ ...token, days: e.target.value })} />
          <button type="submit">{t('admin.createToken')}</button>
        </form>
        {secret ? (
          <div className="notice" role="status">
            <p>{t('admin.secretOnce')}</p>
            <code className="secret">{secret}</code>
          </div>
        ) : null}
        {message.tokens ? <p role="alert">{message.tokens}</p> : null}
      </section>
    </>
  );
}
