//! The zip container a `.docx` is: entries stored as they are (no compression, which Word,
//! WPS and LibreOffice all read), each with its CRC-32, and the central directory after them.
//! Written by hand because a zip library with its compressor would cost the browser app more
//! than the whole outline; a document of a few dozen kilobytes needs no compression.

/// CRC-32 (ISO 3309, the polynomial zip uses), bit by bit: no table to carry, and a document
/// of a few dozen kilobytes takes well under a millisecond.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

/// The date every entry carries, 1980-01-01 00:00 (the first date zip can write): the file says
/// nothing about when or where it was made, and the same answers give the same bytes.
const DOS_DATE: u16 = (1 << 5) | 1;

fn put16(out: &mut Vec<u8>, value: u16) {
    out.extend_from_slice(&value.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&value.to_le_bytes());
}

/// The fields the local header and the central directory share, from “version needed” to the
/// extra field's length.
fn shared_fields(out: &mut Vec<u8>, crc: u32, size: u32, name: &str) {
    put16(out, 20); // version needed to extract: 2.0
    put16(out, 0); // flags
    put16(out, 0); // method: stored
    put16(out, 0); // time
    put16(out, DOS_DATE);
    put32(out, crc);
    put32(out, size); // compressed size
    put32(out, size); // uncompressed size
    put16(out, name.len() as u16);
    put16(out, 0); // extra field
}

/// A zip archive of `entries` (name, bytes), in that order, each stored uncompressed.
pub fn zip_stored(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in entries {
        let offset = out.len() as u32;
        let crc = crc32(data);
        let size = data.len() as u32;
        put32(&mut out, 0x0403_4b50);
        shared_fields(&mut out, crc, size, name);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);

        put32(&mut central, 0x0201_4b50);
        put16(&mut central, 20); // version made by: 2.0, MS-DOS attributes
        shared_fields(&mut central, crc, size, name);
        put16(&mut central, 0); // comment
        put16(&mut central, 0); // disk number
        put16(&mut central, 0); // internal attributes
        put32(&mut central, 0); // external attributes
        put32(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
    }
    let directory_offset = out.len() as u32;
    let directory_size = central.len() as u32;
    out.extend_from_slice(&central);
    put32(&mut out, 0x0605_4b50);
    put16(&mut out, 0); // this disk
    put16(&mut out, 0); // the disk the directory starts on
    put16(&mut out, entries.len() as u16);
    put16(&mut out, entries.len() as u16);
    put32(&mut out, directory_size);
    put32(&mut out, directory_offset);
    put16(&mut out, 0); // comment
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The check value every CRC-32 implementation is measured by.
    #[test]
    fn crc_of_the_standard_check_string() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }
}
