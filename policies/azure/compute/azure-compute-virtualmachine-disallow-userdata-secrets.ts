import type { VirtualMachineArgs, VirtualMachineScaleSetArgs } from "@pulumi/azure-native/compute";
import { isRecord } from "../../core/resource";
import { defineRule, notApplicable } from "../../core/rule";
import { type ScriptValue, scriptViolations } from "../../core/secret-shapes";
import { AZURE } from "../../core/tokens";

type Vm = Pick<VirtualMachineArgs, "osProfile" | "userData">;
type ScaleSet = Pick<VirtualMachineScaleSetArgs, "virtualMachineProfile">;

/** `osProfile.customData` and `userData` of a VM, or of a scale set's `virtualMachineProfile`. */
function scriptsOf(type: string, props: object): ScriptValue[] {
  let prefix = "";
  let profile: unknown = props;
  if (type === AZURE.computeVirtualMachineScaleSet) {
    prefix = "virtualMachineProfile.";
    profile = (props as ScaleSet).virtualMachineProfile;
  }
  if (!isRecord(profile)) return [];
  const { osProfile, userData } = profile as Vm;
  // SDK OSProfile / VirtualMachineScaleSetOSProfile.customData: "Specifies a base-64 encoded string of
  // custom data ... Note: Do not pass any secrets or passwords in customData property."
  // SDK userData: "UserData for the VM, which must be base-64 encoded. Customer should not pass any secrets in here."
  return [
    { path: `${prefix}osProfile.customData`, value: isRecord(osProfile) ? osProfile["customData"] : undefined, base64: true },
    { path: `${prefix}userData`, value: userData, base64: true },
  ];
}

export default defineRule({
  name: "azure-compute-virtualmachine-disallow-userdata-secrets",
  displayName: "VM custom data and user data carry no credentials",
  description:
    "No virtual machine or scale set has `osProfile.customData` or `userData` (base64 decoded) holding a credential (an AWS access key, a private key, a password in a URL or an assignment); the boot script fetches secrets at run time instead.",
  duty: "secrets-hygiene",
  severity: "high",
  resourceTypes: [AZURE.computeVirtualMachine, AZURE.computeVirtualMachineScaleSet],
  remediation:
    "Remove the credential from the custom data / user data: give the VM a managed identity and have the boot script read secrets from Key Vault (or use the Key Vault VM extension for certificates).",
  why: "custom data and user data are saved on the VM's disk and served by the instance metadata service to every process on it, and user data is readable by anyone who may read the VM",
  controls: { nist: ["IA-5(7)"], pciDss: ["8.6.2"], iso27001: ["A.5.17"], mcsb: ["IM-8"] },
  problems: { "credential-in-value": "the custom data or user data holds something that looks like a credential" },
  check(resource) {
    return (
      scriptViolations(scriptsOf(resource.type, resource.props), resource.secrets) ?? notApplicable("No custom data or user data is set")
    );
  },
});
