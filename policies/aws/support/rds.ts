/**
 * The `engine` values RDS accepts (instances and clusters). A message may name one of these; any
 * other `engine` text is described, not quoted (see `shownValue`).
 */
export const RDS_ENGINES = [
  "aurora",
  "aurora-mysql",
  "aurora-postgresql",
  "custom-oracle-ee",
  "custom-oracle-ee-cdb",
  "custom-oracle-se2",
  "custom-oracle-se2-cdb",
  "custom-sqlserver-dev",
  "custom-sqlserver-ee",
  "custom-sqlserver-se",
  "custom-sqlserver-web",
  "db2-ae",
  "db2-se",
  "mariadb",
  "mysql",
  "oracle-ee",
  "oracle-ee-cdb",
  "oracle-se2",
  "oracle-se2-cdb",
  "postgres",
  "sqlserver-dev-ee",
  "sqlserver-ee",
  "sqlserver-ex",
  "sqlserver-se",
  "sqlserver-web",
] as const;
