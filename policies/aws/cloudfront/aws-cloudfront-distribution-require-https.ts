import type { DistributionArgs } from "@pulumi/aws/cloudfront";
import { valueClause } from "../../core/message";
import { isRecord } from "../../core/resource";
import { defineRule, type Violation } from "../../core/rule";
import { marked } from "../../core/shown-values";
import { AWS } from "../../core/tokens";

type Distribution = Pick<DistributionArgs, "defaultCacheBehavior" | "orderedCacheBehaviors" | "viewerCertificate" | "origins">;

// Security policies, from the CloudFront developer guide's table that types/input.d.ts
// DistributionViewerCertificate `minimumProtocolVersion` points to ("Supported protocols and ciphers
// between viewers and CloudFront"): TLSv1.2_2018 and TLSv1.2_2019 are TLS 1.2 minimum too, with CBC
// or non-forward-secret ciphers that TLSv1.2_2021 and later drop.
const MODERN_VIEWER_TLS = new Set(["TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025"]);
const OLDER_TLS12 = new Set(["TLSv1.2_2018", "TLSv1.2_2019"]);
const VIEWER_TLS = ["SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016", ...OLDER_TLS12, ...MODERN_VIEWER_TLS];
// types/input.d.ts DistributionDefaultCacheBehavior `viewerProtocolPolicy`: "One of `allow-all`, `https-only`, or `redirect-to-https`".
const VIEWER_PROTOCOL_POLICIES = ["allow-all", "https-only", "redirect-to-https"];
// types/input.d.ts DistributionOriginCustomOriginConfig `originSslProtocols`: "Valid values: `SSLv3`,
// `TLSv1`, `TLSv1.1`, `TLSv1.2`"; `originProtocolPolicy`: "One of `http-only`, `https-only`, or `match-viewer`".
const OUTDATED_ORIGIN_TLS = new Set(["SSLv3", "TLSv1", "TLSv1.1"]);

function behaviorProblem(behavior: unknown, where: string): Violation | undefined {
  if (!isRecord(behavior)) return undefined;
  const policy = behavior["viewerProtocolPolicy"];
  if (policy === "https-only" || policy === "redirect-to-https") return undefined;
  return {
    code: "viewer-http",
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
  problems: {
    "viewer-http": "a cache behavior lets viewers use plain HTTP (`viewerProtocolPolicy` allow-all)",
    "viewer-tls-older-ciphers": "the viewer security policy is TLS 1.2 with older cipher suites (advisory)",
    "viewer-tls-outdated": "the viewer security policy allows TLS below 1.2",
    "origin-http": "a custom origin is reached over plain HTTP",
    "origin-tls-outdated": "a custom origin's `originSslProtocols` include SSLv3, TLSv1 or TLSv1.1",
  },
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
      // types/input.d.ts DistributionViewerCertificate `minimumProtocolVersion`: "Default: `TLSv1`".
      const version = certificate["minimumProtocolVersion"];
      if (typeof version === "string" && OLDER_TLS12.has(version)) {
        // TLS 1.2 is the minimum: older cipher suites are a hardening finding, never a blocking one.
        violations.push({
          code: "viewer-tls-older-ciphers",
          subject: "viewerCertificate",
          actual: `The distribution offers older TLS 1.2 cipher suites: \`viewerCertificate.minimumProtocolVersion\` is "${version}", which allows CBC or non-forward-secret ciphers that TLSv1.2_2021 drops`,
          fix: 'Set `viewerCertificate.minimumProtocolVersion: "TLSv1.2_2021"`.',
          advisory: true,
        });
      } else if (typeof version !== "string" || !MODERN_VIEWER_TLS.has(version)) {
        violations.push({
          code: "viewer-tls-outdated",
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
            code: "origin-http",
            subject: `origins[${i}]`,
            actual: `The distribution reaches an origin over plain HTTP: \`${where}.originProtocolPolicy\` is "http-only"`,
            fix: `Set \`${where}.originProtocolPolicy: "https-only"\`.`,
          });
          return;
        }
        const protocols = custom["originSslProtocols"];
        const outdated = Array.isArray(protocols) ? protocols.filter((p) => typeof p === "string" && OUTDATED_ORIGIN_TLS.has(p)) : [];
        if (outdated.length > 0) {
          // CloudFront negotiates the highest protocol both sides support, so older ones listed beside
          // TLSv1.2 are only used by an origin without TLS 1.2: advisory, as Security Hub
          // CloudFront.10 fails only SSLv3. SSLv3, or no TLSv1.2 at all, is an outdated connection.
          const certain = outdated.includes("SSLv3") || !(Array.isArray(protocols) && protocols.includes("TLSv1.2"));
          violations.push({
            code: "origin-tls-outdated",
            subject: `origins[${i}]`,
            actual: `The distribution may reach an origin over outdated TLS: \`${where}.originSslProtocols\` includes ${outdated.map((p) => marked(p)).join(", ")}`,
            fix: `Set \`${where}.originSslProtocols: ["TLSv1.2"]\`.`,
            ...(certain ? {} : { advisory: true as const }),
          });
        }
      });
    }
    return violations;
  },
});
