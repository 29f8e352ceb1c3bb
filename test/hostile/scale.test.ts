/**
 * Stacks far larger than the examples: no part of the audit or the pack's stack path may spread a
 * list of resources or findings into a call (V8 overflows past ~120,000 arguments). Speed and
 * memory targets are in `npm run bench`, not here.
 */
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import type { PolicyResource, ReportViolation, StackValidationArgs } from "@pulumi/policy";
import { describe, expect, it } from "vitest";
import { auditStates } from "../../cli/audit/run";
import { stackDispatcher } from "../../policies/adapter";
import { defaultSettings } from "../../policies/core/evaluate";
import { RULE_DUTIES, RULES } from "../../policies/registry";
import { MAP, NOW, tempDir } from "../cli/support/state";

const FLOW_LOG = "aws:ec2/flowLog:FlowLog";

describe("scale", () => {
  it("audits a state of 130,000 resources of one type", () => {
    // Flow logs are joined to their VPCs by a stack rule: the join lists every one of them.
    const count = 130_000;
    const parts: string[] = ['{"version":3,"deployment":{"resources":['];
    for (let i = 0; i < count; i++) {
      if (i > 0) parts.push(",");
      parts.push(
        `{"urn":"urn:pulumi:dev::shop::${FLOW_LOG}::log-${i}","custom":true,"id":"fl-${i}","type":"${FLOW_LOG}","outputs":{"vpcId":"vpc-${i}","trafficType":"ALL","tags":{"owner":"diego.alvarez"}}}`,
      );
    }
    parts.push("]}}");
    const file = path.join(tempDir(), "big.json");
    writeFileSync(file, parts.join(""));
    const result = auditStates([file], { map: MAP, now: NOW });
    expect(result.stacks[0]?.audited).toBe(count);
  }, 120_000);

  it("runs the pack's stack rules over a million resources in one AnalyzeStack", () => {
    const count = 1_000_000;
    const resources = new Array<PolicyResource>(count);
    for (let i = 0; i < count; i++) {
      resources[i] = {
        type: FLOW_LOG,
        name: `log-${i}`,
        urn: `urn:pulumi:dev::shop::${FLOW_LOG}::log-${i}`,
        props: { vpcId: `vpc-${i}`, trafficType: "ALL" },
        propertyDependencies: {},
        dependencies: [],
        isDefaultProvider: false,
      } as unknown as PolicyResource;
    }
    const policy = stackDispatcher(RULES, {
      map: MAP,
      clock: () => NOW,
      ruleDuties: RULE_DUTIES,
      pack: { name: "shared-responsibility", version: "0.0.0" },
      settings: (rule) => defaultSettings(rule),
    });
    let reported = 0;
    let notApplicable: string | undefined;
    const args = {
      resources,
      getConfig: () => ({}),
      notApplicable: (reason?: string): never => {
        notApplicable = reason ?? "";
        throw new Error("not applicable");
      },
    } as unknown as StackValidationArgs;
    const report: ReportViolation = () => {
      reported++;
    };
    try {
      policy.validateStack(args, report);
    } catch (error) {
      if (notApplicable === undefined) throw error;
    }
    // A flow log without its VPC in the stack is no finding; the map's own rules still report.
    expect(reported + (notApplicable === undefined ? 0 : 1)).toBeGreaterThan(0);
  }, 120_000);
});
