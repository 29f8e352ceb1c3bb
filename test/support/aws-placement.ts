/** Where a test resource lands: its provider's region or assumed role, and maps managing controls centrally. */
import type { CentralControlId, ResponsibilityMap } from "../../responsibility-map/model";
import { MAP } from "./rules";

export const inRegion = (region: string) => ({ provider: { type: "pulumi:providers:aws", name: region, props: { region } } });

/** A provider that assumes a role in `account` (provider inputs arrive as JSON strings). */
export const inAccount = (account: string, region = "eu-west-1") => ({
  provider: {
    type: "pulumi:providers:aws",
    name: `acct-${account}`,
    props: { region, assumeRoles: JSON.stringify([{ roleArn: `arn:aws:iam::${account}:role/deployer` }]) },
  },
});

/** The bundled map with its central entries replaced by one for `controls` and `accounts`. */
export function centralMap(controls: CentralControlId[] | "all", accounts: string[] | "all"): ResponsibilityMap {
  return {
    ...MAP,
    settings: {
      ...MAP.settings,
      centrallyManaged: [
        { controls, accounts, managedBy: "tomas.novak", stack: "northwind/landing-zone/prod", note: "Set by the landing zone." },
      ],
    },
  };
}
