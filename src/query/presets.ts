import { UsageError } from '../errors/index.js';
import type { QueryParameters } from './engine.js';

export interface PresetOptions {
  year?: number;
}

/** A ready-made question: SQL over the views, and the options it takes. */
export interface Preset {
  name: string;
  description: string;
  /** Options the preset needs, by CLI name; each becomes the `$name` parameter of the SQL. */
  needs: ReadonlyArray<keyof PresetOptions>;
  sql: string;
}

export const PRESETS: readonly Preset[] = [
  {
    name: 'documents',
    description: 'one line per plan: number, date, issuer, title and how much was extracted',
    needs: [],
    sql: `SELECT doc, number, date, issuer, title, pages, sections, targets, agencies, "references", dates
FROM documents
ORDER BY date NULLS LAST, doc`,
  },
  {
    name: 'targets-by-year',
    description: 'number of targets and of plans setting them, per target year (null: no year)',
    needs: [],
    sql: `SELECT year, count(*) AS targets, count(DISTINCT doc) AS documents, count(*) FILTER (WHERE yearly) AS yearly_targets
FROM targets
GROUP BY year
ORDER BY year NULLS LAST`,
  },
  {
    name: 'targets-due',
    description: 'the targets due in --year <YYYY>, by issuer of the plan, then plan and line',
    needs: ['year'],
    sql: `SELECT doc_issuer AS issuer, doc, doc_number, section, line, page, value, value_max, unit, comparator, subject
FROM targets
WHERE year = $year
ORDER BY issuer NULLS LAST, doc, line`,
  },
  {
    name: 'lead-agencies',
    description: 'agencies by number of lead roles (chủ trì), with participant roles, plans and tasks',
    needs: [],
    sql: `SELECT agency,
  count(*) FILTER (WHERE role = 'lead') AS lead_roles,
  count(*) FILTER (WHERE role = 'participant') AS participant_roles,
  count(DISTINCT doc) AS documents,
  sum(task_count) AS tasks
FROM agencies
GROUP BY agency
ORDER BY lead_roles DESC, documents DESC, agency`,
  },
  {
    name: 'cited-documents',
    description: 'documents cited by the plans, most cited first (type and issuer: the most frequent reading)',
    needs: [],
    sql: `SELECT number, mode(type) AS type, mode(issuer) AS issuer, min(date) AS date,
  count(DISTINCT doc) AS citing_documents, count(*) AS citations
FROM "references"
GROUP BY number
ORDER BY citing_documents DESC, citations DESC, number`,
  },
];

export function findPreset(name: string): Preset {
  const preset = PRESETS.find((candidate) => candidate.name === name);
  if (!preset) throw new UsageError(`unknown preset "${name}"`, `presets: ${PRESETS.map((known) => known.name).join(', ')}`);
  return preset;
}

/** The parameters a preset's SQL binds; a missing or unused option is a usage error. */
export function presetParameters(preset: Preset, options: PresetOptions): QueryParameters {
  const parameters: QueryParameters = {};
  for (const [name, value] of Object.entries(options) as Array<[keyof PresetOptions, unknown]>) {
    if (value !== undefined && !preset.needs.includes(name)) {
      throw new UsageError(`preset ${preset.name} takes no --${name}`);
    }
  }
  for (const name of preset.needs) {
    const value = options[name];
    if (value === undefined) throw new UsageError(`preset ${preset.name} needs --${name}`, `for example: vnplan query --preset ${preset.name} --${name} 2025`);
    parameters[name] = value;
  }
  return parameters;
}
