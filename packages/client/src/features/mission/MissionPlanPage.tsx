import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData } from '../../gql';
import type { MissionKind } from '../../gql/graphql';
import { useRouter, useSearchParams } from '../../app/router';
import { SelectField, TextField } from '../../ui/Field';
import { errorsByField } from '../../ui/user-errors';
import { ErrorMessage, Loading } from '../../ui/states';
import { fuzzyInput } from './MissionActions';
import { MISSION_KINDS } from './MissionListPage';

export const PlanChoices_agreement = graphql(`
  fragment PlanChoices_agreement on Agreement { id reference title synthetic countries { id iso2 name } domains { id key label } }
`);
export const PlanChoices_domain = graphql(`
  fragment PlanChoices_domain on Domain { id key label }
`);

const MissionPlanPageQuery = graphql(`
  query MissionPlanPage {
    agreements(first: 100, filter: { status: { in: [SIGNED, DRAFT] } }, orderBy: [{ field: REFERENCE }]) {
      nodes { ...PlanChoices_agreement }
    }
    domains(first: 100, orderBy: [{ field: LABEL }]) { nodes { ...PlanChoices_domain } }
  }
`);

const MissionCreate = graphql(`
  mutation MissionCreate($input: MissionCreateInput!) {
    missionCreate(input: $input) {
      mission { id reference version status }
      userErrors { field message code }
      warnings { field message code }
    }
  }
`);

const MissionPlanAfterCreate = graphql(`
  mutation MissionPlanAfterCreate($input: MissionPlanInput!) {
    missionPlan(input: $input) { mission { id reference status version } userErrors { field message code } warnings { field message code } }
  }
`);

const FIELDS = ['reference', 'title', 'countryId', 'agreementId', 'kind', 'plannedStart', 'plannedEnd', 'domainIds', 'beneficiary'];

/** Plan a mission under an agreement: recorded as considered, then planned with its dates. */
export default function MissionPlanPage() {
  const { t, i18n } = useTranslation();
  const { navigate } = useRouter();
  const [params] = useSearchParams();
  const { data, loading, error } = useQuery(MissionPlanPageQuery);
  const [create] = useMutation(MissionCreate);
  const [plan] = useMutation(MissionPlanAfterCreate);
  const [form, setForm] = useState({
    agreementId: '',
    reference: '',
    title: '',
    countryId: '',
    kind: 'EXPERT_MISSION',
    plannedStart: '',
    plannedEnd: '',
    beneficiary: '',
    domainId: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  if (error) return <ErrorMessage error={error} />;
  if (!data && loading) return <Loading />;
  const agreements = (data?.agreements.nodes ?? []).map((a) => getFragmentData(PlanChoices_agreement, a));
  const wanted = params.get('agreement');
  const agreement = agreements.find((a) => a.id === form.agreementId) ?? (wanted ? agreements.find((a) => a.reference === wanted) : undefined);
  const agreementId = agreement?.id ?? '';
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));

  const submit = async () => {
    setBusy(true);
    setErrors({});
    const local: Record<string, string> = {};
    if (!form.reference.trim()) local.reference = t('form.required');
    if (!form.title.trim()) local.title = t('form.required');
    if (!form.countryId) local.countryId = t('form.required');
    const plannedStart = fuzzyInput(form.plannedStart);
    const plannedEnd = fuzzyInput(form.plannedEnd);
    if (!plannedStart) local.plannedStart = t('form.fuzzyHint');
    if (!plannedEnd) local.plannedEnd = t('form.fuzzyHint');
    if (Object.keys(local).length) {
      setErrors(local);
      setBusy(false);
      return;
    }
    try {
      const created = await create({
        variables: {
          input: {
            reference: form.reference.trim(),
            title: [{ lang: i18n.language.toUpperCase() as 'EN', text: form.title.trim() }],
            countryId: form.countryId,
            agreementId: agreementId || null,
            kind: form.kind as MissionKind,
            plannedStart,
            plannedEnd,
            beneficiary: form.beneficiary.trim() || null,
            domainIds: form.domainId ? [form.domainId] : null,
            idempotencyKey: `plan-${form.reference.trim()}`,
          },
        },
      });
      const payload = created.data?.missionCreate;
      if (!payload) return;
      if (payload.userErrors.length || !payload.mission) {
        setErrors(errorsByField(payload.userErrors, FIELDS));
        return;
      }
      const planned = await plan({ variables: { input: { id: payload.mission.id, version: payload.mission.version } } });
      const planErrors = planned.data?.missionPlan.userErrors ?? [];
      if (planErrors.length) {
        setErrors(errorsByField(planErrors, FIELDS));
        return;
      }
      navigate(`/missions/${encodeURIComponent(payload.mission.reference)}`);
    } catch (e) {
      setErrors({ form: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{t('mission.planNew')}</h1>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <SelectField label={t('mission.agreement')} value={agreementId} onChange={set('agreementId')} error={errors.agreementId}>
          <option value="">{t('form.none')}</option>
          {agreements.map((a) => (
            <option key={a.id} value={a.id}>
              {a.reference} · {a.title}
              {a.synthetic ? ` (${t('badge.synthetic')})` : ''}
            </option>
          ))}
        </SelectField>
        <TextField label={t('mission.reference')} value={form.reference} onChange={set('reference')} error={errors.reference} required />
        <TextField label={t('mission.title')} value={form.title} onChange={set('title')} error={errors.title} required />
        <SelectField label={t('mission.country')} value={form.countryId} onChange={set('countryId')} error={errors.countryId} required>
          <option value="">{t('form.choose')}</option>
          {(agreement?.countries ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('mission.domains')} value={form.domainId} onChange={set('domainId')} error={errors.domainIds}>
          <option value="">{t('form.none')}</option>
          {/* The agreement's domains first, then every other domain. */}
          {[...(agreement?.domains ?? []), ...(data?.domains.nodes ?? []).map((d) => getFragmentData(PlanChoices_domain, d)).filter((d) => !agreement?.domains.some((a) => a.id === d.id))].map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('mission.kind')} value={form.kind} onChange={set('kind')} error={errors.kind}>
          {MISSION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('mission.plannedStart')} hint={t('form.fuzzyHint')} value={form.plannedStart} onChange={set('plannedStart')} error={errors.plannedStart} />
        <TextField label={t('mission.plannedEnd')} hint={t('form.fuzzyHint')} value={form.plannedEnd} onChange={set('plannedEnd')} error={errors.plannedEnd} />
        <TextField label={t('mission.beneficiary')} value={form.beneficiary} onChange={set('beneficiary')} error={errors.beneficiary} />
        {errors.form ? (
          <p className="form-errors" role="alert">
            {errors.form}
          </p>
        ) : null}
        <button type="submit" disabled={busy}>
          {t('mission.planSubmit')}
        </button>
      </form>
    </>
  );
}
