import Foundation
import SejajarKit
import Testing
@testable import SejajarReview

/// HTTP as RFC 9110 and 9112 say, on a real socket: slow requests cut off, HTTP/1.0 and
/// `Connection: close` honoured, HEAD, 405 with Allow, one Host, 413, downloads named for every
/// browser; and the hostile requests of `Fixtures/hostile/review-requests.tsv`.
struct ReviewProtocolTests {
    typealias Server = ReviewServerTests

    struct HostileRequest: CustomTestStringConvertible, Sendable {
        var name: String
        var status: Int
        var text: String
        var request: String
        var testDescription: String { name }
    }

    /// The corpus in `Tests/sejajarTests/Fixtures/hostile/review-requests.tsv`.
    static let corpus: [HostileRequest] = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("sejajarTests/Fixtures/hostile/review-requests.tsv").path
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, let status = Int(fields[1]) else { return nil }
            return HostileRequest(name: fields[0], status: status, text: fields[2], request: fields[3].replacingOccurrences(of: "\\r\\n", with: "\r\n"))
        }
    }()

    @Test func theCorpusIsRead() {
        #expect(Self.corpus.count >= 15)
    }

    @Test(arguments: corpus)
    func aHostileRequestGetsItsStatusAndChangesNothing(_ item: HostileRequest) async throws {
        try await Server.withServer { port, token, session in
            let before = await session.alignment
            var request = item.request.replacingOccurrences(of: "{port}", with: String(port)).replacingOccurrences(of: "{token}", with: token)
            if let split = request.range(of: "\r\n\r\n") {
                request = request.replacingOccurrences(of: "{length}", with: String(request[split.upperBound...].utf8.count))
            }
            let sent = request
            let answer = try await Server.exchange(port) { connection -> RawHTTP.Answer? in
                connection.send(sent)
                return connection.answer(head: sent.hasPrefix("HEAD "))
            }
            #expect(answer?.status == item.status, "\(answer?.head ?? "no answer")\n\(answer?.body ?? "")")
            #expect(item.text.isEmpty || (answer?.json["error"] as? String)?.contains(item.text) == true, "\(answer?.body ?? "")")
            #expect(await session.alignment == before)
            #expect(try await Server.http(port, "GET", "/state", token: token).status == 200)
        }
    }

    @Test func aBodySentOneByteASecondIsCutOff() async throws {
        try await Server.withServer { port, token, _ in
            // Timed from the request's head on the wire: connecting on a machine busy with the
            // other tests is no part of what the server is asked to cut off.
            let (answer, elapsed) = try await Server.exchange(port) { connection -> (RawHTTP.Answer?, TimeInterval) in
                let body = #"{"revision":0,"op":"lock","bead":1}"#
                connection.send("POST /edit HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Sejajar-Token: \(token)\r\nContent-Length: \(body.utf8.count)\r\n\r\n")
                let started = Date()
                for byte in body where connection.send(String(byte)) {
                    Thread.sleep(forTimeInterval: 1)
                    if Date().timeIntervalSince(started) > 15 { break }
                }
                return (connection.answer(), Date().timeIntervalSince(started))
            }
            #expect(answer?.status == 408, "\(String(describing: answer))")
            #expect((answer?.json["error"] as? String)?.contains("bytes a second, slower than the 1024 required") == true)
            // The rate rule, not the 10 s deadline, cut it off (the message says which): about 2 s
            // after the first byte, the bound loose for a machine busy with the other tests.
            #expect(elapsed < 9, "cut off after \(elapsed) s")
            #expect(try await Server.revision(port, token) == 0)
        }
    }

    @Test func aHeadSentByteByByteIsCutOff() async throws {
        try await Server.withServer { port, token, _ in
            let started = Date()
            let closed = try await Server.exchange(port) { connection -> (RawHTTP.Answer?, Bool) in
                for byte in "GET /state HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Sejajar-Token: \(token)\r\n\r\n" {
                    guard connection.send(String(byte)) else { break }
                    Thread.sleep(forTimeInterval: 0.2)
                    if Date().timeIntervalSince(started) > 15 { break }
                }
                return (connection.answer(), connection.closes(within: 2))
            }
            #expect(closed.0?.status == 408 && closed.1)
            #expect((closed.0?.json["error"] as? String)?.contains("slower than the 1024 required") == true)
            #expect(Date().timeIntervalSince(started) < 9)
        }
    }

    @Test func aRequestFastEnoughButTooLongIsCutOffAtTheDeadline() async throws {
        var limits = ReviewServer.Limits()
        limits.requestDeadline = .milliseconds(1500)
        limits.minimumRate = 10
        limits.rateGrace = .milliseconds(200)
        try await Server.withServer(limits: limits) { port, token, _ in
            let started = Date()
            let answer = try await Server.exchange(port) { connection -> RawHTTP.Answer? in
                connection.send("GET /state HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Sejajar-Token: \(token)\r\n")
                // A header line a tenth of a second, for ever: well above 10 bytes a second.
                for k in 0..<200 where connection.send("X-Padding-\(k): \(String(repeating: "p", count: 20))\r\n") {
                    Thread.sleep(forTimeInterval: 0.1)
                }
                return connection.answer()
            }
            let elapsed = Date().timeIntervalSince(started)
            #expect(answer?.status == 408)
            #expect((answer?.json["error"] as? String) == "the request did not arrive in full within 1.5 s")
            #expect(elapsed > 1.4 && elapsed < 10, "cut off after \(elapsed) s")  // the lines would go on for 20 s
        }
    }

    @Test func theDeadlineCountsFromARequestsFirstByteNotFromTheConnection() async throws {
        var limits = ReviewServer.Limits()
        limits.requestDeadline = .milliseconds(800)
        limits.rateGrace = .milliseconds(400)
        try await Server.withServer(limits: limits) { port, token, _ in
            let statuses = try await Server.exchange(port) { connection -> [Int] in
                var statuses: [Int] = []
                for _ in 0..<2 {
                    // Idle longer than the deadline before each request: the idle timeout's
                    // business, not the request's.
                    Thread.sleep(forTimeInterval: 1.2)
                    connection.send("GET /state HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Sejajar-Token: \(token)\r\n\r\n")
                    statuses.append(connection.answer()?.status ?? 0)
                }
                return statuses
            }
            #expect(statuses == [200, 200])
        }
    }

    @Test func httpOneZeroAndConnectionCloseCloseTheConnectionOnceAnswered() async throws {
        try await Server.withServer { port, token, _ in
            let cases: [(request: String, closes: Bool)] = [
                ("GET /state HTTP/1.0\r\nHost: 127.0.0.1:\(port)\r\nX-Sejajar-Token: \(token)\r\n\r\n", true),
                ("GET /state HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Sejajar-Token: \(token)\r\nConnection: close\r\n\r\n", true),
                ("GET /state HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Sejajar-Token: \(token)\r\nConnection: Close\r\n\r\n", true),
                ("GET /state HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Sejajar-Token: \(token)\r\n\r\n", false),
                ("GET /state HTTP/1.0\r\nHost: 127.0.0.1:\(port)\r\nX-Sejajar-Token: \(token)\r\nConnection: keep-alive\r\n\r\n", false),
            ]
            for (request, closes) in cases {
                let (answer, closed) = try await Server.exchange(port) { connection -> (RawHTTP.Answer?, Bool) in
                    connection.send(request)
                    return (connection.answer(), connection.closes(within: 2))
                }
                #expect(answer?.status == 200, "\(request)")
                #expect(closed == closes, "\(request)")
                #expect(answer?.head.lowercased().contains("connection: close") == closes, "\(request)")
            }
            // Kept alive, a connection answers request after request.
            let statuses = try await Server.exchange(port) { connection -> [Int] in
                (0..<3).map { _ in
                    connection.send("GET /alignment.json HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Sejajar-Token: \(token)\r\n\r\n")
                    return connection.answer()?.status ?? 0
                }
            }
            #expect(statuses == [200, 200, 200])
        }
    }

    @Test func headAnswersEveryGetRouteWithItsLengthAndNoBody() async throws {
        try await Server.withServer { port, token, _ in
            for path in ["/", "/state", "/alignment.json", "/export.tmx", "/export.xlf"] {
                let (head, get) = try await Server.exchange(port) { connection -> (RawHTTP.Answer?, RawHTTP.Answer?) in
                    connection.send("HEAD \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Sejajar-Token: \(token)\r\n\r\n")
                    let head = connection.answer(head: true)
                    // On the same connection: a stray body after the HEAD answer would garble this one.
                    connection.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Sejajar-Token: \(token)\r\n\r\n")
                    return (head, connection.answer())
                }
                #expect(head?.status == 200 && get?.status == 200, "\(path)")
                #expect(head?.head.lowercased().contains("content-length: \(get?.body.utf8.count ?? -1)") == true, "\(path): \(head?.head ?? "")")
            }
        }
    }

    @Test func anotherMethodOnARouteIsA405NamingTheOnesItTakes() async throws {
        try await Server.withServer { port, token, _ in
            for (path, methods) in ReviewServer.routes {
                let allowed = methods.contains(.get) ? "GET, HEAD" : "POST"
                for method in ["PUT", "DELETE", "PATCH", methods.contains(.get) ? "POST" : "GET"] {
                    let answer = try await Server.http(port, method, path, token: token, body: method == "GET" ? nil : "{}")
                    #expect(answer.status == 405, "\(method) \(path)")
                    #expect(answer.head.lowercased().contains("allow: \(allowed.lowercased())"), "\(method) \(path): \(answer.head)")
                }
            }
            #expect(try await Server.http(port, "PUT", "/nowhere", token: token, body: "{}").status == 404)
        }
    }

    @Test(arguments: [
        ("/x/doc010.alignment.json", "tmx", "attachment; filename=\"doc010.tmx\"; filename*=UTF-8''doc010.tmx"),
        ("/x/ulasan ñandú.alignment.json", "tmx", "attachment; filename=\"ulasannandu.tmx\"; filename*=UTF-8''ulasan%C3%B1and%C3%BA.tmx"),
        ("/x/Đà Nẵng+Hà Nội.alignment.json", "xlf", "attachment; filename=\"_aNang+HaNoi.xlf\"; filename*=UTF-8''%C4%90%C3%A0N%E1%BA%B5ng%2BH%C3%A0N%E1%BB%99i.xlf"),
        ("/x/«».alignment.json", "xlf", "attachment; filename=\"alignment.xlf\"; filename*=UTF-8''alignment.xlf"),
        ("/x/.hidden.alignment.json", "xlf", "attachment; filename=\"hidden.xlf\"; filename*=UTF-8''hidden.xlf"),
        ("/x/a.es.txt+a.id.txt.alignment.json", "tmx", "attachment; filename=\"a.es.txt+a.id.txt.tmx\"; filename*=UTF-8''a.es.txt%2Ba.id.txt.tmx"),
    ])
    func aDownloadIsNamedForEveryBrowserAndNeverHidden(_ savePath: String, _ ext: String, _ header: String) {
        #expect(ReviewServer.contentDisposition(ReviewServer.exportName(savePath, ext)) == header)
    }

    @Test func aDownloadCarriesBothNamesOnTheWire() async throws {
        let folder = try Server.folder("names")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await Server.withServer(savePath: folder + "/ulasan-ñandú.alignment.json") { port, token, _ in
            let answer = try await Server.http(port, "GET", "/export.xlf", token: token)
            #expect(answer.head.contains("filename=\"ulasan-nandu.xlf\"; filename*=UTF-8''ulasan-%C3%B1and%C3%BA.xlf"), "\(answer.head)")
        }
    }
}
