import brokerEnableAutoMinorUpgrade from "./aws-mq-broker-enable-auto-minor-upgrade";

export const rules = [brokerEnableAutoMinorUpgrade];
