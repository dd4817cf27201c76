import {
  DuckDBDataChunkWriter,
  DuckDBInstance,
  DuckDBTypeId,
  JSToDuckDBValueConverter,
  type DuckDBConnection,
  type DuckDBType,
  type JS,
  type Json,
} from '@duckdb/node-api';
import { UsageError } from '../errors/index.js';
import { VIEW_ALIASES, VIEWS, type SourceDocument, type ViewSpec } from './views.js';

export type QueryValue = Json;

export interface QueryResult {
  columns: string[];
  /** DuckDB type of each column, as SQL text (`VARCHAR`, `BIGINT`, `VARCHAR[]` …). */
  types: string[];
  rows: QueryValue[][];
}

/** Values bound to `$name` placeholders. */
export type QueryParameters = Record<string, string | number | boolean | null>;

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** Column types whose JSON form is a string only to stay lossless; small values read better as numbers. */
const WIDE_NUMBER_TYPES = new Set<DuckDBTypeId>([DuckDBTypeId.BIGINT, DuckDBTypeId.UBIGINT, DuckDBTypeId.HUGEINT, DuckDBTypeId.UHUGEINT, DuckDBTypeId.DECIMAL]);

function narrowNumber(value: QueryValue, type: DuckDBType): QueryValue {
  if (typeof value !== 'string' || !WIDE_NUMBER_TYPES.has(type.typeId)) return value;
  const number = Number(value);
  const exact = type.typeId === DuckDBTypeId.DECIMAL ? Number.isFinite(number) : Number.isSafeInteger(number);
  return exact ? number : value;
}

/** The first paragraph of a DuckDB message on one line, without the echo of the query that follows it. */
export function engineMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const paragraph = message.split(/\n\s*\n/)[0] ?? message;
  return paragraph.replace(/\s*\n\s*/g, ' ').trim();
}

function viewSignature(view: ViewSpec): string {
  return `${view.name}(${view.columns.map((column) => column.name).join(', ')})`;
}

/** The views an SQL text names (by name or alias), as whole words; a mention inside a string or comment counts too, which is harmless. */
export function viewsNamedIn(sql: string): ViewSpec[] {
  const words = new Set(sql.toLowerCase().match(/[\p{L}_][\p{L}\p{N}_]*/gu) ?? []);
  return VIEWS.filter(
    (view) => words.has(view.name) || Object.entries(VIEW_ALIASES).some(([alias, target]) => target === view.name && words.has(alias)),
  );
}

/** A hint naming what exists: the columns of the views the query mentions, else the list of views. */
export function queryHint(sql: string, message: string): string {
  if (/syntax error at or near "references"/i.test(message)) {
    return '`references` is an SQL keyword: write "references" in double quotes, or use the view refs';
  }
  const mentioned = viewsNamedIn(sql);
  if (mentioned.length > 0 && !/Table with name/i.test(message)) return `columns: ${mentioned.map(viewSignature).join('; ')}`;
  const names = VIEWS.map((view) => view.name).join(', ');
  return `views: ${names} (alias refs = "references"); \`vnplan query --views\` lists their columns`;
}

async function createView(connection: DuckDBConnection, view: ViewSpec, documents: readonly SourceDocument[]): Promise<void> {
  const columns = view.columns.map((column) => `${quoteIdentifier(column.name)} ${column.type}`).join(', ');
  await connection.run(`CREATE TABLE ${quoteIdentifier(view.name)} (${columns})`);
  const appender = await connection.createAppender(view.name);
  const writer = DuckDBDataChunkWriter.forAppender<JS>(appender, { converter: JSToDuckDBValueConverter });
  for (const source of documents) {
    for (const row of view.rows(source)) writer.appendRow(row as JS[]);
  }
  writer.flush();
  appender.closeSync();
}

/**
 * An in-memory DuckDB database holding one table per view, filled from validated plan documents.
 * It lives as long as one command: the JSON files stay the only thing on disk.
 */
export class QueryEngine {
  private readonly loaded = new Set<string>();

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    private readonly documents: readonly SourceDocument[],
  ) {}

  /** Loads every view except the lazy ones, which are loaded the first time a query names them. */
  static async open(documents: readonly SourceDocument[]): Promise<QueryEngine> {
    // No downloads at run time: an SQL that needs an extension DuckDB does not ship (httpfs …) fails instead of fetching it.
    const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false' });
    const connection = await instance.connect();
    const engine = new QueryEngine(instance, connection, documents);
    try {
      await engine.load(VIEWS.filter((view) => !view.lazy));
    } catch (error) {
      engine.close();
      throw error;
    }
    return engine;
  }

  /** Makes sure the views are loaded (their aliases too); loading twice is a no-op. */
  async load(views: readonly ViewSpec[]): Promise<void> {
    for (const view of views) {
      if (this.loaded.has(view.name)) continue;
      await createView(this.connection, view, this.documents);
      this.loaded.add(view.name);
      for (const [alias, target] of Object.entries(VIEW_ALIASES)) {
        if (target === view.name) await this.connection.run(`CREATE VIEW ${quoteIdentifier(alias)} AS SELECT * FROM ${quoteIdentifier(target)}`);
      }
    }
  }

  /** Runs SQL (the last statement's rows are returned); a failing query becomes a UsageError with the engine's message. */
  async query(sql: string, parameters?: QueryParameters): Promise<QueryResult> {
    await this.load(viewsNamedIn(sql));
    let reader;
    try {
      reader = await this.connection.runAndReadAll(sql, parameters);
    } catch (error) {
      const message = engineMessage(error);
      throw new UsageError(`query failed: ${message}`, queryHint(sql, message));
    }
    const types = reader.columnTypes();
    return {
      columns: reader.columnNames(),
      types: types.map((type) => type.toString()),
      rows: reader.getRowsJson().map((row) => row.map((value, index) => narrowNumber(value, types[index]!))),
    };
  }

  /** Runs a statement that returns nothing worth reading (COPY, SET). */
  async execute(sql: string): Promise<void> {
    await this.load(viewsNamedIn(sql));
    await this.connection.run(sql);
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
