import rule from "../../../../policies/azure/dbformysql/azure-dbformysql-server-require-tls";
import { secret } from "../../../support/rules";
import { describeFlexibleTls } from "../support/flexible-server";
import { MYSQL, OTHER_MYSQL } from "./fixtures";

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
