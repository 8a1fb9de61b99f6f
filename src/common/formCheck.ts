// A staff form checked by the contract's own zod schema before it is sent: each issue's message under its field.
// Only the staff subpackage passes schemas here, so zod stays out of the residents' main package.
import type { z } from 'zod';

/** Messages by field name (the last name in the issue's path); '' holds what belongs to no field. */
export type FieldErrors = Partial<Record<string, string>>;

export type Checked<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** `value` is what the form would send, as typed: the schema is what says whether it may be sent. */
export function check<S extends z.ZodType>(schema: S, value: unknown): Checked<z.output<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = [...issue.path].reverse().find((p): p is string => typeof p === 'string') ?? '';
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** A number as typed in a text box: plain decimal digits (a sign and a point allowed), otherwise NaN. */
export function typedNumber(text: string): number {
  const t = text.trim();
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : NaN;
}
