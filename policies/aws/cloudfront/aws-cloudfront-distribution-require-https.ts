import type { DistributionArgs } from "@pulumi/aws/cloudfront";
import { valueClause } from "../../core/message";
import { isRecord } from "../../core/resource";
import { defineRule, type Violation } from "../../core/rule";
import { marked } from "../../core/shown-values";
import { AWS } from "../../core/tokens";

type Distribution = Pick<DistributionArgs, "defaultCacheBehavior" | "orderedCacheBehaviors" | "viewerCertificate" | "origins">;

const MODERN_VIEWER_TLS = new Set(["TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025"]);
const VIEWER_TLS = ["SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016", "TLSv1.2_2018", "TLSv1.2_2019", ...MODERN_VIEWER_TLS];
const VIEWER_PROTOCOL_POLICIES = ["allow-all", "https-only", "redirect-to-https"];
const OUTDATED_ORIGIN_TLS = new Set(["SSLv3", "TLSv1", "TLSv1.1"]);

function behaviorProblem(behavior: unknown, where: string): Violation | undefined {
  if (!isRecord(behavior)) return undefined;
  const policy = behavior["viewerProtocolPolicy"];
  if (policy === "https-only" || policy === "redirect-to-https") return undefined;
  return {
    subject: where,
    actual: `The distribution serves plain HTTP: \`${where}.viewerProtocolPolicy\` ${valueClause(policy, VIEWER_PROTOCOL_POLICIES, "viewer protocol policy")}`,
    fix: `Set \`${where}.viewerProtocolPolicy: "redirect-to-https"\`.`,
  };
}

export default defineRule({
  name: "aws-cloudfront-distribution-require-https",
  displayName: "CloudFront distributions use HTTPS with TLS 1.2 or later",
  description:
    "Every CloudFront distribution redirects or refuses viewer HTTP, uses `minimumProtocolVersion` TLSv1.2_2021 or later with a custom certificate, and reaches custom origins over TLS 1.2 or later.",
  duty: "encryption-in-transit",
  severity: "high",
  resourceTypes: [AWS.cloudfrontDistribution],
  remediation:
    'Set `viewerProtocolPolicy: "redirect-to-https"` on every cache behavior, `viewerCertificate.minimumProtocolVersion: "TLSv1.2_2021"`, and `originProtocolPolicy: "https-only"` with `originSslProtocols: ["TLSv1.2"]` on custom origins.',
  why: "viewers and origins exchange content over connections an attacker on the path can read or downgrade",
  controls: { nist: ["SC-8"], securityHub: ["CloudFront.3", "CloudFront.9", "CloudFront.10"] },
  check(distribution) {
    const props = distribution.props as Distribution;
    const violations: Violation[] = [];
    const defaultProblem = behaviorProblem(props.defaultCacheBehavior, "defaultCacheBehavior");
    if (defaultProblem) violations.push(defaultProblem);
    const ordered = props.orderedCacheBehaviors;
    if (Array.isArray(ordered)) {
      ordered.forEach((behavior, i) => {
        const problem = behaviorProblem(behavior, `orderedCacheBehaviors[${i}]`);
        if (problem) violations.push(problem);
      });
    }
    const certificate = props.viewerCertificate;
    if (isRecord(certificate) && certificate["cloudfrontDefaultCertificate"] !== true) {
      const version = certificate["minimumProtocolVersion"];
      if (typeof version !== "string" || !MODERN_VIEWER_TLS.has(version)) {
        violations.push({
          subject: "viewerCertificate",
          actual:
            version === undefined
              ? "The distribution accepts outdated TLS: `viewerCertificate.minimumProtocolVersion` is not set (it defaults to TLSv1)"
              : `The distribution accepts outdated TLS: \`viewerCertificate.minimumProtocolVersion\` ${valueClause(version, VIEWER_TLS, "security policy")}`,
          fix: 'Set `viewerCertificate.minimumProtocolVersion: "TLSv1.2_2021"`.',
        });
      }
    }
    const origins = props.origins;
    if (Array.isArray(origins)) {
      origins.forEach((origin, i) => {
        if (!isRecord(origin)) return;
        const custom = origin["customOriginConfig"];
        if (!isRecord(custom)) return;
        const where = `origins[${i}].customOriginConfig`;
        const policy = custom["originProtocolPolicy"];
        if (policy === "http-only") {
          violations.push({
            subject: `origins[${i}]`,
            actual: `The distribution reaches an origin over plain HTTP: \`${where}.originProtocolPolicy\` is "http-only"`,
            fix: `Set \`${where}.originProtocolPolicy: "https-only"\`.`,
          });
          return;
        }
        const protocols = custom["originSslProtocols"];
        const outdated = Array.isArray(protocols) ? protocols.filter((p) => typeof p === "string" && OUTDATED_ORIGIN_TLS.has(p)) : [];
        if (outdated.length > 0) {
          violations.push({
            subject: `origins[${i}]`,
            actual: `The distribution may reach an origin over outdated TLS: \`${where}.originSslProtocols\` includes ${outdated.map((p) => marked(p)).join(", ")}`,
            fix: `Set \`${where}.originSslProtocols: ["TLSv1.2"]\`.`,
          });
        }
      });
    }
    return violations;
  },
});
