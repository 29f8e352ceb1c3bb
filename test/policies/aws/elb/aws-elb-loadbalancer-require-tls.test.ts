import { describe, expect, it } from "vitest";
import rule from "../../../../policies/aws/elb/aws-elb-loadbalancer-require-tls";
import { AWS } from "../../../../policies/core/tokens";
import { canary, describeRule, resource, run, UNKNOWN } from "../../../support/rules";

const HTTPS = {
  instancePort: 80,
  instanceProtocol: "http",
  lbPort: 443,
  lbProtocol: "https",
  sslCertificateId: "arn:aws:acm:eu-west-1:111122223333:certificate/1",
};
const SSL = {
  instancePort: 5000,
  instanceProtocol: "tcp",
  lbPort: 8443,
  lbProtocol: "SSL",
  sslCertificateId: "arn:aws:acm:eu-west-1:111122223333:certificate/1",
};
const HTTP = { instancePort: 80, instanceProtocol: "http", lbPort: 80, lbProtocol: "http" };
const TCP = { instancePort: 5432, instanceProtocol: "tcp", lbPort: 5432, lbProtocol: "TCP" };
const elb = (listeners: unknown) => resource(AWS.elbLoadBalancer, "legacy", { availabilityZones: ["eu-west-1a"], listeners });

describeRule(rule, {
  compliant: [{ title: "classic load balancer with HTTPS and SSL listeners", resources: [elb([HTTPS, SSL])] }],
  violating: [
    {
      title: "classic load balancer with a secret port and protocol that are no known values",
      resources: [elb([{ ...HTTP, lbPort: canary("80"), lbProtocol: canary("HTTPS") }])],
      codes: ["listener-unencrypted"],
    },
    {
      title: "classic load balancer with an HTTP listener",
      resources: [elb([HTTPS, HTTP])],
      codes: ["listener-unencrypted"],
    },
    {
      title: "classic load balancer with HTTP and TCP listeners (one finding each)",
      resources: [elb([HTTP, TCP])],
      codes: ["listener-unencrypted", "listener-unencrypted"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "classic load balancer whose listeners are computed", resources: [elb(UNKNOWN.array)] },
    { title: "listener whose protocol is computed", resources: [elb([{ ...HTTP, lbProtocol: UNKNOWN.string }])] },
  ],
});

describe("aws-elb-loadbalancer-require-tls wording", () => {
  it("names neither a port nor a protocol given as secret text that is no known value", () => {
    const [finding] = run(rule, [elb([{ ...HTTP, lbPort: canary("80"), lbProtocol: canary("HTTPS") }])]);
    expect(finding?.problem).toContain("A listener accepts unencrypted traffic: `lbProtocol` is not a recognised listener protocol");
  });
});
