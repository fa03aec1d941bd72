import { useTestSubgraph } from '@orebro/subgraph-kit';
import { regionSubgraph } from '../subgraph';
import { BoardAssignment } from './board-assignment.entity';
import { OperationalGoal, OperationalIndicator } from './operational-plan.entity';
import { addAssignment, addGoal } from './verksamhetsplan.service';

const region = useTestSubgraph(() => regionSubgraph());
const PLAN = 'hsn-verksamhetsplan-2024';

type Goal = { id: string; number: number | null; text: string; indicators: { text: string; target: Record<string, unknown> | null }[] };

describe('Hälso- och sjukvårdsnämndens verksamhetsplan 2024, as seeded from the document', () => {
  it('has three perspectives with effektmål 1, 2, 6, 7, 8, a process goal and effektmål 9, 10: 32 indicators in all', async () => {
    const result = await region.query<{ operationalPlan: { name: string; perspectives: { name: string; goals: Goal[] }[] } }>(`{ operationalPlan(year: 2024) {
      name perspectives { name goals { id number text indicators { text target { comparison low high unit } } } }
    } }`);
    expect(result.errors).toBeUndefined();
    const plan = result.data!.operationalPlan;
    expect(plan.name).toBe('Hälso- och sjukvårdsnämndens verksamhetsplan 2024');
    expect(plan.perspectives.map((p) => [p.name, p.goals.map((g) => g.number)])).toEqual([
      ['Invånare och samhälle', [1, 2, 6, 7, 8]],
      ['Process', [null]],
      ['Resurs', [9, 10]],
    ]);
    const goals = plan.perspectives.flatMap((p) => p.goals);
    expect(goals.flatMap((g) => g.indicators)).toHaveLength(32);
    expect(goals.find((g) => g.id === `${PLAN}/process-kunskapsorganisation`)!.text).toBe(
      'Hälso- och sjukvården är en kunskapsorganisation som ständigt utvecklas',
    );
  });

  it('keeps the stated target values: HME 77–80, at least 90 % reaching learning goals, more than 85 % collaborating', async () => {
    const result = await region.query<{ operationalPlan: { goals: Goal[] } }>(
      '{ operationalPlan(year: 2024) { goals { id indicators { text target { comparison low high unit } } } } }',
    );
    const targets = result.data!.operationalPlan.goals.flatMap((g) => g.indicators.filter((i) => i.target).map((i) => [g.id, i.target]));
    expect(targets).toEqual([
      [`${PLAN}/effektmal-7`, { comparison: 'AT_LEAST', low: 90, high: null, unit: 'procent' }],
      [`${PLAN}/effektmal-7`, { comparison: 'GREATER_THAN', low: 85, high: null, unit: 'procent' }],
      [`${PLAN}/process-kunskapsorganisation`, { comparison: 'GREATER_THAN', low: 90, high: null, unit: 'procent' }],
      [`${PLAN}/effektmal-9`, { comparison: 'BETWEEN', low: 77, high: 80, unit: 'HME (index)' }],
    ]);
  });

  it('has uppdrag nr 1–19 with their parts, assignee and the beredning that follows each', async () => {
    interface Assignment {
      number: number;
      assignee: string;
      status: string;
      parts: { letter: string }[];
      perspectives: { name: string }[];
      followedBy: { id: string }[];
      jointPlan: { id: string } | null;
    }
    const result = await region.query<{ operationalPlan: { assignments: Assignment[] } }>(`{ operationalPlan(year: 2024) {
      assignments { number assignee status parts { letter } perspectives { name } followedBy { id } jointPlan { id } }
    } }`);
    const assignments = result.data!.operationalPlan.assignments;
    expect(assignments.map((a) => a.number)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
    expect(assignments.map((a) => a.parts.length)).toEqual([0, 0, 3, 3, 2, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const followers = (n: number) => assignments[n - 1].followedBy.map((c) => c.id);
    expect(followers(9)).toEqual(['specialiserad-vard', 'narsjukvard', 'psykiatri', 'forskning-och-utbildning']);
    expect([11, 12, 13, 14, 15].map(followers)).toEqual([
      ['specialiserad-vard'],
      ['narsjukvard'],
      ['psykiatri'],
      ['forskning-och-utbildning'],
      ['forskning-och-utbildning'],
    ]);
    expect(followers(1)).toEqual([]);
    expect(assignments[11].jointPlan).toEqual({ id: 'fardplan-nara-vard-2023-2026' });
    expect(assignments[0]).toMatchObject({ assignee: 'Hälso- och sjukvårdsförvaltningen', perspectives: [{ name: 'Invånare och samhälle' }] });
    expect(assignments[18].perspectives.map((p) => p.name)).toEqual(['Process', 'Resurs']);
    expect(assignments.filter((a) => a.status === 'IN_PROGRESS').map((a) => a.number)).toEqual([14, 16, 17, 18]);
  });

  it('hangs the plan on the Region entity, as the gateway reaches it from huvudman "18"', async () => {
    const result = await region.query(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { operationalPlans { year } operationalPlan(year: 2023) { year } } } }',
      {
        r: [{ __typename: 'Region', id: '18' }],
      },
    );
    expect(result).toEqual({ data: { _entities: [{ operationalPlans: [{ year: 2024 }], operationalPlan: null }] } });
  });

  it('answers the uppdrag view with one SQL query per table', async () => {
    region.takeQueries();
    const result = await region.query(`{ region { operationalPlan(year: 2024) {
      perspectives { goals { indicators { target { low } } } assignments { number } }
      assignments { number status parts { text } followedBy { name assignments { number } } perspectives { name } statusChanges { note } }
      committees { name }
    } } }`);
    expect(result.errors).toBeUndefined();
    const tables = region.takeQueries().map((sql) => /from [`"]?(\w+)/i.exec(sql)?.[1]);
    expect(tables.sort()).toEqual([
      'board_assignment',
      'board_assignment_status_change',
      'operational_goal',
      'operational_indicator',
      'operational_perspective',
      'operational_plan',
      'preparatory_committee',
      'region_profile',
    ]);
  });
});

describe('writing the plan', () => {
  it.each([
    [
      'a BETWEEN target without an upper bound',
      { indicators: [{ text: 'x', target: { comparison: 'BETWEEN' as const, low: 77, unit: 'index' } }] },
      /upper bound/,
    ],
    [
      'an interval running downwards',
      { indicators: [{ text: 'x', target: { comparison: 'BETWEEN' as const, low: 80, high: 77, unit: 'index' } }] },
      /run upwards/,
    ],
    ['an effektmål without a number', { number: null }, /has a number/],
    ['an unknown perspective', { perspectiveId: `${PLAN}/ekonomi` }, /Unknown perspective/],
  ])('refuses a goal with %s and stores neither goal nor indicators', async (_label, change, message) => {
    const input = {
      id: `${PLAN}/effektmal-11`,
      planId: PLAN,
      perspectiveId: `${PLAN}/resurs`,
      kind: 'EFFECT_GOAL' as const,
      number: 11,
      text: 'Test',
      indicators: [],
      ...change,
    };
    await expect(addGoal(region.orm.em.fork(), input)).rejects.toThrow(message);
    const em = region.orm.em.fork();
    expect([await em.count(OperationalGoal), await em.count(OperationalIndicator)]).toEqual([8, 32]);
  });

  it.each([
    ['a second uppdrag nr 19', { number: 19 }, /already has an uppdrag nr 19/],
    ['an unknown beredning', { committeeIds: ['ekonomi'] }, /Unknown beredning/],
    ['an unknown status', { status: 'GIVEN' as never }, /Unknown uppdrag status "GIVEN"/],
  ])('refuses %s and stores nothing', async (_label, change, message) => {
    const input = {
      planId: PLAN,
      number: 20,
      text: 'Test',
      parts: [],
      assignee: 'x',
      perspectiveIds: [],
      committeeIds: [],
      jointPlanId: null,
      status: 'ASSIGNED' as const,
      ...change,
    };
    await expect(addAssignment(region.orm.em.fork(), input)).rejects.toThrow(message);
    expect(await region.orm.em.fork().count(BoardAssignment)).toBe(19);
  });
});
