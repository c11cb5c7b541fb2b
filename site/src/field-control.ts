import { fieldId, h } from "./dom.js";
import { sentenceCase } from "./labels.js";
import type { EvidenceField } from "./lib.js";

/** The form control of one evidence field, and how to read and write its value. */
export interface FieldControl {
  readonly path: string;
  readonly field: EvidenceField;
  readonly control: HTMLInputElement | HTMLSelectElement;
  /** The value in the form: `undefined` when not provided; `NaN` when the text is not a number. */
  read(): unknown;
  /** Shows a value; returns false when it does not fit the field (the control is left empty). */
  write(value: unknown): boolean;
}

function numberBounds(field: EvidenceField): { min?: number; max?: number; step: string } {
  switch (field.type) {
    case "percent":
      return { min: 0, max: 100, step: "any" };
    case "count":
      return {
        min: field.min ?? 0,
        ...(field.max === undefined ? {} : { max: field.max }),
        step: "1",
      };
    case "integer":
    case "number": {
      const bounds: { min?: number; max?: number } = {};
      if (field.min !== undefined) bounds.min = field.min;
      if (field.max !== undefined) bounds.max = field.max;
      return { ...bounds, step: field.type === "integer" ? "1" : "any" };
    }
    default:
      return { step: "any" };
  }
}

function select(id: string, options: readonly [string, string][]): HTMLSelectElement {
  return h("select", { id }, ...options.map(([value, text]) => h("option", { value }, text)));
}

function numberControl(path: string, field: EvidenceField, id: string): FieldControl {
  const { min, max, step } = numberBounds(field);
  const control = h("input", { id, type: "number", inputmode: "decimal", min, max, step });
  return {
    path,
    field,
    control,
    read: () =>
      control.validity.badInput
        ? Number.NaN
        : control.value === ""
          ? undefined
          : Number(control.value),
    write(value) {
      const fits = typeof value === "number" && Number.isFinite(value);
      control.value = fits ? String(value) : "";
      return fits || value === undefined || value === null;
    },
  };
}

function choiceControl(path: string, field: EvidenceField, id: string): FieldControl {
  const values = field.type === "enum" ? field.values : ["true", "false"];
  const text = (v: string) =>
    field.type === "enum" ? sentenceCase(v) : v === "true" ? "Yes" : "No";
  const control = select(id, [
    ["", "Not provided"],
    ...values.map((v): [string, string] => [v, text(v)]),
  ]);
  const fromText = (v: string) => (field.type === "boolean" ? v === "true" : v);
  return {
    path,
    field,
    control,
    read: () => (control.value === "" ? undefined : fromText(control.value)),
    write(value) {
      const asText = typeof value === "boolean" || typeof value === "string" ? String(value) : "";
      const fits =
        asText !== "" &&
        values.includes(asText) &&
        typeof value === (field.type === "boolean" ? "boolean" : "string");
      control.value = fits ? asText : "";
      return fits || value === undefined || value === null;
    },
  };
}

function textControl(path: string, field: EvidenceField, id: string): FieldControl {
  const control = h("input", { id, type: field.type === "date" ? "date" : "text" });
  return {
    path,
    field,
    control,
    read: () => (control.value === "" ? undefined : control.value),
    write(value) {
      control.value = typeof value === "string" ? value : "";
      // A date input drops text that is not an ISO date.
      const fits = typeof value === "string" && control.value === value;
      return fits || value === undefined || value === null;
    },
  };
}

/** Creates the control for one declared evidence field: number inputs, selects, dates or text. */
export function createFieldControl(path: string, field: EvidenceField): FieldControl {
  const id = fieldId(path);
  switch (field.type) {
    case "boolean":
    case "enum":
      return choiceControl(path, field, id);
    case "date":
    case "string":
      return textControl(path, field, id);
    default:
      return numberControl(path, field, id);
  }
}

/** A short hint on the range a number field accepts: "0 to 100", "at least 0", or nothing. */
export function rangeHint(field: EvidenceField): string | undefined {
  if (
    field.type === "boolean" ||
    field.type === "enum" ||
    field.type === "date" ||
    field.type === "string"
  )
    return undefined;
  const { min, max } = numberBounds(field);
  const noun =
    field.type === "percent"
      ? "A percentage"
      : field.type === "number"
        ? "A number"
        : "A whole number";
  if (min !== undefined && max !== undefined) return `${noun} from ${min} to ${max}.`;
  if (min !== undefined) return `${noun} of at least ${min}.`;
  if (max !== undefined) return `${noun} of at most ${max}.`;
  return field.type === "number" ? undefined : `${noun}.`;
}
