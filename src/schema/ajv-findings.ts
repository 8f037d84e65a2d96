// Turns ajv errors into one finding per problem: the rule id it belongs to (schema, dtype-value,
// tool-sections, reserved-key, unknown-key), the pointer, and data for the message. Drops the
// noise ajv adds for if/then and for the branches of a failed anyOf.
import type { ErrorObject } from "ajv";
import { escapePointerSegment } from "../document/json-tree.js";
import type { Finding } from "../findings.js";
import type { SchemaKind } from "../generated/kinds.js";
import { clip, closest, dottedPath, showValue, typeName } from "./display.js";
import { dtypeHint } from "./dtype-aliases.js";
import { renameToSole } from "./rename-to-sole.js";
import type { SchemaNavigator } from "./schema-navigator.js";
import type { SchemaNode } from "./schema-store.js";

export interface FindingInput {
  kind: SchemaKind;
  navigator: SchemaNavigator;
  valueAt(pointer: string): unknown;
  keysAt(pointer: string): string[];
}

const DTYPE_PATH = "#/definitions/dtype";
const COMPARISON: Record<string, string> = {
  minimum: ">=",
  maximum: "<=",
  exclusiveMinimum: ">",
  exclusiveMaximum: "<",
};

export function schemaFindings(errors: ErrorObject[], input: FindingInput): Finding[] {
  const collapsed = errors.filter((e) => !errors.some((u) => isBranchOf(e, u)));
  const findings: Finding[] = [];
  for (const error of collapsed) {
    const finding = toFinding(error, input);
    if (finding) findings.push(finding);
  }
  return findings;
}

/**
 * e is noise under u: a branch of a failed anyOf/oneOf, an error of a rejected property name, or
 * the enum a value of the wrong type fails as well (one mistake, one finding).
 */
function isBranchOf(e: ErrorObject, u: ErrorObject): boolean {
  if (e === u) return false;
  if (u.keyword === "propertyNames") return e.propertyName !== undefined && e.instancePath === u.instancePath;
  if (e.keyword === "enum" && u.keyword === "type") return e.instancePath === u.instancePath;
  if (u.keyword !== "anyOf" && u.keyword !== "oneOf") return false;
  const base = u.schemaPath.replace(/\/(anyOf|oneOf)$/, "");
  return e.schemaPath.startsWith(`${base}/${u.keyword}/`);
}

function toFinding(error: ErrorObject, input: FindingInput): Finding | undefined {
  const pointer = error.instancePath;
  const path = dottedPath(pointer);
  const actual = input.valueAt(pointer);
  const params = error.params as Record<string, unknown>;
  const inDtype = error.schemaPath.startsWith(`${DTYPE_PATH}/`) || error.schemaPath === DTYPE_PATH;
  switch (error.keyword) {
    case "if":
      return undefined;
    case "propertyNames": {
      const key = String(params.propertyName);
      return {
        ruleId: "reserved-key",
        report: {
          pointer: `${pointer}/${escapePointerSegment(key)}`,
          target: "key",
          messageId: "reserved",
          data: { key, object: dottedPath(pointer) },
        },
      };
    }
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const known = input.navigator.knownKeys([
        input.navigator.atSchemaPath(error.schemaPath.replace(/\/additionalProperties$/, "")) as SchemaNode,
      ]);
      const suggestion = closest(key, known);
      return {
        ruleId: "unknown-key",
        report: {
          pointer: `${pointer}/${escapePointerSegment(key)}`,
          target: "key",
          messageId: "closed",
          data: { key, object: path },
          severity: "error",
          ...(suggestion
            ? { hint: `Did you mean \`${suggestion}\`?` }
            : { hint: `Remove it; accepted keys: ${[...known].join(", ")}.` }),
          ...renameToSole(key, known, input.keysAt(pointer)),
        },
      };
    }
    case "required": {
      const key = String(params.missingProperty);
      const parent = input.navigator.atSchemaPath(error.schemaPath.replace(/\/required$/, "")) as
        | SchemaNode
        | undefined;
      const described = (parent?.properties as Record<string, SchemaNode> | undefined)?.[key]?.description;
      const typo = closest(
        key,
        input.keysAt(pointer).filter((k) => k !== key),
      );
      const hint = typo
        ? `\`${typo}\` is present: did you mean \`${key}\`?`
        : typeof described === "string"
          ? `Add \`${key}\`: ${described}`
          : undefined;
      const ruleId = input.kind === "tools" ? "tool-sections" : "schema";
      return {
        ruleId,
        report: {
          pointer,
          messageId: "required",
          data: { key, object: pointer === "" ? "The top level" : `\`${path}\`` },
          ...(hint ? { hint } : {}),
        },
      };
    }
    case "not":
    case "false schema": {
      const sub = input.navigator.atSchemaPath(error.schemaPath.replace(/\/not$/, "")) as SchemaNode | undefined;
      const description = typeof sub?.description === "string" ? sub.description : undefined;
      return {
        ruleId: "schema",
        report: {
          pointer,
          target: "key",
          messageId: "forbidden",
          data: { path },
          ...(description ? { hint: description } : {}),
        },
      };
    }
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).map((v) => String(v));
      const alias = inDtype ? dtypeHint(actual) : undefined;
      const suggestion = alias ?? (typeof actual === "string" ? closest(actual, allowed) : undefined);
      const hint = suggestion ? `Did you mean "${suggestion}"?` : undefined;
      // Only a known alias is a safe fix; a near spelling may mean another dtype.
      const fix =
        alias !== undefined && allowed.includes(alias)
          ? { fix: { text: JSON.stringify(alias), title: `Replace ${showValue(actual)} with "${alias}"` } }
          : {};
      return {
        ruleId: inDtype ? "dtype-value" : "schema",
        report: {
          pointer,
          messageId: "enum",
          data: { path, actual: showValue(actual), allowed: allowed.join(", ") },
          ...(hint ? { hint } : {}),
          ...fix,
        },
      };
    }
    case "type": {
      const expected = String(params.type).replace(/,/g, " or ");
      return {
        ruleId: inDtype ? "dtype-value" : "schema",
        report: {
          pointer,
          messageId: "type",
          data: { path, actual: showValue(actual), actualType: typeName(actual), expected },
          ...typeHint(actual, expected),
        },
      };
    }
    case "const":
      return {
        ruleId: "schema",
        report: {
          pointer,
          messageId: "const",
          data: { path, actual: showValue(actual), expected: showValue(params.allowedValue) },
        },
      };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return {
        ruleId: "schema",
        report: {
          pointer,
          messageId: "range",
          data: {
            path,
            actual: showValue(actual),
            comparison: COMPARISON[error.keyword]!,
            limit: String(params.limit),
          },
        },
      };
    default:
      return {
        ruleId: inDtype ? "dtype-value" : "schema",
        report: {
          pointer,
          messageId: "other",
          data: { path, actual: showValue(actual), problem: error.message ?? error.keyword },
        },
      };
  }
}

function typeHint(actual: unknown, expected: string): { hint?: string } {
  if (typeof actual !== "string") return {};
  if (/integer|number/.test(expected) && actual.trim() !== "" && Number.isFinite(Number(actual)))
    return { hint: `Write ${clip(actual.trim())} without quotes.` };
  if (expected.includes("boolean") && (actual === "true" || actual === "false"))
    return { hint: `Write ${actual} without quotes: in Python any non-empty string, even "false", is true.` };
  return {};
}
