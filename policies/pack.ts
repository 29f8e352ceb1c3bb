/**
 * The pack entry Pulumi's language host loads (package.json `main`). It is the only module that
 * constructs a PolicyPack: doing so starts the gRPC server, so tests never import it.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { PolicyPack } from "@pulumi/policy";
import { defaultMapPath, loadMap, MapError } from "../responsibility-map/loader";
import { toPolicies } from "./adapter";
import { clockFrom, DateInputError } from "./core/clock";
import type { RuleSettings } from "./core/evaluate";
import { safeText } from "./core/safe-text";
import { type EngineConfig, observeConfigure, ruleSettings } from "./engine-config";
import { RULE_DUTIES, RULES } from "./registry";
import { installSecretGuard } from "./secret-guard";

const packDir = path.resolve(__dirname, "..", "..");

function loadOrExit() {
  try {
    return loadMap(defaultMapPath(packDir), { knownRules: RULE_DUTIES });
  } catch (error) {
    if (error instanceof MapError) {
      console.error(`shared-responsibility: cannot start. ${safeText(error.message)}`);
      process.exit(1);
    }
    throw error;
  }
}

function clockOrExit(): () => Date {
  try {
    return clockFrom(process.env);
  } catch (error) {
    if (error instanceof DateInputError) {
      console.error(`shared-responsibility: cannot start. ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

const clock = clockOrExit();
const map = loadOrExit();
const { version } = JSON.parse(readFileSync(path.join(packDir, "package.json"), "utf8")) as { version: string };

// Until the engine calls Configure, every rule runs at its default level with its default options.
// Settings are worked out once per Configure, not on every Analyze call.
let settings = settingsFor({});
observeConfigure((config) => {
  settings = settingsFor(config);
});

function settingsFor(config: EngineConfig): ReadonlyMap<string, RuleSettings> {
  return new Map(RULES.map((rule) => [rule.name, ruleSettings(rule, config)]));
}

// Before the server deserializes anything: an unreadable value inside a secret fails the call by its path alone.
installSecretGuard();
new PolicyPack("shared-responsibility", {
  description:
    "Enforces the customer side of the cloud shared-responsibility model on AWS and Azure, and names the person who must act on each violation.",
  displayName: "Shared responsibility",
  tags: ["shared-responsibility", "aws", "azure", "nist-800-53"],
  policies: toPolicies(RULES, {
    map,
    clock,
    ruleDuties: RULE_DUTIES,
    pack: { name: "shared-responsibility", version },
    settings: (rule) => settings.get(rule.name) ?? ruleSettings(rule, {}),
  }),
});
