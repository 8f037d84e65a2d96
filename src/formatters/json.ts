// --format json: exactly the report object of design/architecture.md, one JSON document, with
// the control characters JSON.stringify leaves raw (DEL, C1, bidi overrides) escaped as well.
import { escapeJsonControls } from "./escape-text.js";
import type { Formatter } from "./formatter-types.js";

export const json: Formatter = (report) => `${escapeJsonControls(JSON.stringify(report, null, 2))}\n`;
