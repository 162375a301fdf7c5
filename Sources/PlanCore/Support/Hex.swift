/// Bytes as lowercase hexadecimal (digests in ETags, API tokens, request hashes), without a
/// formatter per byte: `String(format: "%02x")` sixteen times for every page's ETag was a
/// measurable share of serving a page.
public enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    public static func string(_ bytes: some Sequence<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.underestimatedCount * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
