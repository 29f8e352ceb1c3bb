import type { BucketArgs, BucketPolicyArgs } from "@pulumi/aws/s3";
import { StackIndex } from "../../core/joins";
import { deniesInsecureTransport, deniesWhen, parsePolicy } from "../../core/policy-document";
import { isRecord } from "../../core/resource";
import { defineStackRule, type StackViolation } from "../../core/rule";
import { AWS, S3_BUCKETS } from "../../core/tokens";
import { judgeEach, Siblings } from "../../core/unknown";

type Policy = Pick<BucketPolicyArgs, "policy">;
type Bucket = Pick<BucketArgs, "policy">;

interface Config {
  readonly requireMinimumTlsVersion: boolean;
}

type Verdict = "tls-only" | "no-tls-statement" | "no-tls-version" | "invalid";

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

/** The statement applies to everyone and to every S3 action. */
function coversAllRequests(statement: Record<string, unknown>): boolean {
  const principal = statement["Principal"];
  const everyone = principal === "*" || (isRecord(principal) && asList(principal["AWS"]).includes("*"));
  const actions = asList(statement["Action"]);
  return everyone && (actions.includes("s3:*") || actions.includes("*"));
}

function judge(document: unknown, requireVersion: boolean): Verdict {
  const parsed = parsePolicy(document);
  if (parsed.invalid) return "invalid";
  const relevant = parsed.statements.filter(coversAllRequests);
  if (!relevant.some(deniesInsecureTransport)) return "no-tls-statement";
  if (requireVersion && !relevant.some((s) => deniesWhen(s, ["NumericLessThan"], "s3:TlsVersion", "1.2"))) return "no-tls-version";
  return "tls-only";
}

const ACTUAL: Record<Exclude<Verdict, "tls-only">, string> = {
  "no-tls-statement":
    'The bucket accepts requests without TLS: its bucket policy has no statement that denies `s3:*` to every principal when `aws:SecureTransport` is "false"',
  "no-tls-version":
    'The bucket accepts TLS older than 1.2: its bucket policy does not deny requests when `s3:TlsVersion` is less than "1.2"',
  invalid: "The bucket accepts requests without TLS: its bucket policy is not valid JSON, so it has no statement that denies them",
};

export default defineStackRule<Config>({
  name: "aws-s3-bucket-require-tls-policy",
  displayName: "S3 bucket policies deny requests without TLS",
  description:
    'Every S3 bucket has a bucket policy (sibling BucketPolicy or deprecated inline `policy`) that denies `s3:*` to every principal when `aws:SecureTransport` is "false".',
  duty: "encryption-in-transit",
  severity: "high",
  resourceTypes: [...S3_BUCKETS, AWS.s3BucketPolicy],
  remediation:
    'Add an `aws.s3.BucketPolicy` for the bucket with a statement `{ Effect: "Deny", Principal: "*", Action: "s3:*", Resource: [<bucket ARN>, <bucket ARN>/*], Condition: { Bool: { "aws:SecureTransport": "false" } } }`.',
  why: "objects and request signatures can cross the network in plain HTTP, readable by anyone on the path",
  controls: { nist: ["SC-8"], pciDss: ["4.2.1"], iso27001: ["A.8.24"], cis: ["AWS 2.1.1"], securityHub: ["S3.5"] },
  options: {
    requireMinimumTlsVersion: {
      type: "boolean",
      description: 'Also require a Deny statement when `s3:TlsVersion` is less than "1.2" (NumericLessThan).',
      default: false,
    },
  },
  problems: {
    "no-policy": "no BucketPolicy refers to the bucket and it has no inline `policy`",
    "no-tls-statement": 'the bucket policy does not deny `s3:*` to every principal when `aws:SecureTransport` is "false"',
    "no-tls-version": 'the bucket policy does not deny requests when `s3:TlsVersion` is less than "1.2"',
    invalid: "the bucket policy is not valid JSON",
  },
  checkStack(resources, ctx) {
    const index = StackIndex.of(resources);
    const requireVersion = ctx.config.requireMinimumTlsVersion;
    // Each BucketPolicy's verdict; one whose bucket or document is unknown at preview leaves the
    // buckets it may protect undecided, and the others are still judged.
    const policies = new Siblings(
      index.ofType([AWS.s3BucketPolicy]),
      (sibling) => index.referenced(sibling, "bucket", S3_BUCKETS, ["bucket"]),
      (sibling) => judge((sibling.props as Policy).policy, requireVersion),
    );
    return judgeEach(index.ofType(S3_BUCKETS), (bucket): StackViolation[] | undefined => {
      const fromSiblings = policies.of(bucket);
      let verdict = fromSiblings.includes("tls-only") ? "tls-only" : fromSiblings[fromSiblings.length - 1];
      if (verdict !== "tls-only") {
        const { policy } = bucket.props as Bucket;
        if (policy !== undefined && policy !== null && policy !== "") {
          const inline = judge(policy, requireVersion);
          if (verdict === undefined || inline === "tls-only") verdict = inline;
        }
      }
      if (verdict === "tls-only") return undefined;
      policies.settle(bucket);
      return [
        {
          code: verdict ?? "no-policy",
          resource: bucket,
          actual:
            verdict === undefined
              ? "The bucket accepts requests without TLS: no BucketPolicy refers to it and it has no inline `policy`"
              : ACTUAL[verdict],
        },
      ];
    });
  },
});
