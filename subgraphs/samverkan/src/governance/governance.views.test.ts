import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTestSubgraph } from '@orebro/subgraph-kit';
import { samverkanSubgraph } from '../subgraph';

const samverkan = useTestSubgraph(() => samverkanSubgraph());

/** The views are the operations in examples/, run here against the subgraph alone to count its SQL. */
function view(name: string): { query: string; variables?: Record<string, unknown> } {
  const dir = join(__dirname, '../../../../examples');
  const json = (() => {
    try {
      return JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Record<string, unknown>;
    } catch {
      return undefined;
    }
  })();
  return { query: readFileSync(join(dir, `${name}.graphql`), 'utf8'), variables: json };
}

/** SQL statements per table for one request. */
async function queriesPerTable(name: string): Promise<Record<string, number>> {
  const { query, variables } = view(name);
  samverkan.takeQueries();
  const result = await samverkan.query(query, variables);
  expect(result.errors).toBeUndefined();
  const counts: Record<string, number> = {};
  for (const sql of samverkan.takeQueries()) {
    const table = /from [`"](\w+)[`"]/i.exec(sql)?.[1] ?? sql;
    counts[table] = (counts[table] ?? 0) + 1;
  }
  return counts;
}

// Whatever the number of rows (38 names, 22 items, 12 decisions, 66 seats), one query per table and
// access path: a second query on a table only where the view reaches it by another path.
describe('each governance view costs a fixed number of SQL queries (no N+1)', () => {
  it('open decisions per body: one query per table', async () => {
    expect(await queriesPerTable('open-decisions-per-body')).toEqual({ body: 1, decision: 1, meeting: 1, agenda_item: 1, huvudman: 1, person: 1 });
  });

  it("a meeting's full record: one query per table, the meetings it announced and all its people included", async () => {
    expect(await queriesPerTable('meeting-record')).toEqual({
      meeting: 1,
      body: 1,
      person: 1,
      attendance: 1,
      agenda_item: 1,
      huvudman: 1,
      decision: 1,
      agenda_item_presenter: 1,
      proposal: 1,
      agenda_item_question: 1,
      agreement: 1,
    });
  });

  it("a huvudman's responsibilities: one per table, two for decisions (those it owns, then those that adopted its agreements)", async () => {
    // People are reached at two depths (members, decision owners), but are read whole, once.
    expect(await queriesPerTable('huvudman-responsibilities')).toEqual({
      huvudman: 1,
      membership: 1,
      decision: 2,
      agreement_party: 1,
      body: 1,
      meeting: 1,
      agreement: 1,
      person: 1,
      joint_plan: 1,
      joint_plan_activity: 1,
      joint_plan_area: 1,
    });
  });

  it('bodies and members per huvudman: one query per table', async () => {
    expect(await queriesPerTable('bodies-per-huvudman')).toEqual({ huvudman: 1, membership: 1, body: 1, person: 1, lansdel: 1 });
  });
});
