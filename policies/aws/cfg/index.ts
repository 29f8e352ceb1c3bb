import recorderEnableRecording from "./aws-cfg-recorder-enable-recording";

export const rules = [recorderEnableRecording];
