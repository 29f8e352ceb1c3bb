const cache = new Map<string, RegExp>();

/** Compiles a glob where `*` matches any run of characters (URNs and type tokens contain `/` and `:`). */
export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (re === undefined) {
    const source = glob
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*");
    re = new RegExp(`^${source}$`);
    cache.set(glob, re);
  }
  return re;
}

export function globMatches(glob: string, text: string): boolean {
  return globToRegExp(glob).test(text);
}
