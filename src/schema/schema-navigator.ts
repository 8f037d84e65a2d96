// Finds what a schema says about a place in a document: the subschemas that apply to a JSON
// pointer (a union over $ref, allOf and if/then branches), the keys known there, and a
// property's annotations. Used for unknown-key suggestions, dead keys and hints. One navigator
// per kind lives as long as the process: the places a key walk visits are remembered, since every
// document of a kind repeats them.
import type { SchemaKind } from "../generated/kinds.js";
import { loadSchema, type SchemaNode } from "./schema-store.js";

/** Keys remembered per place: bounded, as unknown keys under an open object are the user's. */
const MAX_MEMBERS = 1000;

export class SchemaNavigator {
  private readonly places = new WeakMap<SchemaNode, Place>();
  private readonly titled = new Map<string, SchemaNode>();
  /** atSchemaPath's answers: every $ref of a walk resolves through it. */
  private readonly byPath = new Map<string, unknown>();

  constructor(private readonly root: SchemaNode) {}

  /** The place `start` describes (`at([], start)`), the same one for the same start. */
  placeAt(start: SchemaNode): Place {
    let found = this.places.get(start);
    if (!found) {
      found = new Place(this, this.at([], start));
      this.places.set(start, found);
    }
    return found;
  }

  /** Definition with the given title, e.g. a model role; the root when none matches. */
  byTitle(title: string): SchemaNode {
    let found = this.titled.get(title);
    if (!found) {
      const defs = (this.root.definitions ?? {}) as Record<string, SchemaNode>;
      found = Object.values(defs).find((d) => d.title === title) ?? this.root;
      this.titled.set(title, found);
    }
    return found;
  }

  /** Node at a JSON pointer *into the schema* (ajv's schemaPath), or undefined. */
  atSchemaPath(path: string): unknown {
    if (this.byPath.has(path)) return this.byPath.get(path);
    const node = this.walkSchemaPath(path);
    this.byPath.set(path, node);
    return node;
  }

  private walkSchemaPath(path: string): unknown {
    let node: unknown = this.root;
    for (const raw of path.replace(/^#\/?/, "").split("/").filter(Boolean)) {
      const segment = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
      if (!node || typeof node !== "object") return undefined;
      node = (node as Record<string, unknown>)[segment];
    }
    return node;
  }

  /** Every schema object that applies at `segments` below `start`. */
  at(segments: string[], start: SchemaNode = this.root): SchemaNode[] {
    let current = this.expand([start]);
    for (const segment of segments) {
      current = this.step(current, segment);
      if (current.length === 0) break;
    }
    return current;
  }

  /** The schemas of member `segment` of a place whose schemas are already expanded. */
  step(schemas: SchemaNode[], segment: string): SchemaNode[] {
    const next: unknown[] = [];
    for (const s of schemas) next.push(...this.children(s, segment));
    return this.expand(next);
  }

  knownKeys(schemas: SchemaNode[]): Set<string> {
    const keys = new Set<string>();
    for (const s of schemas) for (const k of Object.keys((s.properties ?? {}) as object)) keys.add(k);
    return keys;
  }

  /** True when the place lists its keys and accepts no others by pattern or schema. */
  listsKeys(schemas: SchemaNode[]): boolean {
    const hasProperties = schemas.some((s) => s.properties && Object.keys(s.properties).length > 0);
    const open = schemas.some(
      (s) => s.patternProperties || (s.additionalProperties && typeof s.additionalProperties === "object"),
    );
    return hasProperties && !open;
  }

  property(schemas: SchemaNode[], key: string): SchemaNode[] {
    return this.expand(
      schemas.map((s) => (s.properties as Record<string, unknown> | undefined)?.[key]).filter(Boolean),
    );
  }

  private children(schema: SchemaNode, segment: string): unknown[] {
    const out: unknown[] = [];
    const props = schema.properties as Record<string, unknown> | undefined;
    if (props && Object.hasOwn(props, segment)) out.push(props[segment]);
    const patterns = schema.patternProperties as Record<string, unknown> | undefined;
    for (const [pattern, sub] of Object.entries(patterns ?? {}))
      if (new RegExp(pattern, "u").test(segment)) out.push(sub);
    if (out.length === 0 && typeof schema.additionalProperties === "object") out.push(schema.additionalProperties);
    if (/^\d+$/.test(segment)) {
      const items = schema.items;
      if (Array.isArray(items)) out.push(items[Number(segment)] ?? schema.additionalItems);
      else if (items) out.push(items);
    }
    return out;
  }

  private expand(schemas: unknown[]): SchemaNode[] {
    const out: SchemaNode[] = [];
    const seen = new Set<unknown>();
    const visit = (s: unknown): void => {
      if (!s || typeof s !== "object" || seen.has(s)) return;
      seen.add(s);
      const node = s as SchemaNode;
      out.push(node);
      if (typeof node.$ref === "string") visit(this.atSchemaPath(node.$ref));
      for (const sub of (node.allOf ?? []) as unknown[]) visit(sub);
      for (const sub of (node.anyOf ?? []) as unknown[]) visit(sub);
      for (const sub of (node.oneOf ?? []) as unknown[]) visit(sub);
      visit(node.then);
      visit(node.else);
    };
    for (const s of schemas) visit(s);
    return out;
  }
}

/** A member of a place as a key walk needs it. */
export interface Member {
  /** Its schemas (empty when unknown). */
  schemas: SchemaNode[];
  /** Whether one of them marks it deprecated. */
  deprecated: boolean;
  place?: Place;
}

/**
 * A place in documents of a kind, with what a key walk asks of it remembered: the keys it lists
 * and its members, each with the place below it. A walk then costs one map lookup per member.
 */
export class Place {
  /** The keys the place lists, or undefined when it accepts others (listsKeys, knownKeys). */
  readonly known: Set<string> | undefined;
  private readonly members = new Map<string, Member>();

  constructor(
    private readonly navigator: SchemaNavigator,
    readonly schemas: SchemaNode[],
  ) {
    this.known = navigator.listsKeys(schemas) ? navigator.knownKeys(schemas) : undefined;
  }

  /** Member `key` (a property or an item index). */
  member(key: string): Member {
    let found = this.members.get(key);
    if (!found) {
      const schemas = this.navigator.step(this.schemas, key);
      found = { schemas, deprecated: schemas.some((s) => s.deprecated === true) };
      if (this.members.size < MAX_MEMBERS) this.members.set(key, found);
    }
    return found;
  }

  /** The place below a member of this one. */
  below(member: Member): Place {
    member.place ??= new Place(this.navigator, member.schemas);
    return member.place;
  }
}

const navigators = new Map<SchemaKind, SchemaNavigator>();

/** The navigator of a kind's shipped schema, one per process. */
export function navigatorOf(kind: SchemaKind): SchemaNavigator {
  let navigator = navigators.get(kind);
  if (!navigator) {
    navigator = new SchemaNavigator(loadSchema(kind));
    navigators.set(kind, navigator);
  }
  return navigator;
}
