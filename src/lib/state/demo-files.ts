/** The bundled demo authority: served from our own origin as static assets. */
const urls = import.meta.glob('/data/demo/*.csv', { query: '?url', import: 'default', eager: true }) as Record<
  string,
  string
>;
/** The same authority as real exports write it: SSDA903 Header, UASC, Episodes, OC3 and a census attendance extract keyed by UPN. */
const urls903 = import.meta.glob('/data/demo-903/*.csv', { query: '?url', import: 'default', eager: true }) as Record<
  string,
  string
>;

function files(byPath: Record<string, string>): { name: string; url: string }[] {
  return Object.entries(byPath)
    .map(([path, url]) => ({ name: path.split('/').pop()!, url }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export const DEMO_FILES: { name: string; url: string }[] = files(urls);

export const DEMO_903_FILES: { name: string; url: string }[] = files(urls903);
