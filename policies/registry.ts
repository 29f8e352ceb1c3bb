import { rules as awsAccessanalyzer } from "./aws/accessanalyzer";
import { rules as awsAccount } from "./aws/account";
import { rules as awsApigateway } from "./aws/apigateway";
import { rules as awsApigatewayv2 } from "./aws/apigatewayv2";
import { rules as awsBackup } from "./aws/backup";
import { rules as awsCfg } from "./aws/cfg";
import { rules as awsCloudfront } from "./aws/cloudfront";
import { rules as awsCloudtrail } from "./aws/cloudtrail";
import { rules as awsCloudwatch } from "./aws/cloudwatch";
import { rules as awsCodebuild } from "./aws/codebuild";
import { rules as awsCognito } from "./aws/cognito";
import { rules as awsDms } from "./aws/dms";
import { rules as awsDocdb } from "./aws/docdb";
import { rules as awsDynamodb } from "./aws/dynamodb";
import { rules as awsEbs } from "./aws/ebs";
import { rules as awsEc2 } from "./aws/ec2";
import { rules as awsEcr } from "./aws/ecr";
import { rules as awsEcs } from "./aws/ecs";
import { rules as awsEfs } from "./aws/efs";
import { rules as awsEks } from "./aws/eks";
import { rules as awsElasticache } from "./aws/elasticache";
import { rules as awsElb } from "./aws/elb";
import { rules as awsEmr } from "./aws/emr";
import { rules as awsGuardduty } from "./aws/guardduty";
import { rules as awsIam } from "./aws/iam";
import { rules as awsIdentitystore } from "./aws/identitystore";
import { rules as awsKms } from "./aws/kms";
import { rules as awsLambda } from "./aws/lambda";
import { rules as awsLb } from "./aws/lb";
import { rules as awsMq } from "./aws/mq";
import { rules as awsMsk } from "./aws/msk";
import { rules as awsOpensearch } from "./aws/opensearch";
import { rules as awsRds } from "./aws/rds";
import { rules as awsRedshift } from "./aws/redshift";
import { rules as awsS3 } from "./aws/s3";
import { rules as awsSagemaker } from "./aws/sagemaker";
import { rules as awsSecretsmanager } from "./aws/secretsmanager";
import { rules as awsSecurityhub } from "./aws/securityhub";
import { rules as awsSns } from "./aws/sns";
import { rules as awsSqs } from "./aws/sqs";
import { rules as awsSsm } from "./aws/ssm";
import { rules as azureApp } from "./azure/app";
import { rules as azureAuthorization } from "./azure/authorization";
import { rules as azureCompute } from "./azure/compute";
import { rules as azureContainerinstance } from "./azure/containerinstance";
import { rules as azureContainerservice } from "./azure/containerservice";
import { rules as azureCosmosdb } from "./azure/cosmosdb";
import { rules as azureDbformysql } from "./azure/dbformysql";
import { rules as azureDbforpostgresql } from "./azure/dbforpostgresql";
import { rules as azureKeyvault } from "./azure/keyvault";
import { rules as azureManagedservices } from "./azure/managedservices";
import { rules as azureMonitor } from "./azure/monitor";
import { rules as azureNetwork } from "./azure/network";
import { rules as azureOperationalinsights } from "./azure/operationalinsights";
import { rules as azureRecoveryservices } from "./azure/recoveryservices";
import { rules as azureRedis } from "./azure/redis";
import { rules as azureSecurity } from "./azure/security";
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
  ...awsAccessanalyzer,
  ...awsAccount,
  ...awsApigateway,
  ...awsApigatewayv2,
  ...awsBackup,
  ...awsCfg,
  ...awsCloudfront,
  ...awsCloudtrail,
  ...awsCloudwatch,
  ...awsCodebuild,
  ...awsCognito,
  ...awsDms,
  ...awsDocdb,
  ...awsDynamodb,
  ...awsEbs,
  ...awsEc2,
  ...awsEcr,
  ...awsEcs,
  ...awsEfs,
  ...awsEks,
  ...awsElasticache,
  ...awsElb,
  ...awsGuardduty,
  ...awsEmr,
  ...awsIam,
  ...awsIdentitystore,
  ...awsKms,
  ...awsLambda,
  ...awsLb,
  ...awsMq,
  ...awsMsk,
  ...awsOpensearch,
  ...awsRds,
  ...awsRedshift,
  ...awsS3,
  ...awsSagemaker,
  ...awsSecretsmanager,
  ...awsSecurityhub,
  ...awsSns,
  ...awsSqs,
  ...awsSsm,
  ...azureApp,
  ...azureAuthorization,
  ...azureCompute,
  ...azureContainerinstance,
  ...azureContainerservice,
  ...azureCosmosdb,
  ...azureDbformysql,
  ...azureDbforpostgresql,
  ...azureKeyvault,
  ...azureManagedservices,
  ...azureMonitor,
  ...azureNetwork,
  ...azureOperationalinsights,
  ...azureRecoveryservices,
  ...azureRedis,
  ...azureSecurity,
  ...azureSql,
  ...azureStorage,
  ...azureWeb,
];

export const RULE_BY_NAME: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.name, rule]));

/** Rule name -> duty, for the map loader (exceptions) and the map rules. */
export const RULE_DUTIES: ReadonlyMap<string, DutyId> = new Map(RULES.map((rule) => [rule.name, rule.duty]));
