// Expanded shell text that remembers where each character came from in the script, so a flag
// found after expanding "$GPT_ARGS" still points at the line inside GPT_ARGS="…" that wrote it;
// and the bounds (value length, work per script) past which a value is unknown, not a hang.

/** The reason every bound gives: the value is then unknown like any other the tool cannot know. */
export const TOO_COMPLEX = "too complex to evaluate statically";

/** The longest value a variable may hold (characters); launch scripts' values are a few KiB. */
export const MAX_VALUE_LENGTH = 1 << 20;

/** Steps one script may take: a word or arithmetic token evaluated, a character copied. */
const WORK_LIMIT = 1 << 24;

/** The work left for one script's evaluation; once spent, every further value is unknown. */
export class Budget {
  private left: number;

  constructor(limit = WORK_LIMIT) {
    this.left = limit;
  }

  /** Takes `steps` from the budget; false when it is spent (and stays spent). */
  spend(steps: number): boolean {
    this.left -= steps;
    return this.left >= 0;
  }
}

/** The variables a word is expanded against. */
export interface Environment {
  get(name: string): Value | undefined;
  /** The script's evaluation budget, spent by every expansion. */
  budget: Budget;
}

export interface Piece {
  text: string;
  /** Script offset of each character of `text`. */
  offsets: number[];
  /** Unquoted text undergoes word splitting. */
  quoted: boolean;
  /** Set when this part cannot be known statically (its text is then empty). */
  unknown?: string;
}

/** An expanded value: pieces, some of which may be unknown. */
export interface Value {
  pieces: Piece[];
}

export function unknownPiece(reason: string, offset: number, quoted: boolean): Value {
  return { pieces: [{ text: "", offsets: [offset], quoted, unknown: reason }] };
}

/** The first reason a value cannot be known, if any. */
export function unknownReason(v: Value): string | undefined {
  return v.pieces.find((p) => p.unknown)?.unknown;
}

export function literal(text: string, start: number, quoted: boolean): Piece {
  return { text, offsets: Array.from({ length: text.length }, (_, i) => start + i), quoted };
}

export function textOf(pieces: Piece[]): string {
  return pieces.map((p) => p.text).join("");
}

/**
 * The values one after the other, adjacent pieces of the same quoting merged (so X=$X$X stays
 * one piece, known or not); longer than MAX_VALUE_LENGTH, the value is unknown.
 */
export function concat(values: Value[]): Value {
  const pieces: Piece[] = [];
  const merged = new Set<Piece>(); // pieces made here, safe to extend in place
  let length = 0;
  for (const piece of values.flatMap((v) => v.pieces)) {
    length += piece.text.length;
    if (length > MAX_VALUE_LENGTH)
      return unknownPiece(TOO_COMPLEX, (pieces[0] ?? piece).offsets[0] ?? -1, piece.quoted);
    const last = pieces.at(-1);
    if (last?.unknown && piece.unknown && last.quoted === piece.quoted) continue; // unknown twice is one unknown
    if (last && mergeable(last) && mergeable(piece) && last.quoted === piece.quoted) {
      const into = merged.has(last) ? last : { text: last.text, offsets: [...last.offsets], quoted: last.quoted };
      into.text += piece.text;
      for (const offset of piece.offsets) into.offsets.push(offset);
      merged.add(into);
      pieces[pieces.length - 1] = into;
    } else pieces.push(piece);
  }
  return { pieces };
}

/** Known text with one offset per character (an empty quoted "" keeps its own piece). */
const mergeable = (p: Piece) => !p.unknown && p.text.length > 0 && p.text.length === p.offsets.length;

/** Re-quote (a variable's value inside double quotes is not split). */
export function withQuoting(value: Value, quoted: boolean): Value {
  return { pieces: value.pieces.map((p) => ({ ...p, quoted })) };
}

export interface Field {
  text: string;
  /** Script offset of the field's first character. */
  offset: number;
  /** Part of the field cannot be known statically. */
  unknown?: string;
}

/** Bash word splitting on space, tab and newline of unquoted text. */
export function splitFields(pieces: Piece[]): Field[] {
  const fields: Field[] = [];
  let text = "";
  let offset = -1;
  let open = false;
  let unknown: string | undefined;
  const flush = () => {
    if (open) fields.push(unknown ? { text, offset, unknown } : { text, offset });
    text = "";
    offset = -1;
    open = false;
    unknown = undefined;
  };
  for (const piece of pieces) {
    // Quoted text is never split. An unknown expansion makes the field it is part of unknown
    // (--load=$DIR/ckpt): unquoted it may hold spaces, but where is not known, so it splits nothing.
    if (piece.quoted || piece.unknown) {
      if (!open) offset = piece.offsets[0] ?? offset;
      open = true;
      text += piece.text;
      unknown ??= piece.unknown;
      continue;
    }
    for (let i = 0; i < piece.text.length; i++) {
      const c = piece.text[i]!;
      if (c === " " || c === "\t" || c === "\n") flush();
      else {
        if (!open) offset = piece.offsets[i]!;
        open = true;
        text += c;
      }
    }
  }
  flush();
  return fields;
}
