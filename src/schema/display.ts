// How places and values appear in messages: `predictor.num_heads`, `text_encoder[1].dtype`,
// values as short JSON.
import { parsePointer } from "../document/json-tree.js";

export function dottedPath(pointer: string): string {
  const segments = parsePointer(pointer);
  if (segments.length === 0) return "the top level";
  let out = "";
  for (const s of segments) out += /^\d+$/.test(s) ? `[${s}]` : out ? `.${s}` : s;
  return out;
}

const SHOWN_VALUE = 60;
const SHOWN_TEXT = 200;

/** A value as short JSON (NaN and ±Infinity as Python writes them), cut at 60 characters. */
export function showValue(value: unknown): string {
  const text = boundedJson(value, SHOWN_VALUE + 1);
  return text.length > SHOWN_VALUE ? `${text.slice(0, SHOWN_VALUE - 3)}...` : text;
}

/** A template value in a message: numbers as they are, text cut at 200 characters, anything else as showValue. */
export function showData(value: unknown): string {
  if (typeof value === "number") return String(value);
  // A list the engine or a rule names (rule ids, folders): every item, up to a long bound.
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return clip(value.join(", "), LISTED_TEXT);
  if (typeof value === "string") return clip(value);
  return showValue(value);
}

/** A list named in a message (the rules a skipped value kept from running) is cut only past this. */
const LISTED_TEXT = 2000;

/** Text cut to `max` characters with an ellipsis: a message never carries a megabyte value. */
export function clip(text: string, max = SHOWN_TEXT): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** JSON of a value, written only until `budget` characters: never serialises a huge value whole. */
function boundedJson(value: unknown, budget: number): string {
  let out = "";
  const write = (v: unknown): void => {
    if (typeof v === "number") out += Number.isFinite(v) ? JSON.stringify(v) : String(v);
    else if (typeof v === "string") out += JSON.stringify(v.slice(0, budget - out.length));
    else if (Array.isArray(v)) {
      out += "[";
      for (let i = 0; i < v.length && out.length < budget; i++) {
        if (i > 0) out += ",";
        write(v[i]);
      }
      out += "]";
    } else if (v !== null && typeof v === "object") {
      out += "{";
      let first = true;
      for (const key in v) {
        if (out.length >= budget) break;
        if (!Object.hasOwn(v, key)) continue;
        out += `${first ? "" : ","}${JSON.stringify(key.slice(0, budget - out.length))}:`;
        first = false;
        write((v as Record<string, unknown>)[key]);
      }
      out += "}";
    } else out += JSON.stringify(v) ?? "undefined";
  };
  write(value);
  return out;
}

export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a number";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

/** A typo is a few edits: past this many, no suggestion (it bounds the work on huge values). */
const MAX_EDITS = 64;

/**
 * Nearest candidate by edit distance, or undefined when none is close enough to be a typo. Bounded:
 * a candidate whose length differs by more than the best distance so far is skipped, and distances
 * are computed in a band that widens only as needed, so a megabyte-long value costs a few passes.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.min(Math.max(2, Math.floor(word.length / 3)), MAX_EDITS) + 1;
  const lower = word.toLowerCase();
  for (const c of candidates) {
    let d: number;
    if (c.toLowerCase() === lower) d = 0;
    else if (Math.abs(c.length - word.length) >= bestDistance) continue;
    else d = distanceWithin(word, c, bestDistance - 1);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** The nearest candidate when no other candidate is as near: a suggestion safe to apply. */
export function soleClosest(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const best = closest(word, list);
  if (best === undefined) return undefined;
  const distance = best.toLowerCase() === word.toLowerCase() ? 0 : editDistance(word, best);
  const tie = list.some(
    (c) => c !== best && (c.toLowerCase() === word.toLowerCase() || editDistance(word, c, distance) <= distance),
  );
  return tie ? undefined : best;
}

/** editDistance with bands of width 1, 2, 4 … up to `max`: O(length × distance). */
function distanceWithin(a: string, b: string, max: number): number {
  for (let band = Math.max(1, Math.abs(a.length - b.length)); ; band *= 2) {
    const d = editDistance(a, b, Math.min(band, max));
    if (d <= band || band >= max) return d;
  }
}

/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions). With `max`, only
 * the 2·max+1 diagonals around the main one are computed (memory O(max), time O(length × max)),
 * and any distance above `max` comes back as some number above `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (b.length > a.length) return editDistance(b, a, max); // symmetric: let `a` be the longer
  const n = a.length;
  const m = b.length;
  if (n - m > max) return max + 1;
  const band = Math.min(max, n);
  const over = band + 1;
  // Cell (i, j) lives at index j - i + band + 1 of its row; the two pads stay `over`.
  const size = 2 * band + 3;
  let older = new Uint32Array(size).fill(over);
  let previous = new Uint32Array(size).fill(over);
  let current = new Uint32Array(size).fill(over);
  for (let j = 0; j <= Math.min(m, band); j++) previous[j + band + 1] = j;
  let previousMin = 0;
  for (let i = 1; i <= n; i++) {
    const shift = band + 1 - i; // k = j + shift
    const jLo = Math.max(0, i - band);
    const jHi = Math.min(m, i + band);
    current[jLo + shift - 1] = over;
    current[jHi + shift + 1] = over;
    let rowMin = over;
    for (let j = jLo; j <= jHi; j++) {
      const k = j + shift;
      let v = i;
      if (j > 0) {
        const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
        v = Math.min(previous[k + 1]! + 1, current[k - 1]! + 1, previous[k]! + cost, over);
        if (
          i > 1 &&
          j > 1 &&
          a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
          a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
        )
          v = Math.min(v, older[k]! + 1);
      }
      current[k] = v;
      if (v < rowMin) rowMin = v;
    }
    // Every cell comes from the two rows above it, so two rows past `max` end the search.
    if (rowMin > max && previousMin > max) return max + 1;
    previousMin = rowMin;
    [older, previous, current] = [previous, current, older];
  }
  return previous[m - n + band + 1]!;
}
