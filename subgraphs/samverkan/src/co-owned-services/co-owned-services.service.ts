import type { EntityManager } from '@mikro-orm/core';
import { requireNoIdentityNumber, badUserInput, requireOneOf, requireSek, requireSource, requireText, requireYear } from '@orebro/subgraph-kit';
import {
  CoOwnedService,
  CoOwnedServiceKinds,
  ServiceBudget,
  ServiceForms,
  ServiceLansdel,
  ServiceLeadership,
  ServiceOwnership,
} from './co-owned-service.entity';
import { requireLansdelar, requireLeadership, requirePeriod, requireRegistered, requireShares } from './co-owned-services.rules';

export interface OwnerShareInput {
  huvudmanId: string;
  sharePercent: number;
}

/** One huvudman's part in leading a service, as the documents state it. */
export interface ServiceLeadershipInput {
  huvudmanId: string;
  role: string;
  basis: string;
  source: string;
  isExample?: boolean | null;
}

export interface CoOwnedServiceInput {
  id: string;
  name: string;
  kind: string;
  form?: string | null;
  purpose: string;
  startsOn?: string | null;
  endsOn?: string | null;
  periodNote?: string | null;
  employerId?: string | null;
  governingBody?: string | null;
  agreement?: string | null;
  lansdelIds: string[];
  owners: OwnerShareInput[];
  sharesSource: string;
  sharesAreExample: boolean;
  /** Who leads and who takes part; left out or empty when the documents do not say. */
  leadership?: ServiceLeadershipInput[] | null;
  source: string;
}

export interface ServiceBudgetInput {
  serviceId: string;
  year: number;
  amountSek: number;
  source: string;
  isExample: boolean;
}

/**
 * Creates or replaces a co-owned service with its owners, leadership and länsdelar. Everything is checked before
 * anything is written, and the write is one transaction: a refused input changes nothing.
 */
export async function saveCoOwnedService(em: EntityManager, input: CoOwnedServiceInput): Promise<CoOwnedService> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(input.id)) throw badUserInput(`Service id "${input.id}" must be lower-case words joined by hyphens.`, 'id');
  requireText(input.name, 'name');
  requireOneOf(input.kind, CoOwnedServiceKinds, 'kind');
  if (input.form != null) requireOneOf(input.form, ServiceForms, 'form');
  requirePeriod(input.startsOn ?? null, input.endsOn ?? null);
  for (const field of ['name', 'purpose', 'periodNote', 'governingBody', 'agreement', 'source', 'sharesSource'] as const) {
    requireNoIdentityNumber(input[field], field);
  }
  requireSource(input.source);
  requireSource(input.sharesSource, 'sharesSource');
  const owners = requireShares(input.owners);
  await requireRegistered(
    em,
    owners.map((o) => o.huvudmanId),
    'owners',
  );
  if (input.employerId) await requireRegistered(em, [input.employerId], 'employerId');
  const leadership = input.leadership ?? [];
  requireLeadership(leadership);
  await requireRegistered(
    em,
    leadership.map((l) => l.huvudmanId),
    'leadership',
  );
  await requireLansdelar(em, input.lansdelIds);

  const values = {
    id: input.id,
    name: input.name,
    kind: input.kind,
    form: input.form ?? null,
    purpose: input.purpose,
    startsOn: input.startsOn ?? null,
    endsOn: input.endsOn ?? null,
    periodNote: input.periodNote ?? null,
    employerId: input.employerId ?? null,
    governingBody: input.governingBody ?? null,
    agreement: input.agreement ?? null,
    source: input.source,
  };
  return em.transactional(async (tx) => {
    const existing = await tx.findOne(CoOwnedService, input.id);
    const service = existing ? tx.assign(existing, values) : tx.create(CoOwnedService, values);
    await tx.nativeDelete(ServiceOwnership, { serviceId: input.id });
    await tx.nativeDelete(ServiceLansdel, { serviceId: input.id });
    await tx.nativeDelete(ServiceLeadership, { serviceId: input.id });
    for (const l of leadership) {
      tx.create(ServiceLeadership, {
        serviceId: input.id,
        huvudmanId: l.huvudmanId,
        role: l.role,
        basis: l.basis,
        source: l.source,
        isExample: l.isExample ?? false,
      });
    }
    for (const owner of owners) {
      tx.create(ServiceOwnership, { serviceId: input.id, ...owner, source: input.sharesSource, isExample: input.sharesAreExample });
    }
    for (const lansdelId of new Set(input.lansdelIds)) tx.create(ServiceLansdel, { serviceId: input.id, lansdelId });
    await tx.flush();
    return service;
  });
}

/** Sets (or replaces) a service's agreed budget for one year. */
export async function setServiceBudget(em: EntityManager, input: ServiceBudgetInput): Promise<ServiceBudget> {
  requireYear(input.year, 'year');
  requireSek(input.amountSek, 'amountSek');
  requireSource(input.source);
  requireNoIdentityNumber(input.source, 'source');
  if (!(await em.findOne(CoOwnedService, input.serviceId))) throw badUserInput(`Unknown co-owned service "${input.serviceId}".`, 'serviceId');
  const existing = await em.findOne(ServiceBudget, { serviceId: input.serviceId, year: input.year });
  const budget = existing ? em.assign(existing, input) : em.create(ServiceBudget, input);
  await em.flush();
  return budget;
}
