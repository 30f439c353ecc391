import { describe, expect, it } from 'vitest';
import { openNodeDb } from '../../src/lib/db/node';
import { LinkMap } from '../../src/lib/ingest/link';
import { loadSet } from '../../src/lib/ingest/load';
import { prepareSet } from '../../src/lib/ingest/prepare-set';
import { readSsda903Xml } from '../../src/lib/ingest/ssda903-xml';

// Two children in the DfE's XML layout: 501 with two episodes, a review (not used) and OC3 fields; 502 UASC, one open
// episode with an escaped value.
const XML = `<?xml version='1.0' encoding='us-ascii'?>
<EXPSSDA903>
  <CHILD>
    <HEADER><CHILDID>501</CHILDID><UPN>H801200001001</UPN><SEX>2</SEX><DOB>28/07/2001</DOB><ETHNIC>BAFR</ETHNIC><UASC />
      <IN_TOUCH>YES</IN_TOUCH><ACTIV>F1</ACTIV><ACCOM>S1</ACCOM>
      <AREVIEW><REVIEW>27/09/2015</REVIEW><REVIEW_CODE>PN0</REVIEW_CODE></AREVIEW><MOTHER /><MC_DOB /></HEADER>
    <EPISODE><DECOM>06/01/2017</DECOM><RNE>S</RNE><LS>J3</LS><CIN>N4</CIN><PL>R5</PL><PL_POST>E7 5YR</PL_POST><HOME_POST>B15 8PZ</HOME_POST><URN>1465167</URN><PLACE_PROVIDER>PR2</PLACE_PROVIDER><DEC>06/10/2017</DEC><REC>X1</REC><REASON_PLACE_CHANGE /></EPISODE>
    <EPISODE><DECOM>06/10/2017</DECOM><RNE>P</RNE><LS>J3</LS><CIN>N4</CIN><PL>U1</PL><PL_POST /><HOME_POST /><URN /><PLACE_PROVIDER>PR3</PLACE_PROVIDER><DEC>07/03/2018</DEC><REC>E11</REC><REASON_PLACE_CHANGE>CARPL</REASON_PLACE_CHANGE></EPISODE>
  </CHILD>
  <CHILD>
    <HEADER><CHILDID>502</CHILDID><UPN>UN3</UPN><SEX>1</SEX><DOB>14/02/2009</DOB><ETHNIC>AOTH</ETHNIC><UASC>1</UASC><MOTHER /><MC_DOB /></HEADER>
    <EPISODE><DECOM>01/09/2020</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>K2</PL><PLACE_PROVIDER>PR1</PLACE_PROVIDER><DEC /><REC /><REASON_PLACE_CHANGE>A&amp;B</REASON_PLACE_CHANGE></EPISODE>
  </CHILD>
</EXPSSDA903>
`;

describe('readSsda903Xml(text)', () => {
  it('writes the Header, Episodes, UASC and OC3 files of the return, CHILDID as CHILD and PL as PLACE', () => {
    const r = readSsda903Xml(XML);
    expect('problem' in r).toBe(false);
    if ('problem' in r) return;
    expect(r.children).toBe(2);
    expect(Object.fromEntries(r.files.map((f) => [f.name, f.text]))).toEqual({
      Header:
        'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n501,2,28/07/2001,BAFR,H801200001001,,\n502,1,14/02/2009,AOTH,UN3,,\n',
      Episodes:
        [
          'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
          '501,06/01/2017,S,J3,N4,R5,PR2,06/10/2017,X1,,B15 8PZ,E7 5YR,1465167',
          '501,06/10/2017,P,J3,N4,U1,PR3,07/03/2018,E11,CARPL,,,',
          '502,01/09/2020,S,C2,N1,K2,PR1,,,A&B,,,',
        ].join('\n') + '\n',
      UASC: 'CHILD,SEX,DOB,DUC\n502,1,14/02/2009,\n',
      OC3: 'CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\n501,28/07/2001,YES,F1,S1\n',
    });
  });

  it('reads namespaced tags, and refuses a return with no child', () => {
    const ns = readSsda903Xml(XML.replace(/<(\/?)([A-Z_0-9]+)/g, '<$1x:$2'));
    expect('problem' in ns ? ns.problem : ns.files.map((f) => f.name)).toEqual(['Header', 'Episodes', 'UASC', 'OC3']);
    expect(readSsda903Xml('<EXPSSDA903></EXPSSDA903>')).toEqual({
      problem: 'The XML return holds no CHILD record: nothing to load. Export the return again with its children.',
    });
  });

  it('says when the XML is cut short or not well formed', () => {
    expect(readSsda903Xml(XML.slice(0, XML.indexOf('</EXPSSDA903>')))).toEqual({
      problem: 'The XML ends inside <EXPSSDA903>: the file is cut short. Export the return again.',
    });
    expect(readSsda903Xml(XML.replace('</HEADER>', '</HEADERX>'))).toMatchObject({
      problem: expect.stringMatching(/^The XML is not well formed: <\/HEADERX> closes another element/),
    });
  });
});

describe('an SSDA903 XML return, loaded', () => {
  it('goes through the door like its CSV files: no DOB, UPN or postcode stored, the OC3 age from DOB', async () => {
    const db = await openNodeDb();
    const out = await loadSet(
      db,
      prepareSet([{ name: 'return.xml', bytes: new TextEncoder().encode(XML) }], {
        year: 2019,
        links: new LinkMap('xml'),
      }),
      new Set(),
    );
    expect(out.fatal).toBeNull();
    expect(out.files.map((f) => [f.file, f.table, f.status, f.rows_loaded])).toEqual([
      ['return.xml: Header', 'pupils', 'loaded', 2],
      ['return.xml: Episodes', 'care_periods', 'loaded', 3],
      ['return.xml: UASC', 'uasc', 'loaded', 1],
      ['return.xml: OC3', 'destinations', 'loaded', 1],
    ]);
    // 501 born July 2001: the birthday inside 1 April 2018 to 31 March 2019 is the 17th
    expect(await db.query(`SELECT child_id, age, activity FROM destinations`)).toEqual([
      { child_id: '501', age: 17, activity: 'HIGHER_EDUCATION' },
    ]);
    expect(await db.query(`SELECT child_id, birth_year_month AS m FROM pupils ORDER BY 1`)).toEqual([
      { child_id: '501', m: '2001-07' },
      { child_id: '502', m: '2009-02' },
    ]);
    const tables = await db.query<{ t: string }>(`SELECT table_name AS t FROM duckdb_tables() WHERE NOT internal`);
    let all = JSON.stringify(out);
    for (const { t } of tables) all += JSON.stringify(await db.query(`SELECT * FROM "${t}"`));
    for (const v of ['H801200001001', '28/07/2001', '14/02/2009', 'B15 8PZ', 'E7 5YR']) expect(all).not.toContain(v);
  });

  it('refuses an XML file that is not a return', async () => {
    const [p] = prepareSet([
      { name: 'other.xml', bytes: new TextEncoder().encode('<?xml version="1.0"?><roster><pupil/></roster>') },
    ]);
    expect(p).toMatchObject({
      ok: false,
      report: { status: 'refused', reason: expect.stringMatching(/^Not an SSDA903 XML return/) },
    });
  });
});
