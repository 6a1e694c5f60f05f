import { useTranslation } from 'react-i18next';
import { Link } from '../../app/router';
import type { ViewerFieldsFragment } from '../../gql/graphql';

export function AccountMenu({ viewer, onSignOut }: { viewer: ViewerFieldsFragment; onSignOut: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="account">
      <span className="account-name">
        {viewer.name}
        {viewer.role ? <span className="account-role"> · {t(`auth.role.${viewer.role}`)}</span> : null}
      </span>
      {viewer.kind === 'user' ? <Link to="/account">{t('account.link')}</Link> : null}
      {viewer.permissions.manageAccess ? <Link to="/admin">{t('admin.link')}</Link> : null}
      {viewer.kind === 'user' ? (
        <button type="button" className="link-button" onClick={onSignOut}>
          {t('auth.signOut')}
        </button>
      ) : null}
    </div>
  );
}
