/**
 * An append-only text buffer that stores UTF-8 bytes and turns them into one string at the
 * end. Writing millions of short pieces this way is several times cheaper than joining an
 * array of them or concatenating them: no intermediate string or rope node is allocated.
 */
export class Utf8Writer {
  private bytes: Uint8Array;
  private length = 0;
  private onlyAscii = true;

  /** @param initialCapacity bytes to reserve up front (65,536 when omitted); the buffer grows as needed */
  constructor(initialCapacity = 1 << 16) {
    this.bytes = new Uint8Array(initialCapacity);
  }

  /** Appends `text`, which must not hold unpaired surrogates (callers reject those first). */
  write(text: string): void {
    const count = text.length;
    if (this.length + count * 3 > this.bytes.length) {
      this.grow(count * 3);
    }
    const bytes = this.bytes;
    let at = this.length;
    for (let i = 0; i < count; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x80) {
        bytes[at++] = code;
      } else {
        at = this.writeNonAscii(text, i, code, at);
        if (code >= 0xd800 && code <= 0xdbff) {
          i++; // the low surrogate was written with its high surrogate
        }
      }
    }
    this.length = at;
  }

  /** Appends a finite number as JavaScript writes it (`-0` for negative zero, `1e+21`...). */
  writeNumber(value: number): void {
    if (value >= 0 && value < 1e9 && value === (value | 0) && !(value === 0 && 1 / value < 0)) {
      // A small non-negative integer: its digits, without allocating a string.
      if (this.length + 10 > this.bytes.length) {
        this.grow(10);
      }
      let digits = 1;
      for (let rest = value; rest >= 10; rest = (rest / 10) | 0) {
        digits++;
      }
      let at = this.length + digits;
      this.length = at;
      let rest = value;
      do {
        this.bytes[--at] = 48 + (rest % 10);
        rest = (rest / 10) | 0;
      } while (rest > 0);
      return;
    }
    this.write(value === 0 ? '-0' : String(value));
  }

  /** The number of bytes written so far. */
  get size(): number {
    return this.length;
  }

  /** Makes room for at least `bytes` bytes in all, so that writing up to there does not copy. */
  reserve(bytes: number): void {
    if (bytes > this.bytes.length) {
      this.grow(bytes - this.length);
    }
  }

  /** The text written so far. */
  toString(): string {
    const view = Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.length);
    return view.toString(this.onlyAscii ? 'latin1' : 'utf8');
  }

  private writeNonAscii(text: string, i: number, code: number, at: number): number {
    this.onlyAscii = false;
    const bytes = this.bytes;
    if (code < 0x800) {
      bytes[at++] = 0xc0 | (code >> 6);
      bytes[at++] = 0x80 | (code & 0x3f);
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const point = 0x10000 + ((code - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00);
      bytes[at++] = 0xf0 | (point >> 18);
      bytes[at++] = 0x80 | ((point >> 12) & 0x3f);
      bytes[at++] = 0x80 | ((point >> 6) & 0x3f);
      bytes[at++] = 0x80 | (point & 0x3f);
    } else {
      bytes[at++] = 0xe0 | (code >> 12);
      bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
      bytes[at++] = 0x80 | (code & 0x3f);
    }
    return at;
  }

  private grow(extra: number): void {
    let capacity = Math.max(this.bytes.length * 2, 64);
    while (capacity < this.length + extra) {
      capacity *= 2;
    }
    const bigger = new Uint8Array(capacity);
    bigger.set(this.bytes.subarray(0, this.length));
    this.bytes = bigger;
  }
}
