import { useTranslation } from 'react-i18next';

/** Marks generated demonstration data wherever it shows, so nobody mistakes it for real records. */
export function SyntheticBadge({ synthetic }: { synthetic: boolean | null | undefined }) {
  const { t } = useTranslation();
  if (!synthetic) return null;
  return (
    <span className="badge badge-synthetic" title={t('badge.syntheticHelp')}>
      {t('badge.synthetic')}
    </span>
  );
}

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`badge badge-status badge-${status.toLowerCase()}`}>{t(`status.${status}`, { defaultValue: status })}</span>;
}
