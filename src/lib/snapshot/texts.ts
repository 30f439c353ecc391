import { identifierIn } from '../ingest/guard';

/** A typed text that a snapshot cannot publish: it holds what looks like a UPN or a postcode. */
export class TextError extends Error {}

/**
 * The door's value rules on the words the head types (title, authority, commentary by area): the reason each
 * field holding a UPN-like or postcode-like value is refused, by field. Typed live, they are corrected, never redacted.
 */
export function textProblems(texts: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, text] of Object.entries(texts)) {
    const kind = identifierIn(text);
    if (kind)
      out[field] = `This holds what looks like ${kind}. A published snapshot must not identify a child: take it out.`;
  }
  return out;
}

/** Throws a TextError naming the first field that holds an identifier. */
export function checkTexts(texts: Record<string, string>): void {
  const [first] = Object.entries(textProblems(texts));
  if (first) throw new TextError(`${first[0]}: ${first[1]}`);
}
