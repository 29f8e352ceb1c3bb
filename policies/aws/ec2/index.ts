import defaultsecuritygroupDisallowRules from "./aws-ec2-defaultsecuritygroup-disallow-rules";
import instanceDisallowPublicIp from "./aws-ec2-instance-disallow-public-ip";
import instanceDisallowUserdataSecrets from "./aws-ec2-instance-disallow-userdata-secrets";
import instanceEnableDetailedMonitoring from "./aws-ec2-instance-enable-detailed-monitoring";
import instanceRequireEncryptedVolumes from "./aws-ec2-instance-require-encrypted-volumes";
import instanceRequireImdsv2 from "./aws-ec2-instance-require-imdsv2";
import instanceRequirePatchInstallation from "./aws-ec2-instance-require-patch-installation";
import launchtemplateRequireEncryptedVolumes from "./aws-ec2-launchtemplate-require-encrypted-volumes";
import launchtemplateRequireKmsKey from "./aws-ec2-launchtemplate-require-kms-key";
import networkaclDisallowOpenAdminPorts from "./aws-ec2-networkacl-disallow-open-admin-ports";
import securitygroupDisallowOpenAdminPorts from "./aws-ec2-securitygroup-disallow-open-admin-ports";
import subnetDisallowPublicIpOnLaunch from "./aws-ec2-subnet-disallow-public-ip-on-launch";
import vpcEnableFlowLogs from "./aws-ec2-vpc-enable-flow-logs";

export const rules = [
  instanceRequireEncryptedVolumes,
  launchtemplateRequireEncryptedVolumes,
  launchtemplateRequireKmsKey,
  instanceEnableDetailedMonitoring,
  instanceRequireImdsv2,
  vpcEnableFlowLogs,
  securitygroupDisallowOpenAdminPorts,
  defaultsecuritygroupDisallowRules,
  networkaclDisallowOpenAdminPorts,
  instanceDisallowPublicIp,
  subnetDisallowPublicIpOnLaunch,
  instanceDisallowUserdataSecrets,
  instanceRequirePatchInstallation,
];
