// A rule that throws must not take the check down with it: the engine reports the failure as a
// diagnostic of that rule (messageId "crash", which no rule declares: it is the engine's), and the
// other rules still run. The message names the rule and the error, never a stack.
import { clip } from "../schema/display.js";

export const CRASH_MESSAGE_ID = "crash";
const CRASH_TEMPLATE =
  "rule {{rule}} failed on this input ({{error}}); the other rules still ran. This is a bug in stepvideo-config: please report it";

/** The data of a crash report. */
export function crashData(rule: string, error: unknown): Record<string, string> {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { rule, error: clip(text, 200) };
}

/** The message template of a report: the rule's own, or the engine's for a crash. */
export function templateOf(messages: Record<string, string>, messageId: string): string {
  return messages[messageId] ?? (messageId === CRASH_MESSAGE_ID ? CRASH_TEMPLATE : messageId);
}
