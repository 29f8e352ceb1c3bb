import diskDisallowPublicExport from "./azure-compute-disk-disallow-public-export";
import diskRequireCmk from "./azure-compute-disk-require-cmk";
import virtualMachineDisallowPasswordAuth from "./azure-compute-virtualmachine-disallow-password-auth";
import virtualMachineDisallowUserdataSecrets from "./azure-compute-virtualmachine-disallow-userdata-secrets";
import virtualMachineEnableAutomaticPatching from "./azure-compute-virtualmachine-enable-automatic-patching";
import virtualMachineRequireBackup from "./azure-compute-virtualmachine-require-backup";
import virtualMachineRequireEncryptionAtHost from "./azure-compute-virtualmachine-require-encryption-at-host";
import virtualMachineScaleSetEnableAutomaticOsUpgrade from "./azure-compute-virtualmachinescaleset-enable-automatic-os-upgrade";

export const rules = [
  virtualMachineRequireEncryptionAtHost,
  diskRequireCmk,
  virtualMachineDisallowPasswordAuth,
  virtualMachineRequireBackup,
  virtualMachineEnableAutomaticPatching,
  virtualMachineScaleSetEnableAutomaticOsUpgrade,
  diskDisallowPublicExport,
  virtualMachineDisallowUserdataSecrets,
];
