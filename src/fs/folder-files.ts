// Whether the files records name exist under one data_folder, answered per record with one Set
// lookup of the record's own string: a listed directory's names are kept with their relative
// prefix ("videos/d0/v1.mp4"), so the common path neither joins nor splits a path.
import { isAbsolute, join, sep } from "node:path";
import type { DirIndex } from "./dir-index.js";

// Values that os.path.join would not keep as they are: "." or ".." segments, backslashes.
const NEEDS_JOIN = /(^|[/\\])\.\.?([/\\]|$)|\\/;

/** os.path.join(folder, value) as MindSpeed-MM does it, normalised only when the value needs it. */
export function joinRecordPath(folder: string, value: string): string {
  if (isAbsolute(value)) return value;
  return NEEDS_JOIN.test(value) ? join(folder, value) : `${folder}${sep}${value}`;
}

// A concatenation is a rope (V8 ConsString): compared against every lookup, a flat copy is faster.
const flat = (s: string) => Buffer.from(s).toString();

export class FolderFiles {
  private readonly known = new Set<string>();
  /** Relative directory prefixes ("videos/d0/") already listed. */
  private readonly listed = new Set<string>();

  constructor(
    private readonly dirs: DirIndex,
    readonly folder: string,
  ) {}

  /** Whether folder/value exists, if known without listing a directory; else undefined (call load). */
  peek(value: string): boolean | undefined {
    if (this.known.has(value)) return true;
    if (isAbsolute(value) || NEEDS_JOIN.test(value)) return this.dirs.peek(joinRecordPath(this.folder, value));
    return this.listed.has(value.slice(0, value.lastIndexOf("/") + 1)) ? false : undefined;
  }

  /** Lists the directory that holds folder/value, so that peek answers. */
  async load(value: string): Promise<void> {
    if (isAbsolute(value) || NEEDS_JOIN.test(value)) {
      await this.dirs.has(joinRecordPath(this.folder, value));
      return;
    }
    const prefix = value.slice(0, value.lastIndexOf("/") + 1);
    if (this.listed.has(prefix)) return;
    const names = await this.dirs.list(prefix ? join(this.folder, prefix) : this.folder);
    if (this.listed.has(prefix)) return;
    for (const name of names ?? []) this.known.add(flat(prefix + name));
    this.listed.add(prefix);
  }
}
