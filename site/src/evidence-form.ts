import { h } from "./dom.js";
import { createFieldControl, type FieldControl, rangeHint } from "./field-control.js";
import { fieldLabel, groupTitle, sentenceCase } from "./labels.js";
import {
  type EvidenceChange,
  type EvidenceDocument,
  type EvidenceField,
  type Issue,
  organisationTypes,
  type RuleSet,
} from "./lib.js";
import { deletePath, readPath, writePath } from "./paths.js";

/** The evidence form of one rule set: organisation, judgement date and every declared field. */
export interface EvidenceForm {
  readonly element: HTMLElement;
  /** Shows a document; returns the declared paths whose values do not fit their field. */
  fill(document: EvidenceDocument): string[];
  /** The document in the form: `base` (provenance, undeclared fields) with the form's values over it. */
  read(base: EvidenceDocument): { document: EvidenceDocument; problems: Issue[] };
  /** Writes improvement-plan changes into the form. */
  apply(changes: readonly EvidenceChange[]): void;
  /** Marks the controls of these paths invalid (and clears the others). */
  markInvalid(paths: ReadonlySet<string>): void;
}

function fieldRow(path: string, field: EvidenceField, fc: FieldControl): HTMLElement {
  const id = fc.control.id;
  const unit = field.type === "percent" ? "%" : field.unit;
  const hint = [field.description, rangeHint(field)].filter(Boolean).join(" ");
  fc.control.setAttribute("aria-describedby", `${id}-hint`);
  fc.control.classList.add(`control-${field.type}`);
  return h(
    "div",
    { class: "field" },
    h("label", { for: id }, fieldLabel(path, field)),
    h("p", { class: "hint", id: `${id}-hint` }, hint, " ", h("code", { class: "path" }, path)),
    h(
      "div",
      { class: "control-row" },
      fc.control,
      unit ? h("span", { class: "unit" }, unit) : null,
    ),
  );
}

function groups(ruleSet: RuleSet): Map<string, string[]> {
  const byGroup = new Map<string, string[]>();
  for (const path of Object.keys(ruleSet.evidence)) {
    const group = path.split(".")[0] ?? path;
    byGroup.set(group, [...(byGroup.get(group) ?? []), path]);
  }
  return byGroup;
}

function textInput(
  id: string,
  type: string,
  label: string,
  hint?: string,
): [HTMLElement, HTMLInputElement] {
  const input = h("input", { id, type, ...(hint ? { "aria-describedby": `${id}-hint` } : {}) });
  const row = h(
    "div",
    { class: "field" },
    h("label", { for: id }, label),
    hint ? h("p", { class: "hint", id: `${id}-hint` }, hint) : null,
    input,
  );
  return [row, input];
}

/** Builds the form from the rule set's evidence declarations, grouped by the first path segment. */
export function createEvidenceForm(ruleSet: RuleSet): EvidenceForm {
  const controls = new Map<string, FieldControl>();
  const types = organisationTypes(ruleSet);
  const [nameRow, name] = textInput("org-name", "text", "Organisation name");
  const [idRow, orgId] = textInput(
    "org-id",
    "text",
    "Organisation code",
    "For example an ODS code.",
  );
  const [asOfRow, asOf] = textInput(
    "as-of",
    "date",
    "Judgement date",
    "Evidence older than a field's maximum age at this date is stale. Leave empty for today.",
  );
  const type = h(
    "select",
    { id: "org-type" },
    ...types.map((t) => h("option", { value: t }, sentenceCase(t))),
  );
  const typeRow = h(
    "div",
    { class: "field" },
    h("label", { for: "org-type" }, "Organisation type"),
    type,
  );

  const element = h(
    "div",
    { class: "evidence-fields" },
    h(
      "fieldset",
      { class: "group" },
      h("legend", {}, h("h3", {}, "Organisation")),
      nameRow,
      idRow,
      typeRow,
      asOfRow,
    ),
  );
  for (const [group, paths] of groups(ruleSet)) {
    const set = h("fieldset", { class: "group" }, h("legend", {}, h("h3", {}, groupTitle(group))));
    for (const path of paths) {
      const field = ruleSet.evidence[path]!;
      const fc = createFieldControl(path, field);
      controls.set(path, fc);
      set.append(fieldRow(path, field, fc));
    }
    element.append(set);
  }

  const setType = (value: string) => {
    if (!Array.from(type.options).some((o) => o.value === value))
      type.append(h("option", { value }, `${sentenceCase(value)} (not in this rule set)`));
    type.value = value;
  };

  return {
    element,
    fill(document) {
      name.value = document.organisation.name ?? "";
      orgId.value = document.organisation.id ?? "";
      setType(document.organisation.type);
      asOf.value = document.asOf ?? "";
      const unfit: string[] = [];
      for (const [path, fc] of controls) {
        if (!fc.write(readPath(document.evidence, path))) unfit.push(path);
      }
      return unfit;
    },
    read(base) {
      const evidence = structuredClone(base.evidence) as Record<string, unknown>;
      const problems: Issue[] = [];
      for (const [path, fc] of controls) {
        const value = fc.read();
        if (Number.isNaN(value))
          problems.push({
            path: `evidence.${path}`,
            code: "not-a-number",
            message: "is not a number",
          });
        if (value === undefined || Number.isNaN(value)) deletePath(evidence, path);
        else writePath(evidence, path, value);
      }
      const { id: _id, name: _name, ...others } = base.organisation;
      const [idText, nameText] = [orgId.value.trim(), name.value.trim()];
      const organisation = {
        ...(idText ? { id: idText } : {}),
        ...(nameText ? { name: nameText } : {}),
        ...others,
        type: type.value,
      };
      const { asOf: _asOf, ...rest } = base;
      const document: EvidenceDocument = {
        ...rest,
        organisation,
        ...(asOf.value ? { asOf: asOf.value } : {}),
        evidence,
      };
      return { document, problems };
    },
    apply(changes) {
      for (const change of changes) controls.get(change.path)?.write(change.to);
    },
    markInvalid(paths) {
      for (const [path, fc] of controls) {
        if (paths.has(path)) fc.control.setAttribute("aria-invalid", "true");
        else fc.control.removeAttribute("aria-invalid");
      }
    },
  };
}
