import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import SejajarKit
import Synchronization

/// The review editor's web server: serves one `ReviewSession` to a browser on 127.0.0.1 only.
///
/// API (every request carries the token, as `X-Sejajar-Token` or `?token=`):
/// - `GET /`: the editor page.
/// - `GET /state`: the state with the documents (`ReviewState`, JSON).
/// - `GET /alignment.json`: the alignment in the saved-alignment format.
/// - `POST /edit` `{"revision": N, "op": …}`: applies an edit (or `undo`, `redo`) and answers
///   the new state; 400 with `{"error"}` for an invalid edit, 409 for a stale revision.
/// - `POST /save` `{"revision": N}`: writes the alignment to its file atomically, what stood
///   there before the session's first save kept as a numbered backup (`SessionFile`); 409 with
///   the reason when the file is no longer one Save may replace.
/// - `GET /export.tmx`, `GET /export.xlf`: downloads.
///
/// `HEAD` answers every `GET` route without the body; another method on a route is a 405 naming
/// the methods it takes (`Allow`).
///
/// Safety: a random token (other local users and other pages cannot guess it), the Host header
/// must name the server itself (no DNS rebinding) and only once, a cross-site Origin or
/// `Sec-Fetch-Site` is refused, bodies are limited (413), a request must arrive in time and not
/// trickle in (`Limits`, 408), and the only file written is the session's own.
public struct ReviewServer: Sendable {
    /// The alignment being reviewed.
    public let session: ReviewSession
    /// The secret every request must carry.
    public let token: String
    /// The port asked for; 0 takes a free one.
    public let port: Int
    /// What a client may cost the server.
    public let limits: Limits

    /// What a client may cost the server: the size of a body, the time a request may take to
    /// arrive, the pace it must keep, the time an idle connection stays open.
    public struct Limits: Sendable {
        /// Largest request body accepted (413 above it).
        public var maximumBody = 1 << 20
        /// A request, head and body, must arrive in full within this time of its first byte.
        public var requestDeadline: TimeAmount = .seconds(10)
        /// Bytes a second a request must arrive at on average, counted from its first byte …
        public var minimumRate = 1024
        /// … once this time has passed.
        public var rateGrace: TimeAmount = .seconds(2)
        /// A connection with no request under way is closed after this time.
        public var idleTimeout: TimeAmount = .seconds(30)

        /// The limits `sejajar review` serves with.
        public init() {}
    }

    /// The routes and the methods each takes (`HEAD` too where `GET`).
    static let routes: [String: [HTTPRequest.Method]] = [
        "/": [.get], "/state": [.get], "/alignment.json": [.get], "/edit": [.post], "/save": [.post],
        "/export.tmx": [.get], "/export.xlf": [.get],
    ]

    /// A server for `session` on `port` (0: any free port).
    public init(session: ReviewSession, port: Int = 0, token: String = ReviewServer.newToken(), limits: Limits = Limits()) {
        self.session = session
        self.port = port
        self.token = token
        self.limits = limits
    }

    /// 128 random bits as 32 hex digits, from the system's secure generator.
    public static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(format: "%08x", UInt32.random(in: .min ... .max, using: &generator)) }.joined()
    }

    /// Runs until the task is cancelled (or the process ends); `ready` gets the page's address,
    /// with the token, once the server listens.
    public func run(ready: @escaping @Sendable (URL) -> Void) async throws {
        let bound = PortBox(port)
        let token = self.token
        let limits = self.limits
        // HEAD is answered for every GET route, as GET without the body.
        let router = Router(options: .autoGenerateHeadEndpoints)
        router.add(middleware: ReviewGuard(token: token, port: bound))
        routes(router)
        var logger = Logger(label: "sejajar-review")
        logger.logLevel = .error
        let app = Application(
            router: router,
            server: HTTPServerBuilder { responder in ReviewChannel(responder: responder, limits: limits) },
            configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: nil),
            onServerRunning: { channel in
                let actual = channel.localAddress?.port ?? 0
                bound.set(actual)
                ready(URL(string: "http://127.0.0.1:\(actual)/?token=\(token)")!)
            },
            logger: logger)
        try await app.run()
    }

    func routes(_ router: Router<BasicRequestContext>) {
        let session = self.session
        router.get("/") { _, _ in
            Self.response(session.page, type: "text/html; charset=utf-8")
        }
        router.get("/state") { _, _ in
            Self.response(try await session.state(documents: true), type: "application/json")
        }
        router.get("/alignment.json") { _, _ in
            Self.response(try await session.alignmentJSON(), type: "application/json")
        }
        let maximumBody = limits.maximumBody
        router.post("/edit") { request, _ in
            await Self.answer { () async throws(ReviewError) -> String in try await session.perform(try await Self.body(request, upTo: maximumBody)) }
        }
        router.post("/save") { request, _ in
            await Self.answer { () async throws(ReviewError) -> String in try await session.save(try await Self.body(request, upTo: maximumBody)) }
        }
        router.get("/memory") { request, _ in
            await Self.answer { () async throws(ReviewError) -> String in
                guard let bead = request.uri.queryParameters.get("bead").flatMap({ Int($0) }) else { throw .badRequest("give the bead: /memory?bead=N") }
                return try await session.memoryMatches(bead: bead)
            }
        }
        router.get("/export.tmx") { _, _ in
            Self.download(try await session.tmx(), name: Self.exportName(session.savePath, "tmx"), type: "application/x-tmx+xml")
        }
        router.get("/export.xlf") { _, _ in
            Self.download(try await session.xliff(), name: Self.exportName(session.savePath, "xlf"), type: "application/xliff+xml")
        }
    }

    /// The JSON `work` answers, or its refusal with the refusal's status.
    static func answer(_ work: () async throws(ReviewError) -> String) async -> Response {
        do {
            return response(try await work(), type: "application/json")
        } catch {
            return failure(error)
        }
    }

    /// The request body, at most `maximumBody` bytes (a longer one sent in chunks, with no
    /// length to refuse it by before, is a 413 here).
    static func body(_ request: Request, upTo maximumBody: Int) async throws(ReviewError) -> Data {
        var request = request
        do {
            return Data(buffer: try await request.collectBody(upTo: maximumBody))
        } catch is NIOTooManyBytesError {
            throw .tooLarge("the request body is larger than the \(maximumBody) bytes accepted")
        } catch {
            throw .badRequest("the request body was cut off or broken")
        }
    }

    /// "seed.tmx" for a session saving to "seed.alignment.json": letters, digits and `-_.+` of
    /// the saved file's name, never a hidden file; "alignment.tmx" when nothing is left.
    static func exportName(_ savePath: String, _ ext: String) -> String {
        var name = URL(fileURLWithPath: savePath).deletingPathExtension().lastPathComponent
        if name.hasSuffix(".alignment") { name.removeLast(".alignment".count) }
        var kept = name.filter { $0.isLetter || $0.isNumber || "-_.+".contains($0) }
        while kept.hasPrefix(".") { kept.removeFirst() }
        return (kept.isEmpty ? "alignment" : kept) + "." + ext
    }

    /// `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266, RFC 8187): the name in UTF-8,
    /// percent-encoded, for every browser of the last decade, and an ASCII fallback (accents
    /// dropped, other letters `_`) for the others.
    static func contentDisposition(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "en"))
        let fallback = String(folded.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "-_.+".unicodeScalars.contains(scalar)) ? Character(scalar) : "_"
        })
        // RFC 8187's attr-char, but `+`, which form decoding would read as a space.
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&-.^_`|~".utf8)
        let encoded = name.utf8.map { allowed.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }.joined()
        return "attachment; filename=\"\(fallback)\"; filename*=UTF-8''\(encoded)"
    }

    static let headers: HTTPFields = [
        .cacheControl: "no-store",
        // The page runs only its own inline script and talks only to this server.
        .contentSecurityPolicy: "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        .xContentTypeOptions: "nosniff",
        .init("Referrer-Policy")!: "no-referrer",
        .init("X-Frame-Options")!: "DENY",
    ]

    static func response(_ text: String, type: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = Self.headers
        headers[.contentType] = type
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func download(_ text: String, name: String, type: String) -> Response {
        var response = response(text, type: type)
        response.headers[.contentDisposition] = contentDisposition(name)
        return response
    }

    /// `{"error": message}` with the error's status (and the current revision for a stale edit).
    static func failure(_ error: ReviewError) -> Response {
        struct Body: Encodable {
            var error: String
            var revision: Int?
        }
        switch error {
        case .badRequest: return response(ReviewRequest.json(Body(error: error.message)), type: "application/json", status: .badRequest)
        case .tooLarge: return response(ReviewRequest.json(Body(error: error.message)), type: "application/json", status: .contentTooLarge)
        case .stale(_, let current):
            return response(ReviewRequest.json(Body(error: error.message, revision: current)), type: "application/json", status: .conflict)
        case .saveRefused: return response(ReviewRequest.json(Body(error: error.message)), type: "application/json", status: .conflict)
        case .cannotSave: return response(ReviewRequest.json(Body(error: error.message)), type: "application/json", status: .internalServerError)
        case .memory(_, let missing):
            return response(ReviewRequest.json(Body(error: error.message)), type: "application/json", status: missing ? .notFound : .internalServerError)
        }
    }
}

/// Lets through only requests for this server, from its own page or a client with the token:
/// Host must be 127.0.0.1 or localhost with the server's port, a browser's Origin the same, a
/// `Sec-Fetch-Site` not cross-site, and the token right (compared in constant time). Errors
/// inside a route become a JSON 500, never a dead server.
struct ReviewGuard<Context: RequestContext>: RouterMiddleware {
    let token: String
    /// The port the server listens on (known once it runs).
    let port: PortBox

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let port = self.port.value
        let hosts = ["127.0.0.1:\(port)", "localhost:\(port)"]
        guard let host = request.head.authority?.lowercased(), hosts.contains(host) else {
            return refuse("this server answers only to 127.0.0.1:\(port) (Host was '\(request.head.authority ?? "")')")
        }
        if let origin = request.headers[.origin]?.lowercased(), !hosts.contains(where: { origin == "http://" + $0 }) {
            return refuse("requests from other sites are refused (Origin '\(origin)')")
        }
        if let site = request.headers[.init("Sec-Fetch-Site")!], site == "cross-site" || site == "same-site" {
            return refuse("requests from other sites are refused (Sec-Fetch-Site '\(site)')")
        }
        let given = request.headers[.init("X-Sejajar-Token")!] ?? request.uri.queryParameters.get("token") ?? ""
        guard Self.same(given, token) else {
            return refuse("open the address 'sejajar review' printed: it carries the session's token")
        }
        if let methods = ReviewServer.routes[request.uri.path] {
            let allowed = methods.contains(.get) ? methods + [.head] : methods
            guard allowed.contains(request.method) else {
                var answer = ReviewServer.response(ReviewRequest.json(["error": "\(request.uri.path) takes \(allowed.map(\.rawValue).joined(separator: " and ")), not \(request.method.rawValue)"]),
                                                   type: "application/json", status: .methodNotAllowed)
                answer.headers[.allow] = allowed.map(\.rawValue).joined(separator: ", ")
                return answer
            }
        }
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            return ReviewServer.response(ReviewRequest.json(["error": error.body ?? "\(error.status)"]), type: "application/json", status: error.status)
        } catch let error as SejajarError {
            return ReviewServer.response(ReviewRequest.json(["error": error.diagnosticLine]), type: "application/json", status: .internalServerError)
        } catch {
            return ReviewServer.response(ReviewRequest.json(["error": "\(error)"]), type: "application/json", status: .internalServerError)
        }
    }

    func refuse(_ message: String) -> Response {
        ReviewServer.response(ReviewRequest.json(["error": message]), type: "application/json", status: .forbidden)
    }

    /// Compares two strings in time that depends only on their lengths.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for k in x.indices { difference |= x[k] ^ y[k] }
        return difference == 0
    }
}

/// The port a server bound, shared between the code that learns it and the guard that reads it.
final class PortBox: Sendable {
    private let port: Mutex<Int>

    init(_ port: Int) { self.port = Mutex(port) }

    var value: Int { port.withLock { $0 } }

    func set(_ value: Int) { port.withLock { $0 = value } }
}
