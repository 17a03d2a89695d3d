/** The attributes (and properties) of `<edu-stat-card>` that hold a stat's text fields. */
export const STAT_TEXT_FIELDS = ['label', 'format', 'qualifier', 'unit', 'period', 'context', 'region'] as const;

/**
 * A stat in lesson-file shape from named text fields, as `<edu-stat-card>` has them (attributes in the page, or the
 * element's own properties): the value stays text unless it is a plain number, so the check can say what is wrong.
 */
export function statInput(
  get: (field: (typeof STAT_TEXT_FIELDS)[number] | 'value') => string | null,
  change: boolean,
  id?: string,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  if (id) input.id = id;
  const value = get('value');
  if (value !== null) {
    const n = Number(value.trim());
    input.value = value.trim() !== '' && Number.isFinite(n) ? n : value;
  }
  for (const field of STAT_TEXT_FIELDS) {
    const text = get(field);
    if (text !== null) input[field] = text;
  }
  if (change) input.change = true;
  return input;
}
