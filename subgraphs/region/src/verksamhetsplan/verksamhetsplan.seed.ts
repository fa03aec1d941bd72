import type { EntityManager } from '@mikro-orm/core';
import { HSN_2024, perspectives } from './hsn-2024-goals.data';
import { committees, uppdrag } from './hsn-2024-uppdrag.data';
import { addAssignment, addCommittee, addGoal, addPerspective, createOperationalPlan } from './verksamhetsplan.service';

/** The nämnd's verksamhetsplan 2024, through the same services as any other write. */
export async function seedVerksamhetsplan(em: EntityManager): Promise<void> {
  const planId = HSN_2024.id;
  await createOperationalPlan(em, HSN_2024);
  for (const perspective of perspectives) {
    const perspectiveId = `${planId}/${perspective.slug}`;
    await addPerspective(em, { id: perspectiveId, planId, name: perspective.name });
    for (const goal of perspective.goals) {
      await addGoal(em, {
        id: `${planId}/${goal.slug}`,
        planId,
        perspectiveId,
        kind: goal.kind,
        number: goal.number,
        text: goal.text,
        indicators: goal.indicators.map((i) => (typeof i === 'string' ? { text: i, target: null } : i)),
      });
    }
  }
  for (const committee of committees) await addCommittee(em, committee);
  for (const [i, u] of uppdrag.entries()) {
    await addAssignment(em, {
      planId,
      number: i + 1,
      text: u.text,
      parts: u.parts ?? [],
      assignee: u.assignee,
      perspectiveIds: u.perspectives.map((slug) => `${planId}/${slug}`),
      committeeIds: u.committees,
      jointPlanId: u.jointPlanId ?? null,
      status: u.status ?? 'ASSIGNED',
    });
  }
}
