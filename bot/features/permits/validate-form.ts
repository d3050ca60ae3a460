import type { PermitFormModel } from '../../../adaptive-cards/index.js';
import type { PERMIT_TEXT } from './texts.js';

export interface ValidForm {
  purpose: string;
  destination?: string;
  returnOn?: string;
  confirmations: { id: string; text: string }[];
  declarations: { id: string; label: string; value: string }[];
}

type Checked = { ok: true; form: ValidForm } | { ok: false; errors: string[]; values: Record<string, string> };

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'boolean' ? String(v) : '');
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks what came back from the form (card inputs are untrusted text): lengths, a return date
 * from today to a year ahead, every required measure confirmed, every declaration made.
 */
export function validateForm(
  form: Omit<PermitFormModel, 'values' | 'errors'>,
  data: Record<string, unknown>,
  t: (typeof PERMIT_TEXT)['ja'],
): Checked {
  const errors: string[] = [];
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) if (key !== 'answerId') values[key] = str(value).slice(0, 1000);

  const purpose = str(data.purpose);
  if (purpose.length === 0 || purpose.length > 500) errors.push(t.purpose);
  const destination = str(data.destination);
  if (form.needsDestination && (destination.length === 0 || destination.length > 200)) errors.push(t.destination);
  const returnOn = str(data.returnOn);
  if (form.needsReturnDate) {
    const latest = new Date(`${form.today}T00:00:00Z`);
    latest.setUTCFullYear(latest.getUTCFullYear() + 1);
    const valid =
      DATE.test(returnOn) &&
      !Number.isNaN(Date.parse(returnOn)) &&
      returnOn >= form.today &&
      returnOn <= latest.toISOString().slice(0, 10);
    if (!valid) errors.push(t.returnOn(form.today));
  }
  for (const c of form.confirmations) if (str(data[`confirm_${c.id}`]) !== 'true') errors.push(t.confirm(c.label));
  const declarations: ValidForm['declarations'] = [];
  for (const d of form.declarations) {
    const value = str(data[`decl_${d.id}`]);
    const ok = d.type === 'confirm' ? value === 'true' : value.length > 0 && value.length <= 100;
    if (!ok) errors.push(t.declare(d.label));
    declarations.push({ id: d.id, label: d.label, value });
  }
  if (errors.length > 0) return { ok: false, errors, values };
  return {
    ok: true,
    form: {
      purpose,
      destination: form.needsDestination ? destination : destination || undefined,
      returnOn: form.needsReturnDate ? returnOn : undefined,
      confirmations: form.confirmations.map((c) => ({ id: c.id, text: c.label })),
      declarations,
    },
  };
}
