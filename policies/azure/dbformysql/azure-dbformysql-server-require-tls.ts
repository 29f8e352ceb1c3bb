import { flexibleServerTlsRule, MYSQL_FLEXIBLE } from "../support/flexible-server";

// MySQL flexible servers default to `require_secure_transport` ON and `tls_version` TLS 1.2 and
// later (learn.microsoft.com/azure/mysql/flexible-server/concepts-networking, "TLS and SSL");
// `tls_version` lists every version the server accepts, comma-separated.
export default flexibleServerTlsRule({
  name: "azure-dbformysql-server-require-tls",
  displayName: "MySQL flexible servers require TLS 1.2 or later",
  description:
    "No MySQL flexible server turns `require_secure_transport` OFF, and `tls_version`, when set, lists only TLSv1.2 and TLSv1.3.",
  remediation:
    'Remove the `require_secure_transport` Configuration or set its `value: "ON"`, and set `tls_version` to `value: "TLSv1.2,TLSv1.3"` (or leave it unset).',
  controls: { nist: ["SC-8"], mcsb: ["DP-3"] },
  engine: MYSQL_FLEXIBLE,
  secureTransportOn: "ON",
  versions: {
    parameter: "tls_version",
    form: "list",
    shown: ["TLSv1", "TLSv1.1"],
    fix: 'Set `value: "TLSv1.2,TLSv1.3"` (or "TLSv1.2") on the `tls_version` Configuration.',
  },
});
