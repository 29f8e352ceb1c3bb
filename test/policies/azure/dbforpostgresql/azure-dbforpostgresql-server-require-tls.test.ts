import { expect, it } from "vitest";
import rule from "../../../../policies/azure/dbforpostgresql/azure-dbforpostgresql-server-require-tls";
import { canary, run } from "../../../support/rules";
import { describeFlexibleTls } from "../support/flexible-server";
import { OTHER_POSTGRES, POSTGRES, parameter, server } from "./fixtures";

// `ssl_min_protocol_version` names the lowest version the server accepts.
describeFlexibleTls(rule, POSTGRES, OTHER_POSTGRES, {
  product: "PostgreSQL",
  versions: {
    parameter: "ssl_min_protocol_version",
    modern: "TLSv1.3",
    deployedModern: "TLSv1.2",
    secret: canary("TLSv1.2"),
    old: "TLSv1.1",
    deployedOld: "TLSv1",
  },
});

it("quotes a known old minimum version, and describes a value that is no TLS version", () => {
  const [old] = run(rule, [server(), parameter("ssl_min_protocol_version", "TLSv1.1")]);
  expect(old?.problem).toBe('The server accepts TLS older than 1.2: its `ssl_min_protocol_version` Configuration has `value` "TLSv1.1"');
  const [unknownVersion] = run(rule, [server(), parameter("ssl_min_protocol_version", canary("TLSv1.2"))]);
  expect(unknownVersion?.problem).toBe(
    "The server accepts TLS older than 1.2: its `ssl_min_protocol_version` Configuration has a `value` that is not a recognised TLS version",
  );
});
