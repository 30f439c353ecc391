/**
 * SVG snapshots that survive harmless changes: numbers rounded to 1 dp, generated ids
 * renumbered, Svelte's scoping classes and comment anchors dropped, one tag a line.
 */

const round = (n: string): string => {
  const r = Math.round(Number(n) * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
};

function renumberIds(markup: string): string {
  const ids = [...new Set([...markup.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))];
  // the ids made by $props.id() share a prefix: give each prefix a number in order of appearance
  const prefixes = [...new Set(ids.map((id) => id.replace(/-[a-z]+$/, '')))];
  return prefixes
    .map((p, i) => [p, `id${i + 1}`] as const)
    .sort((a, b) => b[0].length - a[0].length)
    .reduce(
      (s, [from, to]) =>
        s.replace(new RegExp(`(["#\\s])${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[-"\\s)])`, 'g'), `$1${to}`),
      markup,
    );
}

function pretty(markup: string): string {
  let depth = 0;
  const lines: string[] = [];
  const empty = markup.replace(/<([a-z]+)([^>]*)><\/\1>/g, '<$1$2/>');
  // a leaf element with only text stays on one line
  const tokens = empty.match(/<([a-z]+)[^>]*>[^<]*<\/\1>|<[^>]+>|[^<]+/g) ?? [];
  for (const token of tokens.map((t) => t.trim()).filter(Boolean)) {
    const opens = /^<[a-z][^>]*[^/]>$/.test(token) || /^<[a-z]+>$/.test(token);
    if (token.startsWith('</')) depth -= 1;
    lines.push('  '.repeat(Math.max(0, depth)) + token);
    if (opens) depth += 1;
  }
  return lines.join('\n') + '\n';
}

export function normalise(markup: string): string {
  const tidy = markup
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s*\bsvelte-[a-z0-9]+\b/g, '')
    .replace(/\sclass=""/g, '')
    .replace(/-?\d+\.\d+(e-?\d+)?/g, round);
  return pretty(renumberIds(tidy));
}

/** The normalised markup of the one <svg> in a container. */
export function svgOf(container: Element): string {
  const svg = container.querySelector('svg[role="img"]');
  if (!svg) throw new Error('no chart svg rendered');
  return normalise(svg.outerHTML);
}
