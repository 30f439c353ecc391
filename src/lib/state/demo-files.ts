/** The bundled demo authority: served from our own origin as static assets. */
const urls = import.meta.glob('/data/demo/*.csv', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

export const DEMO_FILES: { name: string; url: string }[] = Object.entries(urls)
  .map(([path, url]) => ({ name: path.split('/').pop()!, url }))
  .sort((a, b) => a.name.localeCompare(b.name));
