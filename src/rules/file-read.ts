// file-read: a config file that cannot be read: a FIFO, a device, a socket or a directory where a
// file belongs (never opened: a FIFO would block, /dev/zero never ends), a file too large to be a
// config, or an I/O error. MindSpeed-MM fails on it at start-up; the other rules cannot look at it.
import { describeFault } from "../fs/file-fault.js";
import type { FileRule } from "./rule-types.js";

export const fileRead: FileRule = {
  meta: {
    id: "file-read",
    description:
      "A config file that cannot be read: not a regular file (a FIFO, a device, a directory), larger than 64 MiB, or an I/O error.",
    severity: "error",
    scope: "file",
    stage: "read",
    messages: {
      notFile: "the file {{fault}}: MindSpeed-MM cannot load it",
      tooLarge: "the file {{fault}}: it is not read (a config is a few kilobytes)",
      io: "the file {{fault}}: {{detail}}",
    },
  },
  check(ctx) {
    const { fault } = ctx;
    if (!fault) throw new Error("file-read runs only on a file that could not be read");
    ctx.report({
      pointer: "",
      offset: 0,
      length: 0,
      messageId: fault.reason,
      data: { fault: describeFault(fault), ...(fault.reason === "io" ? { detail: fault.message } : {}) },
    });
  },
};
