import { SSDA903_EPISODE_COLUMNS } from '../contract';

/**
 * The DfE's XML form of the SSDA903 return (`<EXPSSDA903><CHILD><HEADER>…</HEADER><EPISODE>…</EPISODE></CHILD>…`),
 * read in one streaming pass into the CSV files of the same return, which then go through the door like any other.
 */
const HEADER = ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'];
const EPISODES = SSDA903_EPISODE_COLUMNS;
const UASC = ['CHILD', 'SEX', 'DOB', 'DUC'];
const OC3 = ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'];
/** XML names that differ from the CSV layout's */
const RENAMED: Record<string, string> = { CHILDID: 'CHILD', PL: 'PLACE' };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITIES[e] ?? m),
  );
const cell = (v: string | undefined): string =>
  v === undefined ? '' : /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
const line = (cols: readonly string[], rec: Record<string, string>): string => cols.map((c) => cell(rec[c])).join(',');

/** Whether a text is the XML form of the return. */
export function isSsda903Xml(text: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<([A-Za-z_][\w.-]*:)?EXPSSDA903[\s>]/.test(text);
}

export interface XmlTables {
  files: { name: string; text: string }[];
  children: number;
}

/** The Header, Episodes, UASC and OC3 files of an XML return (the other modules are not used by the dashboard). */
export function readSsda903Xml(text: string): XmlTables | { problem: string } {
  const out = {
    header: [line(HEADER, Object.fromEntries(HEADER.map((h) => [h, h])))],
    episodes: [EPISODES.join(',')],
    uasc: [UASC.join(',')],
    oc3: [OC3.join(',')],
  };
  const stack: string[] = [];
  let child: Record<string, string> = {};
  let episode: Record<string, string> | null = null;
  let children = 0;
  let textAt = '';
  const tags =
    /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[^>]*?(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|([^<]+)/g;
  for (let m = tags.exec(text); m; m = tags.exec(text)) {
    const [, closing, name, selfClosing, cdata, chars] = m;
    if (cdata !== undefined) {
      textAt += cdata;
      continue;
    }
    if (chars !== undefined) {
      textAt += unescape(chars);
      continue;
    }
    if (!name) continue;
    const tag = RENAMED[name] ?? name;
    if (!closing) {
      textAt = '';
      if (!selfClosing) stack.push(name);
      if (name === 'CHILD' && stack.length === 2) child = {};
      if (name === 'EPISODE') episode = {};
      continue;
    }
    if (stack.pop() !== name)
      return { problem: `The XML is not well formed: </${name}> closes another element. Export the return again.` };
    const parent = stack.at(-1);
    if (parent === 'HEADER' && !(tag in child)) child[tag] = textAt.trim();
    else if (parent === 'EPISODE' && episode) episode[tag] = textAt.trim();
    else if (name === 'EPISODE' && episode) {
      out.episodes.push(line(EPISODES, { ...episode, CHILD: child.CHILD ?? '' }));
      episode = null;
    } else if (name === 'CHILD' && stack.length === 1) {
      children++;
      out.header.push(line(HEADER, child));
      // UASC is a flag in the XML (1: the child is or was an unaccompanied asylum-seeking child)
      if (/^(1|y|yes|true)$/i.test(child.UASC ?? '')) out.uasc.push(line(UASC, child));
      if (child.IN_TOUCH) out.oc3.push(line(OC3, child));
    }
    textAt = '';
  }
  if (stack.length > 0)
    return { problem: `The XML ends inside <${stack.at(-1)}>: the file is cut short. Export the return again.` };
  if (children === 0)
    return {
      problem: 'The XML return holds no CHILD record: nothing to load. Export the return again with its children.',
    };
  const files = [
    ['Header', out.header],
    ['Episodes', out.episodes],
    ['UASC', out.uasc],
    ['OC3', out.oc3],
  ] as const;
  return {
    children,
    files: files.filter(([, rows]) => rows.length > 1).map(([name, rows]) => ({ name, text: rows.join('\n') + '\n' })),
  };
}
