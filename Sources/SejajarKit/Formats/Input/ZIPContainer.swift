import Foundation
import ZIPFoundation

/// A ZIP container (DOCX, ODT) opened for reading its parts, with the limits that make a ZIP
/// bomb harmless: no part may expand beyond `Limits.zipBytes` in all, nor more than
/// `Limits.zipRatio` times its compressed size once past a megabyte. Sizes are counted as the
/// bytes come out, not trusted from the archive's directory. Errors name the file and the part.
struct ZIPContainer {
    let path: String
    let limits: Limits
    private let archive: Archive
    /// Bytes in the file as given.
    private let size: Int
    /// Bytes expanded so far, over every part read.
    private var expanded = 0

    /// Opens the archive held in `data` (the bytes of the file at `path`).
    init(data: Data, path: String, limits: Limits) throws(SejajarError) {
        self.path = path
        self.limits = limits
        self.size = data.count
        // A part encrypted inside the ZIP (general-purpose flag bit 0 of the first local header).
        if data.count >= 8, data.starts(with: [0x50, 0x4B, 0x03, 0x04]), data[data.startIndex + 6] & 1 == 1 {
            throw .io(path: path, message: "the archive is encrypted: save an unprotected copy")
        }
        // ZIPFoundation's in-memory archive traps on a directory that points past the end, and
        // its inflater spins for ever on a deflate stream that reaches the end of the file
        // unfinished (both found by FuzzWordProcessor). So the bytes go to a private temporary
        // file with a hole of zeros before the central directory: a stream that runs on into
        // the zeros either fails there or expands until the limits below stop it. A hole costs
        // no disk.
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("sejajar-zip-\(UUID().uuidString)")
        let hole = Int64(limits.zipBytes / 8 + (1 << 20))
        do {
            try Self.writeWithHole(data, hole: hole, to: copy)
        } catch let damage as Damage {
            throw .io(path: path, message: damage.message)
        } catch {
            throw .io(path: path, message: "cannot be copied to the temporary folder to be opened: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: copy) }
        do {
            archive = try Archive(url: copy, accessMode: .read)
        } catch {
            throw .io(path: path, message: "not a readable ZIP archive (damaged or cut off)")
        }
    }

    /// Why an archive cannot be opened, found before ZIPFoundation sees it.
    struct Damage: Error {
        var message: String
    }

    /// Writes `data` to `url` with `hole` zero bytes before its central directory (whose offset
    /// in the end record moves with it). ZIP64 archives, which DOCX and ODT never need, are refused.
    static func writeWithHole(_ data: Data, hole: Int64, to url: URL) throws {
        let bytes = [UInt8](data)
        func le32(_ at: Int) -> UInt32 { (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[at + $1]) << (8 * $1) } }
        // The end record: its signature, scanning back over at most a 64 KiB comment.
        var end: Int?
        var at = bytes.count - 22
        while at >= 0 && at >= bytes.count - 22 - 65_535 {
            if bytes[at] == 0x50, bytes[at + 1] == 0x4B, bytes[at + 2] == 0x05, bytes[at + 3] == 0x06 { end = at; break }
            at -= 1
        }
        guard let end else { throw Damage(message: "not a readable ZIP archive (no end of central directory)") }
        let size = Int(le32(end + 12)), offset = le32(end + 16)
        guard offset != 0xFFFF_FFFF, size != 0xFFFF_FFFF else {
            throw Damage(message: "a ZIP64 archive: Sejajar reads DOCX and ODT files of ordinary size only")
        }
        guard Int(offset) + size <= end, Int64(offset) + hole < Int64(UInt32.max) else {
            throw Damage(message: "not a readable ZIP archive (damaged or cut off)")
        }
        var tail = Array(bytes[Int(offset)...])
        let moved = UInt32(Int64(offset) + hole), record = end - Int(offset) + 16
        for k in 0..<4 { tail[record + k] = UInt8((moved >> (8 * UInt32(k))) & 0xFF) }
        FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600])
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.write(contentsOf: bytes[..<Int(offset)])
        try handle.seek(toOffset: UInt64(Int64(offset) + hole))
        try handle.write(contentsOf: tail)
    }

    /// The paths of the archive's entries, in the archive's order.
    var paths: [String] { archive.map(\.path) }

    /// The bytes of the part at `part`, nil when the archive has no such part.
    mutating func data(_ part: String) throws(SejajarError) -> Data? {
        guard let entry = archive[part] else { return nil }
        let label = "\(path)[\(part)]"
        // The compressed size as declared, but never more than the whole file.
        let compressed = max(1, min(Int(clamping: entry.compressedSize), size))
        var data = Data()
        var count = 0
        let budget = limits.zipBytes - expanded
        enum Stop: Error { case tooLarge, tooCompressed }
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                count += chunk.count
                if count > budget { throw Stop.tooLarge }
                if count > 1 << 20, count / compressed > limits.zipRatio { throw Stop.tooCompressed }
                data.append(chunk)
            }
        } catch Stop.tooLarge {
            throw .io(path: label, message: "the part expands beyond \(limits.zipBytes >> 20) MiB (a ZIP bomb? raise the limit with SEJAJAR_MAX_ZIP_BYTES)")
        } catch Stop.tooCompressed {
            throw .io(path: label, message: "the part expands more than \(limits.zipRatio) times its compressed size (a ZIP bomb? raise the limit with SEJAJAR_MAX_ZIP_RATIO)")
        } catch {
            throw .io(path: label, message: "the part cannot be expanded (the archive is damaged)")
        }
        expanded += count
        return data
    }
}
