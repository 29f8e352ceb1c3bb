import { rules as awsApigateway } from "./aws/apigateway";
import { rules as awsApigatewayv2 } from "./aws/apigatewayv2";
import { rules as awsBackup } from "./aws/backup";
import { rules as awsCloudfront } from "./aws/cloudfront";
import { rules as awsCloudtrail } from "./aws/cloudtrail";
import { rules as awsCloudwatch } from "./aws/cloudwatch";
import { rules as awsCognito } from "./aws/cognito";
import { rules as awsDms } from "./aws/dms";
import { rules as awsDynamodb } from "./aws/dynamodb";
import { rules as awsEbs } from "./aws/ebs";
import { rules as awsEc2 } from "./aws/ec2";
import { rules as awsEfs } from "./aws/efs";
import { rules as awsEks } from "./aws/eks";
import { rules as awsElasticache } from "./aws/elasticache";
import { rules as awsElb } from "./aws/elb";
import { rules as awsIam } from "./aws/iam";
import { rules as awsIdentitystore } from "./aws/identitystore";
import { rules as awsKms } from "./aws/kms";
import { rules as awsLambda } from "./aws/lambda";
import { rules as awsLb } from "./aws/lb";
import { rules as awsOpensearch } from "./aws/opensearch";
import { rules as awsRds } from "./aws/rds";
import { rules as awsRedshift } from "./aws/redshift";
import { rules as awsS3 } from "./aws/s3";
import { rules as awsSecretsmanager } from "./aws/secretsmanager";
import { rules as awsSns } from "./aws/sns";
import { rules as awsSqs } from "./aws/sqs";
import { rules as awsSsm } from "./aws/ssm";
import { rules as azureAuthorization } from "./azure/authorization";
import { rules as azureCompute } from "./azure/compute";
import { rules as azureContainerservice } from "./azure/containerservice";
import { rules as azureCosmosdb } from "./azure/cosmosdb";
import { rules as azureDbformysql } from "./azure/dbformysql";
import { rules as azureDbforpostgresql } from "./azure/dbforpostgresql";
import { rules as azureKeyvault } from "./azure/keyvault";
import { rules as azureManagedservices } from "./azure/managedservices";
import { rules as azureMonitor } from "./azure/monitor";
import { rules as azureRecoveryservices } from "./azure/recoveryservices";
import { rules as azureRedis } from "./azure/redis";
import { rules as azureSql } from "./azure/sql";
import { rules as azureStorage } from "./azure/storage";
import { rules as azureWeb } from "./azure/web";
import { rules as classification } from "./classification";
import type { DutyId, Rule } from "./core/rule";
import { rules as ownership } from "./ownership";

/** Every rule the pack ships, gathered explicitly from each service's index. */
export const RULES: readonly Rule[] = [
  ...ownership,
  ...classification,
  ...awsApigateway,
  ...awsApigatewayv2,
  ...awsBackup,
  ...awsCloudfront,
  ...awsCloudtrail,
  ...awsCloudwatch,
  ...awsCognito,
  ...awsDms,
  ...awsDynamodb,
  ...awsEbs,
  ...awsEc2,
  ...awsEfs,
  ...awsEks,
  ...awsElasticache,
  ...awsElb,
  ...awsIam,
  ...awsIdentitystore,
  ...awsKms,
  ...awsLambda,
  ...awsLb,
  ...awsOpensearch,
  ...awsRds,
  ...awsRedshift,
  ...awsS3,
  ...awsSecretsmanager,
  ...awsSns,
  ...awsSqs,
  ...awsSsm,
  ...azureAuthorization,
  ...azureCompute,
  ...azureContainerservice,
  ...azureCosmosdb,
  ...azureDbformysql,
  ...azureDbforpostgresql,
  ...azureKeyvault,
  ...azureManagedservices,
  ...azureMonitor,
  ...azureRecoveryservices,
  ...azureRedis,
  ...azureSql,
  ...azureStorage,
  ...azureWeb,
];

export const RULE_BY_NAME: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.name, rule]));

/** Rule name -> duty, for the map loader (exceptions) and the map rules. */
export const RULE_DUTIES: ReadonlyMap<string, DutyId> = new Map(RULES.map((rule) => [rule.name, rule.duty]));
