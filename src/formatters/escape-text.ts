// Text from config files (file names, keys, values) reaches the terminal or a CI log through every
// formatter: control characters in it must be shown, never obeyed (an ESC could clear the screen
// or retitle the window; a raw CR could overwrite a line). One escaping for all formatters.

// C0 and C1 controls and DEL (\p{Cc}, written as its two ranges: a Unicode property class costs
// every check its compilation at start-up), and the bidirectional overrides and isolates that can
// make a line read differently from what it says.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// What JSON.stringify leaves raw: the same without C0, plus the JS line separators.
const JSON_RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with control characters written as `\x1b`, `\x0d`, `\u202e`; tabs (and newlines if asked) kept. */
export function escapeControls(text: string, keepNewlines = false): string {
  return text.replace(CONTROL, (c) => {
    if (c === "\t" || (keepNewlines && c === "\n")) return c;
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16)}`;
  });
}

/** JSON.stringify output with what it leaves raw (DEL, C1, U+2028/9, bidi controls) as \u escapes: the same JSON value. */
export function escapeJsonControls(json: string): string {
  return json.replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
