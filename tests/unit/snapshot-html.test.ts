import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { snapshotHtml } from '../../src/lib/snapshot/html';

const template = readFileSync(new URL('../../src/views/governor/index.html', import.meta.url), 'utf8');
const scripts = (html: string) => html.match(/<script\b/gi)?.length ?? 0;
/** What an HTML parser reads as the block's text: everything up to the first `</script`. */
const block = (html: string) => /<script\b[^>]*id="vsd-snapshot"[^>]*>([\s\S]*?)<\/script/i.exec(html)![1];
const title = (html: string) => /<title>([\s\S]*?)<\/title>/.exec(html)![1];

describe('snapshotHtml(template, snapshotJson, title)', () => {
  it('puts the JSON in the #vsd-snapshot block, where </script> cannot close it', () => {
    const json = JSON.stringify({
      schema: 'vsd-snapshot/1',
      title: '</script><script>alert(1)</script>',
      note: 'a\u2028b\u2029c $& $1',
    });
    const html = snapshotHtml(template, json, 'Report');
    expect(scripts(html)).toBe(scripts(template));
    expect(JSON.parse(block(html))).toEqual(JSON.parse(json));
    expect(block(html)).not.toMatch(/[<\u2028\u2029]/);
  });

  it('writes the title HTML-escaped', () => {
    expect(title(snapshotHtml(template, '{}', 'Governors & <b>"board"</b> 2024/25'))).toBe(
      'Governors &amp; &lt;b&gt;&quot;board&quot;&lt;/b&gt; 2024/25',
    );
  });

  it('fills a template already filled, replacing its snapshot', () => {
    const once = snapshotHtml(template, '{"a":"</script>"}', 'One');
    const twice = snapshotHtml(once, '{"b":2}', 'Two');
    expect(block(twice)).toBe('{"b":2}');
    expect(title(twice)).toBe('Two');
  });

  it('throws when the template has no snapshot block', () => {
    expect(() => snapshotHtml('<html><head><title>x</title></head><body></body></html>', '{}', 'x')).toThrow(
      /vsd-snapshot/,
    );
  });
});
