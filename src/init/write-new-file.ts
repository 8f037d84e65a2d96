// Writes an editor config file that init creates whole (Helix, JetBrains): never over a file the
// user already has, which init cannot merge without a parser for its format; the error says
// what to add by hand instead.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { UsageError } from "../errors.js";

export function writeNewFile(path: string, text: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, { flag: "wx" });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === "EEXIST")
      throw new UsageError(`${path} exists; init does not overwrite it. Add these lines to it yourself:\n\n${text}`);
    throw new UsageError(`Cannot write ${path}: ${code ?? message}; check the file and folder permissions.`);
  }
}
