// Fixed twins of the invalid single-file fixtures: fixtures/invalid/<kind>/mends.json holds, per fixture,
// the smallest change that removes its one mistake, as text edits (several fixtures are not valid JSON),
// so a fixture's twin is derived from it rather than stored as a second copy.
import { isUtf8 } from "node:buffer";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fixturesDir } from "./fixture-cases.js";
import { replaceOnce } from "./overlay-tree.js";

/** One text edit: `find` must occur exactly once in the fixture's text. */
interface TextEdit {
  find: string;
  replace: string;
}

/**
 * A fixture's mend: text edits applied in order, or "utf-8" for a fixture whose one mistake is its
 * encoding (its bytes are Latin-1): the twin is the same text saved as UTF-8.
 */
export type TextMend = TextEdit[] | "utf-8";

/** The mends of one invalid kind, by fixture file name (none when the kind has no mends.json). */
export function mendsOf(kind: string): Record<string, TextMend> {
  const file = join(fixturesDir, "invalid", kind, "mends.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, TextMend>) : {};
}

/** The twin's bytes: the fixture's text with the mend applied, saved as UTF-8. */
export function mendedBytes(fixture: Buffer, mend: TextMend, where: string): Buffer {
  if (mend === "utf-8") {
    if (isUtf8(fixture)) throw new Error(`${where}: the "utf-8" mend is for a fixture that is not UTF-8`);
    return Buffer.from(fixture.toString("latin1"), "utf8");
  }
  if (!isUtf8(fixture)) throw new Error(`${where}: a fixture that is not UTF-8 takes the "utf-8" mend`);
  if (mend.length === 0) throw new Error(`${where}: a mend needs at least one edit`);
  let text = fixture.toString("utf8");
  for (const { find, replace } of mend) {
    if (find === replace) throw new Error(`${where}: an edit that changes nothing (${JSON.stringify(find)})`);
    text = replaceOnce(text, find, replace, where);
  }
  return Buffer.from(text, "utf8");
}
