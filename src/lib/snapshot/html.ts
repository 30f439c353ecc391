const BLOCK = /(<script\b[^>]*\bid="vsd-snapshot"[^>]*>)[\s\S]*?(<\/script>)/i;
const TITLE = /(<title\b[^>]*>)[\s\S]*?(<\/title>)/i;

/** JSON that no HTML parser can end early: `<` never appears, and the JS line separators are escaped too. */
const scriptSafe = (json: string) =>
  json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** The governor HTML template with the snapshot's JSON in its `#vsd-snapshot` block and its title in `<title>`. */
export function snapshotHtml(template: string, snapshotJson: string, title: string): string {
  if (!BLOCK.test(template)) throw new Error('the governor template has no <script id="vsd-snapshot"> block');
  if (!TITLE.test(template)) throw new Error('the governor template has no <title>');
  return template
    .replace(BLOCK, (_, open: string, close: string) => open + scriptSafe(snapshotJson) + close)
    .replace(TITLE, (_, open: string, close: string) => open + escapeHtml(title) + close);
}
