import type { FileSystemArgs } from "@pulumi/aws/efs";
import { defineRule, fail, pass } from "../../core/rule";
import { AWS } from "../../core/tokens";

type FileSystem = Pick<FileSystemArgs, "encrypted">;

export default defineRule({
  name: "aws-efs-filesystem-require-encryption",
  displayName: "EFS file systems are encrypted",
  description: "Every EFS file system sets `encrypted` to true.",
  duty: "encryption-at-rest",
  severity: "high",
  resourceTypes: [AWS.efsFileSystem],
  remediation:
    "Set `encrypted: true` on the file system (and `kmsKeyId` to a customer-managed key where the data needs one); this replaces the file system.",
  why: "anyone who obtains the file system's storage or backups can read its files",
  controls: { nist: ["SC-28"], pciDss: ["3.5.1"], iso27001: ["A.8.24"], cis: ["AWS 2.4.1"], securityHub: ["EFS.1"] },
  problems: { "not-encrypted": "`encrypted` is false or unset (the EFS API then creates the file system unencrypted)" },
  check(fileSystem) {
    // SDK: "If true, the disk will be encrypted" (no default); EFS API CreateFileSystem `Encrypted`:
    // "if true, creates an encrypted file system", so unset creates an unencrypted one.
    const { encrypted } = fileSystem.props as FileSystem;
    if (encrypted === true) return pass;
    return fail(
      encrypted === false
        ? "The file system is not encrypted: `encrypted` is false"
        : "The file system is not encrypted: `encrypted` is not set, and the EFS API then creates it unencrypted",
      { code: "not-encrypted" },
    );
  },
});
