import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { useTestSubgraph } from '@orebro/subgraph-kit';
import { samverkanSubgraph } from '../subgraph';
import { GrantDecision, GrantNationalPart, GrantProgramme } from './grant.entity';
import { recordGrantDecision, type GrantDecisionInput } from './grant-decision.service';
import { saveGrantProgramme } from './grants.service';
import { shareOf } from './allocation';

const samverkan = useTestSubgraph(() => samverkanSubgraph());
let secretariat: string;

beforeAll(async () => {
  secretariat = await mintDevelopmentToken({ huvudman: '18', roles: ['secretariat'] });
});

describe('state grants in the samverkan subgraph', () => {
  it('carries the national totals of God och nära vård 2023 and 2024 from reference data, in whole SEK', async () => {
    const result = await samverkan.query(
      '{ grantProgrammes(area: NARA_VARD) { id nationalTotalSek unspecifiedSek nationalParts { recipients amountSek } isExample } }',
    );
    expect(result.data).toEqual({
      grantProgrammes: [
        {
          id: 'god-och-nara-vard-2024',
          nationalTotalSek: 3_430_250_000,
          // 2 546 + 750 + 34.25 Mnkr is 100 Mnkr short of the 3 430.25 total: shown, not hidden.
          unspecifiedSek: 100_000_000,
          nationalParts: [
            { recipients: 'REGIONS', amountSek: 2_546_000_000 },
            { recipients: 'KOMMUNER', amountSek: 750_000_000 },
            { recipients: 'SKR', amountSek: 34_250_000 },
          ],
          isExample: false,
        },
        {
          id: 'god-och-nara-vard-2023',
          nationalTotalSek: 6_394_500_000,
          unspecifiedSek: null,
          nationalParts: [
            { recipients: 'REGIONS', amountSek: 5_043_000_000 },
            { recipients: 'KOMMUNER', amountSek: 1_050_000_000 },
            { recipients: 'JOINT', amountSek: 250_000_000 },
            { recipients: 'SKR', amountSek: 51_500_000 },
          ],
          isExample: false,
        },
      ],
    });
  });

  it("computes the län's share and each huvudman's allocation by population, marked as computed", async () => {
    const result = await samverkan.query<{
      grantProgramme: {
        lanShare: Record<string, number>;
        region: Record<string, unknown>;
        kumla: Record<string, unknown>;
        allocations: { amountSek: number }[];
      };
    }>(
      '{ grantProgramme(id: "god-och-nara-vard-2023") { lanShare { population nationalPopulation jointSek amountSek computed } allocations { amountSek } region: allocation(huvudmanId: "18") { recipients population amountSek computed isExample } kumla: allocation(huvudmanId: "1881") { recipients amountSek } } }',
    );
    const programme = result.data!.grantProgramme;
    // 5 043 000 000 × 308 375 / 10 587 710 = 146 881 159.85 → 146 881 160.
    expect(programme.region).toEqual({ recipients: 'REGIONS', population: 308_375, amountSek: 146_881_160, computed: true, isExample: false });
    // 1 050 000 000 × 22 681 / 10 587 710 = 2 249 310.76 → 2 249 311.
    expect(programme.kumla).toEqual({ recipients: 'KOMMUNER', amountSek: 2_249_311 });
    expect(programme.allocations).toHaveLength(13);
    // The joint part: 250 000 000 × 308 375 / 10 587 710 = 7 281 437.63 → 7 281 438; the län's share is all of it together.
    const allocated = programme.allocations.reduce((sum, a) => sum + a.amountSek, 0);
    expect(programme.lanShare).toEqual({
      population: 308_375,
      nationalPopulation: 10_587_710,
      jointSek: 7_281_438,
      amountSek: allocated + 7_281_438,
      computed: true,
    });
  });

  it('rounds a computed share half up to whole kronor, exactly', () => {
    expect(shareOf(10_587_710, 1)).toBe(1);
    expect(shareOf(5_293_855, 1)).toBe(1); // exactly half a krona rounds up
    expect(shareOf(5_293_854, 1)).toBe(0);
  });

  it('follows the 1.4 MSEK for joint competence development from programme to pot to decision', async () => {
    const result = await samverkan.query(
      '{ grantProgramme(id: "psykisk-halsa-2020") { isExample pots { name amountSek decidedSek remainingSek isExample decisions { id amountSek decidedOn decidedBy } } } }',
    );
    expect(result.data).toEqual({
      grantProgramme: {
        isExample: true,
        pots: [
          {
            name: 'Länsgemensamma stimulansmedel för psykisk hälsa',
            amountSek: 3_000_000,
            decidedSek: 1_400_000,
            remainingSek: 1_600_000,
            isExample: true,
            decisions: [
              {
                id: 'kompetensutveckling-psykisk-halsa-2020',
                amountSek: 1_400_000,
                decidedOn: '2020-10',
                decidedBy: 'Chefsgrupp för samverkan social välfärd samt vård och omsorg',
              },
              {
                id: 'rutin-kompetensutveckling-psykisk-halsa-2021',
                amountSek: null,
                decidedOn: '2021-05-28',
                decidedBy: 'Chefsgrupp för samverkan social välfärd samt vård och omsorg',
              },
            ],
          },
        ],
      },
    });
  });

  it('records the YAM pilot on the suicidprevention pot and dietist direkt as funded by nära vård money', async () => {
    const result = await samverkan.query(
      '{ grantDecisions(area: SUICIDPREVENTION) { id programme { id } pot { id } amountSek condition } coOwnedService(id: "dietist-direkt") { fundingDecisions { id area programme { id } decidedOn } } }',
    );
    expect(result.data).toMatchObject({
      grantDecisions: [
        { id: 'yam-pilot-2021', programme: { id: 'suicidprevention-2021' }, pot: { id: 'lansgemensamma-medel-suicidprevention-2021' }, amountSek: null },
      ],
      coOwnedService: {
        fundingDecisions: [
          { id: 'dietist-direkt-2021', area: 'NARA_VARD', programme: null, decidedOn: '2021-05-28' },
          { id: 'dietist-direkt-2023', area: 'NARA_VARD', programme: { id: 'god-och-nara-vard-2023' }, decidedOn: '2023-05' },
        ],
      },
    });
    expect((result.data as { grantDecisions: { condition: string }[] }).grantDecisions[0].condition).toContain('LAG suicid');
  });

  // Issue 11.12: the grant-chain example (God och nära vård 2023) promises pots and decisions on use.
  it('gives God och nära vård 2023 its joint pot and the decisions on it, every invented figure marked as example data', async () => {
    const result = await samverkan.query<{
      grantProgramme: {
        pots: {
          id: string;
          amountSek: number;
          decidedSek: number;
          remainingSek: number;
          isExample: boolean;
          source: string;
          decisions: { id: string; isExample: boolean; source: string; service: { id: string } }[];
        }[];
        decisions: { id: string }[];
      };
    }>(
      '{ grantProgramme(id: "god-och-nara-vard-2023") { pots { id amountSek decidedSek remainingSek isExample source decisions { id isExample source service { id } } } decisions { id } } }',
    );
    expect(result.errors).toBeUndefined();
    const { pots, decisions } = result.data!.grantProgramme;
    expect(pots).toHaveLength(1);
    const [pot] = pots;
    expect(pot).toMatchObject({
      id: 'lansgemensamma-nara-vard-medel-2023',
      amountSek: 6_000_000,
      decidedSek: 4_750_000,
      remainingSek: 1_250_000,
      isExample: true,
    });
    expect(pot.source).toContain('Färdplan nära vård 2023–2026');
    expect(pot.decisions.map((d) => d.service.id).sort()).toEqual(['dietist-direkt', 'mobilt-narsjukvardsteam-orebro', 'tullhuset']);
    expect(pot.decisions.every((d) => d.isExample && d.source.startsWith('Exempeldata'))).toBe(true);
    expect(decisions.map((d) => d.id).sort()).toEqual(pot.decisions.map((d) => d.id).sort());
  });
});

describe('writes to grants', () => {
  const decision = (extra: Partial<GrantDecisionInput>): GrantDecisionInput => ({
    id: 'provbeslut',
    title: 'Provbeslut',
    area: 'PSYKISK_HALSA',
    potId: 'lansgemensamma-medel-psykisk-halsa-2020',
    amountSek: 100_000,
    decidedOn: '2024-03-01',
    decidedBy: 'Chefsgrupp för samverkan social välfärd samt vård och omsorg',
    source: 'Test',
    isExample: true,
    ...extra,
  });
  const stored = () => samverkan.orm.em.fork().find(GrantDecision, {}, { orderBy: { id: 'asc' } });

  it.each([
    ['more than is left in the pot', decision({ amountSek: 1_600_001 }), /1400000 kr is already decided; 1600001 kr does not fit/],
    ['a pot of another programme', decision({ programmeId: 'suicidprevention-2021' }), /belongs to programme "psykisk-halsa-2020"/],
    ["an area that is not the programme's", decision({ area: 'NARA_VARD' }), /is in area PSYKISK_HALSA, not NARA_VARD/],
    ['an unknown service', decision({ serviceId: 'finns-inte' }), /Unknown co-owned service/],
    ['a negative amount', decision({ amountSek: -5 }), /non-negative whole number/],
    ['a fraction of a krona', decision({ amountSek: 10.5 }), /non-negative whole number/],
    ['a date that is not one', decision({ decidedOn: 'oktober 2020' }), /decidedOn/],
    ['an id already recorded', decision({ id: 'yam-pilot-2021' }), /already recorded/],
    ['a personnummer in the title', decision({ title: 'Gäller 19121212-1212' }), /personnummer/],
  ])('refuses a decision with %s and changes nothing', async (_label, input, message) => {
    const before = await stored();
    await expect(recordGrantDecision(samverkan.orm.em.fork(), input)).rejects.toThrow(message);
    expect(await stored()).toEqual(before);
  });

  it('refuses national parts that add up to more than the total, or name a group twice, and changes nothing', async () => {
    const em = () => samverkan.orm.em.fork();
    const base = {
      id: 'god-och-nara-vard-2023',
      name: 'God och nära vård 2023',
      area: 'NARA_VARD',
      year: 2023,
      nationalTotalSek: 100,
      source: 'Test',
      isExample: true,
    };
    const before = await em().find(GrantNationalPart, {}, { orderBy: { id: 'asc' } });
    await expect(saveGrantProgramme(em(), { ...base, parts: [{ recipients: 'REGIONS', amountSek: 101 }] })).rejects.toThrow(/more than the national total/);
    await expect(
      saveGrantProgramme(em(), {
        ...base,
        parts: [
          { recipients: 'REGIONS', amountSek: 1 },
          { recipients: 'REGIONS', amountSek: 1 },
        ],
      }),
    ).rejects.toThrow(/listed twice/);
    expect(await em().find(GrantNationalPart, {}, { orderBy: { id: 'asc' } })).toEqual(before);
    expect((await em().findOneOrFail(GrantProgramme, 'god-och-nara-vard-2023')).nationalTotalSek).toBe(6_394_500_000);
  });

  it('lets only the secretariat record a decision, and what it records is in the chain', async () => {
    const RECORD = 'mutation($input: GrantDecisionInput!) { recordGrantDecision(input: $input) { id programme { id } pot { remainingSek } } }';
    const input = {
      id: 'provbeslut',
      title: 'Provbeslut',
      area: 'PSYKISK_HALSA',
      potId: 'lansgemensamma-medel-psykisk-halsa-2020',
      amountSek: 100_000,
      decidedOn: '2024-03-01',
      decidedBy: 'Chefsgruppen',
      source: 'Test',
    };
    const anonymous = await samverkan.query(RECORD, { input });
    expect(anonymous.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const writer = await samverkan.query(RECORD, { input }, { token: await mintDevelopmentToken({ huvudman: '1880', roles: ['writer'] }) });
    expect(writer.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const recorded = await samverkan.query(RECORD, { input }, { token: secretariat });
    expect(recorded.data).toEqual({ recordGrantDecision: { id: 'provbeslut', programme: { id: 'psykisk-halsa-2020' }, pot: { remainingSek: 1_500_000 } } });
  });
});

describe('query counts of the grant chain', () => {
  it('answers every programme with its parts, allocations, pots and decisions with one query per table', async () => {
    samverkan.takeQueries();
    const result = await samverkan.query(
      '{ grantProgrammes { nationalParts { amountSek } lanShare { amountSek } allocations { huvudman { name } amountSek } pots { decidedSek decisions { id } } decisions { service { name } pot { name } } } }',
    );
    expect(result.errors).toBeUndefined();
    const counts: Record<string, number> = {};
    for (const q of samverkan.takeQueries().filter((q) => q.startsWith('select'))) {
      const table = /from [`"](\w+)[`"]/.exec(q)![1];
      counts[table] = (counts[table] ?? 0) + 1;
    }
    // Decisions are few and read whole once, whatever the path (programme, pot, service); pots by programme and
    // by id (from a decision): one query per loader; the services the decisions fund, once for all of them.
    expect(counts).toEqual({ grant_programme: 1, grant_national_part: 1, huvudman: 1, grant_pot: 2, grant_decision: 1, co_owned_service: 1 });
  });
});
