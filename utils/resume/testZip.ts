/** An entry of a test archive; `declaredSize` is the uncompressed size its headers claim, to fake a zip bomb without building one. */
export interface TestZipEntry {
  name: string;
  data: string;
  declaredSize?: number;
}

const ZIP64_EXTRA_SIZE = 4 + 16;

/**
 * A ZIP archive of stored (uncompressed) entries for tests of what reads its directory; CRCs are
 * left at zero, as nothing here unpacks it. `zip64` puts the sizes and the directory's place in
 * ZIP64 records, as archivers do for files over 4 GB.
 */
export function testZip(entries: readonly TestZipEntry[], { zip64 = false } = {}): Uint8Array {
  const out: number[] = [];
  const u16 = (value: number) => out.push(value & 0xff, (value >>> 8) & 0xff);
  const u32 = (value: number) => {
    for (let i = 0; i < 4; i++) out.push(Math.floor(value / 256 ** i) & 0xff);
  };
  const u64 = (value: number) => {
    u32(value % 2 ** 32);
    u32(Math.floor(value / 2 ** 32));
  };
  const bytes = (data: Uint8Array) => data.forEach((byte) => out.push(byte));
  const encoder = new TextEncoder();

  const files = entries.map(({ name, data, declaredSize }) => {
    const content = encoder.encode(data);
    return { name: encoder.encode(name), content, compressed: content.length, uncompressed: declaredSize ?? content.length, offset: 0 };
  });
  // Version needed, flags (UTF-8 names), method (stored), time, date and CRC: the same in both headers.
  const common = () => {
    u16(zip64 ? 45 : 20);
    u16(0x0800);
    u16(0);
    u32(0);
    u32(0);
  };
  const sizes = (file: (typeof files)[number]) => {
    u32(zip64 ? 0xffffffff : file.compressed);
    u32(zip64 ? 0xffffffff : file.uncompressed);
    u16(file.name.length);
    u16(zip64 ? ZIP64_EXTRA_SIZE : 0);
  };
  const extra = (file: (typeof files)[number]) => {
    if (!zip64) return;
    u16(0x0001);
    u16(16);
    u64(file.uncompressed);
    u64(file.compressed);
  };

  for (const file of files) {
    file.offset = out.length;
    u32(0x04034b50);
    common();
    sizes(file);
    bytes(file.name);
    extra(file);
    bytes(file.content);
  }
  const directory = out.length;
  for (const file of files) {
    u32(0x02014b50);
    u16(zip64 ? 45 : 20);
    common();
    sizes(file);
    u16(0); // comment
    u16(0); // disk
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(file.offset);
    bytes(file.name);
    extra(file);
  }
  const directorySize = out.length - directory;
  if (zip64) {
    const record = out.length;
    u32(0x06064b50);
    u64(44);
    u16(45);
    u16(45);
    u32(0);
    u32(0);
    u64(files.length);
    u64(files.length);
    u64(directorySize);
    u64(directory);
    u32(0x07064b50);
    u32(0);
    u64(record);
    u32(1);
  }
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(zip64 ? 0xffff : files.length);
  u16(zip64 ? 0xffff : files.length);
  u32(zip64 ? 0xffffffff : directorySize);
  u32(zip64 ? 0xffffffff : directory);
  u16(0); // comment
  return new Uint8Array(out);
}
