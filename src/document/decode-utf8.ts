// Strict UTF-8 decoding of a config file, as Python's open().read() does on Linux: a byte that is
// not UTF-8 (a Latin-1 file, a truncated sequence) is an error at its byte offset, never U+FFFD.
// A BOM is kept in the text, so the JSON parser can reject it as json.loads does.

export interface DecodedText {
  /** The text; after a decoding error, the valid prefix and then the rest decoded leniently. */
  text: string;
  error?: {
    /** Offset of the first byte of the first invalid sequence. */
    byteOffset: number;
    /** The same place as an offset in `text` (UTF-16 code units). */
    textOffset: number;
    byte: number;
  };
}

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder("utf-8", { ignoreBOM: true });

export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    const byteOffset = firstInvalid(bytes);
    const prefix = strict.decode(bytes.subarray(0, byteOffset));
    return {
      text: prefix + lenient.decode(bytes.subarray(byteOffset)),
      error: { byteOffset, textOffset: prefix.length, byte: bytes[byteOffset]! },
    };
  }
}

/** Offset of the first ill-formed sequence (Unicode table 3-7), or bytes.length when none. */
function firstInvalid(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f; // no encoded surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return n;
}
