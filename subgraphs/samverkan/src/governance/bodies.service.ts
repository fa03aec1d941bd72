import type { EntityManager } from '@mikro-orm/core';
import { requireNoIdentityNumber, badUserInput, requireIsoDate, requireOneOf, requireText } from '@orebro/subgraph-kit';
import { Huvudman } from '../register/huvudman.entity';
import { Lansdel } from '../register/lansdel.entity';
import { Body, BodyRelation } from './body.entity';

import { BodyKinds, BodyRelationKinds, MembershipRoles, type BodyKind, type BodyRelationKind, type MembershipRole } from './kinds';
import { Membership, Person } from './person.entity';

export interface BodyInput {
  id: string;
  name: string;
  shortName: string;
  kind: BodyKind;
  political: boolean | null;
  description: string;
  lansdelId: string | null;
  source: string;
}

/** Writes to the bodies, their relations and members; the seed goes through here like any other write. */
export async function registerBody(em: EntityManager, input: BodyInput): Promise<Body> {
  if (!/^[a-z0-9-]+$/.test(input.id)) throw badUserInput(`Body id "${input.id}" must be lower-case ASCII letters, digits and dashes.`, 'id');
  requireOneOf(input.kind, BodyKinds, 'kind');
  requireText(input.name, 'name');
  if (input.lansdelId !== null && !(await em.findOne(Lansdel, input.lansdelId))) throw badUserInput(`Unknown länsdel "${input.lansdelId}".`, 'lansdelId');
  if (await em.findOne(Body, input.id)) throw badUserInput(`A body with id "${input.id}" already exists.`, 'id');
  requireNoIdentityNumber(input.description, 'description');
  const body = em.create(Body, input);
  await em.flush();
  return body;
}

export async function relateBodies(
  em: EntityManager,
  input: { fromBodyId: string; kind: BodyRelationKind; toBodyId: string; basis: string; source: string },
): Promise<BodyRelation> {
  requireOneOf(input.kind, BodyRelationKinds, 'kind');
  if (input.fromBodyId === input.toBodyId) throw badUserInput('A body cannot relate to itself.', 'toBodyId');
  await requireBody(em, input.fromBodyId, 'fromBodyId');
  await requireBody(em, input.toBodyId, 'toBodyId');
  requireText(input.basis, 'basis');
  const relation = em.create(BodyRelation, input);
  await em.flush();
  return relation;
}

/** Registers people by name (the id derives from it); someone already registered is returned as is. */
export async function registerPeople(em: EntityManager, inputs: { name: string; huvudmanId: string }[]): Promise<Person[]> {
  inputs.forEach((input) => {
    requireText(input.name, 'name');
    if (personId(input.name) === '')
      throw badUserInput(`The name "${input.name.trim().normalize('NFC')}" needs letters or digits that can be spelled in ASCII, for the person's id.`, 'name');
  });
  await requireHuvudmen(
    em,
    inputs.map((i) => i.huvudmanId),
    'huvudmanId',
  );
  const known = new Map((await em.find(Person, { id: { $in: inputs.map((i) => personId(i.name)) } })).map((p) => [p.id, p]));
  const people: Person[] = [];
  for (const input of inputs) {
    const id = personId(input.name);
    const person = known.get(id) ?? em.create(Person, { id, name: input.name.trim().normalize('NFC'), huvudmanId: input.huvudmanId });
    if (person.huvudmanId !== input.huvudmanId) throw badUserInput(`${input.name} is already registered for huvudman ${person.huvudmanId}.`, 'huvudmanId');
    known.set(id, person);
    people.push(person);
  }
  await em.flush();
  return people;
}

export interface MembershipInput {
  bodyId: string;
  huvudmanId: string;
  personId: string | null;
  role: MembershipRole;
  representing: string | null;
  deputyForPersonId?: string | null;
  periodFrom?: string | null;
  periodTo?: string | null;
  periodNote?: string | null;
  source: string;
}

/** Adds seats, all or none: every one is checked before any is written. */
export async function addMemberships(em: EntityManager, inputs: MembershipInput[]): Promise<Membership[]> {
  const bodies = await em.find(Body, { id: { $in: inputs.map((i) => i.bodyId) } });
  const unknownBody = inputs.find((i) => !bodies.some((b) => b.id === i.bodyId));
  if (unknownBody) throw badUserInput(`Unknown body "${unknownBody.bodyId}".`, 'bodyId');
  await requireHuvudmen(
    em,
    inputs.map((i) => i.huvudmanId),
    'huvudmanId',
  );
  const personIds = inputs.flatMap((i) => [i.personId, i.deputyForPersonId ?? null]).filter((id): id is string => id !== null);
  const people = await em.find(Person, { id: { $in: personIds } });
  for (const input of inputs) {
    requireOneOf(input.role, MembershipRoles, 'role');
    for (const field of ['personId', 'deputyForPersonId'] as const) {
      const id = input[field];
      if (id && !people.some((p) => p.id === id)) throw badUserInput(`Unknown person "${id}".`, field);
    }
    if (input.periodFrom) requireIsoDate(input.periodFrom, 'periodFrom');
    if (input.periodTo) requireIsoDate(input.periodTo, 'periodTo');
    if (input.periodFrom && input.periodTo && input.periodTo < input.periodFrom) throw badUserInput('periodTo is before periodFrom.', 'periodTo');
    requireNoIdentityNumber(input.periodNote, 'periodNote');
  }
  const created = inputs.map((input) => em.create(Membership, { deputyForPersonId: null, periodFrom: null, periodTo: null, periodNote: null, ...input }));
  await em.flush();
  return created;
}

/** Latin letters that compatibility decomposition leaves as they are, spelled in ASCII as Swedish does. */
const ASCII_SPELLING: Record<string, string> = { æ: 'ae', ø: 'o', œ: 'oe', ß: 'ss', ð: 'd', þ: 'th', ł: 'l', đ: 'd', ı: 'i' };

/**
 * "Ann-Louise Gustafsson" → "ann-louise-gustafsson": a stable, readable id. The same for every way of
 * writing the name: composed or decomposed letters (NFC/NFD), compatibility forms (NFKD: "ﬁ", full-width
 * letters) and case all give one id, so one person is never registered twice. Empty when the name has no
 * letter or digit that can be spelled in ASCII (registerPeople refuses such a name).
 */
export function personId(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[æøœßðþłđı]/g, (letter) => ASCII_SPELLING[letter])
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export async function requireBody(em: EntityManager, id: string, field: string): Promise<Body> {
  const body = await em.findOne(Body, id);
  if (!body) throw badUserInput(`Unknown body "${id}".`, field);
  return body;
}

export async function requireHuvudman(em: EntityManager, id: string, field: string): Promise<Huvudman> {
  const huvudman = await em.findOne(Huvudman, id);
  if (!huvudman) throw badUserInput(`Unknown huvudman "${id}": use "18" for the region or a kommun code.`, field);
  return huvudman;
}

export async function requireHuvudmen(em: EntityManager, ids: string[], field: string): Promise<void> {
  const found = await em.find(Huvudman, { id: { $in: [...new Set(ids)] } });
  const unknown = ids.find((id) => !found.some((h) => h.id === id));
  if (unknown) throw badUserInput(`Unknown huvudman "${unknown}": use "18" for the region or a kommun code.`, field);
}
