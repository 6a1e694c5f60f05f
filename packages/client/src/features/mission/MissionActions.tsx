import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { FuzzyDateInput } from '../../gql/graphql';
import { TextField } from '../../ui/Field';
import { errorsByField } from '../../ui/user-errors';
import { describeChange } from '../shared/HistoryList';
import { TRANSITIONS, useMissionTransitions, type Transition } from './useMissionMutations';

const MissionLatestChange = graphql(`
  query MissionLatestChange($reference: String!) {
    mission(reference: $reference) {
      id
      version
      status
      history(first: 1) { nodes { actor occurredAt before after } }
    }
  }
`);

/** "2017-07" → month precision, "2017-07-15" → day, "2017" → year. */
export function fuzzyInput(text: string): FuzzyDateInput | undefined {
  const value = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { precision: 'DAY', date: value };
  if (/^\d{4}-\d{2}$/.test(value)) return { precision: 'MONTH', year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)) };
  if (/^\d{4}$/.test(value)) return { precision: 'YEAR', year: Number(value) };
  return undefined;
}

interface Conflict {
  transition: Transition;
  version: number;
  actor: string;
  occurredAt: string;
  lines: string[];
}

/** State transitions, with the server's errors on the date fields and a version conflict explained. */
export function MissionActions({ mission, onDone }: { mission: { id: string; reference: string; status: string; version: number }; onDone: (messages: string[]) => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const run = useMissionTransitions();
  const [planning, setPlanning] = useState(false);
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);
  const allowed = TRANSITIONS[mission.status] ?? [];

  const attempt = async (transition: Transition, version: number) => {
    setBusy(true);
    setErrors({});
    setConflict(null);
    try {
      const dates = transition === 'plan' ? { plannedStart: fuzzyInput(start), plannedEnd: fuzzyInput(end) } : undefined;
      const payload = await run(transition, mission.id, version, dates);
      if (!payload) return;
      const stale = payload.userErrors.find((e) => e.code === 'CONFLICT');
      if (stale) {
        // Someone changed the mission since this page loaded: show what they did.
        const latest = await client.query({ query: MissionLatestChange, variables: { reference: mission.reference }, fetchPolicy: 'network-only' });
        const change = latest.data?.mission?.history.nodes[0];
        setConflict({
          transition,
          version: latest.data?.mission?.version ?? version,
          actor: change?.actor ?? '?',
          occurredAt: change?.occurredAt ?? '',
          lines: change ? describeChange(change.before, change.after) : [],
        });
        return;
      }
      if (payload.userErrors.length) {
        setErrors(errorsByField(payload.userErrors, ['plannedStart', 'plannedEnd']));
        return;
      }
      setPlanning(false);
      onDone([t(`transition.done.${transition}`), ...payload.warnings.map((w) => w.message)]);
    } catch (e) {
      setErrors({ form: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  if (allowed.length === 0) return null;
  return (
    <div className="mission-actions">
      <h3>{t('transition.title')}</h3>
      <div className="button-row">
        {allowed.map((transition) => (
          <button
            key={transition}
            type="button"
            className={transition === 'cancel' ? 'danger' : undefined}
            disabled={busy}
            onClick={() => (transition === 'plan' ? setPlanning(true) : void attempt(transition, mission.version))}
          >
            {t(`transition.${transition}`)}
          </button>
        ))}
      </div>
      {planning ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void attempt('plan', mission.version);
          }}
        >
          <TextField label={t('mission.plannedStart')} hint={t('form.fuzzyHint')} value={start} onChange={(e) => setStart(e.target.value)} error={errors.plannedStart} />
          <TextField label={t('mission.plannedEnd')} hint={t('form.fuzzyHint')} value={end} onChange={(e) => setEnd(e.target.value)} error={errors.plannedEnd} />
          <button type="submit" disabled={busy}>
            {t('transition.plan')}
          </button>
        </form>
      ) : null}
      {errors.form ? (
        <p className="form-errors" role="alert">
          {errors.form}
        </p>
      ) : null}
      {conflict ? (
        <div className="conflict" role="alert">
          <p>{t('conflict.explained', { actor: conflict.actor, when: conflict.occurredAt ? new Date(conflict.occurredAt).toLocaleString() : '' })}</p>
          {conflict.lines.length ? (
            <ul className="small">
              {conflict.lines.slice(0, 10).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
          <button type="button" onClick={() => void attempt(conflict.transition, conflict.version)}>
            {t('conflict.reapply')}
          </button>{' '}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setConflict(null);
              void client.refetchQueries({ include: ['MissionDetailPage'] });
            }}
          >
            {t('conflict.discard')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
