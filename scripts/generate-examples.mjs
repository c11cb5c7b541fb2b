#!/usr/bin/env node
// Writes a CSV of fictional organisations whose evidence follows a rule set's declarations.
// Deterministic: the same --seed, --rows and rule set always give the same bytes. No dependencies.
//
//   node scripts/generate-examples.mjs                       # examples/batch.csv, 300 rows
//   node scripts/generate-examples.mjs --rows 50000 --out /tmp/batch-50k.csv --seed bench
//
// Options: --rows N (default 300), --out PATH (default examples/batch.csv),
// --seed S (any string, default "well-led"), --rules PATH (default rules/well-led/2.0.0.json),
// --missing RATE (share of cells left empty at random, default 0.03).
//
// Columns: organisation.id, organisation.name, organisation.type, then every declared evidence
// path in declaration order. Booleans are true/false, dates ISO, an empty cell is missing.
// Each organisation has a hidden "quality" factor that moves most of its values together, so the
// judgements spread from inadequate to outstanding. Names and ids are invented: ids are seven
// characters (RX00001 for trusts, YX00001 for practices), longer than any real ODS code.

import { createWriteStream, mkdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const { values: args } = parseArgs({
  options: {
    rows: { type: "string", default: "300" },
    out: { type: "string" },
    seed: { type: "string", default: "well-led" },
    rules: { type: "string" },
    missing: { type: "string", default: "0.03" },
  },
});
// Paths given on the command line are relative to the working directory; defaults to the repo.
const outPath = args.out ? resolve(args.out) : resolve(ROOT, "examples/batch.csv");
const rulesPath = args.rules ? resolve(args.rules) : resolve(ROOT, "rules/well-led/2.0.0.json");
const rows = Number(args.rows);
const missingRate = Number(args.missing);
if (!Number.isInteger(rows) || rows < 1) fail("--rows must be a positive integer");
if (!(missingRate >= 0 && missingRate < 1)) fail("--missing must be a number from 0 to below 1");

function fail(message) {
  process.stderr.write(`generate-examples: ${message}\n`);
  process.exit(2);
}

// ---- deterministic random numbers: FNV-1a hash of the seed, then mulberry32
function hashSeed(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
function createRandom(seed) {
  let state = hashSeed(seed);
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => {
    const u = 1 - next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  const pick = (list) => list[Math.floor(next() * list.length)];
  const weighted = (entries) => {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = next() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    return entries[entries.length - 1][0];
  };
  return { next, normal, pick, weighted };
}

// ---- how each known field is distributed; unknown fields fall back to their declared type
// mean/sd may be per organisation type; rho links the value to the organisation's quality
// (negative: better organisations have less of it); rel: offset from another field's value;
// p: log-odds of true at average quality, with slope b; full: log-odds that a percentage is 100.
const T = (acute, mh, community, ambulance, pc) => ({
  acute,
  "mental-health": mh,
  community,
  ambulance,
  "primary-care": pc,
});
const BOARD_ONLY = ["primary-care"];
const PROFILES = {
  "nss.surveyYear": { constant: 2023 },
  "nss.engagementMedian": { mean: T(6.8, 6.95, 7.05, 6.1, 7.0), sd: 0.05, rho: 0, dp: 2 },
  "nss.engagement": { rel: "nss.engagementMedian", mean: 0, sd: 0.3, rho: 0.8, dp: 2 },
  "nss.appraisalClearObjectivesNational": { constant: 33.6 },
  "nss.appraisalClearObjectivesPct": {
    rel: "nss.appraisalClearObjectivesNational",
    mean: 1,
    sd: 5,
    rho: 0.7,
    dp: 1,
  },
  "nss.compassionateLeadershipMedian": {
    mean: T(7.0, 7.2, 7.25, 6.5, 7.2),
    sd: 0.05,
    rho: 0,
    dp: 2,
  },
  "nss.compassionateLeadership": {
    rel: "nss.compassionateLeadershipMedian",
    mean: 0,
    sd: 0.28,
    rho: 0.8,
    dp: 2,
  },
  "nss.lineManagementMedian": { mean: T(6.9, 7.1, 7.15, 6.45, 7.1), sd: 0.05, rho: 0, dp: 2 },
  "nss.lineManagement": { rel: "nss.lineManagementMedian", mean: 0, sd: 0.28, rho: 0.8, dp: 2 },
  "nss.appraisedLast12MonthsPct": { mean: T(84, 86, 87, 76, 88), sd: 5, rho: 0.6, dp: 1 },
  "nss.raisingConcernsMedian": { mean: T(6.5, 6.7, 6.75, 5.9, 6.7), sd: 0.05, rho: 0, dp: 2 },
  "nss.raisingConcerns": { rel: "nss.raisingConcernsMedian", mean: 0, sd: 0.3, rho: 0.8, dp: 2 },
  "nss.secureRaisingClinicalConcernsPct": {
    mean: T(71.5, 74, 74, 66, 75),
    sd: 4.5,
    rho: 0.7,
    dp: 1,
  },
  "nss.confidentConcernAddressedPct": { mean: T(56.5, 59, 59, 47, 61), sd: 5, rho: 0.7, dp: 1 },
  "nss.fairCareerProgressionPct": { mean: T(56, 56, 58, 48, 58), sd: 4, rho: 0.6, dp: 1 },
  "nss.discriminationFromColleaguesPct": {
    mean: T(9.3, 10, 7.5, 12, 7),
    sd: 1.8,
    rho: -0.6,
    dp: 1,
  },
  "strategy.coProduced": { p: 1.5, b: 1.2 },
  "strategy.staffKnowStrategyPct": { mean: 74, sd: 10, rho: 0.7, dp: 0 },
  "strategy.deliveryRiskPlan": { p: 1.5, b: 1.2, na: BOARD_ONLY },
  "board.strategyReviewsPerYear": { mean: 3.5, sd: 1.3, rho: 0.5, dp: 0, na: BOARD_ONLY },
  "board.membersAppraisedOnLcfPct": { full: 0.8, b: 1.2, low: 75, na: BOARD_ONLY },
  "board.membersFpptCompletePct": { full: 3, b: 1, low: 83, na: BOARD_ONLY },
  "board.fpptAnnualSubmissionMade": { p: 3, b: 1, na: BOARD_ONLY },
  "ftsu.guardianInPost": { p: 3.5, b: 1 },
  "ftsu.boardReportsPerYear": { mean: 2.3, sd: 0.9, rho: 0.5, dp: 0 },
  "ftsu.policyAgeMonths": { mean: 20, sd: 12, rho: -0.4, dp: 0 },
  "edi.careerProgressionEthnicityGap": { mean: 6, sd: 4, rho: -0.5, dp: 1 },
  "edi.wresWdesPublished": { p: 3, b: 1, na: BOARD_ONLY },
  "edi.boardReviewedActionPlan": { p: 1.5, b: 1.2, na: BOARD_ONLY },
  "governance.committeeReviewAgeMonths": { mean: 13, sd: 6, rho: -0.5, dp: 0 },
  "governance.accountabilityFramework": { p: 2.5, b: 1 },
  "governance.riskReviewsPerYear": { mean: 3.8, sd: 1.2, rho: 0.5, dp: 0 },
  "governance.overdueRiskActionsPct": { mean: 13, sd: 7, rho: -0.6, dp: 0 },
  "governance.integratedPerformanceReport": { p: 3, b: 1, na: BOARD_ONLY },
  "governance.performanceReportsPerYear": {
    mean: 9.5,
    sd: 2,
    rho: 0.4,
    dp: 0,
    max: 12,
    na: BOARD_ONLY,
  },
  "governance.kpisWithDataQualityRatingPct": { mean: 78, sd: 15, rho: 0.6, dp: 0 },
  "governance.underperformanceActionPlanPct": { mean: 78, sd: 12, rho: 0.7, dp: 0 },
  "partnerships.strategyAlignedToSystemPlan": { p: 2, b: 1 },
  "partnerships.partnerFeedbackScore": { mean: 3.9, sd: 0.45, rho: 0.6, dp: 1 },
  "partnerships.healthInequalitiesPublished": { p: 1.5, b: 1, na: BOARD_ONLY },
  "partnerships.kpisDisaggregatedPct": { mean: 45, sd: 20, rho: 0.6, dp: 0, na: BOARD_ONLY },
  "learning.wellLedReviewAgeMonths": { mean: 36, sd: 15, rho: -0.4, dp: 0, na: BOARD_ONLY },
  "learning.wellLedReviewActionsDonePct": { mean: 78, sd: 14, rho: 0.6, dp: 0, na: BOARD_ONLY },
  "learning.improvementMethodAdopted": { p: 1.2, b: 1.2 },
  "learning.staffTrainedInImprovementPct": { mean: 20, sd: 10, rho: 0.6, dp: 0 },
  "learning.deathReviewsOnTimePct": { mean: 86, sd: 9, rho: 0.6, dp: 0, na: BOARD_ONLY },
  "learning.deathsReportsPerYear": { mean: 3.8, sd: 0.6, rho: 0.4, dp: 0, max: 6, na: BOARD_ONLY },
  "learning.patientsOfferedResearchPct": {
    mean: 24,
    sd: 12,
    rho: 0.5,
    dp: 0,
    na: ["ambulance", "primary-care"],
  },
  "environment.greenPlanApproved": { p: T(2.5, 2.5, 2.5, 2.5, -0.5), b: 1 },
  "environment.footprintMeasured": { p: T(1.5, 1.5, 1.5, 1.5, 0), b: 1 },
  "environment.carbonReductionPct": { mean: 2, sd: 3, rho: 0.4, dp: 1 },
  "environment.netZeroLeadNamed": { p: T(3, 3, 3, 3, 0.5), b: 1 },
  "environment.boardReportsPerYear": { mean: 2, sd: 1, rho: 0.4, dp: 0 },
  "regulatory.openRequirementNotices": { events: -2.2, b: -1.2, most: 3 },
  "regulatory.openWarningNotices": { events: -4, b: -1.5, most: 2 },
  "regulatory.imposedConditions": { events: -5.5, b: -1.5, most: 1 },
  "managers.withRoleTargetsPct": { mean: 86, sd: 7, rho: 0.7, dp: 0 },
  "managers.targetsAlignedPct": { mean: 72, sd: 12, rho: 0.7, dp: 0 },
  "managers.ratingLeadershipEffectivePct": { mean: 68, sd: 10, rho: 0.7, dp: 0 },
  "managers.reportingObstaclesPct": { mean: 58, sd: 10, rho: -0.7, dp: 0 },
  "managers.perHundredWte": {
    mean: T(2, 2, 2, 1.6, 5.5),
    sd: T(0.5, 0.5, 0.5, 0.4, 1.5),
    rho: 0.3,
    dp: 1,
  },
  "training.managersCoreTrainedPct": { mean: 75, sd: 12, rho: 0.7, dp: 0 },
  "training.accreditedNationalStandard": { p: 0, b: 1.2 },
  "training.hoursPerManagerPerYear": { mean: 13, sd: 6, rho: 0.5, dp: 0 },
  "talent.criticalRolesWithSuccessorPct": { mean: 60, sd: 14, rho: 0.7, dp: 0 },
  "talent.reviewAgeMonths": { mean: 16, sd: 8, rho: -0.6, dp: 0 },
  "talent.policyInPlace": { p: 0.5, b: 1.2 },
  "wms.operations": { mean: 3, sd: 0.45, rho: 0.75, dp: 1 },
  "wms.monitoring": { mean: 2.9, sd: 0.45, rho: 0.75, dp: 1 },
  "wms.targets": { mean: 2.8, sd: 0.45, rho: 0.75, dp: 1 },
  "wms.people": { mean: 2.8, sd: 0.45, rho: 0.75, dp: 1 },
  "democracy.staffElectedMembers": { mean: 0.8, sd: 1, rho: 0.3, dp: 0, pilot: true },
  "democracy.staffSuggestionsActionedPct": { mean: 35, sd: 15, rho: 0.4, dp: 0, pilot: true },
};

const TYPE_MIX = [
  ["acute", 34],
  ["mental-health", 14],
  ["community", 10],
  ["ambulance", 4],
  ["primary-care", 38],
];

// ---- invented names
const FIRST =
  "Ash Bram Brook Calder Corn Dun Elm Fen Fox Gold Grey Hart Haw Holl Kest Lang Lark Marsh Mill Moor Oak Orm Pen Quarr Raven Rush Salt Stan Thorn Wolds Wren Yew".split(
    " ",
  );
const LAST =
  "bury combe dale den field ford gate ham holme hurst ley mere ridge stow thorpe ton well wick worth".split(
    " ",
  );
const SURNAMES =
  "Adeyemi Barker Chaudhry Doyle Evans Fitzgerald Greaves Hale Iqbal Jones Kaur Lowe Mensah Nolan Okafor Patel Quinn Ryder Shah Turner Ward Yeung".split(
    " ",
  );
const DIRECTIONS = "North South East West Upper Lower".split(" ");

function pickDistinct(random, list, n) {
  const chosen = [];
  while (chosen.length < n) {
    const item = random.pick(list);
    if (!chosen.includes(item)) chosen.push(item);
  }
  return chosen;
}

function placeName(random) {
  const base = random.pick(FIRST) + random.pick(LAST);
  return random.next() < 0.12 ? `${random.pick(DIRECTIONS)} ${base}` : base;
}

function organisationName(random, type) {
  const a = placeName(random);
  const b = placeName(random);
  switch (type) {
    case "acute":
      return random.pick([
        `${a} Hospitals NHS Foundation Trust`,
        `${a} and ${b} University Hospitals NHS Trust`,
        `${a} General Hospital NHS Trust`,
        `${a} and ${b} Hospitals NHS Foundation Trust`,
      ]);
    case "mental-health":
      return random.pick([
        `${a} and ${b} Mental Health NHS Foundation Trust`,
        `${a} Partnership NHS Foundation Trust`,
        `${a} Mental Health NHS Trust`,
      ]);
    case "community":
      return random.pick([
        `${a} Community Health NHS Trust`,
        `${a} and ${b} Community Healthcare NHS Trust`,
      ]);
    case "ambulance":
      return `${a} and ${b} Ambulance Service NHS Trust`;
    default: {
      const style = random.next();
      if (style < 0.2) {
        const [x, y, z] = pickDistinct(random, SURNAMES, 3);
        return random.next() < 0.5 ? `Drs ${x}, ${y} and ${z}` : `${a} Surgery, Drs ${x} and ${y}`;
      }
      if (style < 0.23) return `"The ${a}" Medical Practice`;
      if (style < 0.3) return `St ${random.pick(["Ann", "Luke", "Mary", "Peter"])}'s Surgery ${a}`;
      return random.pick([
        `${a} Medical Practice`,
        `The ${a} Surgery`,
        `${a} Health Centre`,
        `${a} and ${b} Medical Group`,
      ]);
    }
  }
}

// ---- values
const byType = (x, type) => (x !== null && typeof x === "object" ? x[type] : x);
const logistic = (x) => 1 / (1 + Math.exp(-x));
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
const roundTo = (x, dp) => Math.round(x * 10 ** dp) / 10 ** dp;

function rangeOf(field, profile) {
  if (field.type === "percent") return [0, 100];
  const lo = field.min ?? (field.type === "count" ? 0 : Number.NEGATIVE_INFINITY);
  return [
    lo,
    Math.min(field.max ?? Number.POSITIVE_INFINITY, profile.max ?? Number.POSITIVE_INFINITY),
  ];
}

function drawValue(random, field, profile, org, values) {
  const { type, quality } = org;
  if (profile.constant !== undefined) return profile.constant;
  if (field.type === "boolean") {
    const p = profile.p === undefined ? 1.5 : byType(profile.p, type);
    return random.next() < logistic(p + (profile.b ?? 1) * quality);
  }
  if (field.type === "enum") return random.pick(field.values);
  if (field.type === "date") {
    const day = Math.floor(random.next() * 365);
    return new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
  }
  if (field.type === "string") return "";
  const [lo, hi] = rangeOf(field, profile);
  const integral = field.type === "count" || field.type === "integer";
  if (profile.events !== undefined) {
    if (random.next() >= logistic(profile.events + profile.b * quality)) return 0;
    return 1 + Math.floor(random.next() * profile.most);
  }
  if (profile.full !== undefined) {
    if (random.next() < logistic(profile.full + profile.b * quality)) return 100;
    return roundTo(profile.low + random.next() * (99 - profile.low), 1);
  }
  // Fields without a profile: centre of a bounded range, else a small positive number.
  const bounded = Number.isFinite(lo) && Number.isFinite(hi);
  const fallbackMean = bounded ? (lo + hi) / 2 : Number.isFinite(lo) ? lo + 5 : 5;
  const mean = profile.mean === undefined ? fallbackMean : byType(profile.mean, type);
  const sd = profile.sd === undefined ? (bounded ? (hi - lo) / 8 : 2) : byType(profile.sd, type);
  const rho = profile.rho ?? 0.6;
  const base = profile.rel ? (values.get(profile.rel) ?? 0) : 0;
  const z = rho * quality + Math.sqrt(1 - rho * rho) * random.normal();
  const dp = integral ? 0 : (profile.dp ?? 1);
  return clamp(roundTo(base + mean + sd * z, dp), lo, hi);
}

function lastRating(random, quality) {
  if (random.next() < 0.02) return "not-rated";
  const z = 0.8 * quality + 0.6 * random.normal();
  if (z > 1.3) return "outstanding";
  if (z > -0.5) return "good";
  if (z > -1.6) return "requires-improvement";
  return "inadequate";
}

function drawOrganisation(random, index, fields) {
  const type = random.weighted(TYPE_MIX);
  // Centred above 0 because most benchmarks put "good" above the national figure.
  const org = { type, quality: 0.5 + 1.25 * random.normal() };
  const values = new Map();
  // Fields another field is relative to come first, so the relative one can read them.
  const order = [...fields].sort(
    ([a], [b]) => Number(Boolean(PROFILES[a]?.rel)) - Number(Boolean(PROFILES[b]?.rel)),
  );
  for (const [path, field] of order) {
    if (path === "cqc.lastOverallRating" && field.type === "enum") {
      values.set(path, lastRating(random, org.quality));
      continue;
    }
    values.set(path, drawValue(random, field, PROFILES[path] ?? {}, org, values));
  }
  const rating = values.get("cqc.lastOverallRating");
  for (const [path] of fields) {
    const profile = PROFILES[path] ?? {};
    const na = profile.na?.includes(type);
    const outsidePilot =
      profile.pilot &&
      (type === "primary-care" || !["requires-improvement", "inadequate"].includes(rating));
    if (na || outsidePilot || random.next() < missingRate) values.set(path, null);
  }
  const prefix = type === "primary-care" ? "YX" : "RX";
  return { id: `${prefix}${String(index + 1).padStart(5, "0")}`, type, values };
}

// ---- CSV
function cell(value) {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

async function main() {
  const ruleSet = JSON.parse(readFileSync(rulesPath, "utf8"));
  const fields = Object.entries(ruleSet.evidence);
  const random = createRandom(`${args.seed}:${ruleSet.id}@${ruleSet.version}`);
  mkdirSync(dirname(outPath), { recursive: true });
  const out = createWriteStream(outPath);
  const write = (text) =>
    out.write(text) ? Promise.resolve() : new Promise((done) => out.once("drain", done));

  await write(
    `${["organisation.id", "organisation.name", "organisation.type", ...fields.map(([p]) => p)].join(",")}\n`,
  );
  const names = new Set();
  let chunk = [];
  for (let i = 0; i < rows; i++) {
    const org = drawOrganisation(random, i, fields);
    let name = organisationName(random, org.type);
    for (let n = 2; names.has(name); n++)
      name = `${organisationName(random, org.type)}${n > 5 ? ` ${n}` : ""}`;
    names.add(name);
    chunk.push(
      [org.id, name, org.type, ...fields.map(([p]) => org.values.get(p))].map(cell).join(","),
    );
    if (chunk.length === 1000 || i === rows - 1) {
      await write(`${chunk.join("\n")}\n`);
      chunk = [];
    }
  }
  await new Promise((done, failed) => out.end((error) => (error ? failed(error) : done())));
  process.stderr.write(
    `generate-examples: wrote ${rows} organisations x ${fields.length} evidence fields to ${outPath}\n`,
  );
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
