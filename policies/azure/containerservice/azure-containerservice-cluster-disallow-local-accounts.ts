import type { ManagedClusterArgs } from "@pulumi/azure-native/containerservice";
import { isRecord } from "../../core/resource";
import { defineRule, type Violation } from "../../core/rule";
import { AZURE } from "../../core/tokens";

type Cluster = Pick<ManagedClusterArgs, "disableLocalAccounts" | "aadProfile" | "enableRBAC">;

export default defineRule({
  name: "azure-containerservice-cluster-disallow-local-accounts",
  displayName: "AKS clusters accept only Entra ID sign-in",
  description:
    "Every AKS cluster sets `disableLocalAccounts` to true, uses managed Entra ID integration with Azure RBAC (`aadProfile.managed`, `aadProfile.enableAzureRBAC`) and keeps Kubernetes RBAC on.",
  duty: "mfa",
  severity: "high",
  resourceTypes: [AZURE.aksManagedCluster],
  remediation: "Set `disableLocalAccounts: true` and `aadProfile: { managed: true, enableAzureRBAC: true }` on the managed cluster.",
  why: "the static cluster-admin credential gives full cluster access without Entra ID sign-in or MFA",
  controls: {
    nist: ["IA-2", "AC-3"],
    pciDss: ["8.3.1"],
    mcsb: ["IM-1", "PA-7"],
    azurePolicy: ["993c2fcd-2b29-49d2-9eb0-df2c3a730c32", "450d2877-ebea-41e8-b00c-e286317d21bf", "ac4a19c2-fa67-49b4-8ae5-0b2e78c49457"],
  },
  problems: {
    "local-accounts-enabled": "the cluster keeps its local admin account",
    "entra-id-not-managed": "the cluster has no managed Entra ID integration",
    "azure-rbac-off": "the cluster does not authorize with Azure RBAC",
    "kubernetes-rbac-off": "Kubernetes RBAC is off",
  },
  check(cluster) {
    const { disableLocalAccounts, aadProfile, enableRBAC } = cluster.props as Cluster;
    const aad: Record<string, unknown> = isRecord(aadProfile) ? aadProfile : {};
    const violations: Violation[] = [];
    // SDK: "If set to true, getting static credentials will be disabled": local accounts stay otherwise.
    if (disableLocalAccounts !== true) {
      violations.push({
        code: "local-accounts-enabled",
        subject: "disableLocalAccounts",
        actual: "The cluster keeps its local admin account: `disableLocalAccounts` is not true",
        fix: "Set `disableLocalAccounts: true`.",
      });
    }
    if (aad["managed"] !== true) {
      violations.push({
        code: "entra-id-not-managed",
        subject: "aadProfile.managed",
        actual: "The cluster has no managed Entra ID integration: `aadProfile.managed` is not true",
        fix: "Set `aadProfile.managed: true`.",
      });
    }
    if (aad["enableAzureRBAC"] !== true) {
      violations.push({
        code: "azure-rbac-off",
        subject: "aadProfile.enableAzureRBAC",
        actual: "The cluster does not authorize with Azure RBAC: `aadProfile.enableAzureRBAC` is not true",
        fix: "Set `aadProfile.enableAzureRBAC: true`.",
      });
    }
    // SDK: "Whether to enable Kubernetes Role-Based Access Control"; AKS turns it on unless set false.
    if (enableRBAC === false) {
      violations.push({
        code: "kubernetes-rbac-off",
        subject: "enableRBAC",
        actual: "The cluster has Kubernetes RBAC off: `enableRBAC` is false",
        fix: "Remove `enableRBAC: false`.",
      });
    }
    return violations;
  },
});
