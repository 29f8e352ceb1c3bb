import rule from "../../../../policies/azure/dbforpostgresql/azure-dbforpostgresql-server-require-tls";
import { canary } from "../../../support/rules";
import { describeFlexibleTls } from "../support/flexible-server";
import { OTHER_POSTGRES, POSTGRES } from "./fixtures";

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
