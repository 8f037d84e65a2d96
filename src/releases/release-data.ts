// What changed between MindSpeed-MM releases, as data: keys that a release started to read,
// keys that were renamed, keys an older release still understood, values a release removed and
// flags a release introduced. The checks consult these tables; no rule has an `if (release …)`.

import { RELEASES, type Release } from "../generated/releases.js";
import type { FileKind } from "../types.js";

/** A key MindSpeed-MM reads since `since` (optionally under a new name that replaced `replaces`). */
export interface KeyIntroduced {
  kind: FileKind[];
  /** JSON pointer of the object holding the key. */
  object: string;
  key: string;
  since: Release;
  replaces?: string;
  /** What that release's own example files set it to: `migrate` adds the key with this value. */
  value?: boolean;
}

export const KEYS_INTRODUCED: KeyIntroduced[] = [
  { kind: ["tools"], object: "/profile/static_param", key: "analyse_flag", since: "26.0.0", value: true },
  { kind: ["tools"], object: "/memory_profile", key: "mem_info", since: "2.2.0", value: false },
  { kind: ["model"], object: "/dpo", key: "histogram_path", since: "2.3.0", replaces: "histgram_path" },
  { kind: ["model"], object: "/patch", key: "layerwise_disaggregated_training", since: "26.1.0" },
];

/** A value a release no longer accepts (its registry entry was deleted), and what then fails. */
export interface ValueRemoved {
  kind: FileKind[];
  pointer: string;
  value: string;
  since: Release;
  fails: string;
}

export const VALUES_REMOVED: ValueRemoved[] = [
  {
    kind: ["model"],
    pointer: "/predictor/model_id",
    value: "stepvideodit",
    since: "26.1.0",
    fails: "the model registry no longer has it, start-up stops with KeyError",
  },
  {
    kind: ["model"],
    pointer: "/diffusion/model_id",
    value: "flow_match_discrete_scheduler",
    since: "26.1.0",
    fails:
      'the diffusion schedulers no longer have it, start-up stops with NotImplementedError("Diffuser Schedule flow_match_discrete_scheduler is not implemented.")',
  },
];

/** A launch flag a release started to accept; older releases parse arguments strictly and reject it. */
export const FLAGS_INTRODUCED: { flag: string; since: Release; why: string }[] = [
  {
    flag: "--ckpt-format",
    since: "2.2.0",
    why: "2.1.0 runs Megatron core_r0.8.0, which has no such option and saves in torch format",
  },
];

/** Keys renamed before 2.1.0 (pre-release layouts seen in forks), for hints, fixes and `migrate`. */
export const RENAMED_BEFORE_RELEASES: { object: string; from: string; to: string }[] = [
  { object: "/predictor", from: "num_attention_heads", to: "num_heads" },
  { object: "/predictor", from: "attention_head_dim", to: "head_dim" },
  { object: "/dataset_param/preprocess_parameters", from: "fps", to: "train_fps" },
  { object: "/dataset_param/preprocess_parameters", from: "data_process_type", to: "video_processor_type" },
];

/** Keys an older release still read where the current schema does not list them. */
export const KEYS_KNOWN_UNTIL: { kind: FileKind[]; object: string; keys: string[]; until: Release; why: string }[] = [
  {
    kind: ["model"],
    object: "/diffusion",
    keys: [
      "num_train_steps",
      "prediction_type",
      "rescale_betas_zero_snr",
      "timestep_spacing",
      "snr_gamma",
      "t_sample_method",
      "guidance_scale",
      "device",
    ],
    until: "2.1.0",
    why: "2.1.0's DPO example used the diffusers DDPM scheduler",
  },
  {
    kind: ["data", "data-dpo"],
    object: "/dataset_param",
    keys: ["max_workers", "timeout"],
    until: "2.1.0",
    why: "2.1.0's T2VDataset loaded samples through a thread pool",
  },
];

export function compareReleases(a: string, b: string): number {
  const key = `${a} ${b}`;
  let found = compared.get(key);
  if (found === undefined) {
    found = 0;
    const pa = a.split(".").map(Number);
    const pb = b.split(".").map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length) && found === 0; i++) found = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (compared.size < 1000) compared.set(key, found);
  }
  return found;
}

/** Comparisons made before: the release tables are read per file and per call of validate(). */
const compared = new Map<string, number>();

export function isRelease(value: string): value is Release {
  return (RELEASES as readonly string[]).includes(value);
}

/**
 * The rows of a release table about `kind` that `release` reads already (`since` at or before it,
 * "since") or not yet ("before"), worked out once per table, kind and release: validate() asks on
 * every call, and under the current release the "before" lists are short or empty.
 */
export function rowsFor<T extends { kind: readonly FileKind[]; since: string }>(
  table: readonly T[],
  kind: FileKind,
  release: string,
  when: "since" | "before",
): T[] {
  // Nested maps, not one map keyed by a joined string: building and hashing that string on every
  // call cost more than the filter it saved.
  let byWhen = tableRows.get(table);
  if (!byWhen) {
    byWhen = { since: new Map(), before: new Map() };
    tableRows.set(table, byWhen);
  }
  let byRelease = byWhen[when].get(kind);
  if (!byRelease) {
    byRelease = new Map();
    byWhen[when].set(kind, byRelease);
  }
  let rows = byRelease.get(release) as T[] | undefined;
  if (!rows) {
    rows = table.filter((r) => r.kind.includes(kind) && compareReleases(release, r.since) < 0 === (when === "before"));
    if (byRelease.size < 100) byRelease.set(release, rows);
  }
  return rows;
}

const tableRows = new WeakMap<object, Record<"since" | "before", Map<FileKind, Map<string, unknown[]>>>>();
