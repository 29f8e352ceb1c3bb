import { expect, it } from "vitest";
import rule from "../../../../policies/azure/dbformysql/azure-dbformysql-server-require-tls";
import { run, secret } from "../../../support/rules";
import { describeFlexibleTls } from "../support/flexible-server";
import { MYSQL, OTHER_MYSQL, parameter, server } from "./fixtures";

// `tls_version` lists every version the server accepts.
describeFlexibleTls(rule, MYSQL, OTHER_MYSQL, {
  product: "MySQL",
  versions: {
    parameter: "tls_version",
    modern: "TLSv1.2,TLSv1.3",
    deployedModern: "TLSv1.3",
    secret: secret("TLSv1.1,canary-9c41"),
    old: "TLSv1.1,TLSv1.2",
    deployedOld: "TLSv1, TLSv1.1",
  },
});

it("names the old versions `tls_version` lists and describes, never quotes, a value that is no TLS version", () => {
  const [finding] = run(rule, [server(), parameter("tls_version", secret("TLSv1.1,canary-9c41"))]);
  expect(finding?.problem).toBe(
    'The server accepts TLS older than 1.2: its `tls_version` Configuration lists "TLSv1.1", a value that is not a recognised TLS version',
  );
});
