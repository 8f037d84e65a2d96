// Formatters by name, sorted; the CLI picks one with --format.
import type { Formatter } from "./formatter-types.js";
import { github } from "./github.js";
import { json } from "./json.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";

export const formatters: Record<string, Formatter> = { github, json, sarif, stylish };
export type { Formatter } from "./formatter-types.js";
