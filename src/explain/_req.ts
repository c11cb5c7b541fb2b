import type { Comparison, FieldInfo } from "./_field.js";

/** Runs compiled logic on the evaluation data. */
export type Run = (data: unknown) => unknown;

/** One side of a comparison: a literal, or an expression of other fields worked out on the data. */
export type Side =
  | { readonly t: "literal"; readonly value: number | string | boolean }
  | {
      readonly t: "expression";
      readonly run: Run;
      /** "0.2 points below the benchmark-group median"; null when it cannot be put into words. */
      readonly phrase: string | null;
      readonly fields: readonly FieldInfo[];
    };

/**
 * A level condition as requirements that can be written out, with `!` already pushed down to the
 * comparisons. Built once per benchmark; rendered for each organisation.
 */
export type Requirement =
  | { readonly t: "and" | "or"; readonly items: readonly Requirement[] }
  | {
      readonly t: "compare";
      readonly field: FieldInfo;
      readonly op: Comparison;
      readonly sides: readonly Side[];
    }
  | {
      readonly t: "compare-expression";
      readonly subject: Extract<Side, { t: "expression" }>;
      readonly op: Comparison;
      readonly sides: readonly Side[];
    }
  | { readonly t: "boolean"; readonly field: FieldInfo; readonly value: boolean }
  | {
      readonly t: "member";
      readonly field: FieldInfo;
      readonly values: readonly (string | number)[];
      readonly negate: boolean;
    }
  | {
      readonly t: "contains";
      readonly field: FieldInfo;
      readonly text: string;
      readonly negate: boolean;
    }
  | { readonly t: "present"; readonly field: FieldInfo; readonly negate: boolean }
  /** A condition on the organisation type only: decided for each organisation, never written out. */
  | { readonly t: "decided"; readonly run: Run; readonly negate: boolean }
  /** `if`: the branch the organisation's data selects is written out. */
  | {
      readonly t: "if";
      readonly conditions: readonly Run[];
      readonly branches: readonly Requirement[];
      readonly fields: readonly FieldInfo[];
    }
  | { readonly t: "constant"; readonly value: boolean };

/** Fields a requirement is about (subjects) and fields it compares them with (references). */
export interface FieldRoles {
  readonly subjects: FieldInfo[];
  /** Reference fields with the subject they are compared with. */
  readonly references: { readonly field: FieldInfo; readonly against: FieldInfo | undefined }[];
}

/** Collects the subjects and references of requirements, in the order they are written. */
export function fieldRoles(requirements: readonly Requirement[]): FieldRoles {
  const roles: FieldRoles = { subjects: [], references: [] };
  const subject = (f: FieldInfo) => {
    if (!roles.subjects.includes(f)) roles.subjects.push(f);
  };
  const sides = (list: readonly Side[], against: FieldInfo | undefined) => {
    for (const side of list)
      if (side.t === "expression")
        for (const field of side.fields) roles.references.push({ field, against });
  };
  const walk = (r: Requirement): void => {
    switch (r.t) {
      case "and":
      case "or":
        r.items.forEach(walk);
        return;
      case "compare":
        subject(r.field);
        sides(r.sides, r.field);
        return;
      case "compare-expression":
        r.subject.fields.forEach(subject);
        sides(r.sides, r.subject.fields[0]);
        return;
      case "boolean":
      case "member":
      case "contains":
      case "present":
        subject(r.field);
        return;
      case "if":
        r.fields.forEach(subject);
        r.branches.forEach(walk);
        return;
      default:
        return;
    }
  };
  requirements.forEach(walk);
  return roles;
}

/**
 * What a requirement's wording depends on: nothing (`fixed`), the organisation type only (`type`),
 * or the evidence itself (`data`: arithmetic on other fields, `if` on evidence).
 */
export function dependence(r: Requirement): "fixed" | "type" | "data" {
  switch (r.t) {
    case "and":
    case "or": {
      let worst: "fixed" | "type" | "data" = "fixed";
      for (const item of r.items) {
        const d = dependence(item);
        if (d === "data") return d;
        if (d === "type") worst = d;
      }
      return worst;
    }
    case "compare":
      return r.sides.some((s) => s.t === "expression") ? "data" : "fixed";
    case "compare-expression":
      return "data";
    case "decided":
      return "type";
    case "if":
      return r.fields.length > 0 || r.branches.some((b) => dependence(b) === "data")
        ? "data"
        : "type";
    default:
      return "fixed";
  }
}
