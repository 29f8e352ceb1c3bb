/**
 * Fake credentials for the secrets-hygiene tests, built at run time so no secret scanner mistakes
 * the test sources for a leak. They only have the shapes of real ones (AWS's documentation examples).
 */
export const FAKE_KEY_ID = `AKIA${"IOSFODNN7EXAMPLE"}`;
export const FAKE_TEMP_KEY_ID = `ASIA${"Y34FZKBOKMUTVV7A"}`;
export const FAKE_SECRET_KEY = `wJalrXUtnFEMI/K7MDENG/bPxRfiCY${"EXAMPLEKEY"}`;
export const FAKE_PEM = ["-----BEGIN RSA PRIVATE", "KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----"].join(" ");
