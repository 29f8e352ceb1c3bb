// Preloaded with `node --require`: writes every module the process loaded to $RECORD_MODULES on exit.
const { writeFileSync } = require("node:fs");
process.on("exit", () => {
  writeFileSync(process.env.RECORD_MODULES, JSON.stringify(Object.keys(require.cache)));
});
