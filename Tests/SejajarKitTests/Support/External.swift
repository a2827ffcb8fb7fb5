import Foundation
@testable import SejajarKit
import SejajarIO

/// Runs the real programs translators' tools are made of (xmllint, translate-toolkit, OmegaT,
/// Chromium) against files Sejajar wrote. `make test` installs them; a missing one fails the test.
enum External {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `executable` with `arguments` in `directory`, capturing both streams.
    static func run(_ executable: String, _ arguments: [String], in directory: String? = nil,
                    environment: [String: String]? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if let environment { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting so a chatty program cannot block on a full pipe.
        nonisolated(unsafe) var errData = Data()
        let reader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { usleep(1000) }
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sejajar-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func fixture(_ name: String) -> String {
        Bundle.module.path(forResource: name, ofType: nil, inDirectory: "Fixtures")!
    }

    /// xmllint's verdict on a TMX file against the TMX 1.4 DTD, never touching the network.
    static func xmllintTMX(_ path: String) throws -> Result {
        try run("/usr/bin/xmllint", ["--noout", "--nonet", "--dtdvalid", fixture("tmx14.dtd"), path])
    }

    /// With `SEJAJAR_UPDATE_GOLDEN=1`, rewrites a golden file in the source tree (then review the diff).
    static func updateGoldenIfAsked(_ name: String, _ contents: String) throws {
        guard ProcessInfo.processInfo.environment["SEJAJAR_UPDATE_GOLDEN"] == "1" else { return }
        // This file is Tests/SejajarKitTests/Support/External.swift.
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        try OutputFile.write(contents, to: tests.appendingPathComponent("Fixtures").appendingPathComponent(name).path)
    }
}
