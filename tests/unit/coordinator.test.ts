// The query coordinator against a fake database that records what it is sent (after Mosaic's coordinator tests):
// batching per tick, the cache, a new dataset, errors, the cache's bound, and a client's newest request.
import { describe, expect, it } from 'vitest';
import type { Db, Prepared } from '../../src/lib/db/types';
import { validateFilter } from '../../src/lib/measures/filter';
import { Coordinator, type Batch, type Client, type Row } from '../../src/lib/state/coordinator';

/**
 * Answers each measure query, inline or by a plan, with one row per measure its SQL selects, whose value is the
 * query's number (1 for the first): a result tells which query it came from. The national figures are none.
 */
class FakeDb implements Db {
  /** the measure queries sent, in order */
  readonly measureQueries: string[] = [];
  readonly plans: string[] = [];
  private held: Promise<void> | null = null;
  private failure: string | null = null;

  /** Keep the next measure query waiting until the function returned is called. */
  hold(): () => void {
    let release!: () => void;
    this.held = new Promise((r) => (release = r));
    return release;
  }

  /** Make the next measure query fail with `message`. */
  failNext(message: string): void {
    this.failure = message;
  }

  async query<T>(sql: string): Promise<T[]> {
    return (/ AS part, /.test(sql) ? await this.answer(sql) : []) as T[];
  }

  async prepare(sql: string): Promise<Prepared> {
    this.plans.push(sql);
    return { query: async <T>() => (await this.answer(sql)) as T[], close: async () => undefined };
  }

  async exec(): Promise<void> {}
  async registerFile(): Promise<void> {}
  async dropFile(): Promise<void> {}

  private async answer(sql: string) {
    this.measureQueries.push(sql);
    const n = this.measureQueries.length;
    const [held, failure] = [this.held, this.failure];
    [this.held, this.failure] = [null, null];
    await held;
    if (failure) throw new Error(failure);
    return [...sql.matchAll(/SELECT (\d+) AS part, '(\w+)' AS measure/g)].map(([, part, measure]) => ({
      part: Number(part),
      measure,
      period: '2023/24',
      grp: null,
      value: n,
      numerator: null,
      denominator: null,
      children: null,
      complement_children: null,
    }));
  }
}

const ROLL: Batch = { ids: ['roll_n'], dimension: null };
const ATT8: Batch = { ids: ['ks4_att8_avg'], dimension: null };
const CME: Batch = { ids: ['cme_started_n'], dimension: null };
const GIRLS = validateFilter({ sex: ['F'] });
const BOYS = validateFilter({ sex: ['M'] });

/** Each batch's rows as measure → value. */
const values = (results: Row[][]) => results.map((rows) => Object.fromEntries(rows.map((r) => [r.measure, r.value])));

/** A client that records what it hears. */
class Recorder implements Client<Row[][]> {
  readonly heard: string[] = [];
  queryPending() {
    this.heard.push('pending');
  }
  queryResult(results: Row[][]) {
    this.heard.push(`result ${JSON.stringify(values(results))}`);
  }
  queryError(message: string) {
    this.heard.push(`error ${message}`);
  }
}

const settled = () => new Promise((r) => setTimeout(r, 0));

describe('Coordinator.run(version, filter, batches)', () => {
  it('sends the requests made in one tick to DuckDB as one query per filter, and gives each request its own rows', async () => {
    const db = new FakeDb();
    const coordinator = new Coordinator(async () => db);
    const asked = [
      coordinator.run(1, {}, [ROLL]),
      coordinator.run(1, {}, [ATT8, CME]),
      coordinator.run(1, GIRLS, [ROLL]),
    ];
    expect(db.measureQueries).toHaveLength(0);
    const [roll, att8AndCme, girls] = await Promise.all(asked);
    expect(db.measureQueries).toHaveLength(2);
    // the first query answers the two requests without a filter, the second the girls'
    expect(values(roll)).toEqual([{ roll_n: 1 }]);
    expect(values(att8AndCme)).toEqual([{ ks4_att8_avg: 1 }, { cme_started_n: 1 }]);
    expect(values(girls)).toEqual([{ roll_n: 2 }]);
  });

  it('runs the same requests under a new filter as one query again, by the plan made the first time', async () => {
    const db = new FakeDb();
    const coordinator = new Coordinator(async () => db);
    await Promise.all([coordinator.run(1, {}, [ROLL]), coordinator.run(1, {}, [ATT8])]);
    await Promise.all([coordinator.run(1, GIRLS, [ROLL]), coordinator.run(1, GIRLS, [ATT8])]);
    await Promise.all([coordinator.run(1, BOYS, [ROLL]), coordinator.run(1, BOYS, [ATT8])]);
    expect(db.measureQueries).toHaveLength(3);
    expect(db.plans).toHaveLength(1);
    expect(db.measureQueries.slice(1)).toEqual([db.plans[0], db.plans[0]]);
  });

  it('answers a request made before from the cache, with no query', async () => {
    const db = new FakeDb();
    const coordinator = new Coordinator(async () => db);
    const first = await coordinator.run(1, GIRLS, [ROLL, ATT8]);
    expect(await coordinator.run(1, validateFilter({ sex: ['F'] }), [ROLL, ATT8])).toBe(first);
    // the same SQL, whatever asked for it: registers have no sex, so cme_started_n is left out of a breakdown by sex
    const bySex = await coordinator.run(1, {}, [{ ids: ['roll_n'], dimension: 'sex' }]);
    expect(await coordinator.run(1, {}, [{ ids: ['roll_n', 'cme_started_n'], dimension: 'sex' }])).toBe(bySex);
    expect(db.measureQueries).toHaveLength(2);
  });

  it('shares a request still running with the same request made in a later tick', async () => {
    const db = new FakeDb();
    const coordinator = new Coordinator(async () => db);
    const release = db.hold();
    const first = coordinator.run(1, {}, [ROLL]);
    await settled();
    const second = coordinator.run(1, {}, [ROLL]);
    release();
    expect(await second).toBe(await first);
    expect(db.measureQueries).toHaveLength(1);
  });

  it('clears the cache for a new dataset', async () => {
    const db = new FakeDb();
    const coordinator = new Coordinator(async () => db);
    expect(values(await coordinator.run(1, {}, [ROLL]))).toEqual([{ roll_n: 1 }]);
    expect(values(await coordinator.run(2, {}, [ROLL]))).toEqual([{ roll_n: 2 }]);
    expect(values(await coordinator.run(2, {}, [ROLL]))).toEqual([{ roll_n: 2 }]);
    expect(db.measureQueries).toHaveLength(2);
  });

  it('drops a request that failed from the cache, so that the next one asks again', async () => {
    const db = new FakeDb();
    const coordinator = new Coordinator(async () => db);
    db.failNext('Out of Memory Error');
    await expect(coordinator.run(1, {}, [ROLL])).rejects.toThrow('Out of Memory Error');
    expect(values(await coordinator.run(1, {}, [ROLL]))).toEqual([{ roll_n: 2 }]);
    expect(values(await coordinator.run(1, {}, [ROLL]))).toEqual([{ roll_n: 2 }]);
    expect(db.measureQueries).toHaveLength(2);
  });

  it('holds `capacity` results and drops the least recently used', async () => {
    const db = new FakeDb();
    const coordinator = new Coordinator(async () => db, 2);
    await coordinator.run(1, {}, [ROLL]); // query 1
    await coordinator.run(1, {}, [ATT8]); // query 2
    await coordinator.run(1, {}, [ROLL]); // from the cache: ROLL is now used more recently than ATT8
    await coordinator.run(1, {}, [CME]); // query 3: ATT8 goes
    expect(db.measureQueries).toHaveLength(3);
    expect(values(await coordinator.run(1, {}, [ROLL]))).toEqual([{ roll_n: 1 }]);
    expect(values(await coordinator.run(1, {}, [ATT8]))).toEqual([{ ks4_att8_avg: 4 }]);
    expect(db.measureQueries).toHaveLength(4);
  });
});

describe('Coordinator.request(client, query)', () => {
  it("gives a client its newest request's rows, never those of an older one that answers later", async () => {
    const db = new FakeDb();
    const coordinator = new Coordinator(async () => db);
    await coordinator.run(1, {}, [ROLL]); // query 1, cached
    const client = new Recorder();
    const release = db.hold();
    const older = coordinator.request(client, () => coordinator.run(1, GIRLS, [ROLL])); // query 2, held
    await settled();
    await coordinator.request(client, () => coordinator.run(1, {}, [ROLL]));
    expect(client.heard).toEqual(['pending', 'pending', 'result [{"roll_n":1}]']);
    release();
    await older;
    expect(db.measureQueries).toHaveLength(2);
    expect(client.heard).toEqual(['pending', 'pending', 'result [{"roll_n":1}]']);
  });

  it('drops an older request that answers first, waiting for the newest', async () => {
    const db = new FakeDb();
    const coordinator = new Coordinator(async () => db);
    const client = new Recorder();
    const release = db.hold();
    const older = coordinator.request(client, () => coordinator.run(1, GIRLS, [ROLL])); // query 1, held
    await settled();
    const newer = coordinator.request(client, () => coordinator.run(1, BOYS, [ROLL])); // query 2, after query 1
    release();
    await older;
    expect(client.heard).toEqual(['pending', 'pending']);
    await newer;
    expect(client.heard).toEqual(['pending', 'pending', 'result [{"roll_n":2}]']);
  });

  it('tells a client the error of its newest request only', async () => {
    const db = new FakeDb();
    const coordinator = new Coordinator(async () => db);
    const client = new Recorder();
    const release = db.hold();
    db.failNext('the old one failed');
    const older = coordinator.request(client, () => coordinator.run(1, GIRLS, [ROLL]));
    await settled();
    const newer = coordinator.request(client, () => coordinator.run(1, BOYS, [ROLL]));
    release();
    await Promise.all([older, newer]);
    expect(client.heard).toEqual(['pending', 'pending', 'result [{"roll_n":2}]']);
    db.failNext('the new one failed');
    await coordinator.request(client, () => coordinator.run(1, {}, [ROLL]));
    expect(client.heard.at(-1)).toBe('error the new one failed');
  });

  it("keeps each client's newest request apart from another client's", async () => {
    const db = new FakeDb();
    const coordinator = new Coordinator(async () => db);
    const [a, b] = [new Recorder(), new Recorder()];
    await Promise.all([
      coordinator.request(a, () => coordinator.run(1, GIRLS, [ROLL])),
      coordinator.request(b, () => coordinator.run(1, BOYS, [ROLL])),
    ]);
    expect([a.heard, b.heard]).toEqual([
      ['pending', 'result [{"roll_n":1}]'],
      ['pending', 'result [{"roll_n":2}]'],
    ]);
  });
});
