import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { PartyRole } from '../../gql/graphql';
import { SelectField, TextField } from '../../ui/Field';
import { errorsByField } from '../../ui/user-errors';
import { fuzzyInput } from '../mission/MissionActions';

const AgreementPartyChoices = graphql(`
  query AgreementPartyChoices {
    agencies(first: 100, orderBy: [{ field: NAME }]) { nodes { id name synthetic } }
  }
`);
const AgreementAddParty = graphql(`
  mutation AgreementAddParty($input: AgreementAddPartyInput!) {
    agreementAddParty(input: $input) { party { id } userErrors { field message code } }
  }
`);
const AgreementRemoveParty = graphql(`
  mutation AgreementRemoveParty($input: AgreementRemovePartyInput!) {
    agreementRemoveParty(input: $input) { party { id } userErrors { field message code } }
  }
`);
const AgreementSign = graphql(`
  mutation AgreementSign($input: AgreementSignInput!) {
    agreementSign(input: $input) { agreement { id status version signedOn { text } } userErrors { field message code } }
  }
`);

export const PARTY_ROLES: PartyRole[] = ['SIGNATORY', 'IMPLEMENTING', 'FUNDING', 'ACCOUNTABLE', 'EXTENDING'];

/** Parties of an agreement (add, remove) and, for a draft, its signature; the server's errors on their fields. */
export function AgreementParties({
  agreement,
  onChanged,
}: {
  agreement: { id: string; version: number; status: string; parties: readonly { id: string; role: string; agency: { name: string } }[] };
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [loadChoices, { data }] = useLazyQuery(AgreementPartyChoices);
  const [add] = useMutation(AgreementAddParty);
  const [remove] = useMutation(AgreementRemoveParty);
  const [sign] = useMutation(AgreementSign);
  const [adding, setAdding] = useState(false);
  const [agencyId, setAgencyId] = useState('');
  const [role, setRole] = useState<PartyRole>('SIGNATORY');
  const [signedOn, setSignedOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const run = async (work: () => Promise<readonly { field?: readonly string[] | null; message: string; code: string }[]>, fields: string[]) => {
    setErrors({});
    try {
      const problems = await work();
      if (problems.length) setErrors(errorsByField(problems, fields));
      else onChanged();
    } catch (e) {
      setErrors({ form: (e as Error).message });
    }
  };
  return (
    <div className="agreement-parties">
      <h3>{t('agreement.editParties')}</h3>
      <ul className="plain">
        {agreement.parties.map((p) => (
          <li key={p.id}>
            {p.agency.name} <span className="muted">· {t(`partyRole.${p.role}`, { defaultValue: p.role })}</span>{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => void run(async () => (await remove({ variables: { input: { partyId: p.id } } })).data?.agreementRemoveParty.userErrors ?? [], [])}
            >
              {t('agreement.removeParty', { name: p.agency.name })}
            </button>
          </li>
        ))}
      </ul>
      {adding ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => (await add({ variables: { input: { agreementId: agreement.id, agencyId, role } } })).data?.agreementAddParty.userErrors ?? [], ['agencyId', 'role']);
          }}
        >
          <SelectField label={t('agreement.party')} value={agencyId} onChange={(e) => setAgencyId(e.target.value)} error={errors.agencyId} required>
            <option value="">{t('form.choose')}</option>
            {(data?.agencies.nodes ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
                {a.synthetic ? ` (${t('badge.synthetic')})` : ''}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('agreement.partyRole')} value={role} onChange={(e) => setRole(e.target.value as PartyRole)} error={errors.role}>
            {PARTY_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`partyRole.${r}`)}
              </option>
            ))}
          </SelectField>
          <button type="submit" disabled={!agencyId}>
            {t('agreement.addParty')}
          </button>
        </form>
      ) : (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setAdding(true);
            void loadChoices();
          }}
        >
          {t('agreement.addParty')}
        </button>
      )}
      {agreement.status === 'DRAFT' ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const date = fuzzyInput(signedOn);
            if (!date) {
              setErrors({ signedOn: t('form.fuzzyHint') });
              return;
            }
            void run(async () => (await sign({ variables: { input: { id: agreement.id, version: agreement.version, signedOn: date } } })).data?.agreementSign.userErrors ?? [], ['signedOn']);
          }}
        >
          <TextField label={t('agreement.signedOn')} hint={t('form.fuzzyHint')} value={signedOn} onChange={(e) => setSignedOn(e.target.value)} error={errors.signedOn} />
          <button type="submit">{t('agreement.sign')}</button>
        </form>
      ) : null}
      {errors.form ? (
        <p className="form-errors" role="alert">
          {errors.form}
        </p>
      ) : null}
    </div>
  );
}
