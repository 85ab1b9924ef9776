// A minimal ZIP writer (PKWARE APPNOTE 6.3): stored directory-less entries, DEFLATE-compressed,
// no ZIP64, no encryption. Store uploads and browsers need nothing more, and Node's zlib gives us
// deflate and CRC-32, so we avoid a dependency for ~70 lines.

import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive, with forward slashes. */
  name: string;
  data: Uint8Array;
}

const METHOD_DEFLATE = 8;
const FLAG_UTF8 = 0x0800; // names are UTF-8
// 1980-01-01 00:00 in MS-DOS format: a fixed timestamp makes the same input give the same zip.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

interface EntryFields {
  crc: number;
  compressedSize: number;
  size: number;
  nameLength: number;
}

/** The run of fields the local header and the central directory record share, in the same
 *  order: version needed, flags, method, time, date, CRC-32, sizes, name length. */
function writeEntryFields(header: Buffer, at: number, f: EntryFields): void {
  header.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
  header.writeUInt16LE(FLAG_UTF8, at + 2);
  header.writeUInt16LE(METHOD_DEFLATE, at + 4);
  header.writeUInt16LE(DOS_TIME, at + 6);
  header.writeUInt16LE(DOS_DATE, at + 8);
  header.writeUInt32LE(f.crc, at + 10);
  header.writeUInt32LE(f.compressedSize, at + 14);
  header.writeUInt32LE(f.size, at + 18);
  header.writeUInt16LE(f.nameLength, at + 22);
}

export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const seen = new Set<string>();
  for (const entry of entries) {
    if (!entry.name || entry.name.startsWith('/') || entry.name.includes('\\') || entry.name.split('/').includes('..')) {
      throw new Error(`zip: bad entry name "${entry.name}"`);
    }
    if (seen.has(entry.name)) throw new Error(`zip: duplicate entry "${entry.name}"`);
    seen.add(entry.name);
    const name = Buffer.from(entry.name, 'utf8');
    const compressed = deflateRawSync(entry.data, { level: 9 });
    const crc = crc32(entry.data);
    if (entry.data.length >= 0xffffffff || offset >= 0xffffffff) throw new Error('zip: ZIP64 not supported');

    const fields = { crc, compressedSize: compressed.length, size: entry.data.length, nameLength: name.length };
    const local = Buffer.alloc(30); // extra field length stays 0
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, fields);
    locals.push(local, name, compressed);

    const central = Buffer.alloc(46); // extra, comment, disk number, internal attributes stay 0
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, spec 2.0
    writeEntryFields(central, 6, fields);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external attributes: a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
