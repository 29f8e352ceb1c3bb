import brokerDisallowEolEngineVersion from "./aws-mq-broker-disallow-eol-engine-version";
import brokerEnableAutoMinorUpgrade from "./aws-mq-broker-enable-auto-minor-upgrade";

export const rules = [brokerEnableAutoMinorUpgrade, brokerDisallowEolEngineVersion];
