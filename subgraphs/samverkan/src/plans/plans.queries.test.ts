import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTestSubgraph } from '@orebro/subgraph-kit';
import { samverkanSubgraph } from '../subgraph';

/** The views are the operations in examples/: here each is counted against this subgraph alone. */
const examplesDir = join(__dirname, '../../../../examples');
const example = (name: string) => ({
  query: readFileSync(join(examplesDir, `${name}.graphql`), 'utf8'),
  variables: JSON.parse(readFileSync(join(examplesDir, `${name}.json`), 'utf8')) as Record<string, unknown>,
});

const samverkan = useTestSubgraph(() => samverkanSubgraph());

/** SQL statements of one request, counted per table. */
async function queriesPerTable(query: string, variables?: Record<string, unknown>): Promise<Record<string, number>> {
  samverkan.takeQueries();
  const result = await samverkan.query(query, variables);
  expect(result.errors).toBeUndefined();
  const counts: Record<string, number> = {};
  for (const sql of samverkan.takeQueries()) {
    const table = /from [`"]?(\w+)[`"]?/i.exec(sql)?.[1] ?? sql;
    counts[table] = (counts[table] ?? 0) + 1;
  }
  return counts;
}

describe('plan views cost one SQL query per table, however many rows they show', () => {
  it('(a) färdplan activities by area with responsibility, goals and directive', async () => {
    const { query, variables } = example('fardplan-activities-by-area');
    expect(await queriesPerTable(query, variables)).toEqual({
      joint_plan: 1,
      joint_plan_area: 1,
      joint_plan_activity: 1,
      joint_plan_goal: 1,
      joint_plan_statement: 1,
      huvudman: 1,
    });
  });

  it('(b) the handlingsplan delmål with perspectives, risks and responsibilities', async () => {
    const { query, variables } = example('handlingsplan-delmal');
    expect(await queriesPerTable(query, variables)).toEqual({ joint_plan: 1, joint_plan_goal: 1, joint_plan_statement: 1 });
  });

  it('(d) what one huvudman is responsible for', async () => {
    const { query, variables } = example('huvudman-plan-responsibilities');
    expect(await queriesPerTable(query, variables)).toEqual({
      huvudman: 1,
      joint_plan: 1,
      joint_plan_area: 1,
      joint_plan_activity: 1,
      joint_plan_goal: 1,
      joint_plan_statement: 1,
    });
  });

  it('(d) for all thirteen huvudmän at once, with follow-ups, still one query per table', async () => {
    const counts = await queriesPerTable(
      '{ huvudmen { responsibleActivities { title plan { name } followUps { note } responsibility { huvudmen { id } } } } }',
    );
    expect(counts).toEqual({ huvudman: 1, joint_plan: 1, joint_plan_activity: 1, joint_plan_activity_follow_up: 1 });
  });
});
