import rule from "../../../../policies/aws/s3/aws-s3-bucket-enable-access-logging";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN, urnOf } from "../../../support/rules";

const bucket = (name: string, type: string = AWS.s3Bucket, props: Record<string, unknown> = {}, extra = {}) =>
  resource(type, name, { bucket: `${name}-1a2b`, ...props }, extra);
/** Preview: `bucket` and `targetBucket` are unknown ids traced through propertyDependencies. */
const logging = (source: string, target: string, type: string = AWS.s3BucketLogging, bucketType: string = AWS.s3Bucket) =>
  resource(
    type,
    `${source}-logging`,
    { bucket: UNKNOWN.string, targetBucket: UNKNOWN.string, targetPrefix: "s3/" },
    { propertyDependencies: { bucket: [urnOf(bucketType, source)], targetBucket: [urnOf(bucketType, target)] } },
  );
const trail = (target: string) =>
  resource(
    AWS.cloudtrailTrail,
    "org-trail",
    { s3BucketName: UNKNOWN.string },
    { propertyDependencies: { s3BucketName: [urnOf(AWS.s3Bucket, target)] } },
  );

/** Preview: the load balancer's `accessLogs.bucket` is the log bucket's unknown id, traced through the block's dependencies. */
const alb = (target: string, accessLogs: Record<string, unknown> = { enabled: true }, type: string = AWS.lbLoadBalancer) =>
  resource(
    type,
    "web",
    { loadBalancerType: "application", accessLogs: { bucket: UNKNOWN.string, prefix: "alb", ...accessLogs } },
    { propertyDependencies: { accessLogs: [urnOf(AWS.s3Bucket, target)] } },
  );
const distribution = (loggingConfig: Record<string, unknown>, extra = {}) =>
  resource(AWS.cloudfrontDistribution, "cdn", { enabled: true, loggingConfig }, extra);

describeRule(rule, {
  compliant: [
    {
      title: "inline logging whose target is another bucket of the stack, its name unknown in preview",
      resources: [
        bucket("logs"),
        bucket(
          "assets",
          AWS.s3Bucket,
          { logging: { targetBucket: UNKNOWN.string, targetPrefix: "assets/" } },
          {
            propertyDependencies: { logging: [urnOf(AWS.s3Bucket, "logs")] },
          },
        ),
      ],
    },
    {
      title: "bucket with a BucketLogging sibling; the log bucket is its target",
      resources: [bucket("assets"), bucket("logs"), logging("assets", "logs")],
    },
    {
      title: "BucketV2 with a BucketLoggingV2 sibling",
      resources: [
        bucket("assets", AWS.s3BucketV2),
        bucket("logs", AWS.s3BucketV2),
        logging("assets", "logs", AWS.s3BucketLoggingV2, AWS.s3BucketV2),
      ],
    },
    { title: "CloudTrail's bucket is a log target", resources: [bucket("trail-logs"), trail("trail-logs")] },
    { title: "preview: a bucket that only receives an ALB's access logs", resources: [bucket("alb-logs"), alb("alb-logs")] },
    {
      title: "preview: a bucket that only receives an alb-module load balancer's access logs",
      resources: [bucket("alb-logs"), alb("alb-logs", { enabled: true }, AWS.albLoadBalancer)],
    },
    {
      title: "deployed: a bucket named by an NLB's enabled accessLogs",
      resources: [
        bucket("nlb-logs", AWS.s3Bucket, {}, { id: "nlb-logs-1a2b" }),
        resource(AWS.lbLoadBalancer, "tcp", {
          loadBalancerType: "network",
          accessLogs: { bucket: "nlb-logs-1a2b", enabled: true, prefix: "" },
        }),
      ],
    },
    {
      title: "deployed: a bucket named by a classic ELB's accessLogs (enabled defaults to true)",
      resources: [
        bucket("elb-logs", AWS.s3Bucket, {}, { id: "elb-logs-1a2b" }),
        resource(AWS.elbLoadBalancer, "legacy", { accessLogs: { bucket: "elb-logs-1a2b" } }),
      ],
    },
    {
      title: "preview: a bucket that receives CloudFront access logs through loggingConfig.bucket (its domain name, unknown)",
      resources: [
        bucket("cdn-logs"),
        distribution(
          { bucket: UNKNOWN.string, prefix: "cdn/" },
          { propertyDependencies: { loggingConfig: [urnOf(AWS.s3Bucket, "cdn-logs")] } },
        ),
      ],
    },
    {
      title: "deployed: a bucket whose domain name a CloudFront distribution's loggingConfig.bucket holds",
      resources: [
        bucket("cdn-logs", AWS.s3BucketV2, { bucketDomainName: "cdn-logs-1a2b.s3.amazonaws.com" }, { id: "cdn-logs-1a2b" }),
        distribution({ bucket: "cdn-logs-1a2b.s3.amazonaws.com", includeCookies: false, prefix: "cdn/" }),
      ],
    },
    {
      title: "Bucket with deprecated inline logging to a bucket joined through propertyDependencies",
      resources: [
        bucket("logs"),
        bucket(
          "assets",
          AWS.s3Bucket,
          { logging: { targetBucket: UNKNOWN.string } },
          { propertyDependencies: { logging: [urnOf(AWS.s3Bucket, "logs")] } },
        ),
      ],
    },
    {
      title: "BucketV2 with deprecated inline loggings naming the log bucket",
      resources: [
        bucket("logs", AWS.s3BucketV2),
        bucket("assets", AWS.s3BucketV2, { loggings: [{ targetBucket: "logs-1a2b", targetPrefix: "s3/" }] }),
      ],
    },
    {
      title: "deployed buckets joined by name",
      resources: [
        bucket("assets", AWS.s3Bucket, {}, { id: "assets-1a2b" }),
        bucket("logs", AWS.s3Bucket, {}, { id: "logs-1a2b" }),
        resource(
          AWS.s3BucketLogging,
          "assets-logging",
          { bucket: "assets-1a2b", targetBucket: "logs-1a2b", targetPrefix: "s3/" },
          { id: "assets-1a2b" },
        ),
      ],
    },
    {
      // BucketLoggingV2 is the deprecated alias of BucketLogging; `bucket`/`targetBucket` are bucket names (s3/bucketLoggingV2.d.ts).
      title: "deployed BucketV2s joined by name through a BucketLoggingV2",
      resources: [
        bucket("assets", AWS.s3BucketV2, {}, { id: "assets-1a2b" }),
        bucket("logs", AWS.s3BucketV2, {}, { id: "logs-1a2b" }),
        resource(
          AWS.s3BucketLoggingV2,
          "assets-logging",
          { bucket: "assets-1a2b", targetBucket: "logs-1a2b", targetPrefix: "s3/" },
          { id: "assets-1a2b" },
        ),
      ],
    },
    {
      // aws.alb.LoadBalancer is the alias module of aws.lb.LoadBalancer; `accessLogs.bucket` is the bucket's name (alb/loadBalancer.d.ts).
      title: "deployed: a bucket named by an alb-module load balancer's enabled accessLogs",
      resources: [
        bucket("alb-logs", AWS.s3Bucket, {}, { id: "alb-logs-1a2b" }),
        resource(AWS.albLoadBalancer, "web", {
          loadBalancerType: "application",
          accessLogs: { bucket: "alb-logs-1a2b", enabled: true, prefix: "alb" },
        }),
      ],
    },
    {
      title: "deployed CloudTrail bucket named by value",
      resources: [
        bucket("trail-logs", AWS.s3Bucket, {}, { id: "trail-logs-1a2b" }),
        resource(AWS.cloudtrailTrail, "org-trail", { s3BucketName: "trail-logs-1a2b" }, { id: "org-trail" }),
      ],
    },
  ],
  violating: [
    {
      title: "bucket without logging next to a bucket an ALB may log to, its accessLogs.enabled computed",
      resources: [bucket("alb-logs"), alb("alb-logs", { enabled: UNKNOWN.boolean }), bucket("media")],
      codes: ["no-logging"],
      undecided: ["alb-logs"],
    },
    { title: "bucket without logging", resources: [bucket("assets")], codes: ["no-logging"] },
    { title: "BucketV2 without logging", resources: [bucket("assets", AWS.s3BucketV2)], codes: ["no-logging"] },
    {
      title: "log bucket logs, but the second bucket does not",
      resources: [bucket("assets"), bucket("logs"), bucket("media"), logging("assets", "logs")],
      codes: ["no-logging"],
    },
    {
      title: "deployed bucket whose logging refers to another bucket",
      resources: [
        bucket("assets", AWS.s3Bucket, {}, { id: "assets-1a2b" }),
        bucket("media", AWS.s3Bucket, {}, { id: "media-1a2b" }),
        resource(
          AWS.s3BucketLogging,
          "media-logging",
          { bucket: "media-1a2b", targetBucket: "central-logs", targetPrefix: "s3/" },
          { id: "media-1a2b" },
        ),
      ],
      codes: ["no-logging"],
    },
    {
      title: "a bucket an ALB names in accessLogs without enabling them (enabled defaults to false)",
      resources: [bucket("alb-logs"), alb("alb-logs", {})],
      codes: ["no-logging"],
    },
    {
      title: "deployed: a bucket named by an NLB whose accessLogs are disabled",
      resources: [
        bucket("nlb-logs", AWS.s3Bucket, {}, { id: "nlb-logs-1a2b" }),
        resource(AWS.lbLoadBalancer, "tcp", {
          loadBalancerType: "network",
          accessLogs: { bucket: "nlb-logs-1a2b", enabled: false, prefix: "" },
        }),
      ],
      codes: ["no-logging"],
    },
    {
      title: "deployed: a CloudFront distribution logging to another account's bucket leaves the stack's bucket unlogged",
      resources: [bucket("assets", AWS.s3Bucket, {}, { id: "assets-1a2b" }), distribution({ bucket: "central-logs.s3.amazonaws.com" })],
      codes: ["no-logging"],
    },
  ],
  notApplicable: [],
  unknown: [
    {
      title: "BucketLogging whose bucket is computed and not traced",
      resources: [bucket("assets"), resource(AWS.s3BucketLogging, "l", { bucket: UNKNOWN.string, targetBucket: "x", targetPrefix: "" })],
      undecided: ["assets"],
    },
    {
      title: "inline logging block that is computed",
      resources: [bucket("assets", AWS.s3Bucket, { logging: UNKNOWN.object })],
      undecided: ["assets"],
    },
    {
      title: "trail whose bucket name is computed and not traced, next to a bucket that logs",
      resources: [
        bucket("assets"),
        bucket("logs"),
        logging("assets", "logs"),
        resource(AWS.cloudtrailTrail, "org-trail", { s3BucketName: UNKNOWN.string }),
        bucket("media"),
      ],
      undecided: ["media"],
    },
    {
      title: "inline logging whose computed target comes from no other bucket (it could be empty)",
      resources: [
        bucket(
          "assets",
          AWS.s3Bucket,
          { logging: { targetBucket: UNKNOWN.string } },
          {
            propertyDependencies: { logging: [urnOf(AWS.s3Bucket, "assets")] },
          },
        ),
      ],
      undecided: ["assets"],
    },
  ],
});
