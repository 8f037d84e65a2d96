// ajv-cli's `-c` module for the ajv-cli comparison (bench/vs-ajv-cli.js): the formats and the
// annotation keywords our schemas use, as scripts/ajv-options.ts gives them to the build
// (test/bench-keywords.test.ts keeps the two lists equal).
const keywords = ["x-path", "deprecationMessage"];
module.exports = (ajv) => {
  require("ajv-formats")(ajv);
  for (const keyword of keywords) ajv.addKeyword(keyword);
};
module.exports.keywords = keywords;
