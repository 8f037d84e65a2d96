// Whether the files records name exist under one data_folder, answered per record from the
// listing of the record's own relative directory ("videos/d0/"), without building an absolute
// path: one readdir per directory, two small lookups per record.
import { isAbsolute, join, sep } from "node:path";
import type { DirIndex } from "./dir-index.js";

// Values that os.path.join would not keep as they are: "." or ".." segments, backslashes.
const NEEDS_JOIN = /(^|[/\\])\.\.?([/\\]|$)|\\/;

/** os.path.join(folder, value) as MindSpeed-MM does it, normalised only when the value needs it. */
function joinRecordPath(folder: string, value: string): string {
  if (isAbsolute(value)) return value;
  return NEEDS_JOIN.test(value) ? join(folder, value) : `${folder}${sep}${value}`;
}

const NONE: ReadonlySet<string> = new Set();

export class FolderFiles {
  /** Listings by relative directory prefix ("videos/d0/", "" for the folder itself). */
  private readonly listed = new Map<string, ReadonlySet<string>>();

  constructor(
    private readonly dirs: DirIndex,
    readonly folder: string,
  ) {}

  /** Whether folder/value exists, if known without listing a directory; else undefined (call load). */
  peek(value: string): boolean | undefined {
    // Records of one folder tend to follow each other, so its small Set stays in the CPU cache.
    const cut = value.lastIndexOf("/");
    const names = this.listed.get(cut === -1 ? "" : value.slice(0, cut + 1));
    if (names?.has(cut === -1 ? value : value.slice(cut + 1))) return true;
    if (isAbsolute(value) || NEEDS_JOIN.test(value)) return this.dirs.peek(joinRecordPath(this.folder, value));
    return names === undefined ? undefined : false;
  }

  /** Lists the directory that holds folder/value, so that peek answers. */
  async load(value: string): Promise<void> {
    if (isAbsolute(value) || NEEDS_JOIN.test(value)) {
      await this.dirs.has(joinRecordPath(this.folder, value));
      return;
    }
    const prefix = value.slice(0, value.lastIndexOf("/") + 1);
    if (this.listed.has(prefix)) return;
    // "." drops the prefix's trailing "/": the DirIndex keys a directory by its path without one.
    const names = await this.dirs.list(prefix ? join(this.folder, prefix, ".") : this.folder);
    this.listed.set(prefix, names ?? NONE);
  }
}
