import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { AgreementUpdateInput } from '../../gql/graphql';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { errorsByField, type UserErrorLike } from '../../ui/user-errors';
import { ErrorMessage, Loading } from '../../ui/states';
import { describeChange } from '../shared/HistoryList';

const AgreementEditDialogQuery = graphql(`
  query AgreementEditDialog {
    countries(first: 100, orderBy: [{ field: NAME }]) { nodes { id iso2 name } }
    domains(first: 100, orderBy: [{ field: LABEL }]) { nodes { id key label } }
  }
`);
const AgreementLatestChange = graphql(`
  query AgreementLatestChange($id: ID!) {
    node(id: $id) { ... on Agreement { id version history(first: 1) { nodes { actor occurredAt before after } } } }
  }
`);
const AgreementUpdate = graphql(`
  mutation AgreementUpdate($input: AgreementUpdateInput!) {
    agreementUpdate(input: $input) { agreement { id version title validFrom validUntil } userErrors { field message code } }
  }
`);
const AgreementAttachCountries = graphql(`
  mutation AgreementAttachCountries($input: AgreementLinkInput!) { agreementAttachCountries(input: $input) { userErrors { field message code } } }
`);
const AgreementDetachCountries = graphql(`
  mutation AgreementDetachCountries($input: AgreementLinkInput!) { agreementDetachCountries(input: $input) { userErrors { field message code } } }
`);
const AgreementAttachDomains = graphql(`
  mutation AgreementAttachDomains($input: AgreementLinkInput!) { agreementAttachDomains(input: $input) { userErrors { field message code } } }
`);
const AgreementDetachDomains = graphql(`
  mutation AgreementDetachDomains($input: AgreementLinkInput!) { agreementDetachDomains(input: $input) { userErrors { field message code } } }
`);

interface Editable {
  id: string;
  version: number;
  title: string;
  validFrom?: string | null;
  validUntil?: string | null;
  countries: readonly { id: string }[];
  domains: readonly { id: string }[];
}

/** Edits an agreement's title, validity, countries and domains; the server's errors land on their fields. */
export function AgreementEditDialog({ agreement, onClose, onSaved }: { agreement: Editable; onClose: () => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(AgreementEditDialogQuery);
  const [update] = useMutation(AgreementUpdate);
  const [attachC] = useMutation(AgreementAttachCountries);
  const [detachC] = useMutation(AgreementDetachCountries);
  const [attachD] = useMutation(AgreementAttachDomains);
  const [detachD] = useMutation(AgreementDetachDomains);
  const [title, setTitle] = useState(agreement.title);
  const [validFrom, setValidFrom] = useState(agreement.validFrom ?? '');
  const [validUntil, setValidUntil] = useState(agreement.validUntil ?? '');
  const [countries, setCountries] = useState(new Set(agreement.countries.map((c) => c.id)));
  const [domains, setDomains] = useState(new Set(agreement.domains.map((d) => d.id)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const client = useApolloClient();
  // Someone else's change since the dialog opened: who, when, what; "reapply" saves on top of it.
  const [conflict, setConflict] = useState<{ version: number; actor: string; occurredAt: string; lines: string[] } | null>(null);

  const save = async (version: number) => {
    setBusy(true);
    setErrors({});
    setConflict(null);
    const problems: UserErrorLike[] = [];
    try {
      // Only what this person changed is sent, so that reapplying after a conflict keeps the
      // other person's change to the fields this person left alone.
      const input: AgreementUpdateInput = { id: agreement.id, version };
      if (title !== agreement.title) input.title = [{ lang: i18n.language.toUpperCase() as 'EN', text: title }];
      if ((validFrom || null) !== (agreement.validFrom ?? null)) input.validFrom = validFrom || null;
      if ((validUntil || null) !== (agreement.validUntil ?? null)) input.validUntil = validUntil || null;
      if (Object.keys(input).length > 2) {
        const updated = await update({ variables: { input } });
        problems.push(...(updated.data?.agreementUpdate.userErrors ?? []));
      }
      if (!problems.length) {
        const before = new Set(agreement.countries.map((c) => c.id));
        const add = [...countries].filter((id) => !before.has(id));
        const remove = [...before].filter((id) => !countries.has(id));
        if (add.length) problems.push(...((await attachC({ variables: { input: { id: agreement.id, ids: add } } })).data?.agreementAttachCountries.userErrors ?? []));
        if (remove.length) problems.push(...((await detachC({ variables: { input: { id: agreement.id, ids: remove } } })).data?.agreementDetachCountries.userErrors ?? []));
        const dBefore = new Set(agreement.domains.map((d) => d.id));
        const dAdd = [...domains].filter((id) => !dBefore.has(id));
        const dRemove = [...dBefore].filter((id) => !domains.has(id));
        if (dAdd.length) problems.push(...((await attachD({ variables: { input: { id: agreement.id, ids: dAdd } } })).data?.agreementAttachDomains.userErrors ?? []));
        if (dRemove.length) problems.push(...((await detachD({ variables: { input: { id: agreement.id, ids: dRemove } } })).data?.agreementDetachDomains.userErrors ?? []));
      }
      if (problems.length) {
        if (problems.some((p) => p.code === 'CONFLICT')) {
          const latest = await client.query({ query: AgreementLatestChange, variables: { id: agreement.id }, fetchPolicy: 'network-only' });
          const node = latest.data?.node?.__typename === 'Agreement' ? latest.data.node : null;
          const change = node?.history.nodes[0];
          setConflict({
            version: node?.version ?? version,
            actor: change?.actor ?? '?',
            occurredAt: change?.occurredAt ?? '',
            lines: change ? describeChange(change.before, change.after) : [],
          });
          return;
        }
        setErrors(errorsByField(problems, ['title', 'validFrom', 'validUntil', 'ids']));
        return;
      }
      onSaved();
    } catch (e) {
      setErrors({ form: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const toggle = (set: Set<string>, setter: (s: Set<string>) => void, id: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    setter(next);
  };

  return (
    <Dialog title={t('agreement.edit')} onClose={onClose} wide>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save(agreement.version);
        }}
      >
        <TextField label={t('mission.title')} value={title} onChange={(e) => setTitle(e.target.value)} error={errors.title} />
        <div className="form-row">
          <TextField label={t('agreement.validFrom')} type="date" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} error={errors.validFrom} />
          <TextField label={t('agreement.validUntil')} type="date" value={validUntil} onChange={(e) => setValidUntil(e.target.value)} error={errors.validUntil} />
        </div>
        {error ? <ErrorMessage error={error} /> : null}
        {loading && !data ? <Loading /> : null}
        {data ? (
          <div className="grid-2">
            <fieldset className="checklist">
              <legend>{t('agreement.countries')}</legend>
              {data.countries.nodes.map((c) => (
                <label key={c.id}>
                  <input type="checkbox" checked={countries.has(c.id)} onChange={(e) => toggle(countries, setCountries, c.id, e.target.checked)} /> {c.name}
                </label>
              ))}
            </fieldset>
            <fieldset className="checklist">
              <legend>{t('mission.domains')}</legend>
              {data.domains.nodes.map((d) => (
                <label key={d.id}>
                  <input type="checkbox" checked={domains.has(d.id)} onChange={(e) => toggle(domains, setDomains, d.id, e.target.checked)} /> {d.label}
                </label>
              ))}
            </fieldset>
          </div>
        ) : null}
        {errors.form || errors.ids ? (
          <p className="form-errors" role="alert">
            {errors.form ?? errors.ids}
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
            <button type="button" disabled={busy} onClick={() => void save(conflict.version)}>
              {t('conflict.reapply')}
            </button>{' '}
            <button type="button" className="secondary" onClick={onSaved}>
              {t('conflict.discard')}
            </button>
          </div>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button type="submit" disabled={busy}>
            {t('action.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
