import rule from "../../../../policies/aws/ec2/aws-ec2-instance-disallow-userdata-secrets";
import { AWS } from "../../../../policies/core/tokens";
import { FAKE_KEY_ID, FAKE_PEM, FAKE_SECRET_KEY } from "../../../support/fake-credentials";
import { describeRule, resource, secret, UNKNOWN } from "../../../support/rules";

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const instance = (props: Record<string, unknown>) =>
  resource(AWS.ec2Instance, "web", { ami: "ami-0abc", instanceType: "t3.micro", ...props });
const template = (props: Record<string, unknown>) => resource(AWS.ec2LaunchTemplate, "web-lt", { imageId: "ami-0abc", ...props });
const configuration = (props: Record<string, unknown>) =>
  resource(AWS.ec2LaunchConfiguration, "web-lc", { imageId: "ami-0abc", instanceType: "t3.micro", ...props });

const CLEAN =
  "#!/bin/bash\nPW=$(aws secretsmanager get-secret-value --secret-id db --query SecretString --output text)\nexport DB_PASSWORD=$PW\n";

describeRule(rule, {
  compliant: [
    { title: "a boot script that fetches its secret", resources: [instance({ userData: CLEAN })] },
    { title: "base64 user data of a launch template without credentials", resources: [template({ userData: b64(CLEAN) })] },
    { title: "a launch configuration with clean base64 user data", resources: [configuration({ userDataBase64: b64(CLEAN) })] },
    {
      title: "user data passed as a Pulumi secret",
      resources: [instance({ userData: secret(`export AWS_ACCESS_KEY_ID=${FAKE_KEY_ID}`) })],
    },
  ],
  violating: [
    {
      title: "an access key pair in an instance's user data",
      resources: [
        instance({
          userData: `#!/bin/bash\naws configure set aws_secret_access_key ${FAKE_SECRET_KEY}\nexport AWS_ACCESS_KEY_ID=${FAKE_KEY_ID}\n`,
        }),
      ],
      codes: ["credential-in-value"],
    },
    {
      title: "a private key in a launch template's base64 user data",
      resources: [template({ userData: b64(`#!/bin/bash\ncat > /etc/ssl/app.key <<EOF\n${FAKE_PEM}\nEOF\n`) })],
      codes: ["credential-in-value"],
    },
    {
      title: "one finding per property of a launch configuration",
      resources: [
        configuration({
          userData: "#!/bin/bash\ngit clone https://deploy:s3cr3t@git.example.com/app.git\n",
          userDataBase64: b64("mysql -u root password=hunter2"),
        }),
      ],
      codes: ["credential-in-value", "credential-in-value"],
    },
    {
      title: "the message names the property and the kind, never the value",
      resources: [instance({ userDataBase64: b64(`AWS_ACCESS_KEY_ID=${FAKE_KEY_ID}`) })],
      problems: ["`userDataBase64` holds something that looks like an AWS access key id"],
    },
  ],
  notApplicable: [{ title: "an instance without user data", resources: [instance({})], reason: "No user data is set" }],
  unknown: [
    { title: "user data rendered from Outputs", resources: [instance({ userData: UNKNOWN.string })] },
    { title: "launch template user data rendered from Outputs", resources: [template({ userData: UNKNOWN.string })] },
  ],
});
