import notebookInstanceDisallowDirectInternetAccess from "./aws-sagemaker-notebookinstance-disallow-direct-internet-access";

export const rules = [notebookInstanceDisallowDirectInternetAccess];
