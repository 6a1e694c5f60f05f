import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData } from '../../gql';
import type { AssignmentRole, UserErrorCode } from '../../gql/graphql';
import { SyntheticBadge } from '../../ui/badges';
import { Dialog } from '../../ui/Dialog';
import { SelectField, TextField } from '../../ui/Field';
import { ErrorMessage, Loading, Empty } from '../../ui/states';
import { assignmentVerdict, COUNTRY_LANGUAGES, type CheckOutcome } from './suggestions';
import { useAssignExpert } from './useMissionMutations';

export const ExpertSuggestion_suggestion = graphql(`
  fragment ExpertSuggestion_suggestion on ExpertSuggestion {
    score
    fit
    domainMatch
    sharedLanguages
    matchedDomains { id label }
    conflicts { code message certain }
    expert { id name languages synthetic employer { id name } domains { id label } }
  }
`);

const AssignExpertDialogQuery = graphql(`
  query AssignExpertDialog($missionId: ID!, $languages: [String!], $byName: Boolean!, $name: String!, $exclude: [ID!]!) {
    mission: node(id: $missionId) {
      ... on Mission {
        id
        expertSuggestions(first: 15, languages: $languages) @skip(if: $byName) { ...ExpertSuggestion_suggestion }
      }
    }
    byName: experts(first: 15, filter: { name: { contains: $name }, id: { notIn: $exclude } }, orderBy: [{ field: NAME }]) @include(if: $byName) {
      totalCount
      nodes { id name languages synthetic employer { id name } domains { id label } }
    }
  }
`);

export interface MissionForAssignment {
  id: string;
  reference: string;
  countryIso2: string;
  assignedExpertIds: string[];
  outsideAgreement: boolean;
}

interface Candidate {
  id: string;
  name: string;
  languages: readonly string[];
  synthetic: boolean;
  employer: { name: string };
  domains: readonly { id: string; label: string }[];
  score?: number;
  fit?: string;
  matched?: readonly { id: string; label: string }[];
  sharedLanguages?: readonly string[];
  conflicts?: readonly { code: string; message: string; certain: boolean }[];
}

/**
 * Assign an expert: the server's ranked suggestions (domain, languages, calendar fit), or
 * any expert by name; the chosen assignment is checked by a dry run, so its conflicts show
 * before saving, and a double booking can be accepted on purpose.
 */
export function AssignExpertDialog({ mission, onClose, onAssigned }: { mission: MissionForAssignment; onClose: () => void; onAssigned: (warnings: string[]) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [role, setRole] = useState<AssignmentRole>('MEMBER');
  const [days, setDays] = useState('');
  const [accept, setAccept] = useState(false);
  const [check, setCheck] = useState<CheckOutcome | null>(null);
  const [errors, setErrors] = useState<{ message: string; code: string; field?: readonly string[] | null }[]>([]);
  const { assign, state } = useAssignExpert();
  const byName = name.trim().length >= 2;
  const languages = COUNTRY_LANGUAGES[mission.countryIso2] ?? [];
  const { data, loading, error } = useQuery(AssignExpertDialogQuery, {
    variables: { missionId: mission.id, languages, byName, name: name.trim(), exclude: mission.assignedExpertIds },
  });

  const suggestions = data?.mission && 'expertSuggestions' in data.mission ? (data.mission.expertSuggestions ?? []) : [];
  const candidates: Candidate[] = byName
    ? (data?.byName?.nodes ?? []).map((e) => ({ ...e }))
    : suggestions
        .map((s) => getFragmentData(ExpertSuggestion_suggestion, s))
        .filter((s) => !mission.assignedExpertIds.includes(s.expert.id))
        .map((s) => ({ ...s.expert, score: s.score, fit: s.fit, matched: s.matchedDomains, sharedLanguages: s.sharedLanguages, conflicts: s.conflicts }));
  const choice = candidates.find((c) => c.id === selected);
  const daysValue = days.trim() ? Number(days.replace(',', '.')) : null;

  // The dry run: what the server would answer, before anything is saved.
  useEffect(() => {
    setCheck(null);
    if (!selected) return;
    let live = true;
    void assign({ missionId: mission.id, expertId: selected, role, days: daysValue, dryRun: true })
      .then((payload) => {
        if (live && payload) setCheck({ errors: payload.userErrors, warnings: payload.warnings });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected, role]);

  const verdict = check ? assignmentVerdict(check, accept) : null;

  const submit = async () => {
    if (!choice) return;
    setErrors([]);
    const acceptConflicts: UserErrorCode[] = accept ? ['EXPERT_DOUBLE_BOOKED'] : [];
    try {
      const payload = await assign({ missionId: mission.id, expertId: choice.id, role, days: daysValue, acceptConflicts });
      if (!payload) return;
      if (payload.userErrors.length) {
        setErrors(payload.userErrors);
        setCheck({ errors: payload.userErrors, warnings: payload.warnings });
        return;
      }
      onAssigned(payload.warnings.map((w) => w.message));
    } catch (e) {
      setErrors([{ message: (e as Error).message, code: 'NETWORK' }]);
    }
  };

  const fieldError = (field: string) => errors.filter((e) => e.field?.includes(field)).map((e) => e.message).join(' ') || undefined;

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
      {data && candidates.length === 0 ? <Empty>{t('assign.noSuggestions')}</Empty> : null}
      {candidates.length > 0 ? (
        <fieldset className="suggestions">
          <legend>{byName ? t('assign.byName', { count: data?.byName?.totalCount ?? 0 }) : t('assign.suggestions', { count: candidates.length })}</legend>
          <ol className="plain">
            {candidates.map((e) => (
              <li key={e.id} className={`suggestion${selected === e.id ? ' selected' : ''}`} data-fit={e.fit}>
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
                  {e.score != null ? <span className="muted small"> · {t('assign.score', { score: Math.round(e.score * 100) })}</span> : null}
                </label>
                <div className="small">
                  {t('assign.domains')}: {e.domains.map((d) => d.label).join(', ') || '–'} · {t('assign.languages')}: {e.languages.join(', ').toUpperCase() || '–'}
                  {e.matched?.length ? <span className="chip chip-good">{t('assign.domainMatch')}</span> : null}
                  {e.sharedLanguages?.length ? <span className="chip chip-good">{t('assign.speaksLanguage')}</span> : null}
                  {e.fit === 'FREE' ? <span className="chip chip-good">{t('assign.available')}</span> : null}
                </div>
                {e.conflicts?.length ? (
                  <ul className="conflicts small">
                    {e.conflicts.map((c, i) => (
                      <li key={i}>
                        {c.certain ? t('assign.certain') : t('assign.possible')}: {c.message}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
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
      {choice && check ? (
        <div className={`check check-${verdict}`} role="status" aria-live="polite">
          <p>
            <strong>{t(`assign.verdict.${verdict}`, { name: choice.name })}</strong>
          </p>
          {[...check.errors, ...check.warnings].length ? (
            <ul className="small">
              {check.errors.map((e, i) => (
                <li key={`e${i}`}>{e.message}</li>
              ))}
              {check.warnings.map((w, i) => (
                <li key={`w${i}`}>
                  {t('assign.warning')}: {w.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {check?.errors.some((e) => e.code === 'EXPERT_DOUBLE_BOOKED') ? (
        <label className="accept">
          <input type="checkbox" checked={accept} onChange={(e) => setAccept(e.target.checked)} /> {t('assign.acceptDoubleBooking')}
        </label>
      ) : null}
      {errors.some((e) => e.code === 'NETWORK' || e.code === 'FORBIDDEN') ? (
        <div className="form-errors" role="alert">
          {errors.map((e, i) => (
            <p key={i}>{e.message}</p>
          ))}
        </div>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="secondary" onClick={onClose}>
          {t('action.cancel')}
        </button>
        <button type="button" disabled={!choice || !check || state.loading || verdict !== 'ok'} onClick={() => void submit()}>
          {t('assign.submit')}
        </button>
      </div>
    </Dialog>
  );
}
