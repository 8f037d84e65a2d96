// The lexical side of bash arithmetic: integer constants as bash reads them (decimal, 0x hex,
// 0 octal, base#digits up to base 64), wrapped to 64-bit two's complement, and the tokens of an
// expression after its $-expansions. Linear in the text; nothing here recurses.

export type Token = { number: string } | { name: string } | { op: string };

/** Longest first, so "**" is not read as two "*". Assignment, ?: and , are read to be refused. */
const OPERATORS = [
  "<<=",
  ">>=",
  "**",
  "<<",
  ">>",
  "<=",
  ">=",
  "==",
  "!=",
  "&&",
  "||",
  "+=",
  "-=",
  "*=",
  "/=",
  "%=",
  "&=",
  "|=",
  "^=",
  ..."+-*/%<>&|^!~()?:=,",
];

/** The tokens of an expression, or the first character bash would reject. */
export function tokenize(text: string): Token[] | { unexpected: string } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === " " || c === "\t" || c === "\n") {
      i++;
      continue;
    }
    const word = /[0-9][0-9A-Za-z@_#]*|[A-Za-z_][A-Za-z0-9_]*/y;
    word.lastIndex = i;
    const match = word.exec(text);
    if (match) {
      tokens.push(/[0-9]/.test(c) ? { number: match[0] } : { name: match[0] });
      i += match[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (!op) return { unexpected: c };
    tokens.push({ op });
    i += op.length;
  }
  return tokens;
}

/** An integer constant as bash reads it, wrapped to 64 bits; undefined when bash rejects it. */
export function parseInteger(text: string): bigint | undefined {
  const sign = text.startsWith("-") ? -1n : 1n;
  const body = /^[-+]/.test(text) ? text.slice(1) : text;
  const written = digitsAndBase(body);
  if (!written) return undefined;
  const [digits, base] = written;
  if (base < 2 || base > 64) return undefined;
  let value = 0n;
  const radix = BigInt(base);
  for (const d of digits) {
    const digit = digitValue(d, base);
    if (digit === undefined || digit >= base) return undefined;
    value = BigInt.asUintN(64, value * radix + BigInt(digit));
  }
  return BigInt.asIntN(64, sign * value);
}

/** The digits and base of a constant: base#digits, 0x hex, 0 octal, decimal. */
function digitsAndBase(body: string): [string, number] | undefined {
  const based = /^([0-9]+)#([0-9A-Za-z@_]+)$/.exec(body);
  if (based) return [based[2]!, Number(based[1])];
  if (/^0[xX][0-9a-fA-F]*$/.test(body)) return [body.slice(2), 16]; // bash reads a bare 0x as 0
  if (/^0[0-7]*$/.test(body)) return [body, 8];
  if (/^[1-9][0-9]*$/.test(body)) return [body, 10];
  return undefined;
}

function digitValue(d: string, base: number): number | undefined {
  const code = d.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87; // a-z: 10-35
  if (code >= 65 && code <= 90) return base <= 36 ? code - 55 : code - 29; // A-Z: 10-35, or 36-61 past base 36
  if (d === "@") return 62;
  if (d === "_") return 63;
  return undefined;
}
