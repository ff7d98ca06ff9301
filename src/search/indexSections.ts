import { createWriteStream, type WriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { endianness } from 'node:os';

/**
 * The container of a saved index: a first line of JSON (the header, readable on its own), then named binary
 * sections, each starting at a multiple of SECTION_ALIGNMENT bytes so that numbers read back as typed-array views
 * of the file's bytes without a copy; then a manifest (JSON: each section's name, offset and length) and a fixed
 * trailer that locates it. A file cut short loses its trailer; bytes overwritten fail a checksum or the manifest.
 */

/** Section starts are multiples of this: a Uint32Array or Float64Array view needs its offset aligned. */
const SECTION_ALIGNMENT = 8;
/** The trailer: the manifest's byte length (u32, little-endian), then this mark. */
const TRAILER_MARK = 'ISFi';
const TRAILER_BYTES = 8;
const NEWLINE = 0x0a;

/** Where each section lies in the file: [name, byte offset, byte length, checksum], in the order written. */
interface Manifest {
  endianness: string;
  sections: [name: string, offset: number, length: number, checksum: [number, number]][];
}

/** Words summed per step of a section's checksum on a serving thread: about a millisecond each. */
const CHECKSUM_WORDS_PER_STEP = 1 << 20;

/**
 * Fletcher's checksum over 32-bit words (the bytes as little-endian words, the last one padded with zeros): a sum
 * of the words and a sum of the running sums, each modulo 2³². It catches overwritten and shifted bytes at about
 * a nanosecond a word (a cryptographic hash of a 100,000-paragraph index took ten times longer than reading it).
 */
export class SectionChecksum {
  #low = 0;
  #high = 0;
  /** Bytes of an unfinished word carried to the next update. */
  readonly #carry = new Uint8Array(4);
  #carried = 0;

  /** Adds bytes that follow the ones added so far. */
  update(bytes: Uint8Array): void {
    let at = 0;
    if (this.#carried > 0) {
      while (this.#carried < 4 && at < bytes.length) this.#carry[this.#carried++] = bytes[at++]!;
      if (this.#carried < 4) return;
      this.#addWord(this.#carry[0]! | (this.#carry[1]! << 8) | (this.#carry[2]! << 16) | (this.#carry[3]! << 24));
      this.#carried = 0;
    }
    const whole = Math.floor((bytes.length - at) / 4);
    if ((bytes.byteOffset + at) % 4 === 0) this.addWords(new Uint32Array(bytes.buffer, bytes.byteOffset + at, whole));
    else {
      const view = new DataView(bytes.buffer, bytes.byteOffset + at, whole * 4);
      for (let i = 0; i < whole; i++) this.#addWord(view.getUint32(4 * i, true));
    }
    at += whole * 4;
    while (at < bytes.length) this.#carry[this.#carried++] = bytes[at++]!;
  }

  /** Adds whole words (the bytes of a word-aligned section, on a little-endian machine). */
  addWords(words: Uint32Array): void {
    let low = this.#low;
    let high = this.#high;
    for (let i = 0; i < words.length; i++) {
      low = (low + words[i]!) >>> 0;
      high = (high + low) >>> 0;
    }
    this.#low = low;
    this.#high = high;
  }

  #addWord(word: number): void {
    this.#low = (this.#low + (word >>> 0)) >>> 0;
    this.#high = (this.#high + this.#low) >>> 0;
  }

  /** The checksum of everything added, its last word padded with zeros. */
  digest(): [number, number] {
    if (this.#carried === 0) return [this.#low, this.#high];
    const copy = new SectionChecksum();
    copy.#low = this.#low;
    copy.#high = this.#high;
    const word = new Uint8Array(4);
    word.set(this.#carry.subarray(0, this.#carried));
    copy.#addWord(word[0]! | (word[1]! << 8) | (word[2]! << 16) | (word[3]! << 24));
    return [copy.#low, copy.#high];
  }
}

/** Writes a section file: the header line first, then sections, a chunk at a time with the stream's backpressure. */
export class SectionWriter {
  readonly #out: WriteStream;
  readonly #failed: Promise<never>;
  #offset = 0;
  readonly #sections: Manifest['sections'] = [];
  #open: { name: string; start: number; checksum: SectionChecksum } | undefined;

  constructor(path: string) {
    this.#out = createWriteStream(path);
    this.#failed = new Promise<never>((_, reject) => this.#out.on('error', reject));
    // Seen by whoever awaits a write; unobserved rejections would end the process.
    this.#failed.catch(() => {});
  }

  async #write(bytes: Uint8Array): Promise<void> {
    this.#offset += bytes.byteLength;
    if (!this.#out.write(bytes)) await Promise.race([new Promise<void>((resolve) => this.#out.once('drain', () => resolve())), this.#failed]);
  }

  /** The first line: JSON text without a line break of its own. */
  async firstLine(json: string): Promise<void> {
    if (this.#offset !== 0) throw new Error('saved index: the first line goes first');
    await this.#write(Buffer.from(`${json}\n`, 'utf8'));
  }

  /** Starts a section; its bytes follow with add() until end(). */
  async begin(name: string): Promise<void> {
    if (this.#open) throw new Error(`saved index: section ${this.#open.name} is still open`);
    const padding = (SECTION_ALIGNMENT - (this.#offset % SECTION_ALIGNMENT)) % SECTION_ALIGNMENT;
    if (padding > 0) await this.#write(new Uint8Array(padding));
    this.#open = { name, start: this.#offset, checksum: new SectionChecksum() };
  }

  /** Bytes of the open section: text as UTF-8, numbers in this machine's byte order. */
  async add(data: string | Uint8Array | Uint32Array | Float64Array): Promise<void> {
    if (!this.#open) throw new Error('saved index: no section is open');
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (bytes.byteLength === 0) return;
    this.#open.checksum.update(bytes);
    await this.#write(bytes);
  }

  /** Ends the open section. */
  end(): void {
    if (!this.#open) throw new Error('saved index: no section is open');
    this.#sections.push([this.#open.name, this.#open.start, this.#offset - this.#open.start, this.#open.checksum.digest()]);
    this.#open = undefined;
  }

  /** A whole section at once. */
  async section(name: string, data: string | Uint8Array | Uint32Array | Float64Array): Promise<void> {
    await this.begin(name);
    await this.add(data);
    this.end();
  }

  /** Writes the manifest and trailer and closes the file. */
  async finish(): Promise<void> {
    if (this.#open) throw new Error(`saved index: section ${this.#open.name} is still open`);
    const manifest = Buffer.from(JSON.stringify({ endianness: endianness(), sections: this.#sections } satisfies Manifest), 'utf8');
    const trailer = Buffer.alloc(TRAILER_BYTES);
    trailer.writeUInt32LE(manifest.byteLength, 0);
    trailer.write(TRAILER_MARK, 4, 'latin1');
    await this.#write(manifest);
    await this.#write(trailer);
    await Promise.race([new Promise<void>((resolve, reject) => this.#out.end((error?: Error | null) => (error ? reject(error) : resolve()))), this.#failed]);
  }

  /** Abandons the file (the caller removes it). */
  destroy(): void {
    this.#out.destroy();
  }
}

/** A whole file in one buffer of its own (offset 0, so section views are aligned), read with as few reads as the system allows. */
export async function readWholeFile(path: string): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const bytes = Buffer.allocUnsafeSlow(size);
    let at = 0;
    while (at < size) {
      const { bytesRead } = await file.read(bytes, at, size - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return at === size ? bytes : bytes.subarray(0, at);
  } finally {
    await file.close();
  }
}

/** The first line of a section file (without its line break), or undefined when there is none. */
export function firstLineOf(bytes: Buffer): string | undefined {
  const end = bytes.indexOf(NEWLINE);
  return end === -1 ? undefined : bytes.toString('utf8', 0, end);
}

/**
 * The sections of a file written by SectionWriter, by name (a name written several times has its pieces in order),
 * each checked against its checksum; with `pause`, it is awaited between steps of the checking.
 */
export async function sectionsOf(file: Buffer, pause?: () => Promise<unknown>): Promise<Map<string, Buffer[]>> {
  // Views of numbers need aligned offsets: a buffer that does not start its memory (a pooled one) is copied.
  let bytes = file;
  if (file.byteOffset % SECTION_ALIGNMENT !== 0) {
    bytes = Buffer.allocUnsafeSlow(file.length);
    file.copy(bytes);
  }
  const bodyStart = bytes.indexOf(NEWLINE) + 1;
  if (bodyStart === 0 || bytes.length < bodyStart + TRAILER_BYTES) throw new Error('saved index: no sections');
  if (bytes.toString('latin1', bytes.length - 4) !== TRAILER_MARK) throw new Error('saved index: no trailer (cut short?)');
  const manifestLength = bytes.readUInt32LE(bytes.length - TRAILER_BYTES);
  const manifestStart = bytes.length - TRAILER_BYTES - manifestLength;
  if (manifestStart < bodyStart) throw new Error('saved index: the manifest overlaps the header');
  const manifest = JSON.parse(bytes.toString('utf8', manifestStart, bytes.length - TRAILER_BYTES)) as Manifest;
  if (manifest.endianness !== endianness()) throw new Error('saved index: written on a machine of another byte order');
  const sections = new Map<string, Buffer[]>();
  let previousEnd = bodyStart;
  for (const [name, offset, length, expected] of manifest.sections) {
    if (!Number.isInteger(offset) || !Number.isInteger(length) || offset < previousEnd || offset % SECTION_ALIGNMENT !== 0 || length < 0 || offset + length > manifestStart) {
      throw new Error(`saved index: section ${name} lies outside the file`);
    }
    // Sections follow one another, apart only by the zeros that align them: no byte of the file goes unchecked.
    if (offset - previousEnd >= SECTION_ALIGNMENT || bytes.subarray(previousEnd, offset).some((byte) => byte !== 0)) throw new Error(`saved index: bytes before section ${name}`);
    previousEnd = offset + length;
    const checksum = new SectionChecksum();
    const words = Math.floor(length / 4);
    for (let word = 0; word < words; word += CHECKSUM_WORDS_PER_STEP) {
      checksum.addWords(new Uint32Array(bytes.buffer, bytes.byteOffset + offset + 4 * word, Math.min(CHECKSUM_WORDS_PER_STEP, words - word)));
      if (pause && words > CHECKSUM_WORDS_PER_STEP) await pause();
    }
    checksum.update(bytes.subarray(offset + 4 * words, offset + length));
    const actual = checksum.digest();
    if (actual[0] !== expected[0] || actual[1] !== expected[1]) throw new Error(`saved index: section ${name} fails its checksum`);
    let pieces = sections.get(name);
    if (!pieces) sections.set(name, (pieces = []));
    pieces.push(bytes.subarray(offset, offset + length));
  }
  if (previousEnd !== manifestStart) throw new Error('saved index: bytes before the manifest');
  return sections;
}

/** The one piece of a section; throws when it is missing or repeated. */
export function onlySection(sections: ReadonlyMap<string, Buffer[]>, name: string): Buffer {
  const pieces = sections.get(name);
  if (pieces?.length !== 1) throw new Error(`saved index: section ${name} is ${pieces ? 'repeated' : 'missing'}`);
  return pieces[0]!;
}

/** A section's bytes as 32-bit unsigned numbers, without a copy. */
export function asUint32(bytes: Buffer): Uint32Array {
  if (bytes.byteLength % 4 !== 0 || bytes.byteOffset % 4 !== 0) throw new Error('saved index: a number section is misaligned');
  return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

/** A section's bytes as JSON. */
export function asJson<T>(bytes: Buffer): T {
  return JSON.parse(bytes.toString('utf8')) as T;
}
