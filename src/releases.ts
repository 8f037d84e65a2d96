// The MindSpeed-MM releases the package knows. Release-specific differences are data (issue 3);
// this module only names the releases accepted today.
import { UsageError } from "./project/discover.js";

export const DEFAULT_RELEASE = "26.0.0";
export const SUPPORTED_RELEASES = ["26.0.0"] as const;

export function assertRelease(release: string): void {
  if (!(SUPPORTED_RELEASES as readonly string[]).includes(release)) {
    throw new UsageError(`Unsupported release "${release}"; supported: ${SUPPORTED_RELEASES.join(", ")}.`);
  }
}
