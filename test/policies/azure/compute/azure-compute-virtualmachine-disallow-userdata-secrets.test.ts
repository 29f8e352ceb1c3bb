import rule from "../../../../policies/azure/compute/azure-compute-virtualmachine-disallow-userdata-secrets";
import { AZURE } from "../../../../policies/core/tokens";
import { FAKE_KEY_ID, FAKE_PEM } from "../../../support/fake-credentials";
import { describeRule, resource, secret, UNKNOWN } from "../../../support/rules";

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const vm = (props: Record<string, unknown>) => resource(AZURE.computeVirtualMachine, "web", { resourceGroupName: "rg", ...props });
const scaleSet = (profile: Record<string, unknown>) =>
  resource(AZURE.computeVirtualMachineScaleSet, "web-ss", { resourceGroupName: "rg", virtualMachineProfile: profile });

const CLOUD_INIT = "#cloud-config\nruncmd:\n  - az login --identity\n  - az keyvault secret show --vault-name kv --name db > /run/db\n";

describeRule(rule, {
  compliant: [
    {
      title: "cloud-init that fetches its secret with the managed identity",
      resources: [vm({ osProfile: { customData: b64(CLOUD_INIT) } })],
    },
    { title: "clean user data on a scale set", resources: [scaleSet({ userData: b64(CLOUD_INIT) })] },
    {
      title: "custom data passed as a Pulumi secret",
      resources: [vm({ osProfile: { customData: secret(b64(`export AWS_ACCESS_KEY_ID=${FAKE_KEY_ID}`)) } })],
    },
  ],
  violating: [
    {
      title: "an access key id in a VM's custom data",
      resources: [vm({ osProfile: { computerName: "web", customData: b64(`#!/bin/bash\nexport AWS_ACCESS_KEY_ID=${FAKE_KEY_ID}\n`) } })],
      codes: ["credential-in-value"],
    },
    {
      title: "one finding per property of a scale set",
      resources: [
        scaleSet({
          osProfile: { customData: b64(`write_files:\n  - content: |\n      ${FAKE_PEM}\n`) },
          userData: b64("git clone https://deploy:s3cr3t@git.example.com/app.git"),
        }),
      ],
      codes: ["credential-in-value", "credential-in-value"],
    },
    {
      title: "the message names the property and the kind, never the value",
      resources: [vm({ userData: b64("mysql -u root password=hunter2") })],
      problems: ["`userData` holds something that looks like a password assignment (`Password=`)"],
    },
  ],
  notApplicable: [
    {
      title: "a VM without custom data or user data",
      resources: [vm({ osProfile: { computerName: "web" } })],
      reason: "No custom data or user data is set",
    },
    {
      title: "a scale set without a VM profile",
      resources: [resource(AZURE.computeVirtualMachineScaleSet, "ss", { resourceGroupName: "rg" })],
      reason: "No custom data or user data is set",
    },
  ],
  unknown: [
    { title: "custom data rendered from Outputs", resources: [vm({ osProfile: { customData: UNKNOWN.string } })] },
    { title: "a scale set's user data rendered from Outputs", resources: [scaleSet({ userData: UNKNOWN.string })] },
  ],
});
