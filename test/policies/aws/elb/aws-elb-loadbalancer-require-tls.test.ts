import rule from "../../../../policies/aws/elb/aws-elb-loadbalancer-require-tls";
import { AWS } from "../../../../policies/core/tokens";
import { canary, describeRule, mapWithScope, resource, UNKNOWN } from "../../../support/rules";

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
      problems: ["A listener accepts unencrypted traffic: `lbProtocol` is not a recognised listener protocol"],
    },
    {
      title: "classic load balancer with an HTTP listener",
      resources: [elb([HTTPS, HTTP])],
      problems: ['The listener on port 80 accepts unencrypted traffic: `lbProtocol` is "HTTP"'],
    },
    {
      title: "classic load balancer with HTTP and TCP listeners (one finding each)",
      resources: [elb([HTTP, TCP])],
      problems: [
        'The listener on port 80 accepts unencrypted traffic: `lbProtocol` is "HTTP"',
        'The listener on port 5432 accepts unencrypted traffic: `lbProtocol` is "TCP"',
      ],
    },
  ],
  notApplicable: [
    {
      title: "classic load balancer where the map puts transit encryption on the provider's side",
      resources: [elb([HTTP])],
      map: mapWithScope("encryption-in-transit", {
        provider: "aws",
        resourceTypes: ["aws:elb/*"],
        side: "provider",
        note: "Legacy ELBs are being retired.",
      }),
      reason:
        "The responsibility map puts encryption in transit for aws:elb/loadBalancer:LoadBalancer on the provider's side: Legacy ELBs are being retired.",
    },
  ],
  unknown: [
    { title: "classic load balancer whose listeners are computed", resources: [elb(UNKNOWN.array)] },
    { title: "listener whose protocol is computed", resources: [elb([{ ...HTTP, lbProtocol: UNKNOWN.string }])] },
  ],
});
