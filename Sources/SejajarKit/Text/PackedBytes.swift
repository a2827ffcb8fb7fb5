/// Up to seven bytes and their count in one integer: a dictionary key that hashes as fast as an
/// integer, distinct for distinct byte strings (the count keeps "a" and "\0a" apart).
enum PackedBytes {
    /// The packed bytes, or nil when there are more than seven.
    @inline(__always)
    static func key<C: Collection<UInt8>>(_ bytes: C) -> UInt64? {
        var value = UInt64(0), count = 0
        for byte in bytes {
            count += 1
            if count > 7 { return nil }
            value = value << 8 | UInt64(byte)
        }
        return value << 8 | UInt64(count)
    }
}
