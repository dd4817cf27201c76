import { QueryEngine } from './engine.js';
import { readOutputFolder, type OutputFolder } from './load.js';

export { QueryEngine, engineMessage, queryHint, type QueryResult, type QueryValue, type QueryParameters } from './engine.js';
export { readOutputFolder, type OutputFolder, type SkippedFile } from './load.js';
export { PRESETS, findPreset, presetParameters, type Preset, type PresetOptions } from './presets.js';
export { exportViews, EXPORT_FORMATS, type ExportFormat, type ExportedTable } from './export.js';
export { formatResult, toCsv, toJson, toJsonRows, toTable, OUTPUT_FORMATS, UTF8_BOM, LIST_SEPARATOR, type OutputFormat } from './format.js';
export { VIEWS, VIEW_ALIASES, flattenSections, type ViewSpec, type ColumnSpec, type SourceDocument } from './views.js';

export interface OpenedFolder {
  folder: OutputFolder;
  engine: QueryEngine;
}

/** Reads an output folder and loads its plan documents into a fresh in-memory engine; close the engine when done. */
export async function openOutputFolder(path: string): Promise<OpenedFolder> {
  const folder = await readOutputFolder(path);
  return { folder, engine: await QueryEngine.open(folder.documents) };
}

/** Runs `use` with an engine over the folder and always closes it. */
export async function withOutputFolder<T>(path: string, use: (opened: OpenedFolder) => Promise<T>): Promise<T> {
  const opened = await openOutputFolder(path);
  try {
    return await use(opened);
  } finally {
    opened.engine.close();
  }
}
