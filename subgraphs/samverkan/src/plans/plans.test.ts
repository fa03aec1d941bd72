import { useTestSubgraph } from '@orebro/subgraph-kit';
import { samverkanSubgraph } from '../subgraph';
import { PlanActivity } from './plan-activity.entity';
import { addPlanActivity, type PlanActivityInput } from './plan-activity.service';

const samverkan = useTestSubgraph(() => samverkanSubgraph());

const HP = 'handlingsplan-2019-2022';
const FP = 'fardplan-nara-vard-2023-2026';

describe('joint plans as seeded from the documents', () => {
  it('holds the handlingsplan as adopted by the nämnd on 2019-12-04, with its two effektmål, one insatsområde and five delmål', async () => {
    const result = await samverkan.query(`{ jointPlan(id: "${HP}") {
      name validFrom validTo adoptedBy adoptedOn diarienummer approvedBy replacedBy { id }
      effect: goals(kind: EFFECT_GOAL) { title } focus: goals(kind: FOCUS_AREA) { title children { number title parent { kind } } }
      perspectives { name } risks { number } responsibilities { holder }
    } }`);
    expect(result.errors).toBeUndefined();
    interface Handlingsplan {
      approvedBy: string[];
      focus: { title: string; children: { number: number; title: string; parent: { kind: string } }[] }[];
      perspectives: { name: string }[];
      risks: unknown[];
      responsibilities: { holder: string }[];
    }
    const plan = result.data!.jointPlan as Handlingsplan;
    expect(plan).toMatchObject({
      name: 'Handlingsplan sammanhållen vård och omsorg',
      validFrom: 2019,
      validTo: 2022,
      adoptedBy: 'Hälso- och sjukvårdsnämnden, Region Örebro län',
      adoptedOn: '2019-12-04',
      diarienummer: '18 RS7506',
      replacedBy: { id: FP },
      effect: [{ title: 'God och jämlik hälso- och sjukvård' }, { title: 'Ökad grad av delaktighet och inflytande' }],
    });
    expect(plan.approvedBy).toEqual([
      'Chefsgrupp för samverkan social välfärd samt vård och omsorg',
      'Specifika samverkansrådet för social välfärd samt vård och omsorg',
    ]);
    const [focus] = plan.focus;
    expect(focus.title).toBe('Samverkan för en trygg och säker vård- och omsorgsprocess på rätt nivå');
    expect(focus.children.map((d: { number: number }) => d.number)).toEqual([1, 2, 3, 4, 5]);
    expect(focus.children[4]).toEqual({ number: 5, title: 'Stärka processer för att undvika vårdskador', parent: { kind: 'FOCUS_AREA' } });
    expect(plan.perspectives.map((p: { name: string }) => p.name)).toEqual(['Delaktighet', 'Ledarskap och teamsamverkan', 'Digitalisering']);
    expect(plan.risks).toHaveLength(6);
    expect(plan.responsibilities.map((r: { holder: string }) => r.holder)).toContain('Länsdelsgrupperna');
  });

  it('holds the färdplan: six principles, three prerequisites, five areas, 17 goals and 23 activities', async () => {
    const result = await samverkan.query(`{ jointPlan(id: "${FP}") {
      replaces { id } principles { number } prerequisites { number title activities { directive { assignment financing } } }
      areas { id goals { title } activities { status } } goals { id } activities { id }
    } }`);
    interface Fardplan {
      replaces: { id: string };
      principles: unknown[];
      prerequisites: { title: string; activities: { directive: unknown }[] }[];
      areas: { id: string; goals: unknown[]; activities: unknown[] }[];
      goals: unknown[];
      activities: unknown[];
    }
    const plan = result.data!.jointPlan as Fardplan;
    expect(plan.replaces).toEqual({ id: HP });
    expect(plan.principles).toHaveLength(6);
    expect(plan.prerequisites.map((p: { title: string }) => p.title)).toEqual([
      'Gemensam plan för primärvården som nav',
      'Utveckla gemensam systemledning för omställningen',
      'Uppföljningsmodell som går i takt med det nationella arbetet',
    ]);
    expect(plan.prerequisites[1].activities[0].directive).toEqual({
      assignment: 'Uppdraget omfattar att identifiera vad systemledning är och vilka förutsättningar som krävs för att det ska fungera.',
      financing: null,
    });
    const counts = plan.areas.map((a: { id: string; goals: unknown[]; activities: unknown[] }) => [a.id, a.goals.length, a.activities.length]);
    expect(counts).toEqual([
      [`${FP}/samordning-och-partnerskap`, 9, 12],
      [`${FP}/digitalisering`, 2, 2],
      [`${FP}/trygga-kompetensen`, 2, 2],
      [`${FP}/halsoframjande-och-forebyggande`, 0, 0],
      [`${FP}/borja-med-barnen`, 4, 4],
    ]);
    expect(plan.goals).toHaveLength(17);
    expect(plan.activities).toHaveLength(23);
  });

  it('keeps uppdragsdirektiv fields the färdplan leaves open as null, and names where an activity is handled', async () => {
    const result = await samverkan.query(`{ planActivities(areaId: "${FP}/digitalisering") {
      title status handledIn goals { title } directive { timeline assignment execution financing followUp }
      responsibility { kind bodyName huvudmen { id } }
    } }`);
    const [first] = result.data!.planActivities as { responsibility: { kind: string; huvudmen: unknown[] } }[];
    expect(first).toMatchObject({
      title: 'Gemensam lösning för digitala vårdmöten i länet.',
      status: 'PLANNED',
      handledIn: 'Regional e-hälsoplan',
      goals: [{ title: 'En digital samordnad vård- och omsorg' }],
      directive: { timeline: 'Ska genomföras under 2023.', assignment: null, execution: null, financing: null, followUp: null },
    });
    expect(first.responsibility.kind).toBe('JOINT');
    expect(first.responsibility.huvudmen).toHaveLength(13);
  });

  it('marks as under way only what the färdplan says is ongoing or continues', async () => {
    const result = await samverkan.query<{ planActivities: { id: string }[] }>('{ planActivities(status: IN_PROGRESS) { id } }');
    expect(result.data!.planActivities.map((a) => a.id)).toEqual([
      `${FP}/2023-samordning-och-partnerskap-5`,
      `${FP}/2023-trygga-kompetensen-1`,
      `${FP}/2023-borja-med-barnen-4`,
    ]);
  });

  it('gives every huvudman the jointly owned activities it shares responsibility for', async () => {
    const result = await samverkan.query<{ huvudmen: { id: string; responsibleActivities: { id: string }[] }[] }>(
      '{ huvudmen { id responsibleActivities { id } } }',
    );
    expect(result.data!.huvudmen).toHaveLength(13);
    for (const h of result.data!.huvudmen) expect(h.responsibleActivities).toHaveLength(23);
  });
});

describe('adding a plan activity', () => {
  const valid: PlanActivityInput = {
    id: `${FP}/test-activity`,
    planId: FP,
    areaId: `${FP}/digitalisering`,
    prerequisiteId: null,
    goalIds: [`${FP}/digital-tillganglighet`],
    title: 'Test',
    status: 'PLANNED',
    timeline: null,
    assignment: null,
    execution: null,
    financing: null,
    followUp: null,
    handledIn: null,
    responsibility: { kind: 'JOINT', huvudmanIds: [], bodyName: null, basis: null },
  };
  it.each([
    ['an id outside the plan', { id: 'test-activity' }, /must be "fardplan-nara-vard-2023-2026\/" followed by/],
    ['an unknown goal', { goalIds: ['nope'] }, /Unknown goal\(s\) nope/],
    ['a goal of another plan', { goalIds: [`${HP}/delmal-1`] }, /Unknown goal\(s\) handlingsplan-2019-2022\/delmal-1/],
    ['an area of another plan', { areaId: 'nope' }, /Unknown area "nope"/],
    ['an unknown status', { status: 'STARTED' as never }, /Unknown activity status "STARTED"/],
    [
      'an unknown responsible huvudman',
      { responsibility: { kind: 'HUVUDMAN' as const, huvudmanIds: ['1880', '9999'], bodyName: null, basis: null } },
      /Unknown huvudman/,
    ],
    [
      'a joint responsibility that names huvudmän',
      { responsibility: { kind: 'JOINT' as const, huvudmanIds: ['1880'], bodyName: null, basis: null } },
      /list none/,
    ],
    ['a body responsibility without the body', { responsibility: { kind: 'BODY' as const, huvudmanIds: [], bodyName: ' ', basis: null } }, /body's name/],
    ['a personnummer in free text', { execution: 'Kontakt 19121212-1212' }, /execution contains what looks like a personnummer/],
  ])('refuses %s and stores nothing', async (_label, change, message) => {
    await expect(addPlanActivity(samverkan.orm.em.fork(), { ...valid, ...change })).rejects.toThrow(message);
    expect(await samverkan.orm.em.fork().count(PlanActivity)).toBe(23);
  });
});
