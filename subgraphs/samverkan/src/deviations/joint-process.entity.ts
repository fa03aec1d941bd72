import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * One version of a joint process in samverkan's shared list. Seeded from packages/reference-data, the one
 * source every huvudman's subgraph also checks a reported deviation's process against (see joint-processes.ts
 * there for why the list is versioned configuration rather than written through the graph).
 */
export const JointProcess = defineEntity({
  name: 'JointProcess',
  tableName: 'joint_process',
  uniques: [{ properties: ['code', 'version'] }],
  properties: {
    /** `<code>@<version>`, e.g. "utskrivning@1". */
    id: p.string().primary(),
    code: p.string().index(),
    version: p.integer(),
    name: p.string(),
    description: p.text(),
    validFrom: p.string(),
    validTo: p.string().nullable(),
    source: p.text(),
    isExample: p.boolean(),
  },
});
export type JointProcess = InferEntity<typeof JointProcess>;

export const JointRiskAnalysisStatuses = ['DRAFT', 'ADOPTED', 'FOLLOWED_UP', 'CANCELLED'] as const;
export type JointRiskAnalysisStatus = (typeof JointRiskAnalysisStatuses)[number];

/** A step of the analysed process, as stored (JSON in the analysis row: it is read and written with it). */
export interface StoredRiskStep {
  position: number;
  name: string;
  responsibleId: string | null;
}

/** A risk and its measures and linked deviations (by id: the deviations stay in their reporters' subgraphs). */
export interface StoredRisk {
  number: number;
  stepPosition: number;
  description: string;
  probability: number;
  consequence: number;
  measures: { description: string; ownerId: string; dueOn: string }[];
  deviationIds: string[];
}

/**
 * A joint risk analysis (gemensam riskanalys). Steps and risks are kept in the row as JSON: they are always
 * read and written with their analysis, and an analysis has a handful of each. `version` guards changes.
 */
export const JointRiskAnalysis = defineEntity({
  name: 'JointRiskAnalysis',
  tableName: 'joint_risk_analysis',
  properties: {
    id: p.string().primary(),
    processCode: p.string().index(),
    processVersion: p.integer(),
    title: p.string(),
    analysedOn: p.string(),
    participantIds: p.json<string[]>(),
    steps: p.json<StoredRiskStep[]>(),
    risks: p.json<StoredRisk[]>(),
    status: p.string().index(),
    recordedAt: p.datetime(),
    updatedAt: p.datetime(),
    source: p.text(),
    isExample: p.boolean(),
    version: p.integer().version(),
  },
});
export type JointRiskAnalysis = InferEntity<typeof JointRiskAnalysis>;

/** One status change of an analysis, with the secretariat's note. */
export const JointRiskAnalysisStatusChange = defineEntity({
  name: 'JointRiskAnalysisStatusChange',
  tableName: 'joint_risk_analysis_status_change',
  properties: {
    id: p.integer().primary().autoincrement(),
    analysisId: p.string().index(),
    recordedAt: p.datetime(),
    fromStatus: p.string(),
    toStatus: p.string(),
    note: p.text(),
  },
});
export type JointRiskAnalysisStatusChange = InferEntity<typeof JointRiskAnalysisStatusChange>;
