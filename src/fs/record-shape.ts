// Judges one dataset record. Almost every record has the common shape, which a few typeof checks
// accept without ajv's per-call allocations; anything else goes to the generated validator,
// loaded only then, so a scan worker starts without it and findings keep ajv's exact wording.
import type { ErrorObject } from "ajv";

export type RecordKind = "dataset-record" | "dpo-record";

export interface RecordProblem {
  pointer: string;
  messageId: "missing" | "invalid";
  data: Record<string, string>;
}

type Json = Record<string, unknown>;

const optionalNumber = (v: unknown) => v === undefined || typeof v === "number";

function captionsOk(c: unknown, nonEmpty: boolean): boolean {
  if (typeof c === "string") return !nonEmpty || c.length > 0;
  if (!Array.isArray(c) || (nonEmpty && c.length === 0)) return false;
  for (let i = 0; i < c.length; i++) {
    const item = c[i];
    if (typeof item !== "string" || (nonEmpty && item.length === 0)) return false;
  }
  return true;
}

const score = (v: unknown) => typeof v === "number" && v >= 0 && v <= 1;

/**
 * True only for records the schema certainly accepts (a strict subset of it: a record with
 * `path` or an unusual value is left to the validator). Tested against the validator.
 */
export function commonShape(kind: RecordKind, value: unknown): boolean {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const r = value as Json;
  if (typeof r.file !== "string") return false;
  if (kind === "dpo-record")
    return (
      typeof r.file_rejected === "string" && captionsOk(r.captions, false) && score(r.score) && score(r.score_rejected)
    );
  return (
    r.path === undefined &&
    captionsOk(r.captions, true) &&
    optionalNumber(r.aesthetic) &&
    optionalNumber(r.aes) &&
    (r.cap === undefined || typeof r.cap === "string" || Array.isArray(r.cap))
  );
}

let validators: typeof import("../schema/validators.js") | undefined;

/** The first schema problem of a record that commonShape did not accept, or undefined. */
export async function recordProblem(kind: RecordKind, value: unknown): Promise<RecordProblem | undefined> {
  validators ??= await import("../schema/validators.js");
  const [e] = validators.validateValue(kind, value) as (ErrorObject | undefined)[];
  if (!e) return undefined;
  if (e.keyword === "required")
    return { pointer: "", messageId: "missing", data: { key: String(e.params.missingProperty) } };
  return {
    pointer: e.instancePath,
    messageId: "invalid",
    data: { path: e.instancePath || "the record", problem: e.message ?? e.keyword },
  };
}
