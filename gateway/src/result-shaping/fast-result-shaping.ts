import * as internals from '@apollo/federation-internals';
import type { CompositeType, FieldSelection, NamedType, Operation, OutputType, Schema, Selection, SelectionSet } from '@apollo/federation-internals';
import type { GraphQLError } from 'graphql';

// Bound once. federation-internals' index re-exports through property getters, so each call through
// the namespace runs a getter first: on a large answer about 1.5 % of the gateway's CPU (issue 17).
const { ERRORS, isCompositeType, isCustomScalarType, isEnumType, isListType, isNonNullType, isObjectType, isSubtype, typenameFieldName, Variable } = internals;
const assert: (condition: unknown, message: string | (() => string)) => asserts condition = internals.assert;

/**
 * The last step of executing a query plan (Apollo Gateway's `computeResponse` in resultShaping.js):
 * the data merged from every fetch is shaped into the answer the operation asked for (aliases,
 * `@include`/`@skip`, fragments on abstract types by `__typename`, fields the plan only needed as keys
 * dropped), with `null` propagated up from a non-null field that got none and an error at its path.
 *
 * Same algorithm, same answers and errors, in the same order: a port of Apollo's, differing only in
 * where the work is done. Apollo's asks the operation's selections again for every object of the
 * answer (their directives, type and response name through the federation-internals accessors, two
 * directive look-ups per selection for `@skip`/`@include`) and allocates a result object per value;
 * here each selection set is read once per answer into plain records (`Compiled`), the `@skip`/
 * `@include` verdict once per selection per answer (the variables are fixed), and each field type
 * once per schema into a chain of plain descriptions (`TypeShape`), so the walk over a large answer
 * touches only those. Called by our query plan executor (../plan-execution/execute-query-plan.ts); the differential test
 * (fast-result-shaping.test.ts) holds it to Apollo's output.
 */
export function computeResponseFast({ operation, variables, input, introspectionHandling }: ComputeResponseArgs): ComputeResponseResult {
  if (!input) return { data: input, errors: [] };
  const schema = operation.schema();
  const state: ShapingState = {
    schema,
    variables: { __proto__: null, ...operation.collectDefaultedVariableValues(), ...variables } as Record<string, unknown>,
    errors: [],
    introspectionHandling,
    compiled: new Map(),
    invalid: false,
    hasErrors: false,
    plainObjects: !hasPrototypeName(operation.selectionSet),
  };
  const data = newObject(state);
  const nullBubble = applySelectionSet(
    state,
    input,
    compiledSet(state, operation.selectionSet),
    data,
    [],
    schema.schemaDefinition.rootType(operation.rootKind)!,
  );
  return { data: nullBubble ? null : data, errors: state.errors };
}

export interface ComputeResponseArgs {
  operation: Operation;
  variables?: Record<string, unknown>;
  input: Record<string, unknown> | null | undefined;
  introspectionHandling: (selection: FieldSelection) => unknown;
}

export interface ComputeResponseResult {
  data: Record<string, unknown> | null | undefined;
  errors: GraphQLError[];
}

interface ShapingState {
  schema: Schema;
  variables: Record<string, unknown>;
  errors: GraphQLError[];
  introspectionHandling: (selection: FieldSelection) => unknown;
  /** Each selection set of this answer's operation, read once. */
  compiled: Map<SelectionSet, Compiled[]>;
  /**
   * Whether the answer's objects can be plain `{}` (V8's fast objects, which JSON.stringify writes about
   * twice as fast as the dictionary objects `Object.create(null)` makes) instead of Apollo's
   * prototype-less ones: when no response name of the operation is also a property of
   * Object.prototype (`constructor`, `toString`, `__proto__`...), reading and writing the answer's
   * fields cannot meet an inherited property, so the JSON written is the same.
   */
  plainObjects: boolean;
  /** Out-values of the last `updateOutputValue` (Apollo's `{ isInvalid, hasErrors }`), read right after each call. */
  invalid: boolean;
  hasErrors: boolean;
}

/** One selection, read once per answer. `skipped` is decided when first reached (the variables are fixed for the answer). */
type Compiled =
  | {
      kind: 'field';
      selection: FieldSelection;
      skipped: boolean | undefined;
      responseName: string;
      isTypename: boolean;
      isIntrospection: boolean;
      type: TypeShape;
      selectionSet: SelectionSet | undefined;
    }
  | {
      kind: 'fragment';
      selection: Selection;
      skipped: boolean | undefined;
      typeCondition: CompositeType | undefined;
      selectionSet: SelectionSet;
      /** typeConditionApplies by `__typename` (or by parent type when there is none), remembered per answer. */
      applies: Map<string, boolean>;
    };

/** A field's output type as a chain of plain records, built once per schema type object. */
type TypeShape =
  | { kind: 'nonNull'; type: OutputType; of: TypeShape }
  | { kind: 'list'; type: OutputType; of: TypeShape }
  | { kind: 'composite'; type: OutputType }
  | { kind: 'leaf'; type: OutputType; valid: (value: unknown) => boolean };

const shapes = new WeakMap<OutputType, TypeShape>();

function shapeOf(schema: Schema, type: OutputType): TypeShape {
  let shape = shapes.get(type);
  if (!shape) {
    if (isNonNullType(type)) shape = { kind: 'nonNull', type, of: shapeOf(schema, type.ofType as OutputType) };
    else if (isListType(type)) shape = { kind: 'list', type, of: shapeOf(schema, type.ofType as OutputType) };
    else if (isCompositeType(type)) shape = { kind: 'composite', type };
    else shape = { kind: 'leaf', type, valid: leafValidator(schema, type as NamedType) };
    shapes.set(type, shape);
  }
  return shape;
}

function newObject(state: ShapingState): Record<string, unknown> {
  return state.plainObjects ? {} : (Object.create(null) as Record<string, unknown>);
}

/** Whether any response name in the selection set, its fields' and its fragments', is a property of Object.prototype. */
function hasPrototypeName(selectionSet: SelectionSet): boolean {
  for (const selection of selectionSet.selections()) {
    if (selection.kind === 'FieldSelection' && selection.element.responseName() in Object.prototype) return true;
    if (selection.selectionSet && hasPrototypeName(selection.selectionSet)) return true;
  }
  return false;
}

const integerString = /^-?(?:0|[1-9][0-9]*)$/;

/** federation-internals' isValidLeafValue with its type comparisons made once. */
function leafValidator(schema: Schema, type: NamedType): (value: unknown) => boolean {
  if (isCustomScalarType(type)) return () => true;
  const isBoolean = type === schema.booleanType();
  const isInt = type === schema.intType();
  const isId = type === schema.idType();
  const isFloat = type === schema.floatType();
  const enumType = isEnumType(type) ? type : undefined;
  return (value) => {
    if (typeof value === 'boolean') return isBoolean;
    if (typeof value === 'number' && isFinite(value)) return isInt || isId ? integerString.test(String(value)) : isFloat;
    if (typeof value === 'string') return enumType ? enumType.value(value) !== undefined : !isBoolean && !isInt && !isFloat;
    return false;
  };
}

function compiledSet(state: ShapingState, selectionSet: SelectionSet): Compiled[] {
  let compiled = state.compiled.get(selectionSet);
  if (!compiled) {
    compiled = selectionSet.selections().map((selection): Compiled => {
      if (selection.kind === 'FieldSelection') {
        const field = selection.element;
        return {
          kind: 'field',
          selection,
          skipped: undefined,
          responseName: field.responseName(),
          isTypename: field.name === typenameFieldName,
          isIntrospection: field.definition.isSchemaIntrospectionField(),
          type: shapeOf(state.schema, field.definition.type!),
          selectionSet: selection.selectionSet,
        };
      }
      return {
        kind: 'fragment',
        selection,
        skipped: undefined,
        typeCondition: selection.element.typeCondition,
        selectionSet: selection.selectionSet,
        applies: new Map(),
      };
    });
    state.compiled.set(selectionSet, compiled);
  }
  return compiled;
}

function shouldSkip(state: ShapingState, selection: Selection): boolean {
  const element = selection.element;
  const skip = element.appliedDirectivesOf(state.schema.skipDirective())[0];
  const include = element.appliedDirectivesOf(state.schema.includeDirective())[0];
  return !!((skip && ifValue(skip, state.variables)) || (include && !ifValue(include, state.variables)));
}

function ifValue(directive: { arguments(): { if: boolean | internals.Variable } }, variables: Record<string, unknown>): boolean {
  const ifArg = directive.arguments().if;
  if (ifArg instanceof Variable) {
    const value = variables[ifArg.name];
    assert(value !== undefined && typeof value === 'boolean', () => `Unexpected value ${String(value)} for variable ${String(ifArg)} of ${String(directive)}`);
    return value;
  }
  return ifArg;
}

function typeConditionApplies(state: ShapingState, typeCondition: CompositeType, typename: string | undefined, parentType: CompositeType): boolean {
  if (typename) {
    const type = state.schema.type(typename);
    return !!type && isSubtype(typeCondition, type);
  }
  return isSubtype(typeCondition, parentType);
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Apollo's applySelectionSet; returns true for its NULL_BUBBLE_UP. */
function applySelectionSet(
  state: ShapingState,
  input: Record<string, unknown>,
  selections: Compiled[],
  output: Record<string, unknown>,
  path: (string | number)[],
  parentType: CompositeType,
): boolean {
  for (let i = 0; i < selections.length; i++) {
    const c = selections[i];
    let skipped = c.skipped;
    if (skipped === undefined) skipped = c.skipped = shouldSkip(state, c.selection);
    if (skipped) continue;
    if (c.kind === 'field') {
      const responseName = c.responseName;
      const outputValue = output[responseName];
      if (c.isIntrospection) {
        if (outputValue === undefined) output[responseName] = state.introspectionHandling(c.selection);
        continue;
      }
      let inputValue = (hasOwn.call(input, responseName) ? input[responseName] : undefined) ?? null;
      if (c.isTypename) {
        if (outputValue === undefined) {
          if (inputValue === null && responseName !== typenameFieldName) inputValue = input[typenameFieldName] ?? null;
          const type = inputValue !== null && typeof inputValue === 'string' ? (state.schema.type(inputValue) ?? parentType) : parentType;
          if (!isObjectType(type)) return true;
          output[responseName] = type.name;
        }
        continue;
      }
      path.push(responseName);
      output[responseName] = updateOutputValue(state, outputValue, c.type, inputValue, c.selectionSet, path, parentType);
      path.pop();
      if (state.invalid) return true;
    } else {
      const typename = input[typenameFieldName];
      assert(!typename || typeof typename === 'string', () => `Got unexpected value for __typename: ${String(typename)}`);
      const condition = c.typeCondition;
      let applies = true;
      if (condition) {
        const key = typename ? `t:${typename as string}` : `p:${parentType.name}`;
        const known = c.applies.get(key);
        if (known === undefined) {
          applies = typeConditionApplies(state, condition, typename as string | undefined, parentType);
          c.applies.set(key, applies);
        } else applies = known;
      }
      if (applies && applySelectionSet(state, input, compiledSet(state, c.selectionSet), output, path, condition ?? parentType)) return true;
    }
  }
  return false;
}

function pathLastElementDescription(path: (string | number)[], currentType: OutputType, parentType: CompositeType): string {
  const element = path[path.length - 1];
  assert(element !== undefined, 'Should not have been called on an empty path');
  return typeof element === 'string' ? `field ${String(parentType)}.${element}` : `array element of type ${String(currentType)} at index ${element}`;
}

/**
 * Apollo's updateOutputValue: returns its `updated` and leaves `isInvalid`/`hasErrors` in
 * `state.invalid`/`state.hasErrors` (set on every return).
 */
function updateOutputValue(
  state: ShapingState,
  outputValue: unknown,
  shape: TypeShape,
  inputValue: unknown,
  selectionSet: SelectionSet | undefined,
  path: (string | number)[],
  parentType: CompositeType,
): unknown {
  assert(inputValue !== undefined, 'Should not pass undefined for `inputValue` to this method');
  if (outputValue === null || (outputValue !== undefined && !selectionSet)) return done(state, outputValue, false, false);
  switch (shape.kind) {
    case 'nonNull': {
      const updated = updateOutputValue(state, outputValue, shape.of, inputValue, selectionSet, path, parentType);
      if (updated === null) {
        if (!state.hasErrors) {
          state.errors.push(
            ERRORS.INVALID_GRAPHQL.err(`Cannot return null for non-nullable ${pathLastElementDescription(path, shape.of.type, parentType)}.`, {
              path: Array.from(path),
            }),
          );
        }
        return done(state, updated, true, true);
      }
      return done(state, updated, false, false);
    }
    case 'list': {
      if (inputValue === null) return done(state, null, false, false);
      assert(Array.isArray(inputValue), () => `Invalid non-list value ${String(inputValue)} returned by subgraph for list type ${String(shape.type)}`);
      assert(
        outputValue === undefined || Array.isArray(outputValue),
        () => `Invalid non-list value ${String(outputValue)} returned by subgraph for list type ${String(shape.type)}`,
      );
      const inputList = inputValue as unknown[];
      const outputList = outputValue as unknown[] | undefined;
      const length = outputList === undefined ? inputList.length : outputList.length;
      assert(
        inputList.length === length,
        () => `[${String(inputList)}].length (${inputList.length}) !== [${String(outputList)}].length (${outputList!.length})`,
      );
      let shouldNullify = false;
      let hasErrors = false;
      const updated = new Array<unknown>(length);
      for (let index = 0; index < length; index++) {
        path.push(index);
        updated[index] = updateOutputValue(
          state,
          outputList === undefined ? undefined : outputList[index],
          shape.of,
          inputList[index],
          selectionSet,
          path,
          parentType,
        );
        path.pop();
        shouldNullify ||= state.invalid;
        hasErrors ||= state.hasErrors;
      }
      return done(state, shouldNullify ? null : updated, false, hasErrors);
    }
    case 'composite': {
      if (inputValue === null) return done(state, null, false, false);
      assert(selectionSet, () => `Invalid empty selection set for composite type ${String(shape.type)}`);
      assert(
        typeof inputValue === 'object',
        () => `Invalid non-object value ${String(inputValue)} returned by subgraph for composite type ${String(shape.type)}`,
      );
      assert(
        outputValue === undefined || typeof outputValue === 'object',
        () => `Invalid non-object value ${String(inputValue)} returned by subgraph for composite type ${String(shape.type)}`,
      );
      const input = inputValue as Record<string, unknown>;
      const inputTypename = input[typenameFieldName];
      assert(
        inputTypename === undefined || typeof inputTypename === 'string',
        () => `Invalid non-string value ${String(inputTypename)} for __typename at ${String(path)}`,
      );
      let objType = shape.type as CompositeType;
      if (inputTypename) {
        const typenameType = state.schema.type(inputTypename);
        if (!typenameType || !isCompositeType(typenameType)) {
          state.errors.push(
            ERRORS.INVALID_GRAPHQL.err(`Invalid __typename found for object at ${pathLastElementDescription(path, shape.type, parentType)}.`, {
              path: Array.from(path),
            }),
          );
          return done(state, null, false, true);
        }
        objType = typenameType;
      }
      const outputObject = outputValue === undefined ? newObject(state) : (outputValue as Record<string, unknown>);
      const nullBubble = applySelectionSet(state, input, compiledSet(state, selectionSet), outputObject, path, objType);
      return done(state, nullBubble ? null : outputObject, false, nullBubble);
    }
    case 'leaf': {
      if (inputValue === null) return done(state, null, false, false);
      assert(outputValue === undefined, () => `Excepted output to be undefined but got ${String(shape.type)} for type ${String(shape.type)}`);
      const valid = shape.valid(inputValue);
      if (!valid) {
        state.errors.push(
          ERRORS.INVALID_GRAPHQL.err(`Invalid value found for ${pathLastElementDescription(path, shape.type, parentType)}.`, { path: Array.from(path) }),
        );
      }
      return done(state, valid ? inputValue : null, false, !valid);
    }
  }
}

function done(state: ShapingState, updated: unknown, invalid: boolean, hasErrors: boolean): unknown {
  state.invalid = invalid;
  state.hasErrors = hasErrors;
  return updated;
}
