import { describe, expect, it } from 'vitest';
import { detectDelimiter, scanCsv } from '../../src/lib/ingest/scan';

function records(text: string, delimiter = ',') {
  const out: [number, string[] | null, string | null][] = [];
  scanCsv(text, delimiter, (line, fields, problem) => void out.push([line, fields, problem]));
  return out;
}

describe('scanCsv(text, delimiter, visit)', () => {
  it('gives each record its physical line, counting blank lines and skipping them', () => {
    expect(records('a,b\n1,2\n\n3,4\n   \n5,6')).toEqual([
      [1, ['a', 'b'], null],
      [2, ['1', '2'], null],
      [4, ['3', '4'], null],
      [6, ['5', '6'], null],
    ]);
  });
  it('reads CRLF line endings and quoted values with delimiters, doubled quotes and line breaks', () => {
    expect(records('a,b\r\n"x,y","say ""hi"""\r\n"two\nlines",z\r\nlast,1\r\n')).toEqual([
      [1, ['a', 'b'], null],
      [2, ['x,y', 'say "hi"'], null],
      [3, ['two\nlines', 'z'], null],
      [5, ['last', '1'], null],
    ]);
  });
  it('skips rows of empty values as blank', () => {
    expect(records('a,b\n,,\n1,2')).toEqual([
      [1, ['a', 'b'], null],
      [3, ['1', '2'], null],
    ]);
  });
  it('reports an unterminated quote at its line and goes on at the next line', () => {
    expect(records('a,b\n"open,1\n2,3\n')).toEqual([
      [1, ['a', 'b'], null],
      [2, null, 'a quoted value is never closed (unterminated quote)'],
      [3, ['2', '3'], null],
    ]);
  });
  it('reports a stray quote inside an unquoted value', () => {
    expect(records('a\n5" tall\nok')[1]).toEqual([
      2,
      null,
      'a quote mark inside an unquoted value: quote the whole value',
    ]);
  });
  it('splits on semicolons or tabs when told', () => {
    expect(records('a;b\n1,5;2', ';')[1]).toEqual([2, ['1,5', '2'], null]);
    expect(records('a\tb\n1\t2', '\t')[1]).toEqual([2, ['1', '2'], null]);
  });
});

describe('detectDelimiter(text)', () => {
  it('picks the delimiter that splits the header most, ignoring quoted ones', () => {
    expect(detectDelimiter('a,b,c\n')).toBe(',');
    expect(detectDelimiter('\n\na;b;c\n')).toBe(';');
    expect(detectDelimiter('"x;y;z"\tb\n')).toBe('\t');
    expect(detectDelimiter('single\n')).toBe(',');
  });
});
