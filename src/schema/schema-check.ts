// Runs a file's generated validator and turns the result into findings. Also judges integer
// fields on the raw token, as Python does: `48.0` validates as 48 in JavaScript but stays a
// float in MindSpeed-MM, so such tokens are re-validated as non-integers to see if the schema
// wanted an integer there.
import type { ErrorObject } from "ajv";
import type { JsonDocument } from "../document/json-document.js";
import { parsePointer, type ScalarNode, toValue, toValueWith } from "../document/json-tree.js";
import type { Finding, RuleReport } from "../findings.js";
import type { SchemaKind } from "../generated/kinds.js";
import { schemaFindings } from "./ajv-findings.js";
import { dottedPath, showValue } from "./display.js";
import type { SchemaNavigator } from "./schema-navigator.js";
import { validateValue } from "./validators.js";

const PLAIN_INTEGER = /^-?\d+$/;
const RANGE_KEYWORDS = new Set(["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"]);

export function schemaCheck(kind: SchemaKind, doc: JsonDocument, navigator: SchemaNavigator): Finding[] {
  const root = doc.parsed.root;
  if (!root) return [];
  // Tokens JavaScript reads as integers (or not as finite numbers) that Python keeps as floats; a
  // plain value's numbers print as their tokens, so it has none.
  const { decimals, nonstandard } = doc.parsed;
  const floatTokens = [...decimals, ...nonstandard]
    .filter((n) => Number.isInteger(n.value) || !Number.isFinite(n.value as number))
    .sort((a, b) => a.offset - b.offset);
  const wantsInteger = integerPointers(kind, root, floatTokens, navigator);
  // NaN/Infinity are reported by json-nonstandard-number; a range check on them says nothing more.
  const notNumbers = new Set(nonstandard.map((n) => n.pointer));
  const errors = validateValue(kind, doc.value).filter(
    (e) =>
      !(e.keyword === "type" && wantsInteger.has(e.instancePath)) &&
      !(RANGE_KEYWORDS.has(e.keyword) && notNumbers.has(e.instancePath)),
  );
  const findings = schemaFindings(errors, {
    kind,
    navigator,
    valueAt: (pointer) => {
      const found = doc.find(pointer);
      return found ? toValue(found.node) : undefined;
    },
    keysAt: (pointer) => {
      const found = doc.find(pointer);
      return found?.node.type === "object" ? found.node.properties.map((p) => p.key) : [];
    },
  });
  for (const token of floatTokens) {
    if (!wantsInteger.has(token.pointer)) continue;
    const data = { path: dottedPath(token.pointer), actual: showValue(token.value), raw: token.raw };
    findings.push(
      Number.isFinite(token.value as number)
        ? {
            ruleId: "integer-token",
            report: {
              pointer: token.pointer,
              messageId: "float",
              data,
              hint: `Write ${String(token.value)} (no decimal point or exponent).`,
              ...integerFix(token),
            },
          }
        : {
            ruleId: "schema",
            report: {
              pointer: token.pointer,
              messageId: "type",
              data: { ...data, actualType: "a float", expected: "integer" },
            },
          },
    );
  }
  return findings;
}

/** `48.0` → `48`: only when JavaScript writes the value as a plain integer (not `1e+21`). */
function integerFix(token: ScalarNode): Pick<RuleReport, "fix"> {
  const text = String(token.value);
  return PLAIN_INTEGER.test(text) ? { fix: { text, title: `Replace ${token.raw} with ${text}` } } : {};
}

/**
 * Pointers among the float tokens where the schema demands an integer: the value is validated
 * again with those tokens made non-integers, unless no schema that can apply there names
 * "integer" (the navigator's union of branches; most float tokens sit at number fields).
 */
function integerPointers(
  kind: SchemaKind,
  root: Parameters<typeof toValueWith>[0],
  tokens: ScalarNode[],
  navigator: SchemaNavigator,
): Set<string> {
  const candidates = new Set(tokens.filter((t) => mayBeInteger(navigator, t.pointer)).map((t) => t.pointer));
  if (candidates.size === 0) return candidates;
  const probe = toValueWith(root, new Map([...candidates].map((pointer) => [pointer, 0.5])));
  const flagged = validateValue(kind, probe).filter(
    (e: ErrorObject) =>
      e.keyword === "type" && String(e.params.type).includes("integer") && candidates.has(e.instancePath),
  );
  return new Set(flagged.map((e) => e.instancePath));
}

function mayBeInteger(navigator: SchemaNavigator, pointer: string): boolean {
  return navigator
    .at(parsePointer(pointer))
    .some((s) => s.type === "integer" || (Array.isArray(s.type) && s.type.includes("integer")));
}
