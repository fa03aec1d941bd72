import {
  defaultFieldResolver,
  getNamedType,
  GraphQLID,
  GraphQLString,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { badUserInput } from './errors';
import { requireNoIdentityNumber, storedForm } from './free-text';

/**
 * Where text enters a subgraph: every String and ID argument of every root field, and every String and
 * ID field of an input object, recursively. Found by walking the schema, never listed by hand, so a new
 * input is covered the day it is added.
 *
 * Each text input's maximum is written once, in its schema description: "At most 200 characters." The
 * description is the documentation and the source of truth the guard reads.
 */
const MAX_LENGTH = /At most ([\d\s\u00a0,]+) characters\./;

/** One place text enters: its schema coordinate (`Mutation.recordMeeting(input:)`, `AttendanceInput.note`) and maximum. */
export interface TextInput {
  coordinate: string;
  /** Root type of the field it enters through. */
  root: 'Query' | 'Mutation';
  /** Characters (Unicode code points, after NFC); undefined when the description states none. */
  maxLength: number | undefined;
}

/** The documented maximum of an argument or input field, from its description. */
export function maxLengthOf(input: GraphQLArgument | GraphQLInputField): number | undefined {
  const match = input.description?.match(MAX_LENGTH);
  return match ? Number(match[1].replace(/[\s\u00a0,]/g, '')) : undefined;
}

/** Every text input of the schema's queries and mutations, each coordinate once. */
export function textInputsOf(schema: GraphQLSchema): TextInput[] {
  const found = new Map<string, TextInput>();
  const visitType = (type: GraphQLInputType, root: TextInput['root'], seen: Set<string>): void => {
    const named = getNamedType(type);
    if (!isInputObjectType(named) || seen.has(named.name)) return;
    seen.add(named.name);
    for (const field of Object.values(named.getFields())) {
      const coordinate = `${named.name}.${field.name}`;
      if (isText(field.type) && !found.has(coordinate)) found.set(coordinate, { coordinate, root, maxLength: maxLengthOf(field) });
      visitType(field.type, root, seen);
    }
  };
  for (const root of ['Mutation', 'Query'] as const) {
    for (const field of rootFields(schema, root)) {
      for (const arg of field.args) {
        const coordinate = `${root}.${field.name}(${arg.name}:)`;
        if (isText(arg.type)) found.set(coordinate, { coordinate, root, maxLength: maxLengthOf(arg) });
        visitType(arg.type, root, new Set());
      }
    }
  }
  return [...found.values()];
}

/**
 * Puts the guard in front of every root field's resolver: text arguments are stored in NFC, longer
 * text than documented is refused, and a write's text holding a personnummer or samordningsnummer is
 * refused; both with BAD_USER_INPUT naming the field (`extensions.field`: the path inside the `input`
 * argument, e.g. "attendance[0].representing", or the argument's name). Refuses to start a subgraph
 * whose mutations take text with no documented maximum.
 */
export function guardTextInputs(schema: GraphQLSchema): GraphQLSchema {
  const undocumented = textInputsOf(schema).filter((t) => t.root === 'Mutation' && t.maxLength === undefined);
  if (undocumented.length > 0) {
    throw new Error(
      `Every text input of a write needs a documented maximum ("At most N characters." in its description); missing for ${undocumented.map((t) => t.coordinate).join(', ')}.`,
    );
  }
  for (const root of ['Mutation', 'Query'] as const) {
    for (const field of rootFields(schema, root)) {
      if (!field.args.some((arg) => containsText(arg.type))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => resolve(source, guardArguments(field, args, root === 'Mutation'), context, info);
    }
  }
  return schema;
}

/** The field's arguments with every text in NFC, or a BAD_USER_INPUT error for the first text that may not enter. */
export function guardArguments(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, isWrite: boolean): Record<string, unknown> {
  const guarded: Record<string, unknown> = { ...args };
  for (const arg of field.args) {
    if (guarded[arg.name] === undefined) continue;
    guarded[arg.name] = guardValue(guarded[arg.name], arg.type, arg.name === 'input' ? '' : arg.name, maxLengthOf(arg), isWrite);
  }
  return guarded;
}

function guardValue(value: unknown, type: GraphQLInputType, path: string, maxLength: number | undefined, isWrite: boolean): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return guardValue(value, type.ofType, path, maxLength, isWrite);
  if (isListType(type)) {
    return (value as unknown[]).map((item, i) => guardValue(item, type.ofType, `${path}[${i}]`, maxLength, isWrite));
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    const guarded: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    for (const [name, fieldValue] of Object.entries(guarded)) {
      const field = fields[name];
      if (field) guarded[name] = guardValue(fieldValue, field.type, path ? `${path}.${name}` : name, maxLengthOf(field), isWrite);
    }
    return guarded;
  }
  if (typeof value !== 'string' || !isText(type)) return value;
  return guardText(value, path, maxLength, isWrite);
}

function guardText(value: string, field: string, maxLength: number | undefined, isWrite: boolean): string {
  const stored = storedForm(value);
  if (maxLength !== undefined) {
    const length = codePoints(stored);
    if (length > maxLength) throw badUserInput(`${field} is ${length} characters long; at most ${maxLength} are allowed. Nothing was saved.`, field);
  }
  if (isWrite) requireNoIdentityNumber(stored, field);
  return stored;
}

function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function rootFields(schema: GraphQLSchema, root: 'Query' | 'Mutation'): GraphQLField<unknown, unknown>[] {
  const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
  return type ? Object.values(type.getFields()) : [];
}

function isText(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  return named === GraphQLString || named === GraphQLID || named.name === 'String' || named.name === 'ID';
}

function containsText(type: GraphQLInputType, seen = new Set<string>()): boolean {
  if (isText(type)) return true;
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => containsText(f.type, seen));
}
