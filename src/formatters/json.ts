// --format json: exactly the report object of design/architecture.md, one JSON document.
import type { Formatter } from "./formatter-types.js";

export const json: Formatter = (report) => `${JSON.stringify(report, null, 2)}\n`;
