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
  private readonly starts = new WeakMap<SchemaNode, SchemaNode[]>();
  private readonly members = new WeakMap<SchemaNode[], Map<string, SchemaNode[]>>();
  private readonly listed = new WeakMap<SchemaNode[], { known?: Set<string> }>();
  private readonly titled = new Map<string, SchemaNode>();
  /** atSchemaPath's answers: every $ref of a walk resolves through it. */
  private readonly byPath = new Map<string, unknown>();

  constructor(private readonly root: SchemaNode) {}

  /** `at([], start)`, the same array for the same start. */
  startingAt(start: SchemaNode): SchemaNode[] {
    let found = this.starts.get(start);
    if (!found) {
      found = this.at([], start);
      this.starts.set(start, found);
    }
    return found;
  }

  /** The schemas of member `key` (a property or an item index) of the place `schemas` describe. */
  member(schemas: SchemaNode[], key: string): SchemaNode[] {
    let byKey = this.members.get(schemas);
    if (!byKey) {
      byKey = new Map<string, SchemaNode[]>();
      this.members.set(schemas, byKey);
    }
    let found = byKey.get(key);
    if (!found) {
      found = this.step(schemas, key);
      if (byKey.size < MAX_MEMBERS) byKey.set(key, found);
    }
    return found;
  }

  /** The keys the place lists, or undefined when it accepts others (listsKeys, knownKeys). */
  listedKeys(schemas: SchemaNode[]): Set<string> | undefined {
    let found = this.listed.get(schemas);
    if (!found) {
      found = this.listsKeys(schemas) ? { known: this.knownKeys(schemas) } : {};
      this.listed.set(schemas, found);
    }
    return found.known;
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
  private step(schemas: SchemaNode[], segment: string): SchemaNode[] {
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
