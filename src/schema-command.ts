// `stepvideo-config schema [KIND]`: lists the kinds with their schema URLs, or prints one schema.
import { readFileSync } from "node:fs";
import { UsageError } from "./errors.js";
import { type SchemaKind, schemaIds, schemaKinds } from "./generated/kinds.js";
import { closest } from "./schema/display.js";
import { schemaPath } from "./schema/schema-store.js";

export function printSchema(kind?: string): string {
  if (kind === undefined) {
    const width = Math.max(...schemaKinds.map((k) => k.length));
    return `${schemaKinds.map((k) => `${k.padEnd(width)}  ${schemaIds[k]}`).join("\n")}\n`;
  }
  if (!(schemaKinds as readonly string[]).includes(kind)) {
    const near = closest(kind, schemaKinds);
    throw new UsageError(
      `Unknown schema kind "${kind}".${near ? ` Did you mean "${near}"?` : ""} Kinds: ${schemaKinds.join(", ")}.`,
    );
  }
  return readFileSync(schemaPath(kind as SchemaKind), "utf8");
}
