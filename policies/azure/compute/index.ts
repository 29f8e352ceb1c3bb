import diskDisallowPublicExport from "./azure-compute-disk-disallow-public-export";
import diskRequireCmk from "./azure-compute-disk-require-cmk";
import virtualMachineDisallowPasswordAuth from "./azure-compute-virtualmachine-disallow-password-auth";
import virtualMachineRequireBackup from "./azure-compute-virtualmachine-require-backup";
import virtualMachineRequireEncryptionAtHost from "./azure-compute-virtualmachine-require-encryption-at-host";

export const rules = [
  virtualMachineRequireEncryptionAtHost,
  diskRequireCmk,
  virtualMachineDisallowPasswordAuth,
  virtualMachineRequireBackup,
  diskDisallowPublicExport,
];
