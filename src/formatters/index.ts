// Formatters by name, sorted; the CLI picks one with --format.
import type { Formatter } from "./formatter-types.js";
import { json } from "./json.js";
import { stylish } from "./stylish.js";

export const formatters: Record<string, Formatter> = { json, stylish };
export type { FormatContext, Formatter } from "./formatter-types.js";
