import { mintDevelopmentToken } from '@orebro/huvudman-auth';
import { example } from './support/examples';
import { useTestFederation } from './support/test-federation';

/** The plan views in examples/, run anonymously through the real gateway, answered from the seeded documents. */
const federation = useTestFederation();

const run = async <T>(name: string, variables?: Record<string, unknown>) => {
  const e = example(name);
  const result = await federation.query<T>(e.query, { ...e.variables, ...variables });
  expect(result).toHaveNoErrors();
  return result.data!;
};
const bearer = async (huvudman: string, role: 'secretariat' | 'writer') => ({
  authorization: `Bearer ${await mintDevelopmentToken({ huvudman, roles: [role] })}`,
});

type Activity = {
  id: string;
  title: string;
  status: string;
  version: number;
  goals: { title: string }[];
  responsibility: { kind: string; huvudmen: { id: string }[] };
  directive: Record<string, string | null>;
};
type Fardplan = { jointPlan: { name: string; areas: { name: string; activities: Activity[] }[]; prerequisites: { title: string }[] } };

describe('the joint plans and the nämnd’s verksamhetsplan through the gateway', () => {
  it('(a) lists the färdplan’s activities by area, with goals, joint responsibility and open directive fields as null', async () => {
    const { jointPlan } = await run<Fardplan>('fardplan-activities-by-area');
    expect(jointPlan.name).toBe('Färdplan nära vård');
    expect(jointPlan.areas.map((a) => [a.name, a.activities.length])).toEqual([
      ['Samordning och partnerskap', 12],
      ['Digitalisering', 2],
      ['Trygga kompetensen', 2],
      ['Hälsofrämjande och förebyggande', 0],
      ['Börja med barnen', 4],
    ]);
    const [tullhuset] = jointPlan.areas[0].activities;
    expect(tullhuset).toMatchObject({
      title: 'Genomföra och utvärdera pilotprojekt på Tullhuset.',
      status: 'PLANNED',
      goals: [{ title: 'Inrätta mellanvårdsformer för sköra äldre' }],
      directive: { timeline: 'Ska genomföras under 2023.', assignment: null, execution: null, financing: null, followUp: null },
      responsibility: { kind: 'JOINT' },
    });
    expect(tullhuset.responsibility.huvudmen).toHaveLength(13);
    expect(jointPlan.prerequisites.map((p) => p.title)).toContain('Utveckla gemensam systemledning för omställningen');

    const inProgress = await run<Fardplan>('fardplan-activities-by-area', { status: 'IN_PROGRESS' });
    expect(inProgress.jointPlan.areas.flatMap((a) => a.activities.map((x) => x.title))).toEqual([
      'Funktionen dietist direkt utvecklar arbete med utbildning, rådgivning och uppsökande verksamhet',
      'Fortsätta arbetet utifrån den gemensamma kompetensförsörjningsplanen',
      'Det pågår en uppföljning och översyn av nuvarande överenskommelse gällande familjecentraler.',
    ]);
  });

  it('(b) gives the handlingsplan’s five delmål with their genomsyrande perspektiv, its six risks and who follows it up', async () => {
    type Hp = {
      jointPlan: {
        adoptedOn: string;
        focusAreas: { title: string; children: { number: number; title: string; perspectives: { name: string }[] }[] }[];
        risks: { text: string }[];
        followUp: string;
        replacedBy: { name: string };
      };
    };
    const { jointPlan } = await run<Hp>('handlingsplan-delmal');
    expect(jointPlan.adoptedOn).toBe('2019-12-04');
    const [focus] = jointPlan.focusAreas;
    expect(focus.title).toBe('Samverkan för en trygg och säker vård- och omsorgsprocess på rätt nivå');
    expect(focus.children.map((d) => `${d.number}. ${d.title}`)).toEqual([
      '1. Stärka det hälsofrämjande och sjukdomsförebyggande arbetet',
      '2. Stärka insatser till grupper med komplexa vård- och omsorgsbehov',
      '3. Stärka vård och omsorg nära den enskilde',
      '4. Stärka det rehabiliterande arbetet',
      '5. Stärka processer för att undvika vårdskador',
    ]);
    for (const d of focus.children) expect(d.perspectives.map((p) => p.name)).toEqual(['Delaktighet', 'Ledarskap och teamsamverkan', 'Digitalisering']);
    expect(jointPlan.risks).toHaveLength(6);
    expect(jointPlan.risks[1].text).toBe('Att handlingsplanen har dålig förankring inom regionens hälso- och sjukvård vilket försvårar genomförandet.');
    expect(jointPlan.followUp).toMatch(
      /^Rådet med stöd av Chefsgruppen för samverkan social välfärd samt vård och omsorg ansvarar också för kontinuerlig uppföljning/,
    );
    expect(jointPlan.replacedBy.name).toBe('Färdplan nära vård');
  });

  it('(c) gives the HSN plan’s nineteen uppdrag with status and beredning via huvudman "18", joined to the joint färdplan', async () => {
    type Hsn = {
      huvudman: {
        region: {
          operationalPlan: {
            assignments: { number: number; status: string; followedBy: { name: string }[]; jointPlan: { name: string; validFrom: number } | null }[];
            perspectives: { goals: { number: number | null; indicators: { target: { comparison: string; low: number; high: number | null } | null }[] }[] }[];
          };
        };
      };
    };
    const plan = (await run<Hsn>('hsn-verksamhetsplan-uppdrag')).huvudman.region.operationalPlan;
    expect(plan.assignments).toHaveLength(19);
    const nr12 = plan.assignments[11];
    expect(nr12).toMatchObject({
      number: 12,
      status: 'ASSIGNED',
      followedBy: [{ name: 'Hälso- och sjukvårdsnämndens beredning för närsjukvård' }],
      jointPlan: { name: 'Färdplan nära vård', validFrom: 2023 },
    });
    expect(plan.assignments[10].followedBy.map((c) => c.name)).toEqual(['Hälso- och sjukvårdsnämndens beredning för specialiserad vård']);
    const goals = plan.perspectives.flatMap((p) => p.goals);
    const hme = goals.find((g) => g.number === 9)!.indicators[0].target;
    expect(hme).toEqual({ comparison: 'BETWEEN', low: 77, high: 80, unit: 'HME (index)' });
    expect(goals.find((g) => g.number === 7)!.indicators.map((i) => i.target && [i.target.comparison, i.target.low])).toEqual([
      ['AT_LEAST', 90],
      ['GREATER_THAN', 85],
    ]);
  });

  it('(d) gives every activity Örebro kommun shares responsibility for', async () => {
    type Resp = { huvudman: { name: string; responsibleActivities: { plan: { name: string }; responsibility: { kind: string } }[] } };
    const { huvudman } = await run<Resp>('huvudman-plan-responsibilities');
    expect(huvudman.name).toBe('Örebro kommun');
    expect(huvudman.responsibleActivities).toHaveLength(23);
    expect(new Set(huvudman.responsibleActivities.map((a) => `${a.plan.name}/${a.responsibility.kind}`))).toEqual(new Set(['Färdplan nära vård/JOINT']));
  });
});

describe('status writes through the gateway', () => {
  const ACTIVITY = 'fardplan-nara-vard-2023-2026/2023-samordning-och-partnerskap-12';
  const UPDATE =
    'mutation($input: UpdatePlanActivityStatusInput!) { updatePlanActivityStatus(input: $input) { status version followUps { note recordedBy { name } } } }';
  const read = async () =>
    (
      await federation.query<{ planActivities: { id: string; status: string; version: number }[] }>('{ planActivities(status: null) { id status version } }')
    ).data!.planActivities.find((a) => a.id === ACTIVITY)!;

  it('refuses an anonymous write and a stale one, then lets the secretariat move the activity on', async () => {
    const input = { activityId: ACTIVITY, status: 'IN_PROGRESS', note: 'Överenskommelsen om hälso- och sjukvård i hemmet tas fram.', expectedVersion: 1 };
    const anonymous = await federation.query(UPDATE, { input });
    expect(anonymous).toHaveErrorCode('UNAUTHENTICATED');
    const stale = await federation.query(UPDATE, { input: { ...input, expectedVersion: 7 } }, await bearer('18', 'secretariat'));
    expect(stale).toHaveErrorCode('CONFLICT');
    expect(await read()).toMatchObject({ status: 'PLANNED', version: 1 });

    const ok = await federation.query(UPDATE, { input }, await bearer('1880', 'secretariat'));
    expect(ok).toEqual({
      data: { updatePlanActivityStatus: { status: 'IN_PROGRESS', version: 2, followUps: [{ note: input.note, recordedBy: { name: 'Örebro kommun' } }] } },
    });
    expect(await read()).toMatchObject({ status: 'IN_PROGRESS', version: 2 });
  });

  it('lets only the region’s writers report on an HSN uppdrag', async () => {
    const update = 'mutation($input: UpdateBoardAssignmentStatusInput!) { updateBoardAssignmentStatus(input: $input) { number status } }';
    const input = { assignmentId: 'hsn-verksamhetsplan-2024/uppdrag-1', status: 'IN_PROGRESS', note: 'Utredning påbörjad.', expectedVersion: 1 };
    const kommun = await federation.query(update, { input }, await bearer('1880', 'writer'));
    expect(kommun).toHaveErrorCode('FORBIDDEN');
    const region = await federation.query(update, { input }, await bearer('18', 'writer'));
    expect(region).toEqual({ data: { updateBoardAssignmentStatus: { number: 1, status: 'IN_PROGRESS' } } });
  });
});
