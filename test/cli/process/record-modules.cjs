// Preloaded with `node --require`: writes every module the process loaded to $RECORD_MODULES on exit.
// A policy pack is stopped with SIGTERM, which skips exit handlers unless the signal is handled.
const { writeFileSync } = require("node:fs");
process.on("exit", () => {
  writeFileSync(process.env.RECORD_MODULES, JSON.stringify(Object.keys(require.cache)));
});
process.on("SIGTERM", () => process.exit(0));
