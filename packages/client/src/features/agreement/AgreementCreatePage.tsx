import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { AgreementKind } from '../../gql/graphql';
import { useRouter } from '../../app/router';
import { SelectField, TextField } from '../../ui/Field';
import { errorsByField } from '../../ui/user-errors';
import { AGREEMENT_KINDS } from './AgreementListPage';

const AgreementCreate = graphql(`
  mutation AgreementCreate($input: AgreementCreateInput!) {
    agreementCreate(input: $input) { agreement { id reference } userErrors { field message code } }
  }
`);

const FIELDS = ['reference', 'title', 'kind', 'validFrom', 'validUntil'];

/** Record a new agreement (a draft); parties, countries and domains are added on its page. */
export default function AgreementCreatePage() {
  const { t, i18n } = useTranslation();
  const { navigate } = useRouter();
  const [create] = useMutation(AgreementCreate);
  const [form, setForm] = useState({ reference: '', title: '', kind: 'COOPERATION', validFrom: '', validUntil: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  return (
    <>
      <h1>{t('agreement.create')}</h1>
      <form
        className="form"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const local: Record<string, string> = {};
          if (!form.reference.trim()) local.reference = t('form.required');
          if (!form.title.trim()) local.title = t('form.required');
          setErrors(local);
          if (Object.keys(local).length) return;
          setBusy(true);
          try {
            const result = await create({
              variables: {
                input: {
                  reference: form.reference.trim(),
                  title: [{ lang: i18n.language.toUpperCase() as 'EN', text: form.title.trim() }],
                  kind: form.kind as AgreementKind,
                  validFrom: form.validFrom || null,
                  validUntil: form.validUntil || null,
                  idempotencyKey: `agreement-${form.reference.trim()}`,
                },
              },
            });
            const payload = result.data?.agreementCreate;
            if (payload?.userErrors.length || !payload?.agreement) setErrors(errorsByField(payload?.userErrors ?? [], FIELDS));
            else navigate(`/agreements/${encodeURIComponent(payload.agreement.reference)}`);
          } catch (err) {
            setErrors({ form: (err as Error).message });
          } finally {
            setBusy(false);
          }
        }}
      >
        <TextField label={t('mission.reference')} value={form.reference} onChange={set('reference')} error={errors.reference} required />
        <TextField label={t('mission.title')} value={form.title} onChange={set('title')} error={errors.title} required />
        <SelectField label={t('mission.kind')} value={form.kind} onChange={set('kind')} error={errors.kind}>
          {AGREEMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <div className="form-row">
          <TextField label={t('agreement.validFrom')} type="date" value={form.validFrom} onChange={set('validFrom')} error={errors.validFrom} />
          <TextField label={t('agreement.validUntil')} type="date" value={form.validUntil} onChange={set('validUntil')} error={errors.validUntil} />
        </div>
        {errors.form ? (
          <p className="form-errors" role="alert">
            {errors.form}
          </p>
        ) : null}
        <button type="submit" disabled={busy}>
          {t('agreement.createSubmit')}
        </button>
      </form>
    </>
  );
}
