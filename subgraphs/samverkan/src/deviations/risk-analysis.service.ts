import { randomUUID } from 'node:crypto';
import { OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import { reporterOf } from '@orebro/huvudman-reporting';
import { jointProcess, jointProcesses, kommunCodes, REGION_ID } from '@orebro/reference-data';
import {
  requireNoIdentityNumber,
  badUserInput,
  notFound,
  requireIsoDate,
  requireSource,
  requireText,
  requireTransition,
  staleWrite,
} from '@orebro/subgraph-kit';
import { JointRiskAnalysis, JointRiskAnalysisStatusChange, type JointRiskAnalysisStatus, type StoredRisk } from './joint-process.entity';

export interface JointRiskAnalysisInput {
  processCode: string;
  processVersion?: number | null;
  title: string;
  analysedOn: string;
  participantIds: string[];
  steps: { name: string; responsibleId?: string | null }[];
  risks: {
    stepPosition: number;
    description: string;
    probability: number;
    consequence: number;
    measures?: { description: string; ownerId: string; dueOn: string }[] | null;
  }[];
  source: string;
  isExample?: boolean | null;
}

/** Where an analysis may go next: adopted, then followed up; it may be cancelled until followed up. */
export const ANALYSIS_TRANSITIONS: Record<JointRiskAnalysisStatus, readonly JointRiskAnalysisStatus[]> = {
  DRAFT: ['ADOPTED', 'CANCELLED'],
  ADOPTED: ['FOLLOWED_UP', 'CANCELLED'],
  FOLLOWED_UP: [],
  CANCELLED: [],
};

const PARTICIPANTS: readonly string[] = [REGION_ID, ...kommunCodes];

function requireParticipant(id: string, field: string): void {
  if (!PARTICIPANTS.includes(id)) throw badUserInput(`${field}: "${id}" is not a participating huvudman ("18" or a kommun code in Örebro län).`, field);
}

/**
 * Records a joint risk analysis (status DRAFT) after checking all of it: the process version exists, at least
 * the region and one kommun took part, every risk is on a listed step and on the matrix (1–4 × 1–4), every
 * measure has a participating owner and a due date. A refused analysis stores nothing.
 */
export async function recordJointRiskAnalysis(em: EntityManager, input: JointRiskAnalysisInput, now = new Date(), id: string = randomUUID()) {
  const versions = jointProcesses.filter((p) => p.code === input.processCode);
  if (versions.length === 0) throw badUserInput(`processCode "${input.processCode}" is not in samverkan's list of joint processes.`, 'processCode');
  const process = input.processVersion ? jointProcess(input.processCode, input.processVersion) : versions.sort((a, b) => b.version - a.version)[0];
  if (!process) throw badUserInput(`processVersion ${input.processVersion} of "${input.processCode}" does not exist.`, 'processVersion');
  requireText(input.title, 'title');
  requireIsoDate(input.analysedOn, 'analysedOn');
  if (input.analysedOn > now.toISOString().slice(0, 10)) throw badUserInput(`analysedOn ${input.analysedOn} is in the future.`, 'analysedOn');
  requireSource(input.source);
  const participants = [...new Set(input.participantIds)];
  participants.forEach((p, i) => requireParticipant(p, `participantIds[${i}]`));
  if (!participants.includes(REGION_ID) || !participants.some((p) => p !== REGION_ID)) {
    throw badUserInput('participantIds must include the region ("18") and at least one kommun: a joint risk analysis is made together.', 'participantIds');
  }
  if (input.steps.length === 0) throw badUserInput('steps must list at least one step of the process.', 'steps');
  const steps = input.steps.map((s, i) => {
    requireText(s.name, `steps[${i}].name`);
    if (s.responsibleId) {
      requireParticipant(s.responsibleId, `steps[${i}].responsibleId`);
      if (!participants.includes(s.responsibleId))
        throw badUserInput(`steps[${i}].responsibleId ${s.responsibleId} did not take part in the analysis.`, `steps[${i}].responsibleId`);
    }
    return { position: i + 1, name: s.name.trim(), responsibleId: s.responsibleId ?? null };
  });
  const risks: StoredRisk[] = input.risks.map((r, i) => {
    const field = `risks[${i}]`;
    if (!Number.isInteger(r.stepPosition) || r.stepPosition < 1 || r.stepPosition > steps.length) {
      throw badUserInput(`${field}.stepPosition must be a listed step, 1 to ${steps.length}; got ${r.stepPosition}.`, `${field}.stepPosition`);
    }
    for (const axis of ['probability', 'consequence'] as const) {
      if (!Number.isInteger(r[axis]) || r[axis] < 1 || r[axis] > 4)
        throw badUserInput(`${field}.${axis} must be on the risk matrix, 1 to 4; got ${r[axis]}.`, `${field}.${axis}`);
    }
    requireText(r.description, `${field}.description`);
    requireNoIdentityNumber(r.description, `${field}.description`);
    const measures = (r.measures ?? []).map((m, j) => {
      const at = `${field}.measures[${j}]`;
      requireText(m.description, `${at}.description`);
      requireParticipant(m.ownerId, `${at}.ownerId`);
      requireIsoDate(m.dueOn, `${at}.dueOn`);
      return { description: m.description.trim(), ownerId: m.ownerId, dueOn: m.dueOn };
    });
    return {
      number: i + 1,
      stepPosition: r.stepPosition,
      description: r.description.trim(),
      probability: r.probability,
      consequence: r.consequence,
      measures,
      deviationIds: [],
    };
  });
  return em.transactional(async (tx) => {
    const analysis = tx.create(JointRiskAnalysis, {
      id,
      processCode: process.code,
      processVersion: process.version,
      title: input.title.trim(),
      analysedOn: input.analysedOn,
      participantIds: participants,
      steps,
      risks,
      status: 'DRAFT',
      recordedAt: now,
      updatedAt: now,
      source: input.source.trim(),
      isExample: input.isExample ?? false,
    });
    await tx.flush();
    return analysis;
  });
}

/** Moves an analysis to another status (ANALYSIS_TRANSITIONS) with a note, recorded in its history. */
export async function changeJointRiskAnalysisStatus(em: EntityManager, id: string, status: string, note: string, expectedVersion: number, now = new Date()) {
  requireText(note, 'note');
  requireNoIdentityNumber(note, 'note');
  return guarded(id, expectedVersion, em, async (tx, analysis) => {
    const from = analysis.status as JointRiskAnalysisStatus;
    requireTransition(ANALYSIS_TRANSITIONS, from, status as JointRiskAnalysisStatus, 'A risk analysis');
    tx.create(JointRiskAnalysisStatusChange, { analysisId: id, recordedAt: now, fromStatus: from, toStatus: status, note: note.trim() });
    tx.assign(analysis, { status, updatedAt: now });
  });
}

/**
 * Links a deviation to a risk it shows occurring, by reference: the id must name a participating reporter;
 * the deviation itself is another huvudman's record in its own subgraph, which this one does not call.
 */
export async function linkDeviationToRisk(
  em: EntityManager,
  analysisId: string,
  riskNumber: number,
  deviationId: string,
  expectedVersion: number,
  now = new Date(),
) {
  reporterOf(deviationId);
  return guarded(analysisId, expectedVersion, em, async (tx, analysis) => {
    if (ANALYSIS_TRANSITIONS[analysis.status as JointRiskAnalysisStatus].length === 0) {
      throw badUserInput(`The risk analysis is ${analysis.status}, which is final; no deviations can be linked.`, 'analysisId');
    }
    const risk = analysis.risks.find((r) => r.number === riskNumber);
    if (!risk) throw badUserInput(`riskNumber ${riskNumber} is not a risk of the analysis (1 to ${analysis.risks.length}).`, 'riskNumber');
    if (risk.deviationIds.includes(deviationId)) return;
    // A new array so the JSON property is seen as changed.
    tx.assign(analysis, {
      risks: analysis.risks.map((r) => (r.number === riskNumber ? Object.assign({}, r, { deviationIds: [...r.deviationIds, deviationId] }) : r)),
      updatedAt: now,
    });
  });
}

async function guarded(
  id: string,
  expectedVersion: number,
  em: EntityManager,
  change: (tx: EntityManager, analysis: JointRiskAnalysis) => Promise<void>,
): Promise<JointRiskAnalysis> {
  if (!Number.isInteger(expectedVersion)) throw badUserInput('expectedVersion must be the version you read.', 'expectedVersion');
  try {
    return await em.transactional(async (tx) => {
      const analysis = await tx.findOne(JointRiskAnalysis, id);
      if (!analysis) throw notFound(`Joint risk analysis "${id}"`);
      if (analysis.version !== expectedVersion) throw staleWrite('The risk analysis', analysis.version);
      await change(tx, analysis);
      return analysis;
    });
  } catch (error) {
    if (error instanceof OptimisticLockError) throw staleWrite('The risk analysis');
    throw error;
  }
}
