import { describe, expect, it } from 'vitest';
import { openNodeDb } from '../../src/lib/db/node';
import { decode } from '../../src/lib/ingest/decode';
import { loadSet } from '../../src/lib/ingest/load';
import { prepare } from '../../src/lib/ingest/prepare';
import { text } from './helpers';

const PUPILS_TSV = 'child_id\tsex\tbirth_year_month\nA1\tM\t2010-01\nA2\tF\t2011-02\n';

/** Excel's "Unicode text": a byte-order mark, then each UTF-16 code unit in two bytes. */
function utf16(content: string, order: 'le' | 'be'): Uint8Array {
  const bytes = [order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]];
  for (let i = 0; i < content.length; i++) {
    const unit = content.charCodeAt(i);
    const high = unit >> 8;
    const low = unit & 0xff;
    bytes.push(order === 'le' ? [low, high] : [high, low]);
  }
  return new Uint8Array(bytes.flat());
}

describe('decode(bytes)', () => {
  it('reads UTF-16 little-endian with a byte-order mark, without the mark', () => {
    expect(decode(utf16(PUPILS_TSV, 'le'))).toEqual({ text: PUPILS_TSV, encoding: 'utf-16le' });
  });

  it('reads UTF-16 big-endian with a byte-order mark, without the mark', () => {
    expect(decode(utf16(PUPILS_TSV, 'be'))).toEqual({ text: PUPILS_TSV, encoding: 'utf-16be' });
  });

  it('reads letters beyond ASCII in UTF-16', () => {
    expect(decode(utf16('target_text\nCafé – ok\n', 'le'))?.text).toBe('target_text\nCafé – ok\n');
  });

  it('refuses UTF-16 without a byte-order mark as binary', () => {
    expect(decode(utf16(PUPILS_TSV, 'le').subarray(2))).toBeNull();
  });

  it('refuses binary content, and UTF-16 with a mark whose text holds NUL characters', () => {
    expect(decode(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1]))).toBeNull();
    expect(decode(utf16('a\0b\n', 'le'))).toBeNull();
  });

  it('still reads UTF-8 with a byte-order mark, and Windows-1252', () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0a]))).toEqual({ text: 'a\n', encoding: 'utf-8' });
    expect(decode(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toEqual({ text: 'Café', encoding: 'windows-1252' });
  });
});

describe('a UTF-16 file through prepare and loadSet', () => {
  it('loads an Excel "Unicode text" pupils file like its UTF-8 twin', async () => {
    const prepared = prepare('pupils.txt', utf16(PUPILS_TSV, 'le'));
    expect(prepared).toMatchObject({
      ok: true,
      file: { table: 'pupils', columns: ['child_id', 'sex', 'birth_year_month'], rowsRead: 2 },
    });
    const db = await openNodeDb();
    const out = await loadSet(
      db,
      [prepared, text('care_periods.csv', 'CHILD,DECOM\nA1,2020-01-01\nA2,2021-06-30\n')],
      new Set(),
    );
    expect(out.fatal).toBeNull();
    expect(out.files.find((f) => f.table === 'pupils')).toMatchObject({
      status: 'loaded',
      rows_read: 2,
      rows_loaded: 2,
      rows_rejected: 0,
      notices: ['Read as UTF-16 ("Unicode text", as Excel saves it).', 'Values separated by tabs.'],
    });
    expect(await db.query(`SELECT child_id, sex, birth_year_month FROM pupils ORDER BY 1`)).toEqual([
      { child_id: 'A1', sex: 'M', birth_year_month: '2010-01' },
      { child_id: 'A2', sex: 'F', birth_year_month: '2011-02' },
    ]);
  });

  it('refuses a UTF-16 file without a byte-order mark, as before', () => {
    const refused = prepare('pupils.txt', utf16(PUPILS_TSV, 'le').subarray(2));
    expect(refused).toMatchObject({
      ok: false,
      report: { status: 'refused', reason: expect.stringMatching(/^This is not a text file, not a CSV file\./) },
    });
  });
});
