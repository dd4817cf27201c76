/**
 * The container shared by the restorer's binary data files (the language model, the candidate index):
 *
 *   4-byte magic · u32 header length · header JSON (space-padded to 8 bytes) · body
 *
 * The header is validated by the caller's zod schema; the body is little-endian arrays, each on an 8-byte boundary,
 * viewed in place and guarded by a CRC-32 the header carries.
 */
import { endianness } from 'node:os';
import { crc32 } from 'node:zlib';
import { z } from 'zod';

export const ALIGNMENT = 8;
export const alignUp = (n: number): number => Math.ceil(n / ALIGNMENT) * ALIGNMENT;

/** What a caller tells the reader about its kind of file. */
export interface ContainerKind<H> {
  magic: string;
  /** Named in the message for a file of another kind: "not a vnplan <what> file". */
  what: string;
  format: string;
  schema: z.ZodType<H>;
  /** The caller's error class: the message says why, the caller names the file. */
  fail: (message: string) => Error;
}

/** The file's bytes: magic, header length, the header as JSON padded so that the body starts aligned, the body. */
export function writeContainer(magic: string, header: object, body: Uint8Array): Buffer {
  const json = JSON.stringify(header);
  const headerBytes = alignUp(8 + Buffer.byteLength(json, 'utf8')) - 8;
  const prefix = Buffer.alloc(8 + headerBytes, 0x20);
  prefix.write(magic, 0, 'latin1');
  prefix.writeUInt32LE(headerBytes, 4);
  prefix.write(json, 8, 'utf8');
  return Buffer.concat([prefix, body]);
}

const FormatOnlySchema = z.object({ format: z.string() });

/** The validated header and where the body starts. Throws the kind's error for another kind, format or a bad header. */
export function readContainerHeader<H>(file: Uint8Array, kind: ContainerKind<H>): { header: H; bodyOffset: number } {
  if (endianness() !== 'LE') throw kind.fail(`this machine is big-endian; the ${kind.what} file is little-endian`);
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (bytes.length < 8 || bytes.toString('latin1', 0, 4) !== kind.magic) throw kind.fail(`not a vnplan ${kind.what} file`);
  const headerBytes = bytes.readUInt32LE(4);
  if (8 + headerBytes > bytes.length) throw kind.fail('truncated header');
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8', 8, 8 + headerBytes));
  } catch {
    throw kind.fail('header is not valid JSON');
  }
  const format = FormatOnlySchema.safeParse(raw);
  if (format.success && format.data.format !== kind.format) throw kind.fail(`format ${format.data.format}; this version reads ${kind.format}`);
  const parsed = kind.schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw kind.fail(`invalid header: ${where}${issue?.message ?? 'unknown problem'}`);
  }
  return { header: parsed.data, bodyOffset: 8 + headerBytes };
}

/** The body after its checksum is checked, copied once only if it is not aligned in memory. */
export function checkedBody(file: Uint8Array, bodyOffset: number, bodyCrc32: number, fail: (message: string) => Error): Uint8Array {
  const body = file.subarray(bodyOffset);
  if (crc32(body) !== bodyCrc32) throw fail('body checksum mismatch (damaged file)');
  return body.byteOffset % ALIGNMENT === 0 ? body : new Uint8Array(body);
}

export { crc32 };
