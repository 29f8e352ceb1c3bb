import { flexibleServerTlsRule, POSTGRES_FLEXIBLE } from "../support/flexible-server";

// PostgreSQL flexible servers default to `require_secure_transport` on and `ssl_min_protocol_version`
// TLSv1.2 (learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking-ssl-tls);
// `ssl_min_protocol_version` names the lowest version the server accepts.
export default flexibleServerTlsRule({
  name: "azure-dbforpostgresql-server-require-tls",
  displayName: "PostgreSQL flexible servers require TLS 1.2 or later",
  description:
    "No PostgreSQL flexible server turns `require_secure_transport` off, and `ssl_min_protocol_version`, when set, is TLSv1.2 or TLSv1.3.",
  remediation:
    'Remove the `require_secure_transport` Configuration or set its `value: "on"`, and set `ssl_min_protocol_version` to `value: "TLSv1.2"` (or leave it unset).',
  controls: { nist: ["SC-8"], mcsb: ["DP-3"], azurePolicy: ["c29c38cb-74a7-4505-9a06-e588ab86620a"] },
  engine: POSTGRES_FLEXIBLE,
  secureTransportOn: "on",
  versions: {
    parameter: "ssl_min_protocol_version",
    form: "minimum",
    shown: ["TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"],
    fix: 'Set `value: "TLSv1.2"` (or "TLSv1.3") on the `ssl_min_protocol_version` Configuration.',
  },
});
