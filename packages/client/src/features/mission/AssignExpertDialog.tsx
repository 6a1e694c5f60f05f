import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData } from '../../gql';
import type { AssignmentRole, ExpertFilter, UserErrorCode } from '../../gql/graphql';
import { SyntheticBadge } from '../../ui/badges';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/Field';
import { ErrorMessage, Loading, Empty } from '../../ui/states';
import { COUNTRY_LANGUAGES, rankCandidates } from './suggestions';
import { useAssignExpert } from './useMissionMutations';

export const ExpertSuggestion_expert = graphql(`
  fragment ExpertSuggestion_expert on Expert {
    id
    name
    languages
    synthetic
    employer { id name }
    domains { id key label parent { key } }
    busy: missions(first: 3, filter: $busy) { totalCount nodes { id reference plannedStart { text } } }
    unavailable: availability(first: 3, filter: { status: { eq: UNAVAILABLE }, startsOn: { lte: $to }, endsOn: { gte: $from } }) {
      totalCount
      nodes { startsOn endsOn }
    }
    covered: availability(first: 1, filter: { status: { eq: AVAILABLE }, startsOn: { lte: $from }, endsOn: { gte: $to } }) { totalCount }
    declared: availability(first: 3, filter: { status: { eq: AVAILABLE } }, orderBy: [{ field: STARTS_ON, direction: DESC }]) {
      totalCount
      nodes { startsOn endsOn }
    }
  }
`);

const AssignExpertDialogQuery = graphql(`
  query AssignExpertDialog($filter: ExpertFilter, $busy: MissionFilter, $from: Date!, $to: Date!) {
    experts(first: 40, filter: $filter, orderBy: [{ field: NAME }]) {
      totalCount
      nodes { ...ExpertSuggestion_expert }
    }
  }
`);

export interface MissionForAssignment {
  id: string;
  reference: string;
  countryIso2: string;
  from: string;
  to: string;
  domainKeys: string[];
  parentKeys: string[];
  assignedExpertIds: string[];
  outsideAgreement: boolean;
}

/** Assign an expert: suggestions ranked for the mission, conflicts shown before saving, overridable on purpose. */
export function AssignExpertDialog({ mission, onClose, onAssigned }: { mission: MissionForAssignment; onClose: () => void; onAssigned: (warnings: string[]) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [role, setRole] = useState<AssignmentRole>('MEMBER');
  const [days, setDays] = useState('');
  const [accept, setAccept] = useState(false);
  const [errors, setErrors] = useState<{ message: string; code: string; field?: readonly string[] | null }[]>([]);
  const { assign, state } = useAssignExpert();

  const domainMatch: ExpertFilter[] = [];
  if (mission.domainKeys.length) domainMatch.push({ domains: { some: { key: { in: mission.domainKeys } } } });
  for (const parent of mission.parentKeys) domainMatch.push({ domains: { some: { subtreeOf: parent } } });
  const filter: ExpertFilter = {
    ...(name.trim() ? { name: { contains: name.trim() } } : domainMatch.length ? { or: domainMatch } : {}),
    ...(mission.assignedExpertIds.length ? { id: { notIn: mission.assignedExpertIds } } : {}),
  };
  const overlap = { from: mission.from, to: mission.to };
  const busy = {
    id: { notIn: [mission.id] },
    status: { notIn: ['CANCELLED' as const] },
    or: [{ plannedStart: { overlaps: overlap } }, { plannedEnd: { overlaps: overlap } }],
  };
  const { data, loading, error } = useQuery(AssignExpertDialogQuery, { variables: { filter, busy, from: mission.from, to: mission.to } });
  const experts = (data?.experts.nodes ?? []).map((n) => getFragmentData(ExpertSuggestion_expert, n));
  const ranked = rankCandidates(
    experts.map((e) => ({
      ...e,
      busyCount: e.busy.totalCount,
      // Declared availability periods mean "available only then": outside them the expert is unavailable.
      unavailableCount: e.unavailable.totalCount + (e.declared.totalCount > 0 && e.covered.totalCount === 0 ? 1 : 0),
      availableCount: e.covered.totalCount,
    })),
    { domainKeys: mission.domainKeys, parentKeys: mission.parentKeys, languages: COUNTRY_LANGUAGES[mission.countryIso2] ?? [] },
  );
  const choice = ranked.find((r) => r.candidate.id === selected);
  const serverConflict = errors.some((e) => e.code === 'EXPERT_DOUBLE_BOOKED');
  const needsAccept = Boolean(choice?.conflicts.includes('EXPERT_DOUBLE_BOOKED')) || serverConflict;

  const submit = async () => {
    if (!choice) return;
    setErrors([]);
    const daysValue = days.trim() ? Number(days) : null;
    const acceptConflicts: UserErrorCode[] = accept ? ['EXPERT_DOUBLE_BOOKED'] : [];
    try {
      const payload = await assign({ missionId: mission.id, expertId: choice.candidate.id, role, days: daysValue, acceptConflicts });
      if (!payload) return;
      if (payload.userErrors.length) {
        setErrors(payload.userErrors);
        return;
      }
      onAssigned(payload.warnings.map((w) => w.message));
    } catch (e) {
      setErrors([{ message: (e as Error).message, code: 'NETWORK' }]);
    }
  };

  const fieldError = (field: string) => errors.filter((e) => e.field?.includes(field)).map((e) => e.message).join(' ') || undefined;
  const formErrors = errors.filter((e) => !e.field?.some((f) => f === 'days' || f === 'role'));

  return (
    <Dialog title={t('assign.title', { reference: mission.reference })} onClose={onClose} wide>
      {mission.outsideAgreement ? (
        <p className="warning" role="note">
          {t('assign.outsideAgreement')}
        </p>
      ) : null}
      <TextField label={t('assign.findByName')} type="search" value={name} onChange={(e) => setName(e.target.value)} hint={t('assign.findHint')} />
      {error ? <ErrorMessage error={error} /> : null}
      {loading && !data ? <Loading /> : null}
      {data && ranked.length === 0 ? <Empty>{t('assign.noSuggestions')}</Empty> : null}
      {ranked.length > 0 ? (
        <fieldset className="suggestions">
          <legend>{t('assign.suggestions', { count: data?.experts.totalCount ?? 0 })}</legend>
          <ol className="plain">
            {ranked.slice(0, 15).map((r) => {
              const e = r.candidate;
              return (
                <li key={e.id} className={`suggestion${selected === e.id ? ' selected' : ''}`}>
                  <label>
                    <input
                      type="radio"
                      name="expert"
                      value={e.id}
                      checked={selected === e.id}
                      onChange={() => {
                        setSelected(e.id);
                        setAccept(false);
                        setErrors([]);
                      }}
                    />{' '}
                    <strong>{e.name}</strong> <SyntheticBadge synthetic={e.synthetic} />
                    <span className="muted small"> · {e.employer.name}</span>
                  </label>
                  <div className="small">
                    {t('assign.domains')}: {e.domains.map((d) => d.label).join(', ') || '–'} · {t('assign.languages')}: {e.languages.join(', ').toUpperCase() || '–'}
                    {r.exactDomains > 0 ? <span className="chip chip-good">{t('assign.domainMatch')}</span> : r.relatedDomains > 0 ? <span className="chip">{t('assign.relatedDomain')}</span> : null}
                    {r.speaksLanguage ? <span className="chip chip-good">{t('assign.speaksLanguage')}</span> : null}
                    {e.covered.totalCount > 0 ? <span className="chip chip-good">{t('assign.available')}</span> : null}
                  </div>
                  {r.conflicts.length ? (
                    <ul className="conflicts small">
                      {e.busy.nodes.map((m) => (
                        <li key={m.id}>{t('assign.doubleBooked', { reference: m.reference, when: m.plannedStart?.text ?? '' })}</li>
                      ))}
                      {e.unavailable.nodes.map((a) => (
                        <li key={`${a.startsOn}-${a.endsOn}`}>{t('assign.unavailable', { from: a.startsOn, to: a.endsOn })}</li>
                      ))}
                      {e.declared.totalCount > 0 && e.covered.totalCount === 0 ? (
                        <li>{t('assign.availableOnly', { periods: e.declared.nodes.map((a) => `${a.startsOn} – ${a.endsOn}`).join(', ') })}</li>
                      ) : null}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </fieldset>
      ) : null}
      <div className="form-row">
        <SelectField label={t('assign.role')} value={role} onChange={(e) => setRole(e.target.value as AssignmentRole)} error={fieldError('role')}>
          <option value="MEMBER">{t('role.MEMBER')}</option>
          <option value="LEAD">{t('role.LEAD')}</option>
        </SelectField>
        <TextField label={t('assign.days')} inputMode="decimal" value={days} onChange={(e) => setDays(e.target.value)} error={fieldError('days')} size={5} />
      </div>
      {needsAccept ? (
        <label className="accept">
          <input type="checkbox" checked={accept} onChange={(e) => setAccept(e.target.checked)} /> {t('assign.acceptDoubleBooking')}
        </label>
      ) : null}
      {formErrors.length ? (
        <div className="form-errors" role="alert">
          {formErrors.map((e, i) => (
            <p key={i}>{e.message}</p>
          ))}
        </div>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onClose}>
          {t('action.cancel')}
        </button>
        <button type="button" disabled={!choice || state.loading || (needsAccept && !accept)} onClick={() => void submit()}>
          {t('assign.submit')}
        </button>
      </div>
    </Dialog>
  );
}
