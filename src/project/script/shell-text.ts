// Expanded shell text that remembers where each character came from in the script, so a flag
// found after expanding "$GPT_ARGS" still points at the line inside GPT_ARGS="…" that wrote it.
export interface Piece {
  text: string;
  /** Script offset of each character of `text`. */
  offsets: number[];
  /** Unquoted text undergoes word splitting. */
  quoted: boolean;
}

/** A value: known pieces, or unknown with a reason. */
export type Value = { pieces: Piece[] } | { unknown: string };

export const isUnknown = (v: Value): v is { unknown: string } => "unknown" in v;

export function literal(text: string, start: number, quoted: boolean): Piece {
  return { text, offsets: Array.from({ length: text.length }, (_, i) => start + i), quoted };
}

export function textOf(pieces: Piece[]): string {
  return pieces.map((p) => p.text).join("");
}

export function concat(values: Value[]): Value {
  const pieces: Piece[] = [];
  for (const v of values) {
    if (isUnknown(v)) return v;
    pieces.push(...v.pieces);
  }
  return { pieces };
}

/** Re-quote (a variable's value inside double quotes is not split). */
export function withQuoting(value: Value, quoted: boolean): Value {
  return isUnknown(value) ? value : { pieces: value.pieces.map((p) => ({ ...p, quoted })) };
}

export interface Field {
  text: string;
  /** Script offset of the field's first character. */
  offset: number;
}

/** Bash word splitting on space, tab and newline of unquoted text. */
export function splitFields(pieces: Piece[], splitting = true): Field[] {
  const fields: Field[] = [];
  let text = "";
  let offset = -1;
  let open = false;
  const flush = () => {
    if (open) fields.push({ text, offset });
    text = "";
    offset = -1;
    open = false;
  };
  for (const piece of pieces) {
    if (piece.quoted || !splitting) {
      if (!open) offset = piece.offsets[0] ?? offset;
      open = true;
      text += piece.text;
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
