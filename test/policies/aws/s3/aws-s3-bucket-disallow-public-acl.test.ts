import rule from "../../../../policies/aws/s3/aws-s3-bucket-disallow-public-acl";
import { AWS } from "../../../../policies/core/tokens";
import { describeRule, resource, UNKNOWN } from "../../../support/rules";

const ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";
const AUTHENTICATED = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";
const OWNER = { id: "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be" };

const bucket = (type: string = AWS.s3Bucket, props: Record<string, unknown> = {}) =>
  resource(type, "assets", { bucket: "assets-1a2b", ...props });
const bucketAcl = (props: Record<string, unknown>, type: string = AWS.s3BucketAcl) =>
  resource(type, "assets-acl", { bucket: "assets-1a2b", ...props });
const grant = (uri: string, permission = "READ") => ({ grantee: { type: "Group", uri }, permission });

describeRule(rule, {
  compliant: [
    { title: "bucket without an acl (default private)", resources: [bucket()] },
    { title: "BucketV2 with acl=private", resources: [bucket(AWS.s3BucketV2, { acl: "private" })] },
    { title: "bucket with acl=log-delivery-write", resources: [bucket(AWS.s3Bucket, { acl: "log-delivery-write" })] },
    {
      title: "bucket grant to a canonical user",
      resources: [bucket(AWS.s3Bucket, { grants: [{ type: "CanonicalUser", id: OWNER.id, permissions: ["FULL_CONTROL"] }] })],
    },
    { title: "BucketAcl with acl=private", resources: [bucketAcl({ acl: "private" })] },
    {
      title: "BucketAclV2 granting the log delivery group",
      resources: [
        bucketAcl(
          { accessControlPolicy: { owner: OWNER, grants: [grant("http://acs.amazonaws.com/groups/s3/LogDelivery", "WRITE")] } },
          AWS.s3BucketAclV2,
        ),
      ],
    },
    {
      title: "allow-listed website bucket with acl=public-read",
      resources: [bucket(AWS.s3Bucket, { bucket: "www-example-com", acl: "public-read" })],
      config: { allowedBuckets: ["www-*"] },
    },
    {
      title: "allow-listed by resource name although its bucket name is computed",
      resources: [bucketAcl({ bucket: UNKNOWN.string, acl: "public-read" })],
      config: { allowedBuckets: ["assets-acl"] },
    },
  ],
  violating: [
    { title: "bucket with acl=public-read", resources: [bucket(AWS.s3Bucket, { acl: "public-read" })], codes: ["public-canned-acl"] },
    {
      title: "BucketV2 with acl=public-read-write",
      resources: [bucket(AWS.s3BucketV2, { acl: "public-read-write" })],
      codes: ["public-canned-acl"],
    },
    {
      title: "bucket grant to AllUsers and to AuthenticatedUsers",
      resources: [
        bucket(AWS.s3Bucket, {
          grants: [
            { type: "Group", uri: ALL_USERS, permissions: ["READ"] },
            { type: "Group", uri: AUTHENTICATED, permissions: ["WRITE"] },
          ],
        }),
      ],
      codes: ["public-grant", "public-grant"],
    },
    { title: "BucketAcl with acl=authenticated-read", resources: [bucketAcl({ acl: "authenticated-read" })], codes: ["public-canned-acl"] },
    {
      title: "BucketAclV2 granting AllUsers READ",
      resources: [bucketAcl({ accessControlPolicy: { owner: OWNER, grants: [grant(ALL_USERS)] } }, AWS.s3BucketAclV2)],
      codes: ["public-grant"],
    },
    {
      title: "public bucket that the allow-list does not name",
      resources: [bucket(AWS.s3Bucket, { acl: "public-read" })],
      config: { allowedBuckets: ["www-*"] },
      codes: ["public-canned-acl"],
    },
  ],
  notApplicable: [],
  unknown: [
    { title: "bucket whose acl is computed", resources: [bucket(AWS.s3Bucket, { acl: UNKNOWN.string })] },
    {
      title: "public BucketAcl whose bucket name is computed, with an allow-list",
      resources: [bucketAcl({ bucket: UNKNOWN.string, acl: "public-read" })],
      config: { allowedBuckets: ["www-*"] },
    },
  ],
});
