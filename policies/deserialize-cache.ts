/**
 * @pulumi/policy deserializes a resource's properties once per policy: in Analyze for every
 * multi-type policy, and in AnalyzeStack every stack policy deserializes every resource again, so
 * a stack of 50,000 resources with 30 stack rules was deserialized 1.5 million times. The server
 * looks `deserializeProperties` up on the module's exports at each call, and the protobuf Struct of
 * a request is the same object for every policy, so caching by Struct gives every policy the same
 * plain object (each still behind its own unknown-checking proxy). Rules never mutate their props
 * (they are pure), which is what makes sharing safe. Only the pack entry installs this.
 */
type Deserialize = (struct: object, proxySecrets: boolean) => Record<string, unknown>;

export function installDeserializeCache(): void {
  // The module is internal to @pulumi/policy (its .d.ts is empty); the pinned version is tested.
  const module = require("@pulumi/policy/deserialize") as { deserializeProperties: Deserialize };
  const original = module.deserializeProperties;
  const cache = new WeakMap<object, Record<string, unknown>>();
  module.deserializeProperties = (struct, proxySecrets) => {
    // Remediation deserializes with secret-preserving proxies; leave it alone.
    if (proxySecrets) return original(struct, proxySecrets);
    let props = cache.get(struct);
    if (props === undefined) {
      props = original(struct, false);
      cache.set(struct, props);
    }
    return props;
  };
}
