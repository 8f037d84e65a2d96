// Everything a file rule may look at for one file, computed lazily and once: the parsed
// document, its kind and role, the schema navigator, and the schema findings.
import type { JsonDocument } from "../document/json-document.js";
import { keysInValue } from "../document/plain-value.js";
import type { Finding, RuleReport } from "../findings.js";
import type { FileFault } from "../fs/file-fault.js";
import { modelRoleTitles, type SchemaKind } from "../generated/kinds.js";
import type { LoadedDocument } from "../project/load-document.js";
import type { Run, Task } from "../project/run-model.js";
import { adjustForRelease } from "../releases/adjust-for-release.js";
import { type KeyVisit, walkTreeKeys, walkValueKeys } from "../schema/key-walk.js";
import { schemaCheck } from "../schema/schema-check.js";
import { navigatorOf, type SchemaNavigator } from "../schema/schema-navigator.js";
import { loadSchema, type SchemaNode } from "../schema/schema-store.js";
import type { ModelRole } from "../types.js";
import { concernsInvalid, invalidPointers, usableValue } from "./usable-value.js";

export class FileContext {
  readonly reports: { ruleId: string; report: RuleReport }[] = [];
  currentRule = "";
  /** The stage of the running rule. */
  stage: "read" | "document" | "schema" | "semantic" = "document";
  /** Runs whose launch script names this file (set by the check before rules run). */
  runs: Run[] = [];
  /** The task this file serves, from those runs or else its path, and what said so. */
  task?: { task: Task; source: string };
  private findingsCache?: Finding[];
  private usableCache?: { value: unknown };
  private keyVisitsCache?: KeyVisit[];

  /** The usable values of every file of the check, by file (set before rules run). */
  usableValues: ReadonlyMap<string, unknown> = new Map();
  readonly file: string;
  readonly doc: JsonDocument;
  readonly kind: SchemaKind | undefined;
  readonly role: ModelRole | undefined;
  /** Named by the user (not found by walking a folder). */
  readonly explicit: boolean;
  /** Why the file could not be read; its other rules do not run. */
  readonly fault: FileFault | undefined;

  constructor(
    loaded: LoadedDocument,
    /** The MindSpeed-MM release the file targets. */
    readonly release: string,
  ) {
    this.file = loaded.file;
    this.doc = loaded.doc;
    this.kind = loaded.kind;
    this.role = loaded.role;
    this.explicit = loaded.explicit;
    this.fault = loaded.fault;
  }

  /** What the semantic stage reads: the parsed value without the members a schema finding rejects. */
  value<T>(): T {
    return this.usable as T;
  }

  /** The usable value (see usable-value.ts); undefined when the file did not parse or has no kind. */
  get usable(): unknown {
    if (!this.doc.ok || !this.kind) return undefined;
    if (!this.usableCache) this.usableCache = { value: usableValue(this.doc.value, this.schemaFindings) };
    return this.usableCache.value;
  }

  report(report: RuleReport): void {
    if (this.stage === "semantic" && concernsInvalid(report.pointer, report.data?.key, this.invalid)) return;
    this.reports.push({ ruleId: this.currentRule, report });
  }

  /** Pointers whose values a schema finding rejects (see usable-value.ts). */
  get invalid(): string[] {
    return this.doc.ok && this.kind ? invalidPointers(this.schemaFindings) : [];
  }

  get navigator(): SchemaNavigator {
    if (!this.kind) throw new Error("navigator needs a file kind");
    return navigatorOf(this.kind);
  }

  /** The members unknown-key and dead-key look at (key-walk.ts); empty when the file did not parse. */
  get keyVisits(): KeyVisit[] {
    const root = this.doc.parsed.root;
    if (!this.keyVisitsCache) {
      if (!root) this.keyVisitsCache = [];
      else if (this.doc.plain) this.keyVisitsCache = walkValueKeys(this.doc.value, this.navigator, this.startSchema);
      else this.keyVisitsCache = walkTreeKeys(root, this.navigator, this.startSchema);
    }
    return this.keyVisitsCache;
  }

  /** The schema that describes this file: its role's definition for model files. */
  get startSchema(): SchemaNode {
    return this.role ? this.navigator.byTitle(modelRoleTitles[this.role]) : loadSchema(this.kind!);
  }

  get schemaFindings(): Finding[] {
    if (!this.kind) return [];
    this.findingsCache ??= this.forRelease(schemaCheck(this.kind, this.doc, this.navigator), "schema");
    return this.findingsCache;
  }

  /** Findings of the schema check or the unknown-key walk (current schemas), adapted to the targeted release. */
  forRelease(findings: Finding[], of: "schema" | "unknown-key"): Finding[] {
    if (!this.kind) return findings;
    return adjustForRelease(findings, of, {
      kind: this.kind,
      release: this.release,
      keysAt: (pointer) => this.keysAt(pointer),
    });
  }

  /** Keys of the object at a pointer, in file order (none when it is not an object). */
  keysAt(pointer: string): string[] {
    if (this.doc.plain) return keysInValue(this.doc.value, pointer);
    const node = this.doc.find(pointer)?.node;
    return node?.type === "object" ? node.properties.map((p) => p.key) : [];
  }

  /** The usable value of a file the runs name (a paired model, say). */
  pairedValue<T>(run: Run, role: "data" | "model" | "tool"): T | undefined {
    const file = run.configs[role]?.file;
    return file !== undefined ? (this.usableValues.get(file) as T | undefined) : undefined;
  }

  /** Findings of the schema stage that belong to the running rule. */
  findingsOfRule(): Finding[] {
    return this.schemaFindings.filter((f) => f.ruleId === this.currentRule);
  }
}
