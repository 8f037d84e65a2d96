// Answers "does this file exist?" for many paths with one directory listing per directory
// instead of one stat per path: a dataset of 100,000 videos costs a few readdir calls.
import { promises as fsp } from "node:fs";
import { basename, dirname, sep } from "node:path";

export class DirIndex {
  private readonly listings = new Map<string, Promise<Set<string> | undefined>>();
  private readonly loaded = new Map<string, Set<string> | undefined>();

  /** The answer without waiting, when the directory has been listed already (path: absolute, normalised). */
  peek(path: string): boolean | undefined {
    const cut = path.lastIndexOf(sep);
    const dir = cut > 0 ? path.slice(0, cut) : sep;
    const listing = this.loaded.get(dir);
    if (listing === undefined) return this.loaded.has(dir) ? false : undefined;
    return listing.has(path.slice(cut + 1));
  }

  /** The names in a directory, listed once; undefined when it cannot be listed. */
  list(dir: string): Promise<Set<string> | undefined> {
    let listing = this.listings.get(dir);
    if (!listing) {
      listing = fsp.readdir(dir).then(
        (names) => new Set(names),
        () => undefined,
      );
      void listing.then((set) => this.loaded.set(dir, set));
      this.listings.set(dir, listing);
    }
    return listing;
  }

  async has(path: string): Promise<boolean> {
    return (await this.list(dirname(path)))?.has(basename(path)) ?? false;
  }
}
