import notebookInstanceDisallowDeprecatedPlatform from "./aws-sagemaker-notebookinstance-disallow-deprecated-platform";
import notebookInstanceDisallowDirectInternetAccess from "./aws-sagemaker-notebookinstance-disallow-direct-internet-access";

export const rules = [notebookInstanceDisallowDirectInternetAccess, notebookInstanceDisallowDeprecatedPlatform];
