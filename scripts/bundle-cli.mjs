// Bundles the CLI into dist/bin/ with esbuild: one module to load instead of ~70 is most of the
// start-up time Node spends on our code. Dependencies stay external; code the CLI needs only
// sometimes (the launch-script parser, fast-glob, plan, schema) stays in lazily loaded chunks.
import { build } from "esbuild";

await build({
  entryPoints: { cli: "src/cli.ts" },
  outdir: "dist/bin",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
