/** What a JSON file the app reads (a column map, a pupil group) refuses with: its own error class. */
type Refusal = new (message: string) => Error;

/** The parsed text, or the refusal `notJson` says. */
export function readJson(text: string, notJson: string, Err: Refusal): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Err(notJson);
  }
}

/** A JSON value that must be an object, named `where` in the refusal. */
export function objectOf(v: unknown, where: string, Err: Refusal): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Err(`${where} must be an object.`);
  return v as Record<string, unknown>;
}
