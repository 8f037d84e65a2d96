// script-value: a value a rule needs that the check cannot know: a launch-script variable set from
// the environment, a command or a condition; an entry point that is not MindSpeed-MM's; a task
// nothing states. The engine (engine/run-needs.ts) reports these under this id, once per cause,
// with the rules it did not run (from their `meta.needs`).
import type { RunRule } from "./rule-types.js";

export const scriptValue: RunRule = {
  meta: {
    id: "script-value",
    description:
      "A value the checks need that cannot be known statically (a launch-script variable from the environment, " +
      "a command or a condition; an unknown entry point; an unstated task); the rules that need it are skipped and named.",
    severity: "warning",
    scope: "run",
    stage: "semantic",
    messages: {
      unknown: "{{name}} cannot be evaluated statically ({{reason}}); skipped: {{skipped}}",
      entry: "the launch command runs {{entry}}, not a MindSpeed-MM entry point ({{known}}); skipped: {{skipped}}",
      task: "the run's task (t2v or i2v) is stated by neither its model file nor its paths; skipped: {{skipped}}",
    },
  },
  check() {
    // Reported by the engine, which knows every rule's needs (engine/run-needs.ts).
  },
};
