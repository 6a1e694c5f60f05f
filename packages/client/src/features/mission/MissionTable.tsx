import { useTranslation } from 'react-i18next';
import { graphql, type FragmentType, getFragmentData } from '../../gql';
import { Link } from '../../app/router';
import { StatusBadge, SyntheticBadge } from '../../ui/badges';
import { Pager } from '../../ui/Pager';
import { Empty } from '../../ui/states';

export const MissionRow_mission = graphql(`
  fragment MissionRow_mission on Mission {
    id
    reference
    title
    status
    kind
    synthetic
    country { id iso2 name }
    plannedStart { text }
    plannedEnd { text }
  }
`);

export const MissionTable_connection = graphql(`
  fragment MissionTable_connection on MissionConnection {
    totalCount
    pageInfo { ...Pager_pageInfo }
    nodes { ...MissionRow_mission }
  }
`);

export function MissionTable(props: { missions: FragmentType<typeof MissionTable_connection>; onPage?: (c: { after?: string; before?: string }) => void; caption: string }) {
  const { t } = useTranslation();
  const data = getFragmentData(MissionTable_connection, props.missions);
  const rows = data.nodes.map((n) => getFragmentData(MissionRow_mission, n));
  if (rows.length === 0) return <Empty>{t('mission.none')}</Empty>;
  return (
    <>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mission.reference')}</th>
              <th scope="col">{t('mission.title')}</th>
              <th scope="col">{t('mission.country')}</th>
              <th scope="col">{t('mission.planned')}</th>
              <th scope="col">{t('mission.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => (
              <tr key={m.id}>
                <td>
                  <Link to={`/missions/${encodeURIComponent(m.reference)}`}>{m.reference}</Link>
                </td>
                <td>
                  {m.title} <SyntheticBadge synthetic={m.synthetic} />
                </td>
                <td>{m.country.name}</td>
                <td>
                  {m.plannedStart?.text ?? '–'}
                  {m.plannedEnd && m.plannedEnd.text !== m.plannedStart?.text ? ` – ${m.plannedEnd.text}` : ''}
                </td>
                <td>
                  <StatusBadge status={m.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {props.onPage ? <Pager pageInfo={data.pageInfo} totalCount={data.totalCount} shown={rows.length} onPage={props.onPage} /> : null}
    </>
  );
}
