import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData } from '../../gql';
import { Link } from '../../app/router';
import { StatusBadge, SyntheticBadge } from '../../ui/badges';
import { ErrorMessage, Loading, Empty } from '../../ui/states';
import { HistoryList } from '../shared/HistoryList';
import { SourceList } from '../shared/SourceList';
import { MissionTable } from '../mission/MissionTable';
import { AgreementEditDialog } from './AgreementEditDialog';
import { AgreementParties } from './AgreementParties';
import { useCanWrite } from '../auth/viewer';

export const AgreementDetail_agreement = graphql(`
  fragment AgreementDetail_agreement on Agreement {
    id reference title purpose kind status version synthetic validFrom validUntil
    signedOn { text }
    parties { id role synthetic agency { id name } signatory { id name } }
    countries { id iso2 name }
    domains { id key label }
    parent { id reference title }
  }
`);

const AgreementDetailPageQuery = graphql(`
  query AgreementDetailPage($reference: String!) {
    agreement(reference: $reference) {
      ...AgreementDetail_agreement
      missions(first: 25, orderBy: [{ field: PLANNED_START }]) { ...MissionTable_connection }
      sources { ...SourceItem_source }
      history(first: 20) { ...HistoryList_changes }
    }
  }
`);

export default function AgreementDetailPage({ reference }: { reference: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(AgreementDetailPageQuery, { variables: { reference } });
  const [editing, setEditing] = useState(false);
  const canWrite = useCanWrite();
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!data && loading) return <Loading />;
  if (!data?.agreement) return <Empty>{t('detail.notFound')}</Empty>;
  const a = getFragmentData(AgreementDetail_agreement, data.agreement);
  return (
    <article>
      <div className="page-header">
        <div>
          <p className="muted">
            {t('type.Agreement')} · {a.reference}
          </p>
          <h1>
            {a.title} <SyntheticBadge synthetic={a.synthetic} />
          </h1>
          <p>
            <StatusBadge status={a.status} /> <span className="muted">{t(`kind.${a.kind}`)}</span>
          </p>
        </div>
        <div className="actions">
          {canWrite ? (
            <>
              <button type="button" onClick={() => setEditing(true)}>
                {t('agreement.edit')}
              </button>
              <Link className="button" to={`/missions/new?agreement=${encodeURIComponent(a.reference)}`}>
                {t('mission.planNew')}
              </Link>
            </>
          ) : null}
          <Link className="button secondary" to={`/network/${encodeURIComponent(a.id)}`}>
            {t('detail.showNetwork')}
          </Link>
        </div>
      </div>
      <section className="panel">
        <h2>{t('detail.facts')}</h2>
        <dl className="facts">
          {a.purpose ? (
            <>
              <dt>{t('agreement.purpose')}</dt>
              <dd>{a.purpose}</dd>
            </>
          ) : null}
          <dt>{t('agreement.signedOn')}</dt>
          <dd>{a.signedOn?.text ?? '–'}</dd>
          <dt>{t('agreement.validity')}</dt>
          <dd>
            {a.validFrom ?? '…'} – {a.validUntil ?? '…'}
          </dd>
          <dt>{t('agreement.parties')}</dt>
          <dd>
            <ul className="plain">
              {a.parties.map((p) => (
                <li key={p.id}>
                  <Link to={`/agencies/${encodeURIComponent(p.agency.id)}`}>{p.agency.name}</Link> <span className="muted">· {t(`partyRole.${p.role}`, { defaultValue: p.role })}</span>
                  {p.signatory ? <span className="muted"> · {p.signatory.name}</span> : null} <SyntheticBadge synthetic={p.synthetic} />
                </li>
              ))}
            </ul>
          </dd>
          <dt>{t('agreement.countries')}</dt>
          <dd>
            {a.countries.map((c, i) => (
              <span key={c.id}>
                {i ? ', ' : ''}
                <Link to={`/countries/${c.iso2}`}>{c.name}</Link>
              </span>
            ))}
          </dd>
          <dt>{t('mission.domains')}</dt>
          <dd>
            {a.domains.map((d, i) => (
              <span key={d.id}>
                {i ? ', ' : ''}
                <Link to={`/domains/${encodeURIComponent(d.key)}`}>{d.label}</Link>
              </span>
            ))}
          </dd>
          {a.parent ? (
            <>
              <dt>{t('agreement.parent')}</dt>
              <dd>
                <Link to={`/agreements/${encodeURIComponent(a.parent.reference)}`}>{a.parent.title}</Link>
              </dd>
            </>
          ) : null}
        </dl>
        {canWrite ? <AgreementParties agreement={a} onChanged={() => void refetch()} /> : null}
      </section>
      <section className="panel">
        <h2>{t('nav.missions')}</h2>
        <MissionTable missions={data.agreement.missions} caption={t('nav.missions')} />
      </section>
      <div className="grid-2">
        <SourceList sources={data.agreement.sources} />
        <HistoryList changes={data.agreement.history} />
      </div>
      {editing ? <AgreementEditDialog agreement={a} onClose={() => setEditing(false)} onSaved={() => { setEditing(false); void refetch(); }} /> : null}
    </article>
  );
}
