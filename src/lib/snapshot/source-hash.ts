/** The SHA-256 of a source file's bytes, as 64 hex digits: what a snapshot records of where its figures came from. */
export async function sourceHash(bytes: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}
