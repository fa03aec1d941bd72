import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { AuditRecord, useTestSubgraph } from '@orebro/subgraph-kit';
import { PopulationFigure } from './population-figure.entity';
import { kommunSubgraph } from '../subgraph';

/** Honest write outcomes and the text guard, sent straight to one kommun instance (no gateway in between). */
const kumla = useTestSubgraph(() => kommunSubgraph('1881'));

const REPORT = 'mutation($input: PopulationInput!) { reportPopulation(input: $input) { year value source } }';
const writer = () => mintDevelopmentToken({ huvudman: '1881', roles: ['writer'], subject: 'kumla-writer' });
const figures = () => kumla.orm.em.fork().find(PopulationFigure, {}, { orderBy: { year: 'asc' } });

describe('a write refused for its token is audited in the owner’s log, never with the token', () => {
  it.each([
    ['expired', async () => mintDevelopmentToken({ huvudman: '1881', roles: ['writer'], expiresInSeconds: -60 }), /expired/],
    ['forged (signature tampered)', async () => (await writer()).replace(/.{6}$/, 'AAAAAA'), /signature|verif/i],
    ['for another audience', async () => mintDevelopmentToken({ huvudman: '1881', roles: ['writer'], audience: 'another-api' }), /audience/],
  ])('a token that is %s', async (_label, token, reason) => {
    const bad = await token();
    const before = await kumla.orm.em.fork().count(AuditRecord, { outcome: 'denied' });
    const result = await kumla.query(REPORT, { input: { kommunCode: '1881', year: 2031, value: 1, source: 'SCB' } }, { token: bad });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const records = await kumla.orm.em.fork().find(AuditRecord, { outcome: 'denied' }, { orderBy: { id: 'asc' } });
    expect(records).toHaveLength(before + 1);
    const record = records[records.length - 1];
    expect(record).toMatchObject({
      action: 'write',
      operation: 'Mutation.reportPopulation',
      entity: 'PopulationFigure',
      subject: null,
      huvudman: null,
      entityIds: ['1881'],
    });
    expect(record.detail).toMatch(/^UNAUTHENTICATED: /);
    expect(record.detail).toMatch(reason);
    expect(JSON.stringify(record)).not.toContain(bad.split('.')[2]);
    expect((await figures()).map((f) => f.year)).not.toContain(2031);
  });

  it('leaves no record for a refused read (reads are not writes)', async () => {
    const before = await kumla.orm.em.fork().count(AuditRecord, {});
    await kumla.query('{ municipality(code: "1881") { code } }', {}, { token: 'not-a-jwt' });
    expect(await kumla.orm.em.fork().count(AuditRecord, {})).toBe(before);
  });
});

describe('a mutation with several fields answers for each: what was written shows', () => {
  it('keeps the first field’s committed result when the second is refused', async () => {
    const token = await writer();
    const result = await kumla.query(
      `mutation { first: reportPopulation(input: { kommunCode: "1881", year: 2032, value: 23000, source: "SCB" }) { year value }
                  second: reportPopulation(input: { kommunCode: "1880", year: 2032, value: 1, source: "SCB" }) { year value } }`,
      {},
      { token },
    );
    expect(result.data).toEqual({ first: { year: 2032, value: 23000 }, second: null });
    expect(result.errors).toEqual([
      expect.objectContaining({ path: ['second'], extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'kommunCode' }) }),
    ]);
    expect((await figures()).find((f) => f.year === 2032)?.value).toBe(23000);
  });
});

describe('text entering a write', () => {
  it.each([
    ['a hyphen', '811218-9876'],
    ['an en dash', '811218–9876'],
    ['a no-break space', '811218\u00a09876'],
    ['" - "', '811218 - 9876'],
  ])('refuses a personnummer written with %s in the source, naming the field', async (_label, pnr) => {
    const result = await kumla.query(REPORT, { input: { kommunCode: '1881', year: 2033, value: 1, source: `Uppgift från ${pnr}` } }, { token: await writer() });
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'source' });
    expect((await figures()).map((f) => f.year)).not.toContain(2033);
  });

  it('refuses a 256-character source with BAD_USER_INPUT naming the field (the column holds 255), stores 255', async () => {
    const token = await writer();
    const tooLong = await kumla.query(REPORT, { input: { kommunCode: '1881', year: 2034, value: 1, source: 'S'.repeat(256) } }, { token });
    expect(tooLong.errors?.[0]).toMatchObject({
      message: 'source is 256 characters long; at most 255 are allowed. Nothing was saved.',
      extensions: { code: 'BAD_USER_INPUT', field: 'source' },
    });
    const longest = await kumla.query(REPORT, { input: { kommunCode: '1881', year: 2034, value: 1, source: 'Å'.repeat(255) } }, { token });
    expect(longest.errors).toBeUndefined();
    expect((await figures()).find((f) => f.year === 2034)?.source).toBe('Å'.repeat(255));
  });

  it('stores text in NFC, whatever form it was sent in', async () => {
    await kumla.query(REPORT, { input: { kommunCode: '1881', year: 2035, value: 1, source: 'SCB, Lo\u0308nestatistik' } }, { token: await writer() });
    expect((await figures()).find((f) => f.year === 2035)?.source).toBe('SCB, L\u00f6nestatistik');
  });
});

describe('a write a client may retry is safe to retry', () => {
  const USE = 'mutation($input: GrantUseInput!) { reportKommunGrantUse(kommunCode: "1881", input: $input) { programmeId year amountSek } }';
  const use = (extra: Record<string, unknown> = {}) => ({
    programmeId: 'god-och-nara-vard-2024',
    year: 2024,
    purpose: 'Mobila team',
    amountSek: 125_000,
    source: 'Exempeldata',
    isExample: true,
    ...extra,
  });
  const stored = () =>
    kumla.orm.em
      .fork()
      .getConnection()
      .execute('select count(*) as n from grant_use')
      .then((rows) => Number((rows[0] as { n: number }).n));

  it('answers a repeated report with the same idempotency key from the first, adding nothing', async () => {
    const token = await writer();
    const before = await stored();
    const first = await kumla.query(USE, { input: use({ idempotencyKey: 'c0ffee-1' }) }, { token });
    const again = await kumla.query(USE, { input: use({ idempotencyKey: 'c0ffee-1' }) }, { token });
    expect(first.errors).toBeUndefined();
    expect(again).toEqual(first);
    expect(await stored()).toBe(before + 1);
  });

  it('refuses the same key with other figures (CONFLICT) and saves nothing', async () => {
    const token = await writer();
    await kumla.query(USE, { input: use({ idempotencyKey: 'c0ffee-2' }) }, { token });
    const before = await stored();
    const other = await kumla.query(USE, { input: use({ idempotencyKey: 'c0ffee-2', amountSek: 999 }) }, { token });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
    expect(await stored()).toBe(before);
  });

  it('replays reports that came at the same time once', async () => {
    const token = await writer();
    const before = await stored();
    const answers = await Promise.all([1, 2, 3].map(() => kumla.query(USE, { input: use({ idempotencyKey: 'c0ffee-3' }) }, { token })));
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined, undefined]);
    expect(await stored()).toBe(before + 1);
  });

  it('keeps no key for a refused report, so the corrected one can use it', async () => {
    const token = await writer();
    const refused = await kumla.query(USE, { input: use({ idempotencyKey: 'c0ffee-4', amountSek: -1 }) }, { token });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const corrected = await kumla.query(USE, { input: use({ idempotencyKey: 'c0ffee-4' }) }, { token });
    expect(corrected.errors).toBeUndefined();
  });
});
