// Expanded shell text that remembers where each character came from in the script, so a flag
// found after expanding "$GPT_ARGS" still points at the line inside GPT_ARGS="…" that wrote it.

/** The variables a word is expanded against. */
export interface Environment {
  get(name: string): Value | undefined;
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

export function concat(values: Value[]): Value {
  return { pieces: values.flatMap((v) => v.pieces) };
}

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
export function splitFields(pieces: Piece[], splitting = true): Field[] {
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
    if (piece.unknown) {
      // An unknown unquoted expansion may be any number of words: it stands as a field of its own.
      if (!piece.quoted && splitting) flush();
      if (!open) offset = piece.offsets[0] ?? offset;
      open = true;
      unknown ??= piece.unknown;
      if (!piece.quoted && splitting) flush();
      continue;
    }
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
