/** A `UserError` from a mutation payload. */
export interface UserErrorLike {
  field?: readonly string[] | null;
  message: string;
  code: string;
}

/**
 * Maps the server's user errors to form fields: `["input", "plannedStart", "month"]` goes
 * to `plannedStart`. Errors with no field, or a field the form does not show, go to `form`.
 */
export function errorsByField(errors: readonly UserErrorLike[], fields: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of errors) {
    const path = (error.field ?? []).filter((part) => part !== 'input');
    const field = path.find((part) => fields.includes(part)) ?? 'form';
    out[field] = out[field] ? `${out[field]} ${error.message}` : error.message;
  }
  return out;
}
