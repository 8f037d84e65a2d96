// The whole of standard input as bytes, for `check --stdin` (the text is decoded by the check as
// any file is, strictly as UTF-8).
export type Input = AsyncIterable<Uint8Array | string>;

export async function readAll(input: Input): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
  return Buffer.concat(chunks);
}
