// Runs a file's generated validator and turns the result into findings. Also judges integer
// fields on the raw token, as Python does: `48.0` validates as 48 in JavaScript but stays a
// float in MindSpeed-MM, so such tokens are re-validated as non-integers to see if the schema
// wanted an integer there.
import type { ErrorObject } from "ajv";
import type { JsonDocument } from "../document/json-document.js";
import { type ScalarNode, toValue, toValueWith, walkNodes } from "../document/json-tree.js";
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
  const floatTokens = [...walkNodes(root)].filter(
    (n): n is ScalarNode =>
      n.type === "number" &&
      !PLAIN_INTEGER.test(n.raw) &&
      (Number.isInteger(n.value) || !Number.isFinite(n.value as number)),
  );
  const wantsInteger = floatTokens.length > 0 ? integerPointers(kind, root, floatTokens) : new Set<string>();
  // NaN/Infinity are reported by json-nonstandard-number; a range check on them says nothing more.
  const nonstandard = new Set(doc.parsed.nonstandard.map((n) => n.pointer));
  const errors = validateValue(kind, doc.value).filter(
    (e) =>
      !(e.keyword === "type" && wantsInteger.has(e.instancePath)) &&
      !(RANGE_KEYWORDS.has(e.keyword) && nonstandard.has(e.instancePath)),
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

/** Pointers among the float tokens where the schema demands an integer. */
function integerPointers(kind: SchemaKind, root: Parameters<typeof toValueWith>[0], tokens: ScalarNode[]): Set<string> {
  const probe = toValueWith(root, new Map(tokens.map((t) => [t.pointer, 0.5])));
  const candidates = new Set(tokens.map((t) => t.pointer));
  const flagged = validateValue(kind, probe).filter(
    (e: ErrorObject) =>
      e.keyword === "type" && String(e.params.type).includes("integer") && candidates.has(e.instancePath),
  );
  return new Set(flagged.map((e) => e.instancePath));
}
