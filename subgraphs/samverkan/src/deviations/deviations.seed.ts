import type { EntityManager } from '@mikro-orm/core';
import { jointProcesses, REGION_ID } from '@orebro/reference-data';
import { JointProcess } from './joint-process.entity';
import { linkDeviationToRisk, recordJointRiskAnalysis } from './risk-analysis.service';

/**
 * The shared process list from reference data (the same list every huvudman's subgraph checks deviations
 * against), and one example joint risk analysis (Exempeldata): the protocol of 2021-05-28 § 6 only decided to
 * start; no analysis has been made in the graph yet.
 */
export async function seedDeviations(em: EntityManager): Promise<void> {
  for (const p of jointProcesses) em.create(JointProcess, { id: `${p.code}@${p.version}`, ...p });
  await em.flush();
  const analysis = await recordJointRiskAnalysis(
    em,
    {
      processCode: 'utskrivning',
      title: 'Exempeldata: gemensam riskanalys av utskrivning från sluten vård till hemmet',
      analysedOn: '2024-03-15',
      participantIds: [REGION_ID, '1880', '1881'],
      steps: [
        { name: 'Inskrivningsmeddelande skickas till kommunen', responsibleId: REGION_ID },
        { name: 'Samordnad planering inför utskrivning' },
        { name: 'Utskrivningsklar patient går hem; hemtjänst och hemsjukvård tar emot', responsibleId: '1880' },
      ],
      risks: [
        {
          stepPosition: 1,
          description: 'Inskrivningsmeddelandet når inte kommunen i tid, så planeringen startar för sent.',
          probability: 3,
          consequence: 3,
          measures: [{ description: 'Bevakning av obesvarade inskrivningsmeddelanden i det gemensamma IT-stödet.', ownerId: REGION_ID, dueOn: '2024-09-30' }],
        },
        {
          stepPosition: 3,
          description: 'Läkemedelslistan följer inte med vid hemgång.',
          probability: 2,
          consequence: 4,
          measures: [{ description: 'Checklista vid mottagande i hemmet.', ownerId: '1880', dueOn: '2024-10-31' }],
        },
      ],
      source: 'Exempeldata',
      isExample: true,
    },
    new Date('2024-03-15T12:00:00Z'),
    'exempel-utskrivning-2024',
  );
  // The region's first example deviation (utskrivning, Exempeldata) shows the first risk occurring.
  await linkDeviationToRisk(em, analysis.id, 1, `${REGION_ID}-exempel-1`, analysis.version, new Date('2024-03-20T12:00:00Z'));
}
