import { describe, expect, it } from "vitest";
import rule from "../../../../policies/aws/cloudfront/aws-cloudfront-distribution-require-https";
import { AWS } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, run, UNKNOWN } from "../../../support/rules";

const BEHAVIOR = {
  allowedMethods: ["GET", "HEAD"],
  cachedMethods: ["GET", "HEAD"],
  targetOriginId: "app",
  viewerProtocolPolicy: "redirect-to-https",
};
const ORIGIN = {
  originId: "app",
  domainName: "app.example.com",
  customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: "https-only", originSslProtocols: ["TLSv1.2"] },
};
const CERT = {
  acmCertificateArn: "arn:aws:acm:us-east-1:111122223333:certificate/1",
  sslSupportMethod: "sni-only",
  minimumProtocolVersion: "TLSv1.2_2021",
};
const distribution = (props: Record<string, unknown>) =>
  resource(AWS.cloudfrontDistribution, "cdn", {
    enabled: true,
    defaultCacheBehavior: BEHAVIOR,
    orderedCacheBehaviors: [{ ...BEHAVIOR, pathPattern: "/api/*", viewerProtocolPolicy: "https-only" }],
    origins: [ORIGIN],
    restrictions: { geoRestriction: { restrictionType: "none" } },
    viewerCertificate: CERT,
    ...props,
  });

describeRule(rule, {
  compliant: [
    { title: "distribution redirecting to HTTPS with TLSv1.2_2021 and an HTTPS origin", resources: [distribution({})] },
    {
      title: "distribution on the CloudFront default certificate",
      resources: [distribution({ viewerCertificate: { cloudfrontDefaultCertificate: true } })],
    },
    {
      title: "distribution with an S3 origin (no custom origin config)",
      resources: [distribution({ origins: [{ originId: "s3", domainName: "b.s3.amazonaws.com", originAccessControlId: "oac" }] })],
    },
  ],
  violating: [
    {
      title: "distribution with a secret viewerProtocolPolicy and minimumProtocolVersion that are no known values",
      resources: [
        distribution({
          defaultCacheBehavior: { ...BEHAVIOR, viewerProtocolPolicy: canary("allow-all") },
          viewerCertificate: { ...CERT, minimumProtocolVersion: canary("TLSv1.2_2021") },
        }),
      ],
      codes: ["viewer-http", "viewer-tls-outdated"],
    },
    {
      title: "distribution whose default behavior allows all",
      resources: [distribution({ defaultCacheBehavior: { ...BEHAVIOR, viewerProtocolPolicy: "allow-all" } })],
      codes: ["viewer-http"],
    },
    {
      title: "distribution whose ordered behavior allows all",
      resources: [distribution({ orderedCacheBehaviors: [{ ...BEHAVIOR, pathPattern: "/x", viewerProtocolPolicy: "allow-all" }] })],
      codes: ["viewer-http"],
    },
    {
      title: "distribution with minimumProtocolVersion=TLSv1.2_2019",
      resources: [distribution({ viewerCertificate: { ...CERT, minimumProtocolVersion: "TLSv1.2_2019" } })],
      codes: ["viewer-tls-older-ciphers"],
      // A TLS 1.2 minimum (CloudFront developer guide, supported protocols and ciphers): never blocks.
      levels: ["advisory"],
    },
    {
      title: "distribution with minimumProtocolVersion=TLSv1.2_2018",
      resources: [distribution({ viewerCertificate: { ...CERT, minimumProtocolVersion: "TLSv1.2_2018" } })],
      codes: ["viewer-tls-older-ciphers"],
      levels: ["advisory"],
    },
    {
      title: "distribution with minimumProtocolVersion=TLSv1.1_2016",
      resources: [distribution({ viewerCertificate: { ...CERT, minimumProtocolVersion: "TLSv1.1_2016" } })],
      codes: ["viewer-tls-outdated"],
    },
    {
      title: "distribution with a custom certificate and minimumProtocolVersion unset",
      resources: [distribution({ viewerCertificate: { ...CERT, minimumProtocolVersion: undefined } })],
      codes: ["viewer-tls-outdated"],
    },
    {
      title: "distribution with an http-only origin",
      resources: [
        distribution({ origins: [{ ...ORIGIN, customOriginConfig: { ...ORIGIN.customOriginConfig, originProtocolPolicy: "http-only" } }] }),
      ],
      codes: ["origin-http"],
    },
    {
      title: "distribution whose origin allows TLSv1 and TLSv1.1",
      resources: [
        distribution({
          origins: [
            { ...ORIGIN, customOriginConfig: { ...ORIGIN.customOriginConfig, originSslProtocols: ["TLSv1", "TLSv1.1", "TLSv1.2"] } },
          ],
        }),
      ],
      codes: ["origin-tls-outdated"],
      // CloudFront uses the highest protocol the origin supports; Security Hub CloudFront.10 fails only SSLv3.
      levels: ["advisory"],
    },
    {
      title: "distribution whose origin allows only TLSv1.1",
      resources: [
        distribution({ origins: [{ ...ORIGIN, customOriginConfig: { ...ORIGIN.customOriginConfig, originSslProtocols: ["TLSv1.1"] } }] }),
      ],
      codes: ["origin-tls-outdated"],
    },
    {
      title: "distribution whose origin allows SSLv3 beside TLSv1.2",
      resources: [
        distribution({
          origins: [{ ...ORIGIN, customOriginConfig: { ...ORIGIN.customOriginConfig, originSslProtocols: ["SSLv3", "TLSv1.2"] } }],
        }),
      ],
      codes: ["origin-tls-outdated"],
    },
  ],
  notApplicable: [],
  unknown: [
    {
      title: "distribution whose default viewer policy is computed",
      resources: [distribution({ defaultCacheBehavior: { ...BEHAVIOR, viewerProtocolPolicy: UNKNOWN.string } })],
    },
    { title: "distribution whose certificate settings are computed", resources: [distribution({ viewerCertificate: UNKNOWN.object })] },
  ],
});

describe(`${rule.name} wording`, () => {
  it("says an origin listing older protocols beside TLSv1.2 only may be reached over them", () => {
    const origin = { ...ORIGIN, customOriginConfig: { ...ORIGIN.customOriginConfig, originSslProtocols: ["TLSv1.1", "TLSv1.2"] } };
    const [finding] = run(rule, [distribution({ origins: [origin] })]);
    expect(finding?.problem).toBe(
      "The distribution may reach an origin over outdated TLS: `origins[0].customOriginConfig.originSslProtocols` includes TLSv1.1",
    );
  });
});
