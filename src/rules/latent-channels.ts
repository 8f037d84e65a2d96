// latent-channels (R7): the DiT reads and writes VAE latents, so its in/out channels must equal
// the VAE's z_channels (vae_v2 has the DiT's default channel count; the VAE's own default does not
// match it and fails the strict load). Both defaults come from the schemas.
import { schemaDefaults } from "../generated/schema-defaults.js";
import type { ModelParts } from "./lib/model-parts.js";
import type { FileRule } from "./rule-types.js";

const DIT_DEFAULT_CHANNELS = schemaDefaults.predictor.in_channels;
const VAE_DEFAULT_Z_CHANNELS = schemaDefaults.ae.z_channels;

export const latentChannels: FileRule = {
  meta: {
    id: "latent-channels",
    description: `\`predictor.in_channels\` = \`predictor.out_channels\` = \`ae.z_channels\` (${DIT_DEFAULT_CHANNELS} for vae_v2).`,
    severity: "error",
    scope: "file",
    stage: "semantic",
    kinds: ["model"],
    messages: {
      inOut: "predictor.out_channels {{out}} differs from predictor.in_channels {{in}}",
      vae: "predictor.in_channels {{in}} differs from ae.z_channels {{z}}{{zDefault}}",
    },
  },
  check(ctx) {
    const { predictor, ae } = ctx.value<ModelParts>();
    if (!predictor) return;
    const inCh = predictor.in_channels ?? DIT_DEFAULT_CHANNELS;
    const outCh = predictor.out_channels ?? inCh;
    if (outCh !== inCh) {
      ctx.report({
        pointer: "/predictor/out_channels",
        messageId: "inOut",
        data: { out: outCh, in: inCh },
        hint: `Set both to the VAE's z_channels (${DIT_DEFAULT_CHANNELS} for vae_v2).`,
      });
    }
    if (!ae) return;
    const z = ae.z_channels ?? VAE_DEFAULT_Z_CHANNELS;
    if (z !== inCh) {
      ctx.report({
        pointer: ae.z_channels === undefined ? "/ae" : "/ae/z_channels",
        messageId: "vae",
        data: { in: inCh, z, zDefault: ae.z_channels === undefined ? " (its default when absent)" : "" },
        hint:
          `vae_v2.safetensors has ${DIT_DEFAULT_CHANNELS} latent channels: ` +
          `set ae.z_channels, predictor.in_channels and out_channels to ${DIT_DEFAULT_CHANNELS}.`,
      });
    }
  },
};
