/**
 * File-system helpers for Node: load rule-set files and directories, read evidence files (JSON,
 * JSON Lines, CSV) and cases documents.
 *
 * @packageDocumentation
 */
export { FileError, formatIssue, formatLocation } from "./file-error.js";
export type { FileIssue, FileLocation } from "./file-error.js";
export { listRuleSetFiles, loadRuleSetDirectory, loadRuleSetFile } from "./load-rule-set.js";
export { evidenceFileFormat, readEvidenceFile } from "./read-evidence.js";
export type { EvidenceFileFormat, EvidenceRecord, ReadEvidenceOptions } from "./read-evidence.js";
export { listCasesFiles, readCasesFile } from "./read-cases.js";
