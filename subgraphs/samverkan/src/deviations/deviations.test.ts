import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { jointProcesses } from '@orebro/reference-data';
import { useTestSubgraph } from '@orebro/subgraph-kit';
import { samverkanSubgraph } from '../subgraph';
import { JointRiskAnalysis } from './joint-process.entity';

const samverkan = useTestSubgraph(() => samverkanSubgraph());
let secretariat: string;
let staff: string;
let writer: string;

beforeAll(async () => {
  secretariat = await mintDevelopmentToken({ huvudman: '18', roles: ['secretariat'], subject: 'sekretariatet' });
  staff = await mintDevelopmentToken({ huvudman: '1881' });
  writer = await mintDevelopmentToken({ huvudman: '1881', roles: ['writer'] });
});

const RECORD = `mutation($input: JointRiskAnalysisInput!) { recordJointRiskAnalysis(input: $input) { id status version process { code version }
  steps { position name responsible { id } } risks { number probability consequence score level measures { owner { id } dueOn } } } }`;
const analysis = (over: Record<string, unknown> = {}) => ({
  processCode: 'lakemedel',
  title: 'Riskanalys läkemedelsöverföring',
  analysedOn: '2025-05-01',
  participantIds: ['18', '1881'],
  steps: [{ name: 'Ordination', responsibleId: '18' }, { name: 'Administrering i hemmet' }],
  risks: [
    {
      stepPosition: 1,
      description: 'Fel dos',
      probability: 3,
      consequence: 4,
      measures: [{ description: 'Dubbelkontroll', ownerId: '1881', dueOn: '2025-12-31' }],
    },
    { stepPosition: 2, description: 'Missad dos', probability: 1, consequence: 2 },
  ],
  source: 'Chefsgruppens arbetsgrupp',
  ...over,
});
const analyses = () => samverkan.orm.em.fork().count(JointRiskAnalysis);

describe("samverkan's process list and risk matrix", () => {
  it('serves the shared, versioned list seeded from reference data, and the stated matrix', async () => {
    const result = await samverkan.query(
      '{ jointProcesses(onDate: "2024-01-01") { code version name isExample } riskMatrix { levels { minScore maxScore level } } }',
    );
    const byCode = [...jointProcesses].sort((a, b) => a.code.localeCompare(b.code) || a.version - b.version);
    expect(result.data?.jointProcesses).toEqual(byCode.map((p) => ({ code: p.code, version: p.version, name: p.name, isExample: true })));
    expect(result.data?.riskMatrix).toMatchObject({
      levels: [{ minScore: 1, maxScore: 2, level: 'LOW' }, {}, {}, { minScore: 9, maxScore: 16, level: 'VERY_HIGH' }],
    });
    expect((await samverkan.query('{ jointProcesses(onDate: "2021-01-01") { code } }')).data?.jointProcesses).toEqual([]);
  });
});

describe('Mutation.recordJointRiskAnalysis', () => {
  it('records an analysis with scores and levels from the matrix', async () => {
    const result = await samverkan.query(RECORD, { input: analysis() }, { token: secretariat });
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordJointRiskAnalysis).toMatchObject({
      status: 'DRAFT',
      version: 1,
      process: { code: 'lakemedel', version: 1 },
      steps: [
        { position: 1, name: 'Ordination', responsible: { id: '18' } },
        { position: 2, name: 'Administrering i hemmet', responsible: null },
      ],
      risks: [
        { number: 1, probability: 3, consequence: 4, score: 12, level: 'VERY_HIGH', measures: [{ owner: { id: '1881' }, dueOn: '2025-12-31' }] },
        { number: 2, probability: 1, consequence: 2, score: 2, level: 'LOW', measures: [] },
      ],
    });
  });

  it.each([
    [{ processCode: 'okand' }, 'processCode'],
    [{ participantIds: ['1881', '1880'] }, 'participantIds'],
    [{ risks: [{ stepPosition: 3, description: 'x', probability: 1, consequence: 1 }] }, 'risks[0].stepPosition'],
    [{ risks: [{ stepPosition: 1, description: 'x', probability: 5, consequence: 1 }] }, 'risks[0].probability'],
    [
      {
        risks: [{ stepPosition: 1, description: 'x', probability: 1, consequence: 1, measures: [{ description: 'y', ownerId: '0180', dueOn: '2025-01-01' }] }],
      },
      'risks[0].measures[0].ownerId',
    ],
    [{ risks: [{ stepPosition: 1, description: 'Gäller 19121212-1212', probability: 1, consequence: 1 }] }, 'risks[0].description'],
  ])('refuses %j naming %s, and stores nothing', async (over, field) => {
    const before = await analyses();
    const result = await samverkan.query(RECORD, { input: analysis(over) }, { token: secretariat });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await analyses()).toBe(before);
  });

  it('refuses a writer without the secretariat role', async () => {
    const result = await samverkan.query(RECORD, { input: analysis() }, { token: writer });
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('moves status by allowed transitions and version, and links deviations by reference', async () => {
    const created = await samverkan.query(RECORD, { input: analysis() }, { token: secretariat });
    const id = (created.data!.recordJointRiskAnalysis as { id: string }).id;
    const STATUS = `mutation($id: ID!, $s: JointRiskAnalysisStatus!, $v: Int!) { changeJointRiskAnalysisStatus(id: $id, status: $s, note: "Beslutad", expectedVersion: $v) { status version } }`;
    const LINK = `mutation($id: ID!, $d: ID!, $v: Int!) { linkDeviationToRisk(analysisId: $id, riskNumber: 1, deviationId: $d, expectedVersion: $v) { version risks { deviations { id } } } }`;
    expect((await samverkan.query(STATUS, { id, s: 'FOLLOWED_UP', v: 1 }, { token: secretariat })).errors?.[0].message).toBe(
      'A risk analysis cannot go from DRAFT to FOLLOWED_UP; allowed: ADOPTED, CANCELLED.',
    );
    expect((await samverkan.query(STATUS, { id, s: 'ADOPTED', v: 1 }, { token: secretariat })).data?.changeJointRiskAnalysisStatus).toEqual({
      status: 'ADOPTED',
      version: 2,
    });
    expect((await samverkan.query(LINK, { id, d: '1881-abc', v: 1 }, { token: secretariat })).errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: 2,
    });
    expect((await samverkan.query(LINK, { id, d: 'nonsense', v: 2 }, { token: secretariat })).errors?.[0].extensions).toMatchObject({ field: 'deviationId' });
    const linked = await samverkan.query(LINK, { id, d: '1881-abc', v: 2 }, { token: secretariat });
    expect(linked.data?.linkDeviationToRisk).toEqual({ version: 3, risks: [{ deviations: [{ id: '1881-abc' }] }, { deviations: [] }] });
  });
});

describe('the Deviation join', () => {
  const JOIN = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Deviation { id reporter { id } report { reporterId } process { code } responses { responderId } risks { number } } } }`;
  const report = (deviationId: string, reporterId: string, concerned: string[]) => ({
    deviationId,
    reporterId,
    occurredOn: '2024-02-14',
    processCode: 'utskrivning',
    processVersion: 1,
    description: 'x',
    concernedHuvudmanIds: concerned,
    severity: 'LOW',
    status: 'REPORTED',
    responseDueOn: '2024-03-01',
    version: 1,
    reportedAt: '2024-02-15T00:00:00.000Z',
    updatedAt: '2024-02-15T00:00:00.000Z',
    source: 'Exempeldata',
    isExample: true,
  });
  const response = (deviationId: string, responderId: string) => ({
    deviationId,
    responderId,
    status: 'INVESTIGATING',
    investigation: 'x',
    measures: null,
    closedOn: null,
    version: 1,
    recordedAt: '2024-02-20T00:00:00.000Z',
    updatedAt: '2024-02-20T00:00:00.000Z',
    source: 'Exempeldata',
    isExample: true,
  });

  it("takes the report only from the deviation's own reporter and responses only from concerned huvudmän", async () => {
    const r = [
      {
        __typename: 'Deviation',
        id: '18-exempel-1',
        regionReport: report('18-exempel-1', '18', ['1880']),
        // A kommun list claiming the region's deviation is not used.
        kommunReports: [report('18-exempel-1', '1881', ['1880'])],
        regionResponse: null,
        kommunResponses: [response('18-exempel-1', '1880'), response('18-exempel-1', '1885')],
      },
    ];
    const result = await samverkan.query(JOIN, { r }, { token: staff });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      {
        id: '18-exempel-1',
        reporter: { id: '18' },
        report: { reporterId: '18' },
        process: { code: 'utskrivning' },
        responses: [{ responderId: '1880' }],
        risks: [{ number: 1 }],
      },
    ]);
  });

  it('refuses a ledger part that holds another huvudman’s record', async () => {
    const OVERVIEW = `query($r: [_Any!]!) { _entities(representations: $r) { ... on DeviationOverview { byProcess { count } } } }`;
    const part = {
      huvudmanId: '1881',
      withheld: false,
      reports: [{ ...report('1880-x', '1880', ['18']) }],
      responses: [],
      population: 1,
      populationYear: 2024,
    };
    const r = [{ __typename: 'DeviationOverview', fromMonth: '2024-01', toMonth: '2024-12', regionDeviationPart: null, kommunDeviationParts: [part] }];
    const result = await samverkan.query(OVERVIEW, { r }, { token: staff });
    expect(result.errors?.[0].message).toMatch(/holds another huvudman's record/);
  });

  // Representations come from whoever calls samverkan. Each of these was read before: a string of codes
  // matched a responder by substring, a string for a list was read as its characters or crashed.
  it.each([
    [
      'a string of codes where the concerned list belongs',
      { regionReport: { ...report('18-exempel-1', '18', []), concernedHuvudmanIds: '18801885' } },
      'regionReport.concernedHuvudmanIds must be a list',
    ],
    ['a string where the responses belong', { regionReport: report('18-exempel-1', '18', ['1880']), kommunResponses: 'x' }, 'kommunResponses must be a list'],
    [
      'a severity that is none',
      { kommunReports: [{ ...report('18-exempel-1', '18', ['1880']), severity: 'HUGE' }] },
      'kommunReports[0].severity must be DeviationSeverity',
    ],
  ])('refuses a deviation representation with %s, naming where, and keeps the entity', async (_label, records, where) => {
    const r = [{ __typename: 'Deviation', id: '18-exempel-1', regionReport: null, kommunReports: [], regionResponse: null, kommunResponses: [], ...records }];
    // `report` is nullable: the entity is kept with it null (a non-null field's error would null the entity, as GraphQL does).
    const REPORT = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Deviation { id report { reporterId } } } }`;
    const result = await samverkan.query(REPORT, { r }, { token: staff });
    expect(result.data).toEqual({ _entities: [{ id: '18-exempel-1', report: null }] });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'representations' } });
    expect(result.errors?.[0].message).toContain(`Representation refused: ${where}`);
  });

  it.each([
    ['a string where the reports list belongs', { reports: 'x' }, 'kommunDeviationParts[0].reports must be a list'],
    ['a string where a population belongs', { population: '31 000' }, 'kommunDeviationParts[0].population must be Int'],
    ['a part without its huvudman', { huvudmanId: undefined }, 'kommunDeviationParts[0].huvudmanId is missing'],
  ])('refuses an overview representation with %s, naming where, in each view', async (_label, change, where) => {
    const part = { huvudmanId: '1880', withheld: false, reports: [], responses: [], population: 31_000, populationYear: 2024, ...change };
    const r = [{ __typename: 'DeviationOverview', fromMonth: '2024-01', toMonth: '2024-12', regionDeviationPart: null, kommunDeviationParts: [part] }];
    for (const view of ['byProcess { count }', 'perTenThousand { perTenThousand }', 'missing { id }']) {
      const result = await samverkan.query(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on DeviationOverview { ${view} } } }`,
        { r },
        { token: staff },
      );
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'representations' } });
      expect(result.errors?.[0].message).toContain(`Representation refused: ${where}`);
    }
  });
});
