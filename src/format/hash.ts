import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import canonicalize from "canonicalize";
import type { RuleSet } from "./schema.js";

/**
 * The content hash of a rule set: `sha256:` and the hex SHA-256 of its RFC 8785 canonical JSON,
 * without `$schema`. Key order and whitespace never change it; any change of content does.
 * Defaults are not filled in, so a document keeps its hash across library versions.
 *
 * @example
 * ```ts
 * hashRuleSet(ruleSet) // "sha256:9f2c…"
 * ```
 */
export function hashRuleSet(ruleSet: RuleSet): string {
  const { $schema: _ignored, ...content } = ruleSet;
  const text = canonicalize(content);
  if (text === undefined) throw new TypeError("hashRuleSet: the rule set is not JSON");
  return `sha256:${bytesToHex(sha256(utf8ToBytes(text)))}`;
}
