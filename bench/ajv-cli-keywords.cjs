// ajv-cli's `-c` module for the ajv-cli comparison (bench/vs-ajv-cli.js): the formats and the
// annotation keyword our schemas use, as scripts/ajv-options.ts gives them to the build.
module.exports = (ajv) => {
  require("ajv-formats")(ajv);
  ajv.addKeyword("x-path");
};
