import Foundation
import SejajarKit
import Testing
@testable import SejajarEmbeddings

@Suite struct EmbeddingClientTests {
    @Test("a base URL, a /v1 URL and the full endpoint all reach /v1/embeddings", arguments: [
        "http://127.0.0.1:8080", "http://127.0.0.1:8080/", "http://127.0.0.1:8080/v1", "http://127.0.0.1:8080/v1/embeddings",
    ])
    func endpointFromBaseURL(_ base: String) throws {
        let client = try EmbeddingClient(baseURL: base, model: "m")
        #expect(client.endpoint.absoluteString == "http://127.0.0.1:8080/v1/embeddings")
    }

    @Test("a URL that is not http(s) is refused with the URL in the error", arguments: ["ftp://host/x", "127.0.0.1:8080", "not a url", ""])
    func refusesOtherURLs(_ base: String) {
        #expect(throws: SejajarError.self) { try EmbeddingClient(baseURL: base, model: "m") }
    }

    func client() throws -> EmbeddingClient { try EmbeddingClient(baseURL: "http://127.0.0.1:9", model: "m") }

    @Test("vectors come back in the order of the texts, by their index")
    func decodesByIndex() throws {
        let answer = #"{"data":[{"index":1,"embedding":[0,1]},{"index":0,"embedding":[1,0]}],"model":"m"}"#
        #expect(try client().decode(Data(answer.utf8), count: 2) == [[1, 0], [0, 1]])
    }

    @Test("an answer that is not one finite vector per text is an error, never half an answer", arguments: [
        (#"{"data":[{"embedding":[1,0]}]}"#, "1 vectors for 2 texts"),
        (#"{"data":[{"index":0,"embedding":[1,0]},{"index":0,"embedding":[0,1]}]}"#, "index 0"),
        (#"{"data":[{"index":0,"embedding":[1,0]},{"index":5,"embedding":[0,1]}]}"#, "index 5"),
        (#"{"data":[{"embedding":[1,0]},{"embedding":[0,1,0]}]}"#, "different dimensions"),
        (#"{"data":[{"embedding":[]},{"embedding":[]}]}"#, "empty or non-finite"),
        (#"{"data":[{"embedding":[1e39,0]},{"embedding":[0,1]}]}"#, "not an embeddings answer"),  // beyond Float
        (#"{"error":{"message":"model not found"}}"#, "model not found"),
        ("<html>502 Bad Gateway</html>", "not an embeddings answer"),
    ])
    func refusesNonsense(_ answer: String, _ expected: String) throws {
        let client = try client()
        do {
            _ = try client.decode(Data(answer.utf8), count: 2)
            Issue.record("accepted \(answer)")
        } catch {
            #expect(error.description.hasPrefix("http://127.0.0.1:9/v1/embeddings: error: "))
            #expect(error.description.contains(expected), "\(error.description)")
            #expect(!error.description.contains("\n"))
        }
    }

    @Test("a server that is down is an error naming the URL after the retries, not a hang")
    func serverDown() throws {
        // Port 9 (discard) on loopback: nothing listens there.
        var client = try EmbeddingClient(baseURL: "http://127.0.0.1:9", model: "m", timeout: 5, retries: 1)
        client.batchSize = 8
        let start = Date()
        do {
            _ = try client.embed(["Hola."])
            Issue.record("no error")
        } catch {
            #expect(error.description.hasPrefix("http://127.0.0.1:9/v1/embeddings: error: no answer after 2 attempts"), "\(error.description)")
        }
        #expect(Date().timeIntervalSince(start) < 10)
    }
}
