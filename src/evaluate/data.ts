/**
 * The data every benchmark condition (`appliesTo`, levels) is evaluated against: the declared
 * evidence fields nested by their dot paths (only declared fields; a missing field is absent or
 * `null`), plus `organisation.type` and nothing else of the organisation.
 *
 * @example
 * ```ts
 * const data: EvaluationData = { organisation: { type: "acute" }, managers: { withRoleTargetsPct: 81 } };
 * ```
 */
export type EvaluationData = { organisation: { type: string } } & Record<string, unknown>;
